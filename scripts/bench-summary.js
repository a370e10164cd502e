// Writes the bench summary of docs/comparison.md (`npm run docs`) from the published
// run, docs/bench/results.json. A full `npm run bench` writes both; this rewrites the
// summary alone, so that a change of its form reaches the page without a new run.
// test/readme.spec.ts fails while the summary is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readmeSummary, withBench } from '../test/bench/report.js';

/** The page that holds the summary. */
export const PATH = fileURLToPath(new URL('../docs/comparison.md', import.meta.url));
const RESULTS = fileURLToPath(new URL('../docs/bench/results.json', import.meta.url));

/** The page as the published run makes it. */
export function comparisonPage() {
  return withBench(readFileSync(PATH, 'utf8'), readmeSummary(JSON.parse(readFileSync(RESULTS, 'utf8'))));
}

if (import.meta.url === `file://${process.argv[1]}` && process.argv.includes('--write')) {
  writeFileSync(PATH, comparisonPage());
  console.log('docs/comparison.md: bench summary written');
}
