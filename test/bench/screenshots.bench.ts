import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from '@playwright/test';
import { startStandIn } from '../support/posters-stand-in.js';
import { expect, test as guarded } from '../support/network.js';
import { drawPictures } from './pictures.js';

// Writes the README's screenshots to demo/screenshots/ (`npm run screenshots`): the placeholder,
// light and dark, and posters.jpg, previews written by `consent-embed posters` (below).
for (const scheme of ['light', 'dark'] as const) {
  test(`placeholder, ${scheme}`, async ({ page }) => {
    await page.setViewportSize({ width: 1260, height: 392 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/test/fixtures/blank.html');
    await page.setContent(`<!doctype html><html lang="en"><head>
      <link rel="stylesheet" href="/dist/consent-embed.css">
      <style>body{margin:16px;display:grid;grid-template-columns:640px 300px 260px;gap:16px;align-items:start;background:${scheme === 'dark' ? '#0d1117' : '#ffffff'}}</style>
      <script src="/dist/consent-embed.min.js"></script></head><body>
      <consent-embed src="https://www.youtube.com/watch?v=dQw4w9WgXcQ" title="Our launch video"></consent-embed>
      <consent-embed src="https://www.openstreetmap.org/#map=15/52.5163/13.3777" title="The office"></consent-embed>
      <consent-embed src="https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC" title="A track" style="height:166px"></consent-embed>
      </body></html>`);
    await page.locator('consent-embed').last().locator('[part=button]').waitFor();
    await page.screenshot({ path: `demo/screenshots/placeholder-${scheme}.png` });
  });
}

// The README's picture of `consent-embed posters` at work: a blog post's videos with the
// previews the command wrote into the site, shown before any choice, with no request to the
// provider. The build machine has no network, so the providers are the local stand-in
// (test/support/posters-stand-in.js) and their thumbnails generic pictures drawn here
// (test/bench/pictures.ts); the command, the page and the element are the real ones.
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const VIDEOS = [
  { src: 'https://www.youtube.com/watch?v=coastWalk01', id: 'coastWalk01', scene: 'dusk', title: 'The cliff path at dusk' },
  { src: 'https://vimeo.com/100000001', id: '100000001', scene: 'hills', title: 'Through the pine woods' },
  { src: 'https://www.youtube.com/watch?v=nightSky003', id: 'nightSky003', scene: 'night', title: 'Camping under the stars' },
] as const;

guarded('previews written by consent-embed posters', async ({ page, network }, testInfo) => {
  const pictures = await drawPictures(page, VIDEOS.map((video) => video.scene));
  const standIn = await startStandIn({ images: new Map(VIDEOS.map((video) => [video.id, pictures.get(video.scene)!])) });
  try {
    const site = testInfo.outputPath('site');
    const path = relative(ROOT, site).split(sep).join('/');
    const template = `/${path}/posters/{provider}/{id}.jpg`;
    mkdirSync(site, { recursive: true });
    writeFileSync(join(site, 'index.html'), blogPost(template));
    const code = await new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, [join(ROOT, 'dist/cli.js'), 'posters', `${path}/*.html`, '--root', '.', '--template', template], {
        cwd: ROOT,
        env: { ...process.env, CONSENT_EMBED_FETCH_VIA: standIn.origin },
        stdio: 'inherit',
      });
      child.on('close', resolve);
    });
    expect(code).toBe(0);
    for (const video of VIDEOS) expect(existsSync(join(site, `posters/${video.src.includes('vimeo') ? 'vimeo' : 'youtube'}/${video.id}.jpg`))).toBe(true);

    await page.setViewportSize({ width: 1040, height: 640 });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`/${path}/index.html`);
    const posters = page.locator('consent-embed [part=poster]');
    await expect(posters).toHaveCount(VIDEOS.length);
    for (const poster of await posters.all()) {
      await expect(poster).toHaveAttribute('src', /^blob:/);
      await expect.poll(() => poster.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(480);
    }
    await network.expectNoForeignRequests(page);
    await page.screenshot({ path: join(ROOT, 'demo/screenshots/posters.jpg'), type: 'jpeg', quality: 82 });
  } finally {
    await standIn.close();
  }
});

/** A blog post with three videos, as a site would publish it: the script tag names the poster template. */
function blogPost(template: string): string {
  const [first, second, third] = VIDEOS;
  const embed = (video: (typeof VIDEOS)[number]) => `<consent-embed src="${video.src}" title="${video.title}"><a href="${video.src}">${video.title}</a></consent-embed>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Three walks along the coast · Field notes</title>
  <link rel="stylesheet" href="/dist/consent-embed.css">
  <script src="/dist/consent-embed.min.js" data-poster-template="${template}" data-theme="light" defer></script>
  <style>
    body { margin: 0; font: 17px/1.55 Georgia, 'DejaVu Serif', serif; color: #24292f; background: #faf8f5; }
    header { padding: 14px 40px; border-bottom: 1px solid #e4ded5; font: 600 15px system-ui, sans-serif; display: flex; gap: 24px; }
    header b { margin-inline-end: auto; font-size: 17px; }
    header span { color: #57606a; font-weight: 400; }
    main { max-width: 960px; margin: 0 auto; padding: 18px 40px; }
    h1 { margin: 0 0 2px; font-size: 30px; line-height: 1.2; }
    .meta { margin: 0 0 12px; color: #6e7781; font: 14px system-ui, sans-serif; }
    p { margin: 0 0 14px; }
    .videos { display: grid; grid-template-columns: 2fr 1fr; gap: 16px; align-items: start; margin: 4px 0 14px; }
    .videos > :first-child { grid-row: span 2; }
  </style></head><body>
  <header><b>Field notes</b><span>Walks</span><span>Maps</span><span>About</span></header>
  <main>
    <h1>Three walks along the coast</h1>
    <p class="meta">12 June · 6 min read · three videos</p>
    <p>We set out before sunset, followed the cliff path north and came back by the pine woods. The videos are below;
    their previews are images this site keeps itself, so nothing is asked of the video's host until you press play.</p>
    <div class="videos">${embed(first)}${embed(second)}${embed(third)}</div>
    <p>The path is steep after the lighthouse; take water, and a torch if you stay for the stars.</p>
  </main></body></html>`;
}
