import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expectFrameFocused, parts } from './support/embed.js';
import { expect, test } from './support/network.js';

const pages = [
  '/demo/',
  '/demo/playground.html',
  '/demo/gallery.html',
  '/demo/poster.html',
  '/demo/many.html',
  '/demo/strict-csp.html',
  '/demo/bad-input.html',
];

const axeViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations;

test.describe('the demo, before any choice', () => {
  for (const path of pages) {
    for (const deviceScaleFactor of [1, 2]) {
      test(`${path} contacts no other host at DPR ${deviceScaleFactor}, whatever the visitor does short of choosing`, async ({
        browser,
        baseURL,
      }) => {
        // The gallery's seventy embeds are each scrolled to, hovered and focused: on a busy machine that takes a while.
        if (path === '/demo/gallery.html') test.slow();
        const context = await browser.newContext({ baseURL, deviceScaleFactor, serviceWorkers: 'block' });
        const { Network } = await import('./support/network.js');
        const network = await Network.attach(context);
        const page = await context.newPage();
        await page.goto(path);
        const embeds = page.locator('consent-embed');
        await expect(embeds.first().locator('[part=base]')).toBeVisible();

        for (const embed of await embeds.all()) {
          await embed.scrollIntoViewIfNeeded();
          await embed.hover();
          const button = parts(embed).button;
          if (await button.count()) await button.focus();
        }
        await page.mouse.wheel(0, 20_000);
        await page.setViewportSize({ width: 320, height: 640 });
        await page.setViewportSize({ width: 1440, height: 900 });
        await page.waitForTimeout(300);

        await network.expectNoForeignRequests(page);
        await network.takeConsole(); // bad-input warns on purpose; the bad-input spec checks what
        network.verify();
        await context.close();
      });
    }
  }

  test('the leak oracle catches a thumbnail and a preconnect (positive control)', async ({ page, network }) => {
    await page.goto('/test/fixtures/leaky.html');
    await page.waitForLoadState('load');
    const thumbnail = 'https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg';
    expect(await network.leaks(page)).toEqual({
      requests: [`image ${thumbnail}`],
      resources: [thumbnail],
      hints: ['preconnect https://www.youtube-nocookie.com/'],
    });
    // The aborted thumbnail logs a console error; this control expects it.
    await expect.poll(() => network.takeConsole()).toEqual([expect.stringContaining('ERR_BLOCKED_BY_CLIENT')]);
    network.foreign.length = 0;
  });

  test('the leak oracle sees a preconnect added inside an element\'s shadow root (positive control)', async ({ page, network }) => {
    await page.goto('/test/fixtures/youtube.html');
    await page.locator('consent-embed').getByRole('button').waitFor();
    await page.evaluate(() => {
      const link = document.createElement('link');
      link.rel = 'preconnect';
      link.href = 'https://www.youtube-nocookie.com';
      document.querySelector('consent-embed')!.shadowRoot!.append(link);
    });
    await expect.poll(async () => (await network.leaks(page)).hints).toEqual(['preconnect https://www.youtube-nocookie.com/']);
  });
});

test.describe('the home page', () => {
  /** Every page the home page must lead to, by the name of its link. */
  const linked = {
    Playground: '/demo/playground.html',
    'Every provider': '/demo/gallery.html',
    Posters: '/demo/poster.html',
    'Many embeds': '/demo/many.html',
    'Strict CSP': '/demo/strict-csp.html',
    'Privacy settings': '/demo/privacy.html',
    'Consent managers': '/demo/bridges/',
    'Bad input': '/demo/bad-input.html',
  };

  test('shows a video, a map and a post side by side, one light and one dark, with no request to another host', async ({ page, network }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/demo/');
    const embeds = page.locator('main consent-embed');
    await expect(embeds.locator('[part~=button]')).toHaveText(['Load video', 'Load map', 'Load post']);
    const themes = await embeds.evaluateAll((all) => all.map((e) => e.shadowRoot!.querySelector<HTMLElement>('[part~=base]')!.dataset.theme));
    expect(themes).toEqual(['light', 'dark', 'auto']);
    // Side by side, and all in the first screen.
    const boxes = await embeds.evaluateAll((all) => all.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
    expect(new Set(boxes.map((box) => Math.round(box.top))).size).toBe(1);
    for (const box of boxes) expect(box.bottom).toBeLessThanOrEqual(900);
    await network.expectNoForeignRequests(page);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('links to every demo page, and each opens with no request to another host', async ({ page, network }) => {
    await page.goto('/demo/');
    const list = page.getByRole('main').getByRole('list');
    await expect(list.getByRole('link')).toHaveCount(Object.keys(linked).length);
    for (const [name, path] of Object.entries(linked)) {
      await list.getByRole('link', { name, exact: true }).click();
      await expect(page).toHaveURL(path);
      await page.waitForLoadState('load');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const embeds = page.locator('consent-embed');
      if (await embeds.count()) await expect(embeds.first().locator('[part=base]')).toBeVisible();
      await network.expectNoForeignRequests(page);
      await page.goBack();
      await expect(page).toHaveURL('/demo/');
    }
    await network.takeConsole(); // bad-input warns on purpose; the bad-input spec checks what
  });

  for (const path of ['/demo/', ...Object.values(linked)]) {
    test(`${path} has no axe violations`, async ({ page, network }) => {
      test.slow(); // axe reads every shadow root: the gallery's seventy take a while
      await page.goto(path);
      const embeds = page.locator('consent-embed');
      if (await embeds.count()) await expect(embeds.first().locator('[part=base]')).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      await network.takeConsole(); // bad-input warns on purpose
    });
  }

  test('every demo page leads home and to the playground, and marks itself in the navigation', async ({ page, network }) => {
    for (const path of Object.values(linked)) {
      if (path === '/demo/bridges/') continue; // the bridge pages have a navigation of their own: home, and their index
      await page.goto(path);
      const nav = page.getByRole('navigation', { name: 'Demo pages' });
      await expect(nav.getByRole('link', { name: 'Home' }), path).toHaveAttribute('href', './');
      await expect(nav.getByRole('link', { name: 'Playground' }), path).toHaveAttribute('href', './playground.html');
      await expect(nav.locator('[aria-current=page]'), path).toHaveAttribute('href', `.${path.slice('/demo'.length)}`);
    }
    await page.goto('/demo/bridges/');
    await page.getByRole('link', { name: 'Home' }).click();
    await expect(page).toHaveURL('/demo/');
    await network.takeConsole(); // bad-input warns on purpose; the bad-input spec checks what
  });
});

test.describe('the gallery', () => {
  test('its theme switch sets the theme of every embed, by click and by keyboard', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/demo/gallery.html');
    const embeds = page.locator('consent-embed');
    await expect(embeds.first().locator('[part=base]')).toBeVisible();
    const count = await embeds.count();
    const themes = () =>
      embeds.evaluateAll((all) => all.map((e) => e.shadowRoot?.querySelector<HTMLElement>('[part~=base]')?.dataset.theme));
    const background = (embed: ReturnType<typeof embeds.first>) =>
      embed.locator('[part~=base]').evaluate((el) => getComputedStyle(el).backgroundColor);
    await expect.poll(themes).toEqual(Array(count).fill('auto'));
    await expect.poll(() => background(embeds.last())).toBe('rgb(238, 241, 245)');

    await page.getByRole('radio', { name: 'Dark' }).click();
    await expect.poll(themes).toEqual(Array(count).fill('dark'));
    await expect.poll(() => background(embeds.last())).toBe('rgb(29, 33, 39)');

    // A radio group moves with the arrow keys: up from Dark is Light.
    await page.keyboard.press('ArrowUp');
    await expect(page.getByRole('radio', { name: 'Light' })).toBeChecked();
    await expect.poll(themes).toEqual(Array(count).fill('light'));
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => background(embeds.first())).toBe('rgb(238, 241, 245)');

    await page.keyboard.press('ArrowUp');
    await expect(page.getByRole('radio', { name: "Your system's" })).toBeChecked();
    await expect.poll(themes).toEqual(Array(count).fill('auto'));
    await expect.poll(() => background(embeds.first())).toBe('rgb(29, 33, 39)');
  });
});

test.describe('the demo, after a choice', () => {
  test('one click on the many-embeds page loads the clicked embed, playing, and the others paused as they come into view', async ({
    page,
    network,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('/demo/many.html');
    const embeds = page.locator('consent-embed');
    await expect(embeds).toHaveCount(24);
    await parts(embeds.nth(4)).button.click();
    await expectFrameFocused(embeds.nth(4));

    await embeds.nth(23).scrollIntoViewIfNeeded();
    await expect(parts(embeds.nth(23)).frame).toHaveCount(1);
    await page.evaluate(() => window.scrollTo(0, 0));
    for (const embed of await embeds.all()) {
      await embed.scrollIntoViewIfNeeded();
      await expect(parts(embed).frame).toHaveCount(1);
    }
    await expect.poll(() => network.frames().length).toBe(24);
    expect(network.frames().filter((url) => url.includes('autoplay=1'))).toEqual([
      'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1',
    ]);
  });
});

test('the privacy page shows a choice made on another page, logs it, and withdraws it there', async ({ page, context, network }) => {
  await page.goto('/demo/privacy.html');
  const [mine, advance] = [page.locator('consent-embed-settings').first(), page.locator('consent-embed-settings').nth(1)];
  await expect(mine.locator('[part=empty]')).toBeVisible();
  await expect(advance.getByRole('button', { name: /^Allow / })).toHaveCount(3);
  await network.expectNoForeignRequests(page);

  const site = await context.newPage();
  await site.goto('/demo/');
  const embed = site.locator('consent-embed').first();
  await parts(embed).button.click();
  await expect(parts(embed).frame).toHaveCount(1);

  await expect(mine.locator('[part~=item]')).toHaveCount(1);
  await expect(page.locator('#log li')).toHaveText([/youtube allowed \(session\) from placeholder, in another tab$/]);
  await mine.getByRole('button', { name: 'Withdraw your consent for YouTube' }).click();
  await expect(parts(embed).frame).toHaveCount(0);
  await expect(page.locator('#log li').nth(1)).toHaveText(/youtube withdrawn from settings$/);
  // The privacy page itself never contacted YouTube; the demo page did, after the click.
  const { resources, hints } = await network.leaks(page);
  expect({ resources, hints }).toEqual({ resources: [], hints: [] });
});
