import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
// @ts-expect-error: a plain JavaScript module without types.
import { providerTable, withTable } from '../scripts/provider-table.js';
// @ts-expect-error: a plain JavaScript module without types.
import { sizeSentence, withSize } from '../scripts/size.js';
// @ts-expect-error: a plain JavaScript module without types.
import { PATH, warningsPage } from '../scripts/warnings.js';

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

test("the README's script-tag install names every file the core may load from beside itself", () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const install = readme.slice(readme.indexOf('## Script tag'), readme.indexOf('```sh', readme.indexOf('## Script tag')));
  const dist = new URL('../dist/', import.meta.url);
  const files = (readdirSync(dist, { recursive: true }) as string[])
    .map((file) => file.replace(/\\/g, '/'))
    .filter((file) => file.endsWith('.min.js') && file !== 'consent-embed.min.js');
  // A file is named as itself, or by the pattern of its kind: one provider's code, one language, one bridge, a shared chunk.
  const named = (file: string) =>
    [
      `\`${file}\``,
      /^providers\/[a-z0-9-]+\.min\.js$/.test(file) && '`providers/<id>.min.js`',
      /^i18n\/[a-z]{2}\.min\.js$/.test(file) && '`i18n/<lang>.min.js`',
      /^bridges\/[a-z0-9-]+\.min\.js$/.test(file) && '`bridges/<name>.min.js`',
      file.startsWith('chunks/') && '`chunks/`',
    ].some((form) => form && install.includes(form));
  expect(files.length).toBeGreaterThan(40);
  expect(files.filter((file) => !named(file))).toEqual([]);
});

test('docs/warnings.md words every warning as the build does, by code (npm run docs updates it)', async () => {
  expect(readFileSync(PATH, 'utf8')).toBe(await warningsPage());
});
