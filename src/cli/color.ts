/**
 * Colour on a terminal: the https://no-color.org and FORCE_COLOR conventions first, then whether
 * the output is a terminal that can show it (piped or redirected output gets none).
 */
export function useColor(out: { isTTY?: boolean }, env: Record<string, string | undefined>): boolean {
  if (env.NO_COLOR) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return out.isTTY === true && env.TERM !== 'dumb';
}

const sgr = (code: string) => (s: string) => `\x1b[${code}m${s}\x1b[0m`;
export const paint = { red: sgr('31'), yellow: sgr('33'), green: sgr('32'), cyan: sgr('36'), bold: sgr('1'), dim: sgr('2') };

/** The colour of a severity or kind badge. */
export function badge(text: string, severity: string, kind: string): string {
  if (severity === 'hard') return paint.red(text);
  if (severity === 'soft') return paint.yellow(text);
  return kind === 'not-a-bounce' ? paint.dim(text) : paint.cyan(text);
}
