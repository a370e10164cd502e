import { parts, writeRecord } from '../support/embed.js';
import { expect, test } from '../support/network.js';

// What a page's own code does to the element, as SPA frameworks and careless
// scripts do: nothing of it may throw at the page or load a frame by itself.

const PAGE = '/test/fixtures/youtube.html';
const FRAME = 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ';

test.describe('properties set to values that are not strings', () => {
  test('take a URL object as src and as poster', async ({ page }) => {
    await page.goto(PAGE);
    const embed = page.locator('consent-embed');
    await embed.evaluate((el: any) => {
      el.src = new URL('https://youtu.be/aqz-KE-bpKQ');
      el.poster = new URL('/demo/poster.svg', location.href);
    });
    await expect(embed.locator('[part=poster]')).toBeVisible();
    await parts(embed).button.click();
    await expect(parts(embed).frame).toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1');
  });

  test('read a BigInt src as text, and reject a Symbol title and an object provider, with a message and one warning each', async ({
    page,
    network,
  }) => {
    await page.goto(PAGE);
    const embed = page.locator('consent-embed');
    await expect(parts(embed).button).toBeVisible();

    await embed.evaluate((el: any) => (el.title = Symbol('title')));
    await expect(embed.locator('[part=title]')).toBeHidden();
    await expect(parts(embed).button).toHaveAccessibleName('Load video: YouTube video');
    await expect(embed).not.toHaveAttribute('title');

    await embed.evaluate((el: any) => (el.src = 123n));
    await expect(parts(embed).message).toContainText('is not a valid https:// link');

    await embed.evaluate((el: any) => {
      el.src = 'https://youtu.be/dQw4w9WgXcQ';
      el.provider = { toString: () => 'youtube' };
    });
    await expect(parts(embed).message).toContainText('cannot be shown');

    await embed.evaluate((el: any) => (el.provider = null));
    await expect(parts(embed).button).toBeVisible();
    expect(await network.takeConsole()).toEqual([
      expect.stringMatching(/^consent-embed \[invalid-title\]: the title property .* a symbol/),
      expect.stringMatching(/^consent-embed \[invalid-src\]: "123" is not a URL/),
      expect.stringMatching(/^consent-embed \[invalid-provider\]: the provider property .* an object/),
    ]);
  });

  test('read a lang that is a number as text, refuse an array and a symbol, and still unload when consent is withdrawn', async ({
    page,
    network,
  }) => {
    await page.goto(PAGE);
    const embed = page.locator('consent-embed');
    await parts(embed).button.click();
    await expect(parts(embed).frame).toHaveCount(1);

    await embed.evaluate((el: any) => (el.lang = 5));
    await expect(embed).toHaveAttribute('lang', '5');
    await embed.evaluate((el: any) => (el.lang = ['de']));
    await expect(embed).not.toHaveAttribute('lang');
    await embed.evaluate((el: any) => (el.lang = Symbol('de')));
    await expect(parts(embed).frame).toHaveCount(1);

    await page.evaluate(() => (window as any).ConsentEmbed.revoke('youtube'));
    await expect(parts(embed).frame).toHaveCount(0);
    await expect(parts(embed).button).toBeVisible();
    expect(await network.takeConsole()).toEqual([
      expect.stringMatching(/^consent-embed \[invalid-config\]: the lang property was set to an object, not a language tag/),
      expect.stringMatching(/^consent-embed \[invalid-config\]: the lang property was set to a symbol, not a language tag/),
    ]);
  });

  test('a withdrawal takes the frame away even when every update of the element throws', async ({ page, network }) => {
    await page.goto(PAGE);
    const embed = page.locator('consent-embed');
    await parts(embed).button.click();
    await expect(parts(embed).frame).toHaveCount(1);
    // Whatever breaks rendering (a bug, a hostile value), the teardown does not go through it.
    await page.evaluate(() => {
      const proto = customElements.get('consent-embed')!.prototype as { update(): void };
      proto.update = () => {
        throw new Error('rendering is broken');
      };
    });
    await page.evaluate(() => (window as any).ConsentEmbed.revoke('youtube'));
    await expect(parts(embed).frame).toHaveCount(0);
    expect(network.frames()).toHaveLength(1);
    // The broken update is this test's own doing.
    network.pageErrors.splice(0);
  });

  test('refuse objects that only pretend to be URLs, without a throw', async ({ page, network }) => {
    await page.goto(PAGE);
    const embed = page.locator('consent-embed');
    await expect(parts(embed).button).toBeVisible();
    await embed.evaluate((el: any) => (el.src = Object.create(URL.prototype)));
    await expect(parts(embed).message).toBeVisible();
    await embed.evaluate((el: any) => {
      el.src = 'https://youtu.be/dQw4w9WgXcQ';
      el.poster = new Proxy(new URL('/demo/poster.svg', location.href), {});
    });
    await expect(parts(embed).button).toBeVisible();
    await embed.evaluate((el: any) => {
      const revocable = Proxy.revocable({}, {});
      revocable.revoke();
      el.src = revocable.proxy;
    });
    await expect(parts(embed).message).toBeVisible();
    expect(await network.takeConsole()).toEqual([
      expect.stringMatching(/^consent-embed \[invalid-src\]: the src property was set to an object/),
      expect.stringMatching(/^consent-embed \[invalid-poster\]: the poster property was set to an object/),
      expect.stringMatching(/^consent-embed \[invalid-src\]: the src property was set to an object/),
    ]);
  });

  test('refuse a width or height that is not a number without a throw, and keep the box', async ({ page, network }) => {
    await page.goto(PAGE);
    const embed = page.locator('consent-embed');
    await expect(parts(embed).button).toBeVisible();
    const before = (await embed.boundingBox())!;
    await embed.evaluate((el: any) => {
      el.width = Symbol('w');
      el.height = {
        toString() {
          throw new Error('a page object');
        },
      };
    });
    await page.waitForTimeout(300);
    expect(await embed.boundingBox()).toEqual(before);
    expect(await network.takeConsole()).toEqual([
      expect.stringMatching(/^consent-embed \[invalid-size\]: the width property was set to a symbol/),
      expect.stringMatching(/^consent-embed \[invalid-size\]: the height property was set to an object/),
    ]);
    await embed.evaluate((el: any) => {
      el.width = 400;
      el.height = 300;
    });
    await expect.poll(async () => Math.round((await embed.boundingBox())!.height)).toBe(Math.round((before.width * 3) / 4));
  });

  test('keep the title the host shows in step with the property', async ({ page }) => {
    await page.goto(PAGE);
    const embed = page.locator('consent-embed');
    await embed.evaluate((el: any) => (el.title = 'Our launch video, recut'));
    await expect(embed).toHaveAttribute('title', 'Our launch video, recut');
    await expect(embed.locator('[part=title]')).toHaveText('Our launch video, recut');
  });
});

test.describe('the page around the element', () => {
  test('an element named ConsentEmbed does not take the place of the API', async ({ page }) => {
    await page.goto('/test/fixtures/clobbered.html');
    await expect(parts(page.locator('consent-embed')).button).toBeVisible();
    const api = await page.evaluate(async () => ({
      kind: typeof (window as any).ConsentEmbed.defaultStore,
      list: await (window as any).ConsentEmbed.defaultStore().list(),
      div: document.getElementById('ConsentEmbed')!.textContent!.length > 0,
    }));
    expect(api).toEqual({ kind: 'function', list: [], div: true });
  });

  test('an embed inside another one\'s fallback never loads, since it is never shown', async ({ page, network }) => {
    await page.goto('/test/fixtures/nested.html');
    await parts(page.locator('#outer')).button.click();
    await expect(page.locator('#outer iframe').first()).toHaveAttribute('src', `${FRAME}?autoplay=1`);
    await page.waitForTimeout(500);
    expect(network.frames()).toEqual([`${FRAME}?autoplay=1`]);
  });

  test('a warning about a src with a password in it does not print the password', async ({ page, network }) => {
    await page.goto(PAGE);
    const embed = page.locator('consent-embed');
    await embed.evaluate((el) => el.setAttribute('src', 'https://visitor:hunter2@www.youtube.com/watch?v=dQw4w9WgXcQ'));
    await expect(parts(embed).message).toBeVisible();
    const warnings = await network.takeConsole();
    expect(warnings).toEqual([expect.stringMatching(/^consent-embed \[invalid-src\]: .*user name or password/)]);
    expect(warnings[0]).not.toContain('hunter2');
    expect(warnings[0]).not.toContain('visitor');
  });

  test('a warning about an address it cannot even parse does not print its password', async ({ page, network }) => {
    await page.goto(PAGE);
    const embed = page.locator('consent-embed');
    await expect(parts(embed).button).toBeVisible();
    await embed.evaluate((el: any) => {
      el.src = 'https://visitor:hunter2@www.youtube.com:99999/watch?v=dQw4w9WgXcQ';
      el.poster = 'https://visitor:hunter2@[::1/poster.jpg';
    });
    await expect(parts(embed).message).toBeVisible();
    const lines: string[] = [];
    await expect.poll(async () => lines.push(...(await network.takeConsole())) && lines).toHaveLength(2);
    expect(lines).toEqual([
      expect.stringMatching(/^consent-embed \[invalid-src\]: "https:\/\/…@www\.youtube\.com:99999\/watch\?v=dQw4w9WgXcQ" is not a URL/),
      expect.stringMatching(/^consent-embed \[foreign-poster\]: the poster "https:\/\/…@\[::1\/poster\.jpg" is not on this site/),
    ]);
  });

  test('a warning never prints a password, however the address hides it', async ({ page, network }) => {
    await page.goto(PAGE);
    const embed = page.locator('consent-embed');
    for (const src of [
      '\n  https://visitor:hunter2@www.youtube.com/watch?v=dQw4w9WgXcQ',
      'https:\\\\visitor:hunter2@www.youtube.com/watch?v=dQw4w9WgXcQ',
      'https://visi\ttor:hun\nter2@www.youtube.com/watch?v=dQw4w9WgXcQ',
    ]) {
      await embed.evaluate((el, value) => el.setAttribute('src', value), src);
      await expect(parts(embed).message).toBeVisible();
      const lines = await network.takeConsole();
      expect(lines, src).toEqual([expect.stringContaining('user name or password')]);
      expect(lines[0]).not.toMatch(/hunter2|hun\\nter2|visitor|visi\\tor/);
      await embed.evaluate((el) => el.setAttribute('src', 'https://youtu.be/dQw4w9WgXcQ'));
      await expect(parts(embed).button).toBeVisible();
    }
  });

  test('the API is installed over a cross-origin frame named ConsentEmbed, and over a declared var', async ({
    page,
    baseURL,
  }) => {
    const port = new URL(baseURL!).port;
    await page.goto('/test/fixtures/blank.html');
    await page.evaluate((p) => {
      const frame = document.createElement('iframe');
      frame.name = 'ConsentEmbed';
      frame.src = `http://other.localhost:${p}/test/fixtures/blank.html`;
      document.body.append(frame);
      return new Promise((resolve) => (frame.onload = resolve));
    }, port);
    await page.addScriptTag({ url: '/dist/consent-embed.min.js' });
    expect(await page.evaluate(() => typeof (window as any).ConsentEmbed.defaultStore)).toBe('function');

    await page.goto('/test/fixtures/blank.html');
    await page.addScriptTag({ content: 'var ConsentEmbed;' });
    await page.addScriptTag({ url: '/dist/consent-embed.min.js' });
    expect(await page.evaluate(() => typeof (window as any).ConsentEmbed?.defaultStore)).toBe('function');
  });

  test('an element named trustedTypes, in a browser without them, does not keep the element undefined', async ({ page }) => {
    await page.addInitScript(() => {
      delete (window as any).trustedTypes;
      delete (window as any).TrustedTypePolicyFactory;
    });
    await page.goto('/test/fixtures/blank.html');
    await page.evaluate(() => {
      const clobber = document.createElement('div');
      clobber.id = 'trustedTypes';
      document.body.append(clobber);
    });
    await page.addScriptTag({ url: '/dist/consent-embed.min.js' });
    expect(await page.evaluate(() => Boolean(customElements.get('consent-embed')))).toBe(true);
  });

  test('an image named currentScript does not switch off the script tag\'s settings', async ({ page }) => {
    // A choice made under the site's previous policy version: the new one, set on the script tag, asks again.
    await page.goto('/test/fixtures/blank.html');
    await writeRecord(page, 'youtube', { v: 2, provider: 'youtube', scope: 'remember', grantedAt: Date.now(), expiresAt: Date.now() + 86_400_000, stamp: Date.now(), policy: '2026-11' });
    await page.goto('/test/fixtures/named-current-script.html');
    expect(await page.evaluate(() => (document as any).currentScript instanceof HTMLImageElement)).toBe(true);
    const embed = page.locator('consent-embed');
    // data-lang="de", read from the real script tag: the German file from beside the script.
    await expect(embed.getByRole('button', { name: 'Video laden: Unser Video' })).toBeVisible();
    await page.waitForTimeout(300);
    await expect(parts(embed).frame).toHaveCount(0);
  });

  test('an image named cookie does not break the browsing-session marker', async ({ page }) => {
    await page.goto('/test/fixtures/clobbered.html');
    expect(await page.evaluate(() => (document as any).cookie instanceof HTMLImageElement)).toBe(true);
    await parts(page.locator('consent-embed')).button.click();
    await expect(parts(page.locator('consent-embed')).frame).toHaveCount(1);
    await page.reload();
    await expect(parts(page.locator('consent-embed')).frame).toHaveCount(1);
  });

  test('moving a loaded embed with moveBefore keeps its frame playing', async ({ page, network }) => {
    await page.goto(PAGE);
    const embed = page.locator('consent-embed');
    await parts(embed).button.click();
    await expect(parts(embed).frame).toHaveCount(1);
    await expect.poll(() => network.frames()).toHaveLength(1);
    const same = await page.evaluate(() => {
      const element = document.querySelector('consent-embed')!;
      const frame = element.shadowRoot!.querySelector('iframe');
      (document.body as any).moveBefore(element, null);
      return element.shadowRoot!.querySelector('iframe') === frame && element.parentNode === document.body;
    });
    expect(same).toBe(true);
    await page.waitForTimeout(300);
    await expect(parts(embed).frame).toHaveCount(1);
    expect(network.frames()).toHaveLength(1);
  });
});

test("a page that took over the library's page-wide count of warnings still gets its warnings, and nothing thrown", async ({ page, network }) => {
  await page.addInitScript(() =>
    Object.defineProperty(globalThis, Symbol.for('consent-embed.warnings'), {
      get() {
        throw new Error('the page owns this');
      },
    })
  );
  await page.goto(PAGE);
  const embed = page.locator('consent-embed');
  await expect(parts(embed).button).toBeVisible();
  await embed.evaluate((el) => el.setAttribute('src', 'https://example.com/video'));
  await expect(parts(embed).message).toContainText('does not belong to a provider this site supports');
  // Nothing counts what is on its way now: wait for the line itself.
  const lines: string[] = [];
  await expect.poll(async () => (lines.push(...(await network.takeConsole())), lines)).toEqual([
    expect.stringMatching(/^consent-embed \[unknown-provider\]: /),
  ]);
});

