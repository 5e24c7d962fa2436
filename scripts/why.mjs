#!/usr/bin/env node
// Debug aid: prints the full verdict (evidence included) for each file given, as JSON.
//   node scripts/why.mjs [--text] FILE...
import { readFileSync } from 'node:fs';
import { classify } from '../dist/core/index.js';
const text = process.argv.includes('--text');
for (const f of process.argv.slice(2).filter((a) => a !== '--text')) {
  const v = await classify(readFileSync(f), text ? { mode: 'text' } : {});
  console.log(f, JSON.stringify(v, null, 1));
}
