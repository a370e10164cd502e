import { parts, readRecord, writeRecord } from '../support/embed.js';
import { expect, test } from '../support/network.js';
import { readAll } from '../support/storage.js';

const DAY = 86_400_000;

const remembered = (provider: string, extra: Record<string, unknown> = {}) => {
  const now = Date.now();
  return { v: 2, provider, scope: 'remember', grantedAt: now - 1000, expiresAt: now + 10 * DAY, stamp: now - 1000, ...extra };
};

test.describe('records that stay honest', () => {
  test('a new policy version asks again; the older record is kept for pages still on the older version', async ({ page }) => {
    await page.goto('/test/fixtures/choices.html?policy=2026-05');
    await parts(page.locator('#yt')).button.click();
    await expect(parts(page.locator('#yt')).frame).toHaveCount(1);
    expect(await readRecord(page, 'youtube')).toMatchObject({ scope: 'session', policy: '2026-05' });

    await page.goto('/test/fixtures/choices.html?policy=2026-05');
    await expect(parts(page.locator('#yt')).frame).toHaveCount(1);

    await page.goto('/test/fixtures/choices.html?policy=2026-11');
    await expect(parts(page.locator('#yt')).button).toBeVisible();
    await expect(parts(page.locator('#yt')).frame).toHaveCount(0);
    expect(await page.evaluate(() => (window as any).ConsentEmbed.list())).toEqual([]);
    // A tab still open from before the deploy reads the record as its own.
    expect(await readRecord(page, 'youtube')).toMatchObject({ policy: '2026-05' });
    const old = await page.context().newPage();
    await old.goto('/test/fixtures/choices.html?policy=2026-05');
    await expect(parts(old.locator('#yt')).frame).toHaveCount(1);

    // Asked again and answered: the new record is under the new version, and the old tab, on the old one, no longer counts it.
    await parts(page.locator('#yt')).button.click();
    await expect(parts(page.locator('#yt')).frame).toHaveCount(1);
    expect(await readRecord(page, 'youtube')).toMatchObject({ policy: '2026-11' });
    await expect(parts(old.locator('#yt')).frame).toHaveCount(0);
  });

  test('a policy version set after the embeds loaded applies at once', async ({ page }) => {
    await page.goto('/test/fixtures/choices.html');
    await parts(page.locator('#yt')).button.click();
    await expect(parts(page.locator('#yt')).frame).toHaveCount(1);
    await page.evaluate(() => (window as any).ConsentEmbed.configure({ policyVersion: '2' }));
    await expect(parts(page.locator('#yt')).frame).toHaveCount(0);
    await expect(parts(page.locator('#yt')).button).toBeVisible();
  });

  test("a store given a policy version that is not short printable text keeps its own, with one warning that quotes the value", async ({ page, network }) => {
    await page.goto('/test/fixtures/blank.html');
    await page.addScriptTag({ url: '/dist/consent-embed.min.js' });
    const kept = await page.evaluate(() => {
      const store = new (window as any).ConsentEmbed.ConsentStore({ policyVersion: '2026-05', name: 'policy-test' });
      store.policyVersion = `https://user:secret@example.com/${'x'.repeat(80)}`;
      store.policyVersion = { toString: () => { throw new Error('boom'); } };
      return store.policyVersion;
    });
    expect(kept).toBe('2026-05');
    const lines = await network.takeConsole();
    expect(lines).toEqual([
      expect.stringMatching(/^consent-embed \[invalid-config\]: the policy version "https:\/\/…@example\.com\/x+…" is not short printable text; it is ignored\.$/),
      'consent-embed [invalid-config]: the policy version "object" is not short printable text; it is ignored.',
    ]);
    expect(lines.join()).not.toContain('secret');
  });

  test('a record given for another definition of the provider asks again; one from before digests still counts', async ({ page }) => {
    await page.goto('/test/fixtures/blank.html');
    await writeRecord(page, 'youtube', remembered('youtube', { digest: 'given-for-another-company' }));
    await writeRecord(page, 'vimeo', remembered('vimeo'));
    await page.goto('/test/fixtures/choices.html');
    await expect(parts(page.locator('#vimeo')).frame).toHaveCount(1);
    await expect(parts(page.locator('#yt')).button).toBeVisible();
    await expect(parts(page.locator('#yt')).frame).toHaveCount(0);
    // Asked again, and answered: the new record carries this definition's digest.
    await parts(page.locator('#yt')).button.click();
    await expect(parts(page.locator('#yt')).frame).toHaveCount(1);
    const record = (await readRecord(page, 'youtube')) as { digest: string };
    expect(record.digest).toMatch(/^[0-9a-z]+$/);
    expect(record.digest).not.toBe('given-for-another-company');
  });

  test('malformed values seeded before the library loads are neither consent nor listed, and are removed', async ({ page }) => {
    await page.goto('/test/fixtures/blank.html');
    const now = Date.now();
    await writeRecord(page, 'youtube', remembered('youtube', { grantedAt: 'yesterday' }));
    await writeRecord(page, 'vimeo', 'granted');
    await writeRecord(page, 'spotify', remembered('spotify', { name: 'Spo\u0000tify' }));
    await writeRecord(page, 'soundcloud', remembered('soundcloud', { policy: 'x'.repeat(101) }));
    await writeRecord(page, 'x', remembered('youtube'));
    await writeRecord(page, 'dailymotion', { ...remembered('dailymotion'), expiresAt: now + 400 * DAY });
    await writeRecord(page, 'ted', remembered('ted', { __proto__: { scope: 'remember' }, scope: 'forever' }));
    await page.goto('/test/fixtures/settings.html');
    await expect(page.locator('consent-embed-settings').locator('[part=empty]')).toBeVisible();
    await expect.poll(() => readAll(page)).toEqual({});
  });
});
