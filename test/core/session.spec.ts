import { parts, readRecord } from '../support/embed.js';
import { expect, test } from '../support/network.js';
import { profile } from '../support/profile.js';

// `*.localhost` names are loopback and secure contexts, so one server plays a
// site and its sibling subdomain, as `www.example.com` and `blog.example.com`.

test.describe('the browsing-session marker', () => {
  test('a cookie planted by a sibling subdomain does not make a session choice outlive the browser', async ({
    playwright,
    baseURL,
  }) => {
    test.slow(); // two browser launches
    const port = new URL(baseURL!).port;
    const site = `http://www.site.localhost:${port}`;
    const browser = await profile(playwright.chromium, site);
    try {
      const first = await browser.launch();
      // The sibling plants a long-lived cookie for the whole site, under both names.
      await first.page.goto(`http://evil.site.localhost:${port}/test/fixtures/blank.html`);
      await first.page.evaluate(() => {
        const id = 'f'.repeat(32);
        const rest = '; Domain=site.localhost; Path=/; Max-Age=31536000; SameSite=Lax';
        document.cookie = `consent-embed-session=${id}${rest}`;
        document.cookie = `__Host-consent-embed-session=${id}${rest}; Secure`;
      });
      // A cookie written by the page reaches the browser's store a moment later.
      await expect.poll(async () => (await first.context.cookies(site)).map((c) => c.name)).toEqual(['consent-embed-session']);

      await first.page.goto('/test/fixtures/youtube.html');
      await parts(first.page.locator('consent-embed')).button.click();
      await expect(parts(first.page.locator('consent-embed')).frame).toHaveCount(1);
      await expect.poll(() => readRecord(first.page, 'youtube')).toMatchObject({ scope: 'session' });
      first.network.verify();
      await first.context.close();

      const second = await browser.launch();
      await second.page.goto('/test/fixtures/youtube.html');
      await expect(parts(second.page.locator('consent-embed')).button).toBeVisible();
      await second.page.waitForTimeout(300);
      await expect(parts(second.page.locator('consent-embed')).frame).toHaveCount(0);
      await second.network.expectNoForeignRequests(second.page);
      second.network.verify();
      await second.context.close();
    } finally {
      await browser.remove();
    }
  });

  test('is set only once a choice for the session is made, as a host-only, secure, session cookie that holds no choice', async ({
    page,
    context,
  }) => {
    await page.goto('/test/fixtures/youtube.html');
    const embed = page.locator('consent-embed');
    await expect(parts(embed).button).toBeVisible();
    await page.waitForTimeout(300);
    // A visitor who chose nothing gets no cookie at all.
    expect(await context.cookies()).toEqual([]);
    await parts(embed).button.click();
    await expect(parts(embed).frame).toHaveCount(1);
    // A cookie written by the page reaches the browser's store a moment later.
    await expect.poll(() => context.cookies()).toEqual([
      expect.objectContaining({
        name: '__Host-consent-embed-session',
        value: expect.stringMatching(/^[0-9a-f]{32}$/),
        domain: '127.0.0.1',
        path: '/',
        expires: -1,
        secure: true,
        sameSite: 'Strict',
      }),
    ]);
  });

  test('is not set for a remembered choice, which needs no session', async ({ page, context }) => {
    await page.goto('/test/fixtures/youtube.html');
    const embed = page.locator('consent-embed');
    await parts(embed).remember.check();
    await parts(embed).button.click();
    await expect(parts(embed).frame).toHaveCount(1);
    await expect.poll(() => readRecord(page, 'youtube')).toMatchObject({ scope: 'remember' });
    await page.waitForTimeout(300);
    expect(await context.cookies()).toEqual([]);
  });

  test('where cookies do not stick, a choice for the session holds for the page and ends with it', async ({ page, network }) => {
    // A browser that blocks the site's cookies: writes are dropped, reads find nothing.
    await page.addInitScript(() => {
      Object.defineProperty(Document.prototype, 'cookie', { configurable: true, get: () => '', set: () => {} });
    });
    await page.goto('/test/fixtures/youtube.html');
    await parts(page.locator('consent-embed')).button.click();
    await expect(parts(page.locator('consent-embed')).frame).toHaveCount(1);
    await expect.poll(() => readRecord(page, 'youtube')).toMatchObject({ scope: 'session' });
    // Read in later tasks, the page's id is the one its choice was stamped with: an embed added now loads too.
    await page.waitForTimeout(100);
    await page.evaluate(() => {
      const embed = document.createElement('consent-embed');
      embed.id = 'later';
      embed.setAttribute('src', 'https://www.youtube.com/watch?v=aqz-KE-bpKQ');
      document.body.append(embed);
    });
    await expect(parts(page.locator('#later')).frame).toHaveCount(1);

    // The next page has no cookie to find the choice by: it asks again.
    await page.reload();
    await expect(parts(page.locator('consent-embed')).button).toBeVisible();
    await page.waitForTimeout(300);
    await expect(parts(page.locator('consent-embed')).frame).toHaveCount(0);
    expect(await network.takeConsole()).toEqual([]);
  });

  test('cleared while the page is open, the cookie takes the session and its choices with it', async ({ page, context }) => {
    await page.goto('/test/fixtures/youtube.html');
    await parts(page.locator('consent-embed')).button.click();
    await expect(parts(page.locator('consent-embed')).frame).toHaveCount(1);
    await expect.poll(async () => (await context.cookies()).length).toBe(1);
    // As a logout's `Clear-Site-Data: "cookies"` or the browser's own settings would.
    await context.clearCookies();
    await page.evaluate(() => {
      const embed = document.createElement('consent-embed');
      embed.id = 'later';
      embed.setAttribute('src', 'https://www.youtube.com/watch?v=aqz-KE-bpKQ');
      document.body.append(embed);
    });
    await expect(parts(page.locator('#later')).button).toBeVisible();
    await page.waitForTimeout(300);
    await expect(parts(page.locator('#later')).frame).toHaveCount(0);
  });
});
