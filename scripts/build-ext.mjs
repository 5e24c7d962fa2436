#!/usr/bin/env node
/**
 * Builds the browser extension twice from the same sources: dist/chrome (Chrome, Edge: load
 * unpacked) and dist/firefox (Firefox MV3). See vite.config.ts for what differs. Then stamps the
 * build (dist/ext-build.json: its id and time, see build-ext-id.mjs) so that the budgets script
 * accepts only runtime numbers measured on this very build.
 */
import { writeFileSync } from 'node:fs';
import { build } from 'vite';
import { currentBuildId, stampFile } from './build-ext-id.mjs';

for (const mode of ['chrome', 'firefox']) {
  console.log(`\n== building dist/${mode}`);
  await build({ mode, logLevel: 'warn' });
}
const stamp = { id: currentBuildId(), builtAt: new Date().toISOString() };
writeFileSync(stampFile, `${JSON.stringify(stamp, null, 2)}\n`);
console.log(`\nbuilt dist/chrome and dist/firefox (build ${stamp.id})`);
