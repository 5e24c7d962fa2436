// Lint exists for two things only: every regular expression stays linear on hostile bounce text
// (eslint-plugin-regexp), and nothing writes message text into a page as HTML. Style is left to
// the code review; a few correctness rules catch real bugs without drowning anyone in noise.
import js from '@eslint/js';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

// Gmail enforces Trusted Types and a bounce is written by a stranger: the banner and popup build
// DOM nodes and set textContent. These sinks parse markup, so they are refused outright.
// eslint-plugin-regexp's recommended set, sorted by what a finding means: "Possible Errors" (a
// pattern that does not do what it says, or can backtrack super-linearly) fail the lint, "Best
// Practices" are hints, "Stylistic Issues" are left to taste.
const regexpRules = Object.fromEntries(
  Object.entries(regexp.configs['flat/recommended'].rules).map(([name, level]) => {
    const category = regexp.rules[name.replace('regexp/', '')]?.meta?.docs?.category;
    if (category === 'Possible Errors') return [name, level === 'off' ? 'off' : 'error'];
    if (category === 'Best Practices') return [name, 'warn'];
    if (category === 'Stylistic Issues') return [name, 'off'];
    return [name, level];
  }),
);

const htmlSinks = [
  { selector: "AssignmentExpression > MemberExpression.left[property.name=/^(?:innerHTML|outerHTML)$/]", message: 'Never assign markup: build nodes and set textContent (message text is hostile).' },
  { selector: "CallExpression[callee.property.name=/^(?:insertAdjacentHTML|createContextualFragment|setHTMLUnsafe|parseHTMLUnsafe|parseFromString)$/]", message: 'Never parse markup from strings: build nodes and set textContent.' },
  { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(?:write|writeln)$/]", message: 'Never write markup into the page.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render message text as HTML: pass it as a child (Preact escapes it).' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'coverage/**'] },
  {
    files: ['src/**/*.{ts,tsx}', 'popup/**/*.{ts,tsx}'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { ecmaVersion: 'latest', sourceType: 'module', ecmaFeatures: { jsx: true } },
    },
    plugins: { regexp, '@typescript-eslint': tseslint.plugin },
    // Others disable no-control-regex inline; it is off here, so those directives must not fail the lint.
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    rules: {
      ...regexpRules,
      // ReDoS: a pattern that can backtrack or re-scan super-linearly is an error, not a warning.
      // no-super-linear-move is not in the recommended set; it catches `x+$` style patterns
      // that re-scan a long run from every start position (quadratic on a 1 MB line).
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      // Annex B strictness is noise for patterns that already compile in every engine we target.
      'regexp/strict': 'off',
      // Spelling out [A-Za-z] is clearer than relying on the i flag; not a finding.
      'regexp/use-ignore-case': 'off',
      // Sanitisers match control characters on purpose (NUL, bidi controls in hostile text).
      'no-control-regex': 'off',
      // `new RegExp(other.source, 'g')` is used deliberately to derive a global twin.
      'prefer-regex-literals': 'off',
      // Correctness.
      'no-debugger': 'error',
      'no-dupe-keys': 'error',
      'no-duplicate-case': 'error',
      'no-self-assign': 'error',
      'no-unreachable': 'error',
      'no-unsafe-finally': 'error',
      'no-cond-assign': ['error', 'except-parens'],
      'no-sparse-arrays': 'error',
      'no-empty-character-class': 'error',
      'no-invalid-regexp': 'error',
      'no-misleading-character-class': 'error',
      'use-isnan': 'error',
      'valid-typeof': 'error',
      // Security: no code from strings, no markup from strings.
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-script-url': 'error',
      'no-restricted-syntax': ['error', ...htmlSinks],
    },
  },
);
