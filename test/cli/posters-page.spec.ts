import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStandIn } from '../support/posters-stand-in.js';
import { expect, test } from '../support/network.js';

// The command and the element agree: the poster `consent-embed posters` writes
// for an embed is the one the element's poster template names, and the page
// shows it with no request to the provider. The site is a folder under the
// test server's root (this test's output folder), the providers a stand-in.

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(ROOT, 'dist/cli.js');

test('a page shows the poster the command wrote for its embed, from the site alone', async ({ page, network }, testInfo) => {
  const standIn = await startStandIn();
  try {
    const site = testInfo.outputPath('site');
    const path = relative(ROOT, site).split('\\').join('/');
    const template = `/${path}/posters/{provider}/{id}.png`;
    mkdirSync(site, { recursive: true });
    writeFileSync(
      join(site, 'index.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A post</title>
      <script src="/dist/consent-embed.min.js" data-poster-template="${template}" defer></script></head>
      <body><main><consent-embed src="https://www.youtube.com/watch?v=pngE2Eabcde" title="Our launch video"></consent-embed></main></body></html>`
    );
    const code = await new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, [CLI, 'posters', `${path}/*.html`, '--root', '.', '--template', template], {
        cwd: ROOT,
        env: { ...process.env, CONSENT_EMBED_FETCH_VIA: standIn.origin },
        stdio: 'ignore',
      });
      child.on('close', resolve);
    });
    expect(code).toBe(0);
    expect(existsSync(join(site, 'posters/youtube/pngE2Eabcde.png'))).toBe(true);

    await page.goto(`/${path}/index.html`);
    const poster = page.locator('consent-embed [part=poster]');
    await expect(poster).toBeVisible();
    await expect(poster).toHaveAttribute('src', /^blob:/);
    expect(await poster.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
    expect(await network.takeConsole()).toEqual([]);
    await network.expectNoForeignRequests(page);
  } finally {
    await standIn.close();
  }
});
