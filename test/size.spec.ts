import { expect, test } from '@playwright/test';
// @ts-expect-error: a plain JavaScript module without types.
import { sizes } from '../scripts/size.js';

/**
 * Bytes are the one figure CI asserts: they are stable. The budgets sit a
 * little above today's sizes, so that growth is a decision, not an accident.
 */
const BUDGET = { main: 33_500, bridge: 1_100 };

test('the script-tag bundle and each bridge stay within their gzip budgets', () => {
  const all = sizes() as { file: string; gzip: number }[];
  expect(all.length).toBe(7);
  for (const { file, gzip } of all) {
    expect(gzip, file).toBeLessThanOrEqual(file.startsWith('bridges/') ? BUDGET.bridge : BUDGET.main);
  }
});
