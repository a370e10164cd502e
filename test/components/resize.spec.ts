import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../support/network.js';

// A post's frame may grow the box to the height it reports, but only its own
// messages count: its window, its exact origin, one clamped number.

const POST = 'https://mastodon.social/@Gargron/109361489548316541/embed';

/** Mastodon's side of the protocol: asked with an id, it answers with its height; it also tells the test the id. */
const STUB = `<!doctype html><title>toot</title><p>toot</p><script>
  addEventListener('message', (e) => {
    if (e.data?.type !== 'setHeight') return;
    parent.postMessage({ testSawId: e.data.id }, '*');
    parent.postMessage({ type: 'setHeight', id: e.data.id, height: 812 }, '*');
  });
  addEventListener('message', (e) => { if (e.data?.say) parent.postMessage(e.data.say, '*'); });
</script>`;

/** An attacker's page: posts a height message, with the right id, to its parent. */
const ATTACKER = `<!doctype html><title>attacker</title><script>
  const id = Number(location.hash.slice(1));
  parent.postMessage({ type: 'setHeight', id, height: 3000 }, '*');
</script>`;

async function loadPost(page: Page) {
  await page.route(POST, (route) => route.fulfill({ contentType: 'text/html', body: STUB }));
  await page.route(/\/attacker$/, (route) => route.fulfill({ contentType: 'text/html', body: ATTACKER }));
  await page.goto('/test/fixtures/post.html');
  await page.evaluate(() => addEventListener('message', (e) => e.data?.testSawId && ((window as any).sawId = e.data.testSawId)));
  const embed = page.locator('consent-embed');
  await expect(embed.getByRole('button', { name: /^Load post/ })).toBeVisible();
  return embed;
}

/** The frame's own height: the box holds it and, under it, the bar with the control to withdraw. */
const frameHeight = async (embed: Locator) => (await embed.locator('iframe').boundingBox())!.height;

test.describe('a post that reports its height', () => {
  test('reserves its box before the click and grows only after it, to what its frame reports', async ({ page, network }) => {
    network.allow('https://mastodon.social');
    const embed = await loadPost(page);
    expect((await embed.boundingBox())!.height).toBe(400);
    await page.waitForTimeout(300);
    expect((await embed.boundingBox())!.height).toBe(400); // nothing moves before a click

    await embed.getByRole('button', { name: /^Load post/ }).click();
    await expect.poll(() => frameHeight(embed)).toBe(812);
    // The bar that holds the control to withdraw is under the frame, in the box: 2rem.
    expect((await embed.boundingBox())!.height).toBe(812 + 32);
  });

  test('ignores the same message from another window of that origin, from another origin, and from its own window once it navigated away', async ({
    page,
    network,
  }) => {
    network.allow('https://mastodon.social', 'https://evil.example');
    const embed = await loadPost(page);
    await embed.getByRole('button', { name: /^Load post/ }).click();
    await expect.poll(() => frameHeight(embed)).toBe(812);
    const id = await page.evaluate(() => (window as any).sawId as number);

    await page.evaluate((hash) => {
      for (const origin of ['https://mastodon.social', 'https://evil.example']) {
        const frame = document.createElement('iframe');
        frame.src = `${origin}/attacker#${hash}`;
        document.body.append(frame);
      }
    }, id);
    await page.waitForTimeout(500);
    expect(await frameHeight(embed)).toBe(812);

    // The post's own frame, navigated to another origin, is not the post any more.
    await embed.locator('iframe').evaluate((frame: HTMLIFrameElement, hash) => {
      frame.src = `https://evil.example/attacker#${hash}`;
    }, id);
    await page.waitForTimeout(500);
    expect(await frameHeight(embed)).toBe(812);
  });

  test('clamps what it reports, and reads nothing else from the message', async ({ page, network }) => {
    network.allow('https://mastodon.social');
    const embed = await loadPost(page);
    await embed.getByRole('button', { name: /^Load post/ }).click();
    await expect.poll(() => frameHeight(embed)).toBe(812);
    const id = await page.evaluate(() => (window as any).sawId as number);
    const say = (message: unknown) =>
      embed.locator('iframe').evaluate((frame: HTMLIFrameElement, data) => {
        frame.contentWindow!.postMessage({ say: data }, 'https://mastodon.social');
      }, message);

    await say({ type: 'setHeight', id, height: 99999 });
    await expect.poll(() => frameHeight(embed)).toBe(5000);
    await say({ type: 'setHeight', id, height: 'Infinity', width: 9999 });
    await say({ type: 'setHeight', id, height: 1 });
    await expect.poll(() => frameHeight(embed)).toBe(50);
    await say({ type: 'setHeight', id: id + 1, height: 700 });
    await page.waitForTimeout(300);
    expect(await frameHeight(embed)).toBe(50);
  });
});
