import { parts } from '../support/embed.js';
import { expect, test } from '../support/network.js';

// The script-tag core carries every provider's data; each provider's code and
// everything a page may not use are files beside it, loaded on demand from the
// site's own origin.

/** The library's files a page requested: paths under /dist/, in order. */
function libraryFiles(page: import('@playwright/test').Page): string[] {
  const files: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    // Chunk names carry a hash of their content: `chunks/bridge-BM6gWnaN.min.js` is `chunks/bridge.min.js` here.
    if (pathname.startsWith('/dist/') && pathname.endsWith('.js')) files.push(pathname.replace(/-[\w-]{8}\.min\.js$/, '.min.js'));
  });
  return files;
}

/** Holds YouTube's code on its way until the test releases it: a click can then come before it. */
async function holdCode(page: import('@playwright/test').Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/dist/providers/youtube.min.js*', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test('a page of one YouTube video loads the core and YouTube\'s code, one file, from its own origin, and nothing else', async ({ page, network }) => {
  const files = libraryFiles(page);
  await page.goto('/test/fixtures/youtube.html');
  const embed = page.locator('consent-embed');
  await expect(parts(embed).button).toBeVisible();
  // Fetched ahead, as the provider first shows, so that the click does not wait for it.
  await expect.poll(() => files.includes('/dist/providers/youtube.min.js')).toBe(true);
  await page.waitForTimeout(300);
  expect([...new Set(files)].sort()).toEqual(
    ['/dist/consent-embed.min.js', '/dist/providers/youtube.min.js'].sort()
  );
  await network.expectNoForeignRequests(page);

  await parts(embed).button.click();
  await expect(parts(embed).frame).toHaveCount(1);
  expect([...new Set(files)]).toHaveLength(2);
});

test("a provider's file that cannot be loaded is a message and one warning, never a frame", async ({ page, network }) => {
  await page.route('**/dist/providers/vimeo.min.js*', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.goto('/test/fixtures/choices.html');
  const vimeo = page.locator('#vimeo');
  await expect(parts(vimeo).message).toHaveText('This embed cannot be shown: a file it needs could not be loaded.');
  await expect(parts(page.locator('#yt')).button).toBeVisible();
  await parts(page.locator('#yt')).button.click();
  await expect(parts(page.locator('#yt')).frame).toHaveCount(1);
  await expect(vimeo.locator('iframe')).toHaveCount(0);
  const warnings = (await network.takeConsole()).filter((line) => line.startsWith('consent-embed'));
  expect(warnings).toEqual([expect.stringMatching(/^consent-embed \[part-unavailable\]: a file of the library beside its script could not be loaded/)]);
});

test('a consent given before loads the frame with no click, and a remembered choice does not wait for the page to be idle', async ({
  page,
}) => {
  await page.goto('/test/fixtures/youtube.html');
  await page.evaluate(() => (window as any).ConsentEmbed.grant('youtube', { remember: true }));
  // A page that is never idle: its idle callbacks never come, so code fetched "at idle" never would either.
  await page.addInitScript(() => {
    window.requestIdleCallback = () => 0;
  });
  await page.reload();
  await expect(parts(page.locator('consent-embed')).frame).toHaveCount(1);
});

test('a click that comes before the provider\'s code records nothing for a link the code then finds invalid', async ({ page, network }) => {
  const release = await holdCode(page);
  await page.goto('/test/fixtures/blank.html');
  await page.addScriptTag({ url: '/dist/consent-embed.min.js' });
  await page.evaluate(() => {
    for (const src of ['https://www.youtube.com/watch?v=not-a-valid-id-at-all', 'https://youtu.be/dQw4w9WgXcQ']) {
      const embed = document.createElement('consent-embed');
      embed.setAttribute('src', src);
      document.body.append(embed);
    }
  });
  const [bad, good] = [page.locator('consent-embed').first(), page.locator('consent-embed').last()];
  await parts(bad).button.click();
  release();
  await expect(parts(bad).message).toHaveText('This embed cannot be shown: its address does not point to a valid item.');
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as any).ConsentEmbed.list())).toEqual([]);
  await expect(parts(good).button).toBeVisible();
  expect(await network.takeConsole()).toEqual([expect.stringMatching(/^consent-embed \[invalid-id\]: "https:\/\/www\.youtube\.com\/watch\?v=not-a-valid-id-at-all" is not a valid YouTube link/)]);
});

test('a click that comes before the provider\'s code on a valid link loads it once the code is here', async ({ page, network }) => {
  const release = await holdCode(page);
  await page.goto('/test/fixtures/youtube.html');
  const embed = page.locator('consent-embed');
  await parts(embed).button.click();
  expect(await page.evaluate(() => (window as any).ConsentEmbed.list())).toEqual([]);
  release();
  await expect(parts(embed).frame).toHaveAttribute('src', /autoplay=1/);
  await page.waitForTimeout(300);
  // One frame, from the one file: the early fetch and the click's ask share it.
  await expect(parts(embed).frame).toHaveCount(1);
  expect(network.frames()).toHaveLength(1);
});

test("the provider's file is fetched as soon as the page shows it, not when the page is idle", async ({ page, network }) => {
  // A page that is never idle: a click must not wait on the network for it.
  await page.addInitScript(() => (window.requestIdleCallback = () => 0));
  const files = libraryFiles(page);
  await page.goto('/test/fixtures/youtube.html');
  await expect.poll(() => files.includes('/dist/providers/youtube.min.js')).toBe(true);
  const embed = page.locator('consent-embed');
  await parts(embed).button.click();
  await expect(parts(embed).frame).toHaveCount(1);
  expect(files.filter((file) => file === '/dist/providers/youtube.min.js')).toHaveLength(1);
  expect(network.frames()).toHaveLength(1);
});

test("a click that comes before the provider's code does not follow the element out of the page", async ({ page, network }) => {
  const release = await holdCode(page);
  await page.goto('/test/fixtures/youtube.html');
  const embed = page.locator('consent-embed');
  await parts(embed).button.click();
  await embed.evaluate((element) => ((window as any).__away = element).remove());
  release();
  await page.waitForTimeout(300);
  await page.evaluate(() => document.body.append((window as any).__away));
  await expect(parts(embed).button).toBeVisible();
  await page.waitForTimeout(300);
  await expect(parts(embed).frame).toHaveCount(0);
  expect(network.frames()).toEqual([]);
  expect(await page.evaluate(() => (window as any).ConsentEmbed.list())).toEqual([]);
});

test.describe('one click among many', () => {
  test('builds the clicked frame in the click\'s own task, and the others of its provider in later tasks', async ({ page }) => {
    await page.setViewportSize({ width: 1200, height: 2400 });
    await page.goto('/test/fixtures/many.html?n=100');
    const embeds = page.locator('consent-embed');
    await expect(parts(embeds.first()).button).toBeVisible();
    // The code is there (fetched as the page showed it), as it is when a visitor has read the page before clicking.
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => new URL(e.name).pathname.endsWith('/providers/youtube.min.js')));
    await page.waitForTimeout(200);
    const seen = await page.evaluate(
      () =>
        new Promise<{ clicked: boolean; others: number; rendered: number }>((resolve) => {
          const all = [...document.querySelectorAll('consent-embed')];
          // Every render of every element, from now on.
          const rendered = new Set<Element>();
          const proto = customElements.get('consent-embed')!.prototype as { render(): unknown };
          const render = proto.render;
          proto.render = function (this: Element) {
            rendered.add(this);
            return render.call(this);
          };
          const framed = () => all.filter((e) => e.shadowRoot!.querySelector('iframe'));
          // Queued before the click: it runs as the next task, before any work the click deferred.
          setTimeout(() =>
            resolve({ clicked: Boolean(all[0]!.shadowRoot!.querySelector('iframe')), others: framed().length - 1, rendered: rendered.size })
          );
          all[0]!.shadowRoot!.querySelector<HTMLButtonElement>('[part=button]')!.click();
        })
    );
    // In the click's task: the clicked element alone rendered, with its frame.
    expect(seen).toEqual({ clicked: true, others: 0, rendered: 1 });
    // The others near the viewport follow; those far below do not.
    await expect.poll(() => page.evaluate(() => [...document.querySelectorAll('consent-embed')].filter((e) => e.shadowRoot!.querySelector('iframe')).length)).toBeGreaterThan(1);
    expect(await page.evaluate(() => Boolean(document.querySelectorAll('consent-embed')[90]!.shadowRoot!.querySelector('iframe')))).toBe(false);
  });
});

test("a CSP that blocks the files beside the core leaves a message and one warning, never a frame", async ({ page, network }) => {
  const response = await page.goto('/test/fixtures/core-only-csp.html');
  expect(response!.headers()['content-security-policy']).toContain('script-src http://127.0.0.1:*/dist/consent-embed.min.js');
  const embed = page.locator('consent-embed');
  await expect(parts(embed).message).toHaveText('This embed cannot be shown: a file it needs could not be loaded.');
  await expect(embed.locator('iframe')).toHaveCount(0);
  const lines = await network.takeConsole();
  expect(lines.filter((line) => line.startsWith('consent-embed'))).toEqual([expect.stringMatching(/^consent-embed \[part-unavailable\]: /)]);
  await network.expectNoForeignRequests(page);
});

test('without the file of messages a warning still comes, once, with its code and message id, and never the values it could not quote; a healthy page never loads it', async ({ page, network }) => {
  const files = libraryFiles(page);
  await page.route('**/dist/core/messages.min.js*', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.goto('/test/fixtures/youtube.html');
  await expect(parts(page.locator('consent-embed')).button).toBeVisible();
  await page.waitForTimeout(300);
  expect(files).not.toContain('/dist/core/messages.min.js');

  await page.evaluate(() => {
    const bad = document.createElement('consent-embed');
    bad.setAttribute('src', 'http://visitor:secret@www.youtube.com/watch?v=aaaaaaaaaaa');
    document.body.append(bad);
  });
  await expect(parts(page.locator('consent-embed').nth(1)).message).toHaveText(/This embed cannot be shown/);
  const warnings = (await network.takeConsole()).filter((line) => line.startsWith('consent-embed'));
  expect(warnings).toEqual(['consent-embed [invalid-src]: not-https']);
  expect(files).toContain('/dist/core/messages.min.js');
});
