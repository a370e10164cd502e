import { expect, test } from '@playwright/test';
// @ts-expect-error: a plain JavaScript module without types.
import { sizes } from '../scripts/size.js';

/**
 * Bytes are the one figure CI asserts: they are stable. The budgets sit a
 * little above today's sizes, so that growth is a decision, not an accident.
 */
const BUDGET = { main: 40_500, bridge: 1_100, language: 2_000 };

test('the script-tag bundle and each bridge and language file stay within their gzip budgets', () => {
  const all = sizes() as { file: string; gzip: number }[];
  expect(all.length).toBe(1 + 6 + 9);
  for (const { file, gzip } of all) {
    const budget = file.startsWith('bridges/') ? BUDGET.bridge : file.startsWith('i18n/') ? BUDGET.language : BUDGET.main;
    expect(gzip, file).toBeLessThanOrEqual(budget);
  }
});
