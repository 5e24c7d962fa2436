/**
 * ISSUE 5, point 3: no rule may take super-linear time on a stranger's text. The lint
 * (eslint-plugin-regexp's no-super-linear-backtracking / -move) checks the patterns it can see;
 * this test runs what is actually exported, so it also covers patterns built at run time
 * (`new RegExp(...)`) and tables added later, and it runs every reporter and the reason rules on
 * pumped text.
 *
 * Patterns come from two places: RegExp values reachable from the modules' exports, and every
 * regex literal or `new RegExp('literal', ...)` in the source of src/core (via the TypeScript
 * parser), so module-private patterns are covered too.
 *
 * Attack strings: an optional literal taken from the pattern (to reach the quantifier behind
 * it), then a long run of one "pump" (a character or short cycle that many patterns repeat), then
 * a suffix that makes most patterns fail at the very end (U+2028 is not matched by `.` and is a
 * line end for `$` only with the m flag), which is what forces backtracking.
 */
import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decideReason, fold } from '../../src/core/rules/decide.js';
import { generic } from '../../src/core/reporters/generic.js';
import { reporters } from '../../src/core/reporters/index.js';
import type { NoticeContext, Reporter } from '../../src/core/reporters/types.js';
import { parseDsn } from '../../src/core/parse/dsn.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../src/core');
const dirs = ['rules', 'reporters', 'parse', 'advice'];

/** Run length: a quadratic pattern costs ~50 ms at 10,000 characters, seconds at 20,000+. */
const N = Number(process.env.REGEX_PUMP_LENGTH) || 20_000;
/** Per match attempt. Linear patterns take well under 1 ms on these strings. */
const ceilingMs = 150;

const pumps = [' ', '\t', 'a', 'A', '0', '5', '.', '-', '_', '<', '>', '@', ',', ';', ':', '"', "'", '=', '/', '(', '[', '\n', '\r\n', '\u00a0',
  'a ', 'a.', '5.', 'a@', 'a-', 'a:', ' :', '<a', 'a@b.', '5 ', '- ', ': ', '\n ', 'ab', '55', '=\n', 'x.y'];
const suffixes = ['\u2028!', '\n!'];

interface Found {
  readonly where: string;
  readonly re: RegExp;
}

/** Every RegExp reachable from a module's exports (tables, arrays of rules, Maps, Sets, objects). */
function regexesIn(value: unknown, where: string, out: Found[], seen: Set<unknown>, depth = 0): void {
  if (value instanceof RegExp) {
    out.push({ where, re: value });
    return;
  }
  if (value === null || typeof value !== 'object' || seen.has(value) || depth > 8) return;
  seen.add(value);
  const entries: [string, unknown][] =
    value instanceof Map ? [...value.entries()].map(([k, v]) => [String(k), v])
    : value instanceof Set ? [...value].map((v, i) => [String(i), v])
    : Object.entries(value);
  for (const [k, v] of entries) regexesIn(v, `${where}.${k}`, out, seen, depth + 1);
}

/** Literal words in a pattern's source: text an attack needs to reach the quantifiers behind it. */
function literals(source: string): string[] {
  const plain = source.replace(/\\[dDwWsSbB]/g, ' ').replace(/\\(.)/g, '$1');
  const words = plain.match(/[A-Za-z0-9][A-Za-z0-9 :;.,@<>=_-]{2,40}/g) ?? [];
  return [...new Set(words.map((w) => w.trimEnd()))].slice(0, 3);
}

function time(f: () => void): number {
  const start = performance.now();
  f();
  return performance.now() - start;
}

const modules: { name: string; exports: Record<string, unknown> }[] = [];
for (const dir of dirs) {
  let names: string[] = [];
  try {
    names = readdirSync(join(root, dir)).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')).sort();
  } catch {
    continue;
  }
  for (const f of names) modules.push({ name: `${dir}/${f}`, exports: (await import(join(root, dir, f))) as Record<string, unknown> });
}

/** Regex literals and `new RegExp('...', '...')` calls with literal arguments in a source file. */
function regexesInSource(file: string, name: string, out: Found[]): void {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(source);
      const end = text.lastIndexOf('/');
      add(text.slice(1, end), text.slice(end + 1), node);
    } else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
      const [pattern, flags] = node.arguments ?? [];
      if (pattern && ts.isStringLiteralLike(pattern) && (!flags || ts.isStringLiteralLike(flags))) add(pattern.text, flags && ts.isStringLiteralLike(flags) ? flags.text : '', node);
    }
    ts.forEachChild(node, visit);
  };
  const add = (pattern: string, flags: string, node: ts.Node) => {
    const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    try {
      out.push({ where: `${name}:${line}`, re: new RegExp(pattern, flags) });
    } catch (err) {
      out.push({ where: `${name}:${line} (does not compile: ${String(err)})`, re: /(?:)/ });
    }
  };
  visit(source);
}

const found: Found[] = [];
{
  const seen = new Set<unknown>();
  for (const m of modules) regexesIn(m.exports, m.name, found, seen);
  for (const dir of ['', ...dirs]) {
    let names: string[] = [];
    try {
      names = readdirSync(join(root, dir)).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')).sort();
    } catch {
      continue;
    }
    for (const f of names) regexesInSource(join(root, dir, f), dir ? `${dir}/${f}` : f, found);
  }
}

describe('every exported regular expression is linear on adversarial strings', () => {
  it('finds the rule modules and their patterns', () => {
    expect(modules.map((m) => m.name)).toContain('rules/phrases.ts');
    expect(found.length).toBeGreaterThan(100);
    expect(found.filter((f) => f.where.includes('does not compile')).map((f) => f.where)).toEqual([]);
  });

  it(`${found.length} patterns x ${pumps.length} pumps of ${N} characters, each attempt < ${ceilingMs} ms`, () => {
    const slow: string[] = [];
    const runs = new Map(pumps.map((p) => [p, p.repeat(Math.ceil(N / p.length)).slice(0, N)]));
    for (const { where, re } of found) {
      // A fresh copy without g/y: the module's lastIndex is not ours to move.
      const probe = new RegExp(re.source, re.flags.replace(/[gy]/g, ''));
      for (const prefix of ['', ...literals(re.source)]) {
        for (const [pump, run] of runs) {
          for (const suffix of suffixes) {
            const s = prefix + run + suffix;
            const ms = time(() => probe.exec(s));
            if (ms > ceilingMs) slow.push(`${where} ${re} on ${JSON.stringify(prefix)} + ${JSON.stringify(pump)} x ${N}: ${ms.toFixed(0)} ms`);
          }
        }
      }
    }
    expect(slow).toEqual([]);
  });
});

describe('reporters and reason rules on pumped notices', () => {
  const all: Reporter[] = [...reporters, generic];
  const notices = pumps.map((p) => {
    const notice = `This is the mail system at host mx.example.org.\n<user@example.net>: host mx.example.net said: 550 5.1.1 ${p.repeat(Math.ceil(N / p.length)).slice(0, N)}\u2028!\n`;
    return { pump: p, notice };
  });

  function context(notice: string): NoticeContext {
    return {
      headers: [{ key: 'from', value: 'MAILER-DAEMON@example.org' }, { key: 'subject', value: 'Undelivered Mail Returned to Sender' }],
      subject: 'Undelivered Mail Returned to Sender',
      from: 'MAILER-DAEMON@example.org',
      notice,
      noticeLower: fold(notice),
      body: notice,
      dsn: parseDsn(`Reporting-MTA: dns; x\n\nFinal-Recipient: rfc822; user@example.net\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; ${notice.slice(0, 4096)}\n`),
      original: notice,
      senders: new Set(['sender@example.com']),
    } as NoticeContext;
  }

  it(`each of ${all.length} reporters reads each pumped notice in < ${ceilingMs * 2} ms`, () => {
    const slow: string[] = [];
    for (const { pump, notice } of notices) {
      const ctx = context(notice);
      for (const r of all) {
        const ms = time(() => {
          r.detect(ctx);
          r.recipients(ctx);
        });
        if (ms > ceilingMs * 2) slow.push(`${r.name} on ${JSON.stringify(pump)} x ${N}: ${ms.toFixed(0)} ms`);
      }
    }
    expect(slow).toEqual([]);
  });

  it(`decideReason on pumped 4 KiB diagnostics (the classifier's cap) in < ${ceilingMs} ms`, () => {
    const slow: string[] = [];
    for (const { pump, notice } of notices) {
      const diagnostic = notice.slice(0, 4096);
      const ms = time(() => decideReason({ diagnostic, context: notice.slice(0, 8000), status: '', reply: '', action: '', remoteHost: pump.repeat(50) }));
      if (ms > ceilingMs) slow.push(`${JSON.stringify(pump)}: ${ms.toFixed(0)} ms`);
    }
    expect(slow).toEqual([]);
  });
});
