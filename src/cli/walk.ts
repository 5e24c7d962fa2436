/**
 * The CLI's folder walk: every file under a folder, in name order, hidden names skipped.
 * Symbolic links are followed (a linked file is read like any other, a linked folder is walked),
 * each folder at most once by its real path, so a link back up the tree cannot loop. A broken
 * link or a folder that cannot be listed is reported by its own path and the walk goes on.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';

interface Entry {
  readonly name: string;
  isDirectory(): boolean;
  isFile(): boolean;
  isSymbolicLink(): boolean;
}

/** The file-system calls the walk makes (replaceable in tests). */
export interface WalkFs {
  stat(path: string): Promise<{ isDirectory(): boolean; isFile(): boolean }>;
  readdir(path: string): Promise<Entry[]>;
  realpath(path: string): Promise<string>;
}

const nodeFs: WalkFs = { stat, readdir: (p) => readdir(p, { withFileTypes: true }), realpath };

/** Why one path could not be read; `link` when it is a symbolic link that could not be followed. */
export type Report = (path: string, err: unknown, link: boolean) => void;

/**
 * Appends to `out` the file `path`, or every file under the folder `path`. Throws when `path`
 * itself cannot be read; anything below it that cannot be read goes to `report`.
 */
export async function collect(path: string, out: string[], report: Report, fs: WalkFs = nodeFs): Promise<void> {
  const s = await fs.stat(path);
  if (s.isDirectory()) await walk(path, out, report, fs, new Set());
  else out.push(path);
}

async function walk(dir: string, out: string[], report: Report, fs: WalkFs, seen: Set<string>): Promise<void> {
  let entries: Entry[];
  try {
    const real = await fs.realpath(dir);
    // Already walked: a link back up the tree (a loop) or to a folder read elsewhere.
    if (seen.has(real)) return;
    seen.add(real);
    entries = await fs.readdir(dir);
  } catch (err) {
    report(dir, err, false);
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  // join(dir, name) for each name, normalising `dir` once rather than each path (a name from
  // readdir is one plain segment: no separator, never "." or "..").
  const base = join(dir, 'x').slice(0, -1);
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = base + e.name;
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      try {
        const target = await fs.stat(full);
        isDir = target.isDirectory();
        isFile = target.isFile();
      } catch (err) {
        report(full, err, true);
        continue;
      }
    }
    if (isDir) await walk(full, out, report, fs, seen);
    else if (isFile) out.push(full);
  }
}
