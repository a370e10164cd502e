import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
// @ts-expect-error: a plain JavaScript module without types.
import { providerTable, withTable } from '../scripts/provider-table.js';
// @ts-expect-error: a plain JavaScript module without types.
import { sizeSentence, withSize } from '../scripts/size.js';

test('the README lists every built-in provider as the build knows it (npm run docs updates it)', async () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  expect(readme).toBe(withTable(readme, await providerTable()));
});

test('the README gives the size the build has (npm run docs updates it)', async () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  expect(readme).toBe(withSize(readme, await sizeSentence()));
});

test('the README shows the published bench run as docs/bench/results.json has it (npm run bench updates both)', async () => {
  // @ts-expect-error: a plain JavaScript module without types.
  const { readmeSummary, withBench } = await import('./bench/report.js');
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const results = JSON.parse(readFileSync(new URL('../docs/bench/results.json', import.meta.url), 'utf8'));
  expect(readme).toBe(withBench(readme, readmeSummary(results)));
});
