#!/usr/bin/env node
/**
 * Long fuzzing runs: the properties of test/hardening/fuzz.test.ts with many more cases, and the
 * hostile inputs of test/hardening/hostile.test.ts with longer pumped runs.
 *
 *   npm run fuzz                          # 20,000 runs a property, a seed from the clock
 *   npm run fuzz -- --runs 100000 --seed 42
 *
 * A failure prints fast-check's seed and path; replay it with the same --seed (and add the
 * shrunk input to the regressions in fuzz.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '20000' },
    seed: { type: 'string', default: String(Date.now() % 2 ** 31) },
    'run-length': { type: 'string', default: String(1 << 20) },
  },
});
console.log(`fuzz: ${values.runs} runs a property, seed ${values.seed}, hostile runs of ${values['run-length']} characters`);
const result = spawnSync(
  process.execPath,
  ['node_modules/vitest/vitest.mjs', 'run', 'test/hardening/fuzz.test.ts', 'test/hardening/hostile.test.ts', '--testTimeout', '0'],
  {
    stdio: 'inherit',
    env: { ...process.env, FUZZ_RUNS: values.runs, FUZZ_SEED: values.seed, HOSTILE_RUN_LENGTH: values['run-length'] },
  },
);
process.exit(result.status ?? 1);
