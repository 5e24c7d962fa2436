#!/usr/bin/env node
// Speed: classifies the whole dev corpus (eml and text renderings) repeatedly in one process
// and prints messages per second and p50/p99/max latency per message, and messages per CPU-second
// (on a shared machine the wall clock counts the other processes too; CPU time does not).
//   npm run bench [-- --seconds 10]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { classify } from '../dist/core/index.js';

const shared = process.env.WHYBOUNCE_SHARED ?? '../shared';
const dev = join(shared, 'corpus/sisimai-dev');
const i = process.argv.indexOf('--seconds');
const seconds = i > 0 ? Number(process.argv[i + 1]) : 8;
const load = (folder) => readdirSync(join(dev, folder)).sort().map((f) => ({ f, bytes: new Uint8Array(readFileSync(join(dev, folder, f))) }));
const inputs = [...load('eml').map((x) => ({ ...x, mode: 'auto' })), ...load('text').map((x) => ({ ...x, mode: 'text' }))];

// Warm-up: one pass, so the JIT has seen every path before timing.
for (const x of inputs) await classify(x.bytes, { mode: x.mode });

const lat = [];
const slow = new Map();
const perMode = { auto: { n: 0, ms: 0, cpu: 0 }, text: { n: 0, ms: 0, cpu: 0 } };
// CPU time is read once per run of same-mode messages (the inputs are sorted by mode), not per
// message: process.cpuUsage() is a system call of a few microseconds, a few percent of a message.
const runs = [];
for (const x of inputs) {
  if (runs.at(-1)?.mode !== x.mode) runs.push({ mode: x.mode, inputs: [] });
  runs.at(-1).inputs.push(x);
}
let n = 0;
const t0 = performance.now();
const cpu0 = process.cpuUsage();
while (performance.now() - t0 < seconds * 1000) {
  for (const run of runs) {
    const c = process.cpuUsage();
    for (const x of run.inputs) {
      const s = performance.now();
      await classify(x.bytes, { mode: x.mode });
      const d = performance.now() - s;
      lat.push(d);
      perMode[x.mode].n++;
      perMode[x.mode].ms += d;
      if (d > (slow.get(x.f) ?? 0)) slow.set(x.f, d);
      n++;
    }
    const dc = process.cpuUsage(c);
    perMode[run.mode].cpu += (dc.user + dc.system) / 1000;
  }
}
const elapsed = (performance.now() - t0) / 1000;
const cpuAll = process.cpuUsage(cpu0);
lat.sort((a, b) => a - b);
const q = (p) => lat[Math.min(lat.length - 1, Math.floor(p * lat.length))];
const bytes = inputs.reduce((s, x) => s + x.bytes.length, 0);
const worst = [...slow.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3);
console.log(`corpus: ${inputs.length} messages (${(bytes / 1024).toFixed(0)} KiB), ${Math.round(n / inputs.length)} passes in ${elapsed.toFixed(1)} s`);
console.log(`slowest: ${worst.map(([f, d]) => `${f} ${d.toFixed(2)} ms`).join(', ')}`);
const rate = (m) => Math.round((1000 * perMode[m].n) / perMode[m].ms);
const cpuRate = (m) => Math.round((1000 * perMode[m].n) / perMode[m].cpu);
console.log(`cpu ${Math.round(n / ((cpuAll.user + cpuAll.system) / 1e6))} messages per CPU-second (eml ${cpuRate('auto')}, text ${cpuRate('text')})`);
console.log(`bench ${Math.round(n / elapsed)} messages/s (eml ${rate('auto')}/s, text ${rate('text')}/s), p50 ${q(0.5).toFixed(3)} ms, p99 ${q(0.99).toFixed(3)} ms, max ${lat.at(-1).toFixed(2)} ms`);
