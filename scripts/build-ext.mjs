#!/usr/bin/env node
/**
 * Builds the browser extension twice from the same sources: dist/chrome (Chrome, Edge: load
 * unpacked) and dist/firefox (Firefox MV3). See vite.config.ts for what differs.
 */
import { build } from 'vite';

for (const mode of ['chrome', 'firefox']) {
  console.log(`\n== building dist/${mode}`);
  await build({ mode, logLevel: 'warn' });
}
console.log('\nbuilt dist/chrome and dist/firefox');
