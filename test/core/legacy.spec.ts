import { parts, readRecord } from '../support/embed.js';
import { expect, test } from '../support/network.js';

// During an upgrade, a visitor may have tabs of the first release open beside
// tabs of this one. Withdrawals must cross between them, both ways. The first
// release's messages are spoken here by a bare BroadcastChannel, exactly as it sent them.

const PAGE = '/test/fixtures/youtube.html';

test('a withdrawal from a tab of the first release unloads this release\'s embeds and is stored', async ({ page }) => {
  await page.goto(PAGE);
  await parts(page.locator('consent-embed')).remember.check();
  await parts(page.locator('consent-embed')).button.click();
  await expect(parts(page.locator('consent-embed')).frame).toHaveCount(1);

  await page.evaluate(() => new BroadcastChannel('consent-embed').postMessage({ v: 1, type: 'revoke', provider: 'youtube' }));
  await expect(parts(page.locator('consent-embed')).frame).toHaveCount(0);
  await expect.poll(() => readRecord(page, 'youtube')).toMatchObject({ scope: 'withdrawn' });
});

test('a withdrawal here reaches tabs of the first release, in the words they understand', async ({ page }) => {
  await page.goto(PAGE);
  await page.evaluate(() => {
    const old = new BroadcastChannel('consent-embed');
    old.onmessage = ({ data }) => data.v === 1 && ((window as any).heard ??= []).push(data);
  });
  await page.evaluate(async () => {
    const store = (window as any).ConsentEmbed.defaultStore();
    await store.grant('vimeo', 'remember');
    await store.revoke('vimeo');
    await store.grant('spotify');
    await store.clear();
  });
  await expect
    .poll(() => page.evaluate(() => (window as any).heard?.filter((m: { type: string }) => m.type === 'revoke')))
    .toEqual([
      { v: 1, type: 'revoke', provider: 'vimeo', copy: true },
      expect.objectContaining({ v: 1, type: 'revoke', copy: true }),
      expect.objectContaining({ v: 1, type: 'revoke', copy: true }),
    ]);
  const grants = await page.evaluate(() => (window as any).heard.filter((m: { type: string }) => m.type === 'grant'));
  expect(grants[0]).toMatchObject({ v: 1, type: 'grant', record: { v: 1, provider: 'vimeo', scope: 'remember' } });
});
