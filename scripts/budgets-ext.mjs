#!/usr/bin/env node
/**
 * Checks the extension's budgets on the built dist/: content scripts ≤ 60 KB gzipped (they carry
 * the classifier), no HTML-parsing sinks in them (Gmail enforces Trusted Types, and message text
 * must never be parsed as markup), and a manifest that asks for nothing it does not use. The
 * runtime budgets (banner latency, long tasks) are measured by the e2e suite, which writes
 * test-results/e2e-metrics.json; they are reported here when that file exists.
 * Exits non-zero on any breach.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const maxContentGzip = 60 * 1024;
const maxBannerMs = 300;
const maxLongTaskMs = 50;
// Sinks that parse a string as HTML or code.
const forbidden = ['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'DOMParser', 'document.write', 'createContextualFragment', 'eval(', 'new Function('];
const allowedPermissions = new Set(['storage']);

const failures = [];
const lines = [];

for (const browser of ['chrome', 'firefox']) {
  const dir = `dist/${browser}`;
  if (!existsSync(`${dir}/manifest.json`)) {
    failures.push(`${dir} is missing: run npm run build first`);
    continue;
  }
  const manifest = JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8'));
  for (const script of manifest.content_scripts ?? []) {
    for (const file of script.js ?? []) {
      const code = readFileSync(`${dir}/${file}`);
      const gz = gzipSync(code, { level: 9 }).length;
      lines.push(`${browser.padEnd(8)} ${file.padEnd(32)} ${(code.length / 1024).toFixed(1).padStart(6)} KB  ${(gz / 1024).toFixed(1).padStart(5)} KB gzip  (budget ${maxContentGzip / 1024} KB)`);
      if (gz > maxContentGzip) failures.push(`${dir}/${file} is ${gz} bytes gzipped, over ${maxContentGzip}`);
      const text = code.toString('utf8');
      for (const sink of forbidden) if (text.includes(sink)) failures.push(`${dir}/${file} uses ${sink}`);
    }
    for (const match of script.matches ?? []) {
      if (!/^https:\/\/(mail\.google\.com|outlook\.live\.com|outlook\.office\.com|outlook\.office365\.com)\/\*$/.test(match)) {
        failures.push(`${dir}: content script matches ${match}, outside the webmail origins`);
      }
    }
  }
  for (const permission of manifest.permissions ?? []) {
    if (!allowedPermissions.has(permission)) failures.push(`${dir}: permission "${permission}" is not used`);
  }
  for (const key of ['host_permissions', 'optional_permissions', 'optional_host_permissions', 'web_accessible_resources', 'externally_connectable']) {
    if (manifest[key] && (manifest[key].length ?? Object.keys(manifest[key]).length) > 0) failures.push(`${dir}: manifest declares ${key}`);
  }
}

const metricsFile = 'test-results/e2e-metrics.json';
if (existsSync(metricsFile)) {
  const m = JSON.parse(readFileSync(metricsFile, 'utf8'));
  if (typeof m.bannerLatencyMs === 'number') {
    lines.push(`banner visible after the body appears: ${m.bannerLatencyMs.toFixed(0)} ms (budget ${maxBannerMs} ms)`);
    if (m.bannerLatencyMs > maxBannerMs) failures.push(`banner latency ${m.bannerLatencyMs} ms`);
  }
  if (typeof m.longestTaskMs === 'number') {
    lines.push(`longest task on the 200-message Gmail page: ${m.longestTaskMs.toFixed(0)} ms (budget ${maxLongTaskMs} ms; ${m.longTasks ?? 0} long tasks)`);
    if (m.longestTaskMs > maxLongTaskMs) failures.push(`a ${m.longestTaskMs} ms task on the 200-message page`);
  }
} else {
  lines.push(`(no ${metricsFile}: run npm run test:e2e for the runtime budgets)`);
}

console.log(lines.join('\n'));
if (failures.length > 0) {
  console.error(`\nbudget breaches:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log('\nall extension budgets met');
