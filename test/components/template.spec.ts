import { expect, test } from '../support/network.js';

// <consent-embed provider=…><template>…embed code…</template></consent-embed>:
// the code is inert until consent, then runs once, in the page.

const WIDGET = `
  const me = document.currentScript;
  (window.acmeOrder ??= []).push('widget:' + me.dataset.acme);
  window.acmeRuns = (window.acmeRuns || 0) + 1;
`;

test.describe('an author\'s own embed code in a <template>', () => {
  test.beforeEach(async ({ page }) => {
    // The provider's script, served locally; a long delay would show if order were not kept.
    await page.route('https://cdn.acme.example/widget.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 200));
      await route.fulfill({ contentType: 'text/javascript', body: WIDGET });
    });
  });

  test('requests nothing before consent and says who it contacts', async ({ page, network }) => {
    await page.goto('/test/fixtures/template.html');
    const embed = page.locator('#acme');
    await expect(embed.getByRole('button', { name: 'Load post: Acme widget' })).toBeVisible();
    await expect(embed.locator('[part=notice]')).toContainText(
      'This post is hosted by Acme Widgets. Loading it sends your IP address and more to Acme Widgets. ' +
        'It contacts widgets.acme.example and cdn.acme.example.'
    );
    await expect(embed.getByRole('link', { name: 'Acme Widgets privacy policy' })).toHaveAttribute(
      'href',
      'https://acme.example/privacy'
    );
    await embed.hover();
    await page.waitForTimeout(300);
    await network.expectNoForeignRequests(page);
    expect(await page.evaluate(() => (window as any).acmeRuns ?? 0)).toBe(0);
    await network.takeConsole(); // the unnamed one's warning, checked below
  });

  test('runs once after the click, in order, with its attributes, and not again on reconnect', async ({ page, network }) => {
    network.allow('https://widgets.acme.example', 'https://cdn.acme.example');
    await page.goto('/test/fixtures/template.html');
    const embed = page.locator('#acme');
    await embed.getByRole('button', { name: /^Load post/ }).click();

    await expect(embed.locator('iframe[title="Acme frame"]')).toBeVisible();
    await expect.poll(() => page.evaluate(() => (window as any).acmeOrder)).toEqual(['widget:one', 'after']);
    await expect(embed.locator('[slot=embed]')).toBeFocused();
    expect(network.frames()).toEqual(['https://widgets.acme.example/frame']);

    await page.evaluate(() => {
      const element = document.getElementById('acme')!;
      const parent = element.parentNode!;
      element.remove();
      parent.append(element);
    });
    await expect(embed.locator('iframe[title="Acme frame"]')).toBeVisible();
    await page.waitForTimeout(400);
    expect(await page.evaluate(() => (window as any).acmeRuns)).toBe(1);
    expect(await page.evaluate(() => (window as any).acmeOrder)).toEqual(['widget:one', 'after']);
    await network.takeConsole(); // the image of the template, aborted by the guard, and the unnamed one
  });

  test('is taken out when the choice is withdrawn, and the placeholder comes back', async ({ page, network }) => {
    network.allow('https://widgets.acme.example', 'https://cdn.acme.example');
    await page.goto('/test/fixtures/template.html');
    const embed = page.locator('#acme');
    await embed.getByRole('button', { name: /^Load post/ }).click();
    await expect(embed.locator('iframe[title="Acme frame"]')).toBeVisible();
    await page.evaluate(() => (window as any).ConsentEmbed.defaultStore().revoke('acme-widgets'));
    await expect(embed.locator('iframe')).toHaveCount(0);
    await expect(embed.getByRole('button', { name: /^Load post/ })).toBeVisible();
    await network.takeConsole();
  });

  test('does not run again when what describes it changes', async ({ page, network }) => {
    network.allow('https://widgets.acme.example', 'https://cdn.acme.example');
    await page.goto('/test/fixtures/template.html');
    const embed = page.locator('#acme');
    await embed.getByRole('button', { name: /^Load post/ }).click();
    await expect.poll(() => page.evaluate(() => (window as any).acmeRuns)).toBe(1);
    await embed.evaluate((el: any) => {
      el.company = 'Acme Widgets Ltd';
      el.setAttribute('origins', 'widgets.acme.example');
      el.kind = 'video';
    });
    await page.waitForTimeout(400);
    expect(await page.evaluate(() => (window as any).acmeRuns)).toBe(1);
    expect(network.frames()).toEqual(['https://widgets.acme.example/frame']);
    await network.takeConsole();
  });

  test('under a known provider\'s name lists what the author says it contacts, and refuses a provider of many servers', async ({
    page,
    network,
  }) => {
    await page.goto('/test/fixtures/blank.html');
    await page.addScriptTag({ url: '/dist/consent-embed.min.js' });
    await page.evaluate(() => {
      for (const [provider, origins] of [
        ['youtube', 'www.youtube.com'],
        ['mastodon', 'mastodon.social'],
      ]) {
        const embed = document.createElement('consent-embed');
        embed.setAttribute('provider', provider!);
        embed.setAttribute('origins', origins!);
        embed.title = `${provider} code`;
        const template = document.createElement('template');
        template.innerHTML = '<p>code</p>';
        embed.append(template);
        document.querySelector('main')!.append(embed);
      }
    });
    const [youtube, mastodon] = [page.locator('consent-embed').first(), page.locator('consent-embed').last()];
    await expect(youtube.locator('[part=notice]')).toContainText(
      'This video is hosted by YouTube. Loading it sends your IP address and more to Google. It contacts www.youtube.com.'
    );
    await expect(mastodon.locator('[part=message]')).toContainText('the embed code it wraps is not described correctly');
    expect(await network.takeConsole()).toEqual([
      expect.stringMatching(/^consent-embed \[invalid-template\]: consent to Mastodon is given per server/),
    ]);
  });

  test('without a provider attribute says so and inserts nothing', async ({ page, network }) => {
    await page.goto('/test/fixtures/template.html');
    const embed = page.locator('#unnamed');
    await expect(embed.locator('[part=message]')).toContainText('the embed code it wraps is not described correctly');
    await expect(embed.locator('button, iframe')).toHaveCount(0);
    expect(await network.takeConsole()).toEqual([
      expect.stringMatching(/^consent-embed \[invalid-template\]: a <template> needs a provider attribute/),
    ]);
    await network.expectNoForeignRequests(page);
  });
});

test.describe('templates the parser treats differently', () => {
  test('a <template shadowrootmode> is refused with a clear message; what the parser already loaded is the browser\'s doing', async ({
    page,
    network,
  }) => {
    // The parser attaches a declarative shadow root, and fetches its image, before any script can run.
    network.allow('https://cdn.acme.example');
    await page.goto('/test/fixtures/template-declarative.html');
    const embed = page.locator('#declarative');
    await expect(embed.locator('[part=message]')).toHaveText(/This embed cannot be shown: the embed code it wraps is not described correctly/);
    await expect(embed.locator('img')).toHaveCount(0);
    await expect(embed.getByRole('button')).toHaveCount(0);
    expect((await network.takeConsole()).filter((line) => line.startsWith('consent-embed'))).toEqual([
      expect.stringMatching(/^consent-embed \[invalid-template\]: its embed code is in a <template shadowrootmode>, which is not inert: .* Use a plain <template>\.$/),
    ]);
    expect(network.foreign.map((r) => r.url)).toEqual(['https://cdn.acme.example/pixel.gif']);
  });

  test('under a script that is not deferred, a template embed waits quietly for its <template>, and a shadowrootmode one is refused', async ({
    page,
    network,
  }) => {
    // The host has a shadow root already, so the parser keeps the template a template; Chromium still fetches its image.
    network.allow('https://cdn.acme.example');
    await page.addInitScript(() => {
      // Every message box ever rendered, to show that none flashes while the page is parsed.
      (window as any).messages = 0;
      new MutationObserver(() => {
        for (const element of document.querySelectorAll('consent-embed')) {
          if (element.shadowRoot?.querySelector('[part=message]') && element.id === 'acme') (window as any).messages++;
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto('/test/fixtures/template-blocking.html');
    await expect(page.locator('#acme').getByRole('button', { name: 'Load post: Acme widget' })).toBeVisible();
    await expect(page.locator('#declarative [part=message]')).toBeVisible();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as any).messages)).toBe(0);
    expect((await network.takeConsole()).filter((line) => line.startsWith('consent-embed'))).toEqual([
      expect.stringMatching(/^consent-embed \[invalid-template\]: its <template> has a shadowrootmode attribute: .* Remove the attribute\.$/),
    ]);
    expect(network.foreign.map((r) => r.url)).toEqual(['https://cdn.acme.example/pixel.gif']);
  });
});
