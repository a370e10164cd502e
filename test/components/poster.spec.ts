import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parts } from '../support/embed.js';
import { expect, test } from '../support/network.js';

// Another port on this machine is another origin: it stands in for the third
// party a same-origin URL redirects to, and counts what reaches it, since
// Playwright's routing never sees a redirect's hops.
let other: Server;
let hits: string[] = [];
let otherOrigin = '';

test.beforeAll(async () => {
  other = createServer((request, response) => {
    hits.push(request.url ?? '');
    response.writeHead(200, { 'content-type': 'image/svg+xml' }).end('<svg xmlns="http://www.w3.org/2000/svg"/>');
  });
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  otherOrigin = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((resolve) => other.close(() => resolve())));

test.beforeEach(() => {
  hits = [];
});

/** A page with one embed whose poster is `poster`. */
async function embedWithPoster(page: import('@playwright/test').Page, poster: string) {
  await page.goto('/test/fixtures/blank.html');
  await page.addScriptTag({ url: '/dist/consent-embed.min.js' });
  await page.evaluate((url) => {
    const embed = document.createElement('consent-embed');
    embed.setAttribute('src', 'https://youtu.be/dQw4w9WgXcQ');
    embed.setAttribute('title', 'Our launch video');
    embed.setAttribute('poster', url);
    document.querySelector('main')!.append(embed);
  }, poster);
  const embed = page.locator('consent-embed');
  await expect(parts(embed).button).toBeVisible();
  return embed;
}

test.describe('the poster', () => {
  test('behind a same-origin URL that redirects to another site is never requested there', async ({ page, network }) => {
    const embed = await embedWithPoster(page, `/redirect?to=${otherOrigin}/vi/dQw4w9WgXcQ/maxresdefault.jpg`);
    await expect
      .poll(() => network.takeConsole())
      .toEqual(
        expect.arrayContaining([expect.stringMatching(/^consent-embed \[foreign-poster\]: .*leads to another site/)])
      );
    await page.waitForTimeout(300);
    expect(hits).toEqual([]);
    await expect(embed.locator('[part=poster]')).toBeHidden();
    await network.takeConsole(); // Chromium's own line about the refused redirect
    await network.expectNoForeignRequests(page);
  });

  test('behind a redirect within the site is shown, from the bytes fetched, without a second request', async ({
    page,
  }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    const embed = await embedWithPoster(page, '/redirect?to=/demo/poster.svg');
    const poster = embed.locator('[part=poster]');
    await expect(poster).toBeVisible();
    await expect(poster).toHaveAttribute('src', /^blob:/);
    expect(await poster.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    expect(requested.filter((path) => path === '/demo/poster.svg')).toHaveLength(1);
  });

  test('that is not an image is not shown, with one warning', async ({ page, network }) => {
    const embed = await embedWithPoster(page, '/test/fixtures/blank.html');
    await expect
      .poll(() => network.takeConsole())
      .toEqual([expect.stringMatching(/^consent-embed \[invalid-poster\]: .*not an image/)]);
    await expect(embed.locator('[part=poster]')).toBeHidden();
    await expect(parts(embed).button).toBeVisible();
  });

  test('that does not exist is not shown, with one warning', async ({ page, network }) => {
    const embed = await embedWithPoster(page, '/nowhere.jpg');
    await expect
      .poll(() => network.takeConsole())
      .toEqual(expect.arrayContaining([expect.stringMatching(/^consent-embed \[invalid-poster\]: .*404/)]));
    await network.takeConsole(); // Chromium logs the 404 itself
    await expect(embed.locator('[part=poster]')).toBeHidden();
  });
});

test.describe("the site's poster template", () => {
  test('names each embed a poster on the site, once its provider read the id: a missing one is no poster and no warning', async ({
    page,
    network,
  }) => {
    const asked: string[] = [];
    page.on('request', (request) => asked.push(new URL(request.url()).pathname));
    await page.goto('/test/fixtures/poster-template.html');
    const poster = (id: string) => page.locator(`#${id} [part=poster]`);
    await expect(poster('made')).toBeVisible();
    await expect(poster('made')).toHaveAttribute('src', /^blob:/);
    // Posters are fetched as their embeds come near the viewport. Its own poster wins over the template.
    for (const id of ['missing', 'own', 'server']) await page.locator(`#${id}`).scrollIntoViewIfNeeded();
    await expect(poster('own')).toBeVisible();
    await page.waitForTimeout(500);
    await expect(poster('missing')).toBeHidden();
    // PeerTube ids are each server's own: no template poster.
    await expect(poster('server')).toBeHidden();
    expect(asked.filter((path) => /poster(?!-template|\.min)/.test(path)).sort()).toEqual([
      '/demo/poster.svg',
      '/test/fixtures/posters/youtube/aqz-KE-bpKQ.svg',
      '/test/fixtures/posters/youtube/dQw4w9WgXcQ.svg',
    ]);
    // Chromium logs the 404 itself; the library says nothing of it.
    expect(await network.takeConsole()).toEqual([expect.stringContaining('404 (Not Found)')]);
    await network.expectNoForeignRequests(page);
  });

  test("from configure() and an element's own poster-template; one that leads off the site is refused, unrequested", async ({
    page,
    network,
  }) => {
    await page.goto('/test/fixtures/blank.html');
    await page.addScriptTag({ url: '/dist/consent-embed.min.js' });
    await page.evaluate(() => {
      (window as any).ConsentEmbed.configure({ posterTemplate: 'https://cdn.example/{provider}/{id}.jpg' });
      for (const [id, src, template] of [
        ['elsewhere', 'https://youtu.be/dQw4w9WgXcQ', null],
        ['own', 'https://vimeo.com/76979871', '/test/fixtures/posters/{provider}/{id}.svg'],
      ] as const) {
        const embed = Object.assign(document.createElement('consent-embed'), { id, title: id });
        embed.setAttribute('src', src);
        if (template) embed.setAttribute('poster-template', template);
        document.querySelector('main')!.append(embed);
      }
    });
    await expect(page.locator('#own [part=poster]')).toBeVisible();
    await expect
      .poll(() => network.takeConsole())
      .toEqual([expect.stringMatching(/^consent-embed \[invalid-config\]: configure\(\): "posterTemplate" must be a path from the site's root/)]);
    await expect(page.locator('#elsewhere [part=poster]')).toBeHidden();
    await network.expectNoForeignRequests(page);
  });

  test('without {id}, is refused with one warning', async ({ page, network }) => {
    await page.goto('/test/fixtures/blank.html');
    await page.addScriptTag({ url: '/dist/consent-embed.min.js' });
    await page.evaluate(() => (window as any).ConsentEmbed.configure({ posterTemplate: '/posters/all.jpg' }));
    await expect
      .poll(() => network.takeConsole())
      .toEqual([expect.stringContaining('"posterTemplate" must be a path from the site\'s root with {id} in it')]);
  });
});

test.describe('the poster slot', () => {
  test("shows the author's own <picture> from this site under the panel, and one from elsewhere not at all, with one warning", async ({
    page,
    network,
  }) => {
    await page.route('https://img.example/**', (route) => route.fulfill({ status: 200, contentType: 'image/svg+xml', body: '<svg xmlns="http://www.w3.org/2000/svg"/>' }));
    await page.goto('/test/fixtures/blank.html');
    await page.addStyleTag({ url: '/dist/consent-embed.css' });
    await page.addScriptTag({ url: '/dist/consent-embed.min.js' });
    await page.evaluate(() => {
      const main = document.querySelector('main')!;
      main.insertAdjacentHTML(
        'beforeend',
        '<consent-embed id="own" src="https://youtu.be/dQw4w9WgXcQ" title="Own"><picture slot="poster">' +
          '<source srcset="/demo/poster.svg 1x, /demo/poster.svg?2x 2x" type="image/svg+xml"><img src="/demo/poster.svg" alt=""></picture></consent-embed>' +
          '<consent-embed id="elsewhere" src="https://youtu.be/dQw4w9WgXcQ" title="Elsewhere"><img slot="poster" src="/demo/poster.svg" srcset="https://img.example/p.jpg 2x" alt=""></consent-embed>'
      );
    });
    const own = page.locator('#own');
    await expect(parts(own).button).toBeVisible();
    await expect(own.locator('picture img')).toBeVisible();
    await expect(own.locator('[part=base]')).toHaveClass(/has-poster/);
    // The slotted picture fills the box, under the panel: the button is what a click at its centre hits.
    const [box, picture] = await Promise.all([own.boundingBox(), own.locator('picture img').boundingBox()]);
    expect(picture).toEqual(box);
    await parts(own).button.click({ trial: true });
    await expect
      .poll(() => network.takeConsole())
      .toEqual([expect.stringMatching(/^consent-embed \[foreign-poster\]: the poster "https:\/\/img\.example\/p\.jpg" is not on this site/)]);
    await expect(page.locator('#elsewhere img[slot=poster]')).toBeHidden();
    await expect(page.locator('#elsewhere [part=base]')).not.toHaveClass(/has-poster/);
    // Said once, however often the placeholder is made again (a theme for the page).
    await page.evaluate(() => (window as any).ConsentEmbed.configure({ theme: 'dark' }));
    await expect(own.locator('[part=base]')).toHaveAttribute('data-theme', 'dark');
    await expect(own.locator('picture img')).toBeVisible();
    await page.waitForTimeout(200);
    expect(await network.takeConsole()).toEqual([]);
  });

  test('reads an address set later, and takes only an <img> or a <picture>, never a frame or a styled element', async ({ page, network }) => {
    await page.goto('/test/fixtures/blank.html');
    await page.addScriptTag({ url: '/dist/consent-embed.min.js' });
    await page.evaluate(() => {
      document.querySelector('main')!.insertAdjacentHTML(
        'beforeend',
        '<consent-embed id="later" src="https://youtu.be/dQw4w9WgXcQ" title="Later"><img slot="poster" alt="" src="/demo/poster.svg"></consent-embed>' +
          '<consent-embed id="frame" src="https://youtu.be/dQw4w9WgXcQ" title="A frame"><iframe slot="poster" src="/demo/poster.svg"></iframe></consent-embed>' +
          '<consent-embed id="data" src="https://youtu.be/dQw4w9WgXcQ" title="Data"><img slot="poster" alt="" src="data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22/%3E" srcset="/demo/poster.svg?w_400,c:fill 2x"></consent-embed>'
      );
    });
    await expect(page.locator('#later img[slot=poster]')).toBeVisible();
    // A data: image and a path with commas are this site's own.
    await expect(page.locator('#data [part=base]')).toHaveClass(/has-poster/);
    await expect(page.locator('#frame iframe')).toBeHidden();
    await page.route('https://img.example/**', (route) => route.abort());
    await page.locator('#later img[slot=poster]').evaluate((img) => img.setAttribute('srcset', 'https://img.example/late.jpg 2x'));
    await expect(page.locator('#later img[slot=poster]')).toBeHidden();
    await expect
      .poll(() => network.takeConsole())
      .toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^consent-embed \[invalid-poster\]: the poster slot takes one <img>/),
          expect.stringMatching(/^consent-embed \[foreign-poster\]: the poster "https:\/\/img\.example\/late\.jpg" is not on this site/),
        ])
      );
  });
});
