import type { Page } from '@playwright/test';
import { parts, readRecord } from '../support/embed.js';
import { expect, test } from '../support/network.js';
import { readAll } from '../support/storage.js';

const PAGE = '/test/fixtures/choices.html';
const DAY = 86_400_000;

const events = (page: Page, type: string) =>
  page.evaluate((t) => (window as any).__events.filter((e: { type: string }) => e.type === t), type);

test.describe('consent-embed-request', () => {
  test('cancelled on a click: nothing loads, nothing is recorded, and the placeholder says why', async ({ page, network }) => {
    await page.goto(PAGE);
    await page.evaluate(() => document.addEventListener('consent-embed-request', (e) => e.preventDefault()));
    const yt = page.locator('#yt');
    await parts(yt).remember.check();
    await parts(yt).button.click();
    await expect(yt.getByRole('alert')).toHaveText("This site's privacy settings do not allow YouTube to load here.");
    expect(await events(page, 'consent-embed-request')).toEqual([
      expect.objectContaining({ target: 'yt', provider: 'youtube', clicked: true, scope: 'remember' }),
    ]);
    expect(await readRecord(page, 'youtube')).toBeUndefined();
    expect(await events(page, 'consent-embed-change')).toEqual([]);
    await network.expectNoForeignRequests(page);

    // The site's settings change: the next click loads.
    await page.evaluate(() => document.addEventListener('consent-embed-request', (e) => e.stopImmediatePropagation(), { capture: true }));
    await parts(yt).button.click();
    await expect(parts(yt).frame).toHaveCount(1);
    await expect(yt.getByRole('alert')).toHaveCount(0);
  });

  test('asked again before a load that earlier consent allows, and a veto keeps that one embed unloaded', async ({ page, network }) => {
    await page.goto(PAGE);
    await page.evaluate(() =>
      document.addEventListener('consent-embed-request', (e) => {
        if ((e.target as Element).id === 'vimeo') e.preventDefault();
      })
    );
    await page.evaluate(() => Promise.all([(window as any).ConsentEmbed.grant('youtube'), (window as any).ConsentEmbed.grant('vimeo')]));
    await expect(parts(page.locator('#yt')).frame).toHaveCount(1);
    // Said, but not as an alert: nobody clicked, and a page load should not interrupt a screen reader.
    await expect(page.locator('#vimeo [part=blocked]')).toHaveText("This site's privacy settings do not allow Vimeo to load here.");
    await expect(page.locator('#vimeo').getByRole('alert')).toHaveCount(0);
    await expect(parts(page.locator('#vimeo')).frame).toHaveCount(0);
    expect(await events(page, 'consent-embed-request')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ target: 'yt', clicked: false }),
        expect.objectContaining({ target: 'vimeo', clicked: false }),
      ])
    );
    expect(network.frames().some((url) => url.includes('vimeo'))).toBe(false);
  });
});

test('consent-embed-load fires once per load, after the frame is in the page', async ({ page }) => {
  await page.goto(PAGE);
  await page.evaluate(() =>
    document.addEventListener('consent-embed-load', (e) => ((window as any).__inPage = (e as any).content.isConnected))
  );
  await parts(page.locator('#yt')).button.click();
  await expect(parts(page.locator('#yt')).frame).toHaveCount(1);
  await expect.poll(() => events(page, 'consent-embed-load')).toEqual([expect.objectContaining({ target: 'yt', provider: 'youtube' })]);
  expect(await page.evaluate(() => (window as any).__inPage)).toBe(true);
});

test.describe('the JavaScript API', () => {
  test('grant, list, revoke and revokeAll act as the visitor would, in this tab and the others', async ({ page, context }) => {
    await page.goto(PAGE);
    const other = await context.newPage();
    await other.goto(PAGE);
    const api = <T>(p: Page, fn: string, ...args: unknown[]) =>
      p.evaluate(([f, a]) => (window as any).ConsentEmbed[f as string](...(a as unknown[])), [fn, args] as const) as Promise<T>;

    const result = await api<{ saved: boolean; record: { expiresAt: number; grantedAt: number } }>(page, 'grant', 'youtube', { remember: true });
    expect(result.saved).toBe(true);
    expect(result.record.expiresAt - result.record.grantedAt).toBe(180 * DAY);
    await api(page, 'grant', 'vimeo');
    await expect(parts(other.locator('#yt')).frame).toHaveCount(1);
    await expect(parts(other.locator('#vimeo')).frame).toHaveCount(1);
    // Not played: nobody clicked.
    await expect(parts(other.locator('#yt')).frame).not.toHaveAttribute('src', /autoplay/);

    expect(await api(other, 'list')).toEqual([
      { provider: 'youtube', name: 'YouTube', company: 'Google', scope: 'remember', grantedAt: expect.any(Number), expiresAt: expect.any(Number), stored: true, previews: false },
      { provider: 'vimeo', name: 'Vimeo', company: 'Vimeo', scope: 'session', grantedAt: expect.any(Number), stored: true, previews: false },
    ]);
    expect(await readRecord(page, 'youtube')).toMatchObject({ scope: 'remember', name: 'YouTube', digest: expect.any(String) });

    await api(other, 'revoke', 'youtube');
    await expect(parts(page.locator('#yt')).frame).toHaveCount(0);
    await expect(parts(page.locator('#vimeo')).frame).toHaveCount(1);
    await api(page, 'revokeAll');
    await expect(parts(other.locator('#vimeo')).frame).toHaveCount(0);
    expect(await api(page, 'list')).toEqual([]);
    expect(Object.values(await readAll(page)).every((r: any) => r.scope === 'withdrawn')).toBe(true);

    expect((await events(page, 'consent-embed-change')).map((e: any) => `${e.provider} ${e.scope} ${e.source} ${e.remote}`)).toEqual([
      'youtube remember api false',
      'vimeo session api false',
      'youtube withdrawn api true',
      'vimeo withdrawn api false',
    ]);
  });

  test('onChange hears every choice until unsubscribed, and not records read back from storage', async ({ page }) => {
    await page.goto(PAGE);
    await page.evaluate(() => (window as any).ConsentEmbed.grant('vimeo', { remember: true }));
    await page.reload();
    await expect(parts(page.locator('#vimeo')).frame).toHaveCount(1);
    const heard = await page.evaluate(async () => {
      const api = (window as any).ConsentEmbed;
      const log: string[] = [];
      const off = api.onChange((c: any) => log.push(`${c.provider} ${c.granted} ${c.source}`));
      await api.grant('youtube');
      await api.revoke('vimeo');
      off();
      await api.grant('vimeo');
      return log;
    });
    expect(heard).toEqual(['youtube true api', 'vimeo false api']);
  });

  test('refuses what is not a provider id with one warning each, and stores nothing', async ({ page, network }) => {
    await page.goto(PAGE);
    const results = await page.evaluate(async () => {
      const api = (window as any).ConsentEmbed;
      return [await api.grant('YouTube!'), await api.grant({ toString: () => 'youtube' }), await api.revoke('*')];
    });
    expect(results).toEqual([undefined, undefined, undefined]);
    expect(await network.takeConsole()).toEqual([
      expect.stringMatching(/^consent-embed \[invalid-provider\]: grant\("YouTube!"\)/),
      expect.stringMatching(/^consent-embed \[invalid-provider\]: grant\(object\)/),
      expect.stringMatching(/^consent-embed \[invalid-provider\]: revoke\("\*"\)/),
    ]);
    expect(await readAll(page)).toEqual({});
  });

  test('without the file of grant and list, grant grants nothing and list rejects, with one warning; withdrawing still works', async ({
    page,
    network,
  }) => {
    await page.route('**/dist/core/choices.min.js*', (route) => route.fulfill({ status: 404, body: '' }));
    await page.goto(PAGE);
    const yt = page.locator('#yt');
    await parts(yt).button.click();
    await expect(parts(yt).frame).toHaveCount(1);
    const results = await page.evaluate(async () => {
      const api = (window as any).ConsentEmbed;
      const granted = await api.grant('vimeo');
      const listed = await api.list().then(
        () => 'resolved',
        (error: Error) => `rejected: ${error.message}`
      );
      const again = await api.grant('vimeo');
      await api.revoke('youtube');
      return [granted, listed, again];
    });
    expect(results).toEqual([undefined, expect.stringMatching(/^rejected: .*choices\.min\.js/), undefined]);
    await expect(parts(yt).button).toBeVisible();
    expect(await readRecord(page, 'vimeo')).toBeUndefined();
    expect(await readRecord(page, 'youtube')).toMatchObject({ scope: 'withdrawn' });
    const lines = await network.takeConsole();
    expect(lines.filter((line) => line.startsWith('consent-embed'))).toEqual([
      expect.stringMatching(/^consent-embed \[part-unavailable\]: a file of the API beside its script could not be loaded \(.*choices\.min\.js.*\): grant granted nothing/),
    ]);
    for (const line of lines.filter((l) => !l.startsWith('consent-embed'))) expect(line).toMatch(/404/);
  });
});

test('Global Privacy Control is said on the placeholder, never ticks "remember", and grants nothing', async ({ page, network }) => {
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
  await page.goto(PAGE);
  const yt = page.locator('#yt');
  await expect(yt.locator('[part=gpc]')).toHaveText(/Your browser asks sites not to share your data \(Global Privacy Control\)/);
  await expect(parts(yt).remember).not.toBeChecked();
  await network.expectNoForeignRequests(page);
  expect(await page.evaluate(() => (window as any).ConsentEmbed.list())).toEqual([]);
  // The visitor's own click still counts, for the session only.
  await parts(yt).button.click();
  await expect(parts(yt).frame).toHaveCount(1);
  expect(await readRecord(page, 'youtube')).toMatchObject({ scope: 'session' });
});
