/**
 * The id of an extension build: a hash of every file in dist/chrome and dist/firefox. The build
 * is reproducible (the same sources give the same bytes), so the id names what was built, not
 * when: numbers measured on a build stay valid across a rebuild of the same sources and are
 * rejected after any change. scripts/build-ext.mjs writes it to dist/ext-build.json, the e2e
 * suite copies it into test-results/e2e-metrics.json, scripts/budgets-ext.mjs compares them.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const stampFile = 'dist/ext-build.json';
export const builtDirs = ['dist/chrome', 'dist/firefox'];

/** Every file under `dir`, sorted, as paths. */
export function files(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : [path];
    });
}

/** The id of what is in dist/ now; null when a build is missing. */
export function currentBuildId() {
  const hash = createHash('sha256');
  for (const dir of builtDirs) {
    if (!existsSync(join(dir, 'manifest.json'))) return null;
    for (const path of files(dir)) {
      hash.update(relative('dist', path).split(sep).join('/'));
      hash.update('\0');
      hash.update(readFileSync(path));
      hash.update('\0');
    }
  }
  return hash.digest('hex').slice(0, 16);
}
