import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expectButtonFocused, expectFrameFocused, parts, readRecord } from '../support/embed.js';
import { expect, test } from '../support/network.js';

const PAGE = '/test/fixtures/choices.html';

const events = (page: Page, type: string) =>
  page.evaluate((t) => (window as any).__events.filter((e: { type: string }) => e.type === t), type);

test.describe('the control on a loaded embed', () => {
  test('withdraws by keyboard, unloads the provider in every tab, and leaves focus on the load button', async ({ page, context }) => {
    await page.goto(PAGE);
    const yt = page.locator('#yt');
    await parts(yt).button.click();
    await expect(parts(yt).frame).toHaveCount(1);

    const other = await context.newPage();
    await other.goto(PAGE);
    await expect(parts(other.locator('#yt')).frame).toHaveCount(1);

    const control = yt.getByRole('button', { name: 'Stop loading YouTube' });
    await page.locator('#after').focus();
    // From the link after the embeds, Shift+Tab passes the Vimeo placeholder and reaches the control.
    for (let i = 0; i < 10 && !(await control.evaluate((el) => el.matches(':focus'))); i++) await page.keyboard.press('Shift+Tab');
    await expect(control).toBeFocused();
    await page.keyboard.press('Enter');

    await expect(parts(yt).frame).toHaveCount(0);
    await expect(parts(yt).button).toBeFocused();
    await expect(parts(other.locator('#yt')).frame).toHaveCount(0);
    await expect(parts(other.locator('#yt')).button).toBeVisible();
    expect(await readRecord(page, 'youtube')).toMatchObject({ provider: 'youtube', scope: 'withdrawn' });
    expect(await events(page, 'consent-embed-change')).toEqual([
      expect.objectContaining({ provider: 'youtube', granted: true, scope: 'session', source: 'placeholder', remote: false }),
      expect.objectContaining({ provider: 'youtube', granted: false, scope: 'withdrawn', source: 'embed', remote: false }),
    ]);
    expect(await events(other, 'consent-embed-change')).toEqual([
      expect.objectContaining({ provider: 'youtube', granted: false, source: 'embed', remote: true }),
    ]);

    await page.reload();
    await expect(parts(page.locator('#yt')).button).toBeVisible();
    await expect(parts(page.locator('#yt')).frame).toHaveCount(0);
  });

  test('withdrawing by mouse takes focus out of the frame to the load button', async ({ page }) => {
    await page.goto(PAGE);
    const yt = page.locator('#yt');
    await parts(yt).button.click();
    await expectFrameFocused(yt);
    const control = yt.getByRole('button', { name: 'Stop loading YouTube' });
    await control.click();
    await expectButtonFocused(yt);
    // Only YouTube: Vimeo's placeholder was never touched.
    await expect(parts(page.locator('#vimeo')).button).toBeVisible();
  });

  for (const touch of [false, true]) {
    test(`sits in a bar under the frame, never over it, always shown${touch ? ', on a touch screen' : ''}`, async ({ browser }) => {
      const context = await browser.newContext({ hasTouch: touch, isMobile: touch, viewport: { width: 390, height: 800 } });
      const page = await context.newPage();
      await page.goto(PAGE);
      const yt = page.locator('#yt');
      await (touch ? parts(yt).button.tap() : parts(yt).button.click());
      await expect(parts(yt).frame).toHaveCount(1);
      const control = yt.getByRole('button', { name: 'Stop loading YouTube' });
      await expect(control).toBeVisible();
      expect(await control.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
      const [host, frame, bar] = [(await yt.boundingBox())!, (await parts(yt).frame.boundingBox())!, (await control.boundingBox())!];
      // Below the frame's last row, inside the box, at least 24 px tall (WCAG 2.5.8), at the end.
      expect(bar.y).toBeGreaterThanOrEqual(frame.y + frame.height);
      expect(bar.y + bar.height).toBeLessThanOrEqual(host.y + host.height + 0.5);
      expect(bar.height).toBeGreaterThanOrEqual(24);
      expect(bar.x + bar.width).toBeCloseTo(host.x + host.width, 0);
      // The frame keeps the box's width and its top: the page around the embed did not move.
      expect([frame.x, frame.y, frame.width]).toEqual([host.x, host.y, host.width]);
      await context.close();
    });
  }

  test('an embed that holds focus when its provider is withdrawn elsewhere gives focus to its load button', async ({ page }) => {
    await page.goto(PAGE);
    const yt = page.locator('#yt');
    await parts(yt).button.click();
    await expectFrameFocused(yt);
    await page.evaluate(() => (window as any).ConsentEmbed.revoke('youtube'));
    await expect(parts(yt).frame).toHaveCount(0);
    await expectButtonFocused(yt);
  });

  test('brings back a placeholder that offers the choice afresh: the remember box unticked', async ({ page }) => {
    await page.goto(PAGE);
    const yt = page.locator('#yt');
    await parts(yt).remember.check();
    await parts(yt).button.click();
    await expect(parts(yt).frame).toHaveCount(1);
    await yt.getByRole('button', { name: 'Stop loading YouTube' }).click();
    await expectButtonFocused(yt);
    await expect(parts(yt).remember).not.toBeChecked();
  });

  test("the load is heard after the choice: a site that withdraws on hearing it keeps neither frame nor consent", async ({ page }) => {
    await page.goto(PAGE);
    await page.evaluate(() =>
      document.addEventListener('consent-embed-load', (event) => (window as any).ConsentEmbed.revoke((event as any).provider), { once: true })
    );
    const yt = page.locator('#yt');
    await parts(yt).button.click();
    await expect.poll(() => readRecord(page, 'youtube')).toMatchObject({ scope: 'withdrawn' });
    await expect(parts(yt).frame).toHaveCount(0);
    await expect(parts(yt).button).toBeVisible();
    const heard = await page.evaluate(() =>
      (window as any).__events.filter((e: { type: string }) => e.type !== 'consent-embed-request').map((e: { type: string; granted?: boolean }) => `${e.type} ${e.granted ?? ''}`.trim())
    );
    expect(heard).toEqual(['consent-embed-change true', 'consent-embed-load', 'consent-embed-change false']);
  });

  test('is labelled, and the loaded embed with it has no axe violations, at 320 px too', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(PAGE);
    await parts(page.locator('#yt')).button.click();
    const control = page.locator('#yt').getByRole('button', { name: 'Stop loading YouTube' });
    await control.focus();
    const box = (await control.boundingBox())!;
    const host = (await page.locator('#yt').boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(host.x + host.width);
    expect(box.height).toBeGreaterThanOrEqual(24);
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(violations).toEqual([]);
  });
});
