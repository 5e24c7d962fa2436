/**
 * Trimming a set of characters from the ends of a string, in one pass from each end.
 *
 * Why not `s.replace(/^[.'"]+|[.'"-]+$/g, '')`: a backtracking engine tries the `[...]+$`
 * branch at every position of a long run of those characters and re-scans the run each time,
 * so a 1 MB run of dots costs ~10^12 steps. Bounce text is written by strangers; this loop is
 * linear.
 *
 * @example trimChars('"..a@b.c.."', `."'`, `."'-`) // 'a@b.c'
 */
export function trimChars(s: string, leading: string, trailing: string = leading): string {
  let start = 0;
  let end = s.length;
  while (start < end && leading.includes(s[start]!)) start++;
  while (end > start && trailing.includes(s[end - 1]!)) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

/** Whether `text[start, end)` is white space only, as `trim` reads it (a blank line), without slicing it. */
export function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    if (c < 128 || !/\s/.test(text[i]!)) return false;
  }
  return true;
}
