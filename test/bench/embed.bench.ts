import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { test } from '@playwright/test';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

test('script-tag bundle size', () => {
  const code = readFileSync(new URL('../../dist/consent-embed.min.js', import.meta.url));
  console.log(`bundle: ${code.length} B, ${gzipSync(code, { level: 9 }).length} B gzip`);
});

test('time to render placeholders, and store latency', async ({ page }) => {
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  await page.goto('/test/fixtures/youtube.html');
  await page.locator('consent-embed').getByRole('button').waitFor();

  const render = [];
  for (let run = 0; run < 7; run++) {
    render.push(
      await page.evaluate(async () => {
        const box = document.createElement('div');
        const start = performance.now();
        for (let i = 0; i < 200; i++) {
          const embed = document.createElement('consent-embed');
          embed.setAttribute('src', `https://youtu.be/dQw4w9WgX${String(i).padStart(2, '0').slice(-2)}`);
          embed.title = `Video ${i}`;
          box.append(embed);
        }
        document.body.append(box);
        await Promise.all([...box.children].map((e) => (e as any).updateComplete));
        const ms = performance.now() - start;
        box.remove();
        return ms;
      })
    );
  }
  console.log(`render 200 placeholders: median ${median(render).toFixed(1)} ms over 7 runs`);

  const store = await page.evaluate(async () => {
    const { ConsentStore } = (window as any).ConsentEmbed;
    const grant = [];
    const get = [];
    for (let i = 0; i < 30; i++) {
      const writer = new ConsentStore({ name: `bench-${i}` });
      let t = performance.now();
      await writer.grant('youtube', 'remember');
      grant.push(performance.now() - t);
      const reader = new ConsentStore({ name: `bench-${i}` }); // fresh memory: a real IndexedDB read
      t = performance.now();
      await reader.get('youtube');
      get.push(performance.now() - t);
      await writer.clear();
    }
    return { grant, get };
  });
  console.log(`store.grant (remember, IndexedDB write): median ${median(store.grant).toFixed(2)} ms over 30`);
  console.log(`store.get (cold, IndexedDB read): median ${median(store.get).toFixed(2)} ms over 30`);
});
