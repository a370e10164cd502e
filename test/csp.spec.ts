import { parts } from './support/embed.js';
import { cspViolations, expect, test } from './support/network.js';

const FRAME = 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ';

test.describe('Trusted Types', () => {
  test('an app built from the npm package renders and loads under Trusted Types that allow no policy at all', async ({ page, network }) => {
    const response = await page.goto('/test/fixtures/strict-csp-npm.html');
    expect(response!.headers()['content-security-policy']).toMatch(/require-trusted-types-for 'script'; trusted-types 'none'$/);
    const embed = page.locator('consent-embed');
    await expect(parts(embed).button).toBeVisible();
    await expect(embed.locator('[part=notice]')).toContainText('hosted by YouTube');
    await network.expectNoForeignRequests(page);

    await parts(embed).button.click();
    await expect(parts(embed).frame).toHaveAttribute('src', `${FRAME}?autoplay=1`);
    expect(await cspViolations(page)).toEqual([]);
  });

  test('a site that owns the lit-html policy can load the script twice under a strict CSP', async ({ page, network }) => {
    const response = await page.goto('/test/fixtures/strict-csp-with-lit.html');
    expect(response!.headers()['content-security-policy']).toContain('trusted-types lit-html consent-embed');
    const embed = page.locator('consent-embed');
    await expect(parts(embed).button).toBeVisible();
    await expect(embed.locator('[part=poster]')).toBeVisible();
    expect(await page.evaluate(() => typeof (window as any).siteLitPolicy.createHTML)).toBe('function');
    await network.expectNoForeignRequests(page);

    await parts(embed).button.click();
    await expect(parts(embed).frame).toHaveAttribute('src', `${FRAME}?autoplay=1`);
    expect(await cspViolations(page)).toEqual([]);
  });

  test('a page that allows no policy of ours still loads providers; embed code with scripts says why it cannot run', async ({ page, network }) => {
    await page.goto('/test/fixtures/no-trusted-types.html');
    const video = page.locator('consent-embed').first();
    const acme = page.locator('#acme');
    await expect(acme.locator('[part=message]')).toHaveText("This embed cannot be shown: this site's security policy does not let its code run.");
    await expect(acme.getByRole('button')).toHaveCount(0);
    const lines = await network.takeConsole();
    expect(lines.filter((line) => line.startsWith('consent-embed'))).toEqual([
      expect.stringMatching(/^consent-embed \[trusted-types\]: .*`trusted-types consent-embed`/),
    ]);
    // Besides ours, only the browser's own report of the refused policy.
    for (const line of lines.filter((l) => !l.startsWith('consent-embed'))) expect(line).toMatch(/TrustedTypePolicy/);
    await network.expectNoForeignRequests(page);

    await parts(video).button.click();
    await expect(parts(video).frame).toHaveAttribute('src', `${FRAME}?autoplay=1`);
    expect(await page.evaluate(() => (window as any).acmeOrder)).toBeUndefined();
    // The one violation is the refused policy: nothing the library built broke the policy.
    expect(await cspViolations(page)).toEqual([expect.stringMatching(/^trusted-types /)]);
  });
});

test("an author's template scripts run after consent under Trusted Types with the page's nonce, once", async ({ page, network }) => {
  network.allow('https://widgets.acme.example');
  const response = await page.goto('/test/fixtures/strict-csp-nonce-template.html');
  expect(response!.headers()['content-security-policy']).toContain("script-src 'nonce-consent-embed-test'");
  expect(await page.evaluate(() => (window as any).pageRuns)).toBe(1);
  const embed = page.locator('#acme');
  await embed.getByRole('button', { name: 'Load post: Acme widget' }).click();
  await expect(embed.locator('iframe[title="Acme frame"]')).toBeVisible();
  await expect.poll(() => page.evaluate(() => (window as any).acmeOrder)).toEqual(['after']);
  expect(await page.evaluate(() => (window as any).inlineRuns)).toBe(1);
  expect(await cspViolations(page)).toEqual([]);
});
