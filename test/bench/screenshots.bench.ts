import { test } from '@playwright/test';

// Writes the README's screenshots of the placeholder, light and dark, to
// demo/screenshots/. `npm run screenshots`; it asserts nothing.
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
