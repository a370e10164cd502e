import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { parts, readRecord } from '../support/embed.js';
import { expect, test } from '../support/network.js';

// The opt-in previews (docs/previews.md): the provider's thumbnails, asked
// for only after the visitor allows them. Every thumbnail host is answered
// here by a local stand-in with a real image, and each request is counted;
// everything else foreign is the network fixture's, which refuses it.

/** A real image, wider than YouTube's 120-pixel stand-in for a missing thumbnail. */
const IMAGE = '<svg xmlns="http://www.w3.org/2000/svg" width="480" height="360"><rect width="480" height="360" fill="#c33"/></svg>';

/** Answers `pattern` with `answer` and records the URL of each request to it. */
async function stub(context: BrowserContext, pattern: string, answer: { status?: number; contentType: string; body: string }): Promise<string[]> {
  const hits: string[] = [];
  await context.route(pattern, (route) => {
    hits.push(route.request().url());
    return route.fulfill({ ...answer, headers: { 'access-control-allow-origin': '*' } });
  });
  return hits;
}

const youtubeImages = (context: BrowserContext, status = 200) =>
  stub(context, 'https://i.ytimg.com/**', status === 200 ? { contentType: 'image/svg+xml', body: IMAGE } : { status, contentType: 'text/html', body: 'Not Found' });

/** A page with two YouTube embeds and a Vimeo one; `previews` turns the setting on with configure(). */
async function embeds(page: Page, { previews, settings = false }: { previews: boolean; settings?: boolean }): Promise<void> {
  await page.goto('/test/fixtures/blank.html');
  await page.addScriptTag({ url: '/dist/consent-embed.min.js' });
  await page.evaluate(
    ([on, list]) => {
      if (on) (window as any).ConsentEmbed.configure({ previews: true });
      const main = document.querySelector('main')!;
      for (const [id, src] of [
        ['one', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'],
        ['two', 'https://youtu.be/aqz-KE-bpKQ'],
      ]) {
        const embed = document.createElement('consent-embed');
        embed.id = id!;
        embed.setAttribute('src', src!);
        main.append(embed);
      }
      if (list) main.append(document.createElement('consent-embed-settings'));
    },
    [previews, settings] as const
  );
  await expect(parts(page.locator('#one')).button).toBeVisible();
  await expect(parts(page.locator('#two')).button).toBeVisible();
}

const offer = (page: Page, id: string, name = 'YouTube') => page.locator(`#${id}`).getByRole('button', { name: `Show previews from ${name}` });
const poster = (page: Page, id: string) => page.locator(`#${id}`).locator('[part=poster]');

test.describe('previews', () => {
  test('are not offered, and nothing is asked for, while the site has not turned them on', async ({ page, context, network }) => {
    const hits = await youtubeImages(context);
    await embeds(page, { previews: false });
    await page.waitForTimeout(500);
    await expect(page.locator('[part=previews]')).toHaveCount(0);
    expect(hits).toEqual([]);
    await network.expectNoForeignRequests(page);
  });

  test('are offered with a notice and load nothing until allowed; then every YouTube placeholder shows its thumbnail', async ({ page, context, network }) => {
    const hits = await youtubeImages(context);
    await embeds(page, { previews: true });
    await expect(offer(page, 'one')).toBeVisible();
    await expect(offer(page, 'two')).toBeVisible();
    await expect(page.locator('#one [part=previews-notice]')).toHaveText(
      'Previews are images loaded from YouTube: showing them sends your IP address to Google.'
    );
    // The notice is the control's description, read with it.
    await expect(offer(page, 'one')).toHaveAccessibleDescription(/sends your IP address to Google/);
    expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations).toEqual([]);
    await page.waitForTimeout(300);
    expect(hits).toEqual([]);
    await network.expectNoForeignRequests(page);

    // By keyboard: from the load button, Tab reaches the offer; Enter allows.
    await parts(page.locator('#one')).button.focus();
    await page.keyboard.press('Tab');
    await expect(offer(page, 'one')).toBeFocused();
    await page.keyboard.press('Enter');

    for (const [id, video] of [['one', 'dQw4w9WgXcQ'], ['two', 'aqz-KE-bpKQ']]) {
      await expect(poster(page, id!)).toBeVisible();
      await expect(poster(page, id!)).toHaveAttribute('src', `https://i.ytimg.com/vi/${video}/hqdefault.jpg`);
      await expect(poster(page, id!)).toHaveAttribute('referrerpolicy', 'no-referrer');
      await expect(poster(page, id!)).toHaveAttribute('alt', '');
      expect(await poster(page, id!).evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(480);
    }
    // The offer is gone from both; focus went back to the load button rather than the page's start.
    await expect(page.locator('[part=previews]')).toHaveCount(0);
    await expect(parts(page.locator('#one')).button).toBeFocused();
    // Exactly the thumbnail host, and nothing else foreign: no frame, no JSON, no referrer.
    expect(new Set(hits.map((url) => new URL(url).host))).toEqual(new Set(['i.ytimg.com']));
    expect(network.foreign).toEqual([]);
    // A choice of its own, for the browsing session (the box was not ticked); the embed itself is not allowed.
    expect(await readRecord(page, 'youtube/previews')).toMatchObject({ provider: 'youtube/previews', scope: 'session', name: 'YouTube' });
    expect(await readRecord(page, 'youtube')).toBeUndefined();
    await expect(parts(page.locator('#one')).frame).toHaveCount(0);
    expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations).toEqual([]);
  });

  test('are remembered when the remember box is ticked, allowed by Space, and heard by another tab', async ({ page, context }) => {
    await youtubeImages(context);
    await embeds(page, { previews: true });
    const other = await context.newPage();
    await embeds(other, { previews: true });
    await expect(offer(other, 'one')).toBeVisible();

    await parts(page.locator('#two')).remember.check();
    await offer(page, 'two').focus();
    await page.keyboard.press('Space');
    await expect(poster(page, 'one')).toBeVisible();
    expect(await readRecord(page, 'youtube/previews')).toMatchObject({ scope: 'remember' });
    // The other tab hears it from the store.
    await expect(poster(other, 'one')).toBeVisible();
    await expect(offer(other, 'one')).toHaveCount(0);
  });

  test('are listed in <consent-embed-settings>, and withdrawing there takes every thumbnail away and asks for no more', async ({ page, context }) => {
    const hits = await youtubeImages(context);
    await embeds(page, { previews: true, settings: true });
    await offer(page, 'one').click();
    await expect(poster(page, 'two')).toBeVisible();
    const list = page.locator('consent-embed-settings');
    await expect(list.locator('[part~=item]')).toHaveCount(1);
    await expect(list.locator('[part=name]')).toHaveText('YouTube previews');
    await expect(list.locator('[part=company]')).toHaveText('Google');
    expect(await page.evaluate(async () => (await (window as any).ConsentEmbed.list()).map((c: any) => [c.provider, c.previews]))).toEqual([['youtube/previews', true]]);

    const asked = hits.length;
    await list.getByRole('button', { name: 'Withdraw your consent for YouTube previews' }).click();
    for (const id of ['one', 'two']) {
      await expect(poster(page, id)).toBeHidden();
      await expect(poster(page, id)).not.toHaveAttribute('src', /ytimg/);
      await expect(offer(page, id)).toBeVisible();
    }
    await expect(list.getByRole('status')).toHaveText('YouTube previews: consent withdrawn.');
    expect(await readRecord(page, 'youtube/previews')).toMatchObject({ scope: 'withdrawn' });
    // A new embed of the provider asks for nothing: it is offered previews again.
    await page.evaluate(() => {
      const embed = document.createElement('consent-embed');
      embed.id = 'three';
      embed.setAttribute('src', 'https://www.youtube.com/watch?v=M7lc1UVf-VE');
      document.querySelector('main')!.append(embed);
    });
    await page.locator('#three').scrollIntoViewIfNeeded();
    await expect(offer(page, 'three')).toBeVisible();
    await page.waitForTimeout(300);
    expect(hits).toHaveLength(asked);
  });

  test('withdrawn through the API, are torn down even when the element cannot render', async ({ page, context, network }) => {
    await youtubeImages(context);
    await embeds(page, { previews: true });
    await offer(page, 'one').click();
    await expect(poster(page, 'one')).toBeVisible();
    // A render that throws from now on: the teardown does not wait for one.
    await page.evaluate(() => {
      const embed = document.querySelector('#one') as any;
      embed.update = () => {
        throw new Error('broken render');
      };
    });
    await page.evaluate(() => (window as any).ConsentEmbed.revoke('youtube/previews'));
    await expect(poster(page, 'one')).toBeHidden();
    expect(await poster(page, 'one').getAttribute('src')).toBeNull();
    await expect(poster(page, 'two')).toBeHidden();
    // The render that threw, thrown at the page by the test's own broken update.
    expect(network.pageErrors.splice(0)).toContain('broken render');
  });

  test('whose thumbnail is missing show none, with one warning', async ({ page, context, network }) => {
    await youtubeImages(context, 404);
    await embeds(page, { previews: true });
    await offer(page, 'one').click();
    // Chromium logs each failed image too: only the library's lines are counted.
    const said: string[] = [];
    await expect
      .poll(async () => {
        said.push(...(await network.takeConsole()));
        return said.filter((line) => line.startsWith('consent-embed')).sort();
      })
      .toEqual([
        expect.stringMatching(/^consent-embed \[preview-failed\]: the thumbnail "https:\/\/i\.ytimg\.com\/vi\/aqz-KE-bpKQ\/hqdefault\.jpg" could not be shown/),
        expect.stringMatching(/^consent-embed \[preview-failed\]: the thumbnail "https:\/\/i\.ytimg\.com\/vi\/dQw4w9WgXcQ\/hqdefault\.jpg" could not be shown/),
      ]);
    await page.waitForTimeout(300);
    await expect(poster(page, 'one')).toBeHidden();
    await expect(parts(page.locator('#one')).button).toBeVisible();
    expect((await network.takeConsole()).filter((line) => line.startsWith('consent-embed'))).toEqual([]);
  });

  test.describe('from Vimeo, through its oEmbed endpoint', () => {
    async function vimeo(page: Page, answer: object, context: BrowserContext) {
      const endpoint = await stub(context, 'https://vimeo.com/api/oembed.json?**', { contentType: 'application/json', body: JSON.stringify(answer) });
      const images = await stub(context, 'https://i.vimeocdn.com/**', { contentType: 'image/svg+xml', body: IMAGE });
      const elsewhere = await stub(context, 'https://evil.example/**', { contentType: 'image/svg+xml', body: IMAGE });
      await page.goto('/test/fixtures/blank.html');
      await page.addScriptTag({ url: '/dist/consent-embed.min.js' });
      await page.evaluate(() => {
        const embed = document.createElement('consent-embed');
        embed.id = 'v';
        embed.setAttribute('previews', '');
        embed.setAttribute('src', 'https://vimeo.com/76979871');
        document.querySelector('main')!.append(embed);
      });
      await expect(offer(page, 'v', 'Vimeo')).toBeVisible();
      return { endpoint, images, elsewhere };
    }

    test('show the thumbnail it names, and its title where the page gave none, without credentials or referrer', async ({ page, context, network }) => {
      const requests: { url: string; referer?: string; cookie?: string }[] = [];
      page.on('request', (request) => {
        if (!request.url().startsWith('http://127.0.0.1')) requests.push({ url: request.url(), referer: request.headers().referer, cookie: request.headers().cookie });
      });
      const { endpoint, images } = await vimeo(page, { type: 'video', title: 'The New Vimeo Player', thumbnail_url: 'https://i.vimeocdn.com/video/452001751-640.jpg' }, context);
      await network.expectNoForeignRequests(page);
      await offer(page, 'v', 'Vimeo').click();
      await expect(poster(page, 'v')).toHaveAttribute('src', 'https://i.vimeocdn.com/video/452001751-640.jpg');
      await expect(poster(page, 'v')).toBeVisible();
      await expect(page.locator('#v [part=title]')).toHaveText('The New Vimeo Player');
      expect(endpoint).toEqual(['https://vimeo.com/api/oembed.json?url=https%3A%2F%2Fvimeo.com%2F76979871']);
      expect(images.length).toBeGreaterThan(0);
      expect(requests.every((r) => r.referer === undefined && r.cookie === undefined)).toBe(true);
    });

    test('refuse a thumbnail on a host that is not Vimeo’s, with one warning', async ({ page, context, network }) => {
      const { elsewhere } = await vimeo(page, { type: 'video', thumbnail_url: 'https://evil.example/track.jpg' }, context);
      await offer(page, 'v', 'Vimeo').click();
      await expect
        .poll(() => network.takeConsole())
        .toEqual([expect.stringMatching(/^consent-embed \[preview-failed\]: the thumbnail "https:\/\/evil\.example\/track\.jpg" is not on a host of its provider/)]);
      await page.waitForTimeout(300);
      expect(elsewhere).toEqual([]);
      await expect(poster(page, 'v')).toBeHidden();
    });
  });

  test('are off where an element says previews="false", and a wrong value is warned about', async ({ page, context, network }) => {
    await youtubeImages(context);
    await embeds(page, { previews: true });
    await page.evaluate(() => {
      document.querySelector('#one')!.setAttribute('previews', 'false');
      document.querySelector('#two')!.setAttribute('previews', 'maybe');
    });
    await expect(offer(page, 'one')).toHaveCount(0);
    await expect
      .poll(() => network.takeConsole())
      .toEqual([expect.stringMatching(/^consent-embed \[invalid-config\]: <consent-embed>: "previews" must be true or false/)]);
    // The wrong value is ignored: the site's setting holds.
    await expect(offer(page, 'two')).toBeVisible();
  });
});
