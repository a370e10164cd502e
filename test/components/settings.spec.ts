import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { parts, readRecord } from '../support/embed.js';
import { expect, test } from '../support/network.js';

const settings = (page: Page) => page.locator('consent-embed-settings');
const rows = (page: Page) => settings(page).locator('[part~=item]');

test.describe('<consent-embed-settings>', () => {
  test('lists each choice with its scope, live, and withdraws one and then all by keyboard, in every tab', async ({ page, context }) => {
    await page.goto('/test/fixtures/settings.html');
    await expect(settings(page).locator('[part=empty]')).toHaveText(
      'You have not allowed any third-party content on this site. No choice is stored.'
    );

    // Choices made in another tab appear here at once.
    const site = await context.newPage();
    await site.goto('/test/fixtures/choices.html');
    await parts(site.locator('#yt')).remember.check();
    await parts(site.locator('#yt')).button.click();
    await parts(site.locator('#vimeo')).button.click();
    await expect(rows(page)).toHaveCount(2);
    const until = await page.evaluate(
      async () => new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format((await (window as any).ConsentEmbed.list())[0].expiresAt)
    );
    await expect(rows(page).nth(0).locator('[part=name]')).toHaveText('YouTube');
    await expect(rows(page).nth(0).locator('[part=company]')).toHaveText('Google');
    await expect(rows(page).nth(0)).toContainText(`Allowed and remembered until ${until}`);
    await expect(rows(page).nth(1)).toContainText('Vimeo');
    await expect(rows(page).nth(1)).toContainText('Allowed for this browsing session');
    expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations).toEqual([]);

    // Tab from the top of the page to YouTube's withdraw button.
    await page.keyboard.press('Tab');
    await expect(settings(page).getByRole('button', { name: 'Withdraw your consent for YouTube' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(rows(page)).toHaveCount(1);
    await expect(parts(site.locator('#yt')).frame).toHaveCount(0);
    await expect(parts(site.locator('#vimeo')).frame).toHaveCount(1);
    expect(await readRecord(page, 'youtube')).toMatchObject({ scope: 'withdrawn' });
    // Focus moves to the next row's button, and the change is announced.
    await expect(settings(page).getByRole('button', { name: 'Withdraw your consent for Vimeo' })).toBeFocused();
    await expect(settings(page).getByRole('status')).toHaveText('YouTube: consent withdrawn.');

    await page.keyboard.press('Tab');
    await expect(settings(page).getByRole('button', { name: 'Withdraw all' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(settings(page).locator('[part=empty]')).toBeFocused();
    await expect(parts(site.locator('#vimeo')).frame).toHaveCount(0);
    await expect(settings(page).getByRole('status')).toHaveText('All consent withdrawn.');
    expect(
      (await site.evaluate(() => (window as any).__events.filter((e: any) => e.type === 'consent-embed-change'))).map(
        (e: any) => `${e.provider} ${e.scope} ${e.source} ${e.remote}`
      )
    ).toEqual([
      'youtube remember placeholder false',
      'vimeo session placeholder false',
      'youtube withdrawn settings true',
      'vimeo withdrawn settings true',
    ]);
  });

  test('with providers listed, lets the visitor allow one in advance, remembered if they tick the box', async ({ page, context, network }) => {
    await page.goto('/test/fixtures/settings.html?providers=youtube%20vimeo%20nope');
    await expect(rows(page)).toHaveCount(2);
    expect(await network.takeConsole()).toEqual([expect.stringMatching(/^consent-embed \[invalid-provider\]: .*"nope"/)]);
    await expect(rows(page).nth(0)).toContainText('Not allowed');
    await settings(page).getByRole('checkbox', { name: 'Remember what I allow here' }).check();
    await settings(page).getByRole('button', { name: 'Allow YouTube' }).click();
    await expect(rows(page).nth(0)).toContainText('Allowed and remembered until');
    await expect(settings(page).getByRole('button', { name: 'Withdraw your consent for YouTube' })).toBeFocused();
    expect(await readRecord(page, 'youtube')).toMatchObject({ scope: 'remember', digest: expect.any(String) });

    const site = await context.newPage();
    await site.goto('/test/fixtures/choices.html');
    await expect(parts(site.locator('#yt')).frame).toHaveCount(1);
    await expect(parts(site.locator('#vimeo')).frame).toHaveCount(0);
    // Nobody clicked the embed: it loads, but does not play.
    await expect(parts(site.locator('#yt')).frame).not.toHaveAttribute('src', /autoplay/);
    expect(await network.takeConsole()).toEqual([]);
  });

  test('works at 320 px and 200 % zoom without horizontal scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 160, height: 400 }); // 320 CSS px at 200 %: same layout width
    await page.goto('/test/fixtures/settings.html?providers=youtube%20google-maps%20apple-podcasts');
    await expect(rows(page)).toHaveCount(3);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });
});

test('a remembered choice leaves the list when it expires, and its record is removed', async ({ page }) => {
  const DAY = 86_400_000;
  const t0 = new Date('2026-11-25T12:00:00Z').getTime();
  await page.clock.install({ time: t0 });
  await page.goto('/test/fixtures/choices.html');
  await parts(page.locator('#yt')).remember.check();
  await parts(page.locator('#yt')).button.click();
  await expect(parts(page.locator('#yt')).frame).toHaveCount(1);

  await page.clock.setSystemTime(t0 + 179 * DAY);
  await page.goto('/test/fixtures/settings.html');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('Allowed and remembered until May 24, 2027');

  await page.clock.setSystemTime(t0 + 181 * DAY);
  await page.reload();
  await expect(settings(page).locator('[part=empty]')).toBeVisible();
  await expect.poll(() => readRecord(page, 'youtube')).toBeUndefined();
});

test('where IndexedDB cannot be used, choices are shown as lasting until the page is left, never as remembered', async ({ page, network }) => {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
  });
  await page.goto('/test/fixtures/settings-embed.html');
  const embed = page.locator('consent-embed');
  await expect(parts(embed).remember).toBeDisabled();
  await expect(settings(page).locator('[part=note]')).toHaveText(/does not let the site read or keep choices/);
  await expect(settings(page).locator('[part=empty]')).toHaveCount(0);
  await expect(settings(page).getByRole('checkbox', { name: 'Remember what I allow here' })).toBeDisabled();

  await parts(embed).button.click();
  await expect(parts(embed).frame).toHaveCount(1);
  await page.evaluate(() => (window as any).ConsentEmbed.grant('vimeo', { remember: true }));
  await expect(rows(page)).toHaveCount(2);
  await expect(rows(page).nth(0)).toContainText('YouTube');
  await expect(rows(page).nth(0).locator('[part=scope]')).toHaveText('Allowed until you leave this page');
  await expect(rows(page).nth(1).locator('[part=scope]')).toHaveText('Allowed until you leave this page');
  expect(await page.evaluate(async () => (await (window as any).ConsentEmbed.list()).map((c: any) => [c.provider, c.scope, c.stored]))).toEqual([
    ['youtube', 'session', false],
    ['vimeo', 'remember', false],
  ]);
  expect(await network.takeConsole()).toEqual([expect.stringMatching(/^consent-embed \[storage-unavailable\]: .*SecurityError/)]);
});
