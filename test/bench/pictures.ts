import type { Page } from '@playwright/test';

/**
 * Generic pictures for the stand-in's thumbnails (`npm run screenshots`): drawn here on a
 * canvas, 480 × 360 like a YouTube `hqdefault.jpg`, from a fixed seed, so the same every run.
 * Landscapes and shapes only, no text: nothing in them is, or looks like, a provider's image.
 */
export type Scene = 'dusk' | 'hills' | 'night' | 'shapes';

/** Draws each scene in `page` and returns it as a JPEG. */
export async function drawPictures(page: Page, scenes: readonly Scene[]): Promise<Map<Scene, Buffer>> {
  const urls = await page.evaluate((names) => {
    // mulberry32: a small seeded generator, so that ridges and stars are the same every run.
    let seed = 15;
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const W = 480;
    const H = 360;
    const sky = (g: CanvasRenderingContext2D, stops: string[], to = H) => {
      const gradient = g.createLinearGradient(0, 0, 0, to);
      stops.forEach((colour, i) => gradient.addColorStop(i / (stops.length - 1), colour));
      g.fillStyle = gradient;
      g.fillRect(0, 0, W, H);
    };
    const ridge = (g: CanvasRenderingContext2D, base: number, height: number, colour: string, steps = 9) => {
      g.fillStyle = colour;
      g.beginPath();
      g.moveTo(0, H);
      for (let i = 0; i <= steps; i++) g.lineTo((W / steps) * i, base - height * (0.35 + 0.65 * random()));
      g.lineTo(W, H);
      g.closePath();
      g.fill();
    };
    const disc = (g: CanvasRenderingContext2D, x: number, y: number, r: number, colour: string) => {
      g.fillStyle = colour;
      g.beginPath();
      g.arc(x, y, r, 0, Math.PI * 2);
      g.fill();
    };
    const draw: Record<string, (g: CanvasRenderingContext2D) => void> = {
      dusk(g) {
        sky(g, ['#2b2d5c', '#a0507a', '#f29e6d', '#ffd59e'], 230);
        disc(g, 392, 112, 32, '#fff1c9');
        ridge(g, 230, 110, '#5b3a63');
        ridge(g, 250, 70, '#3c2a4d');
        // A lake that mirrors the sky.
        const water = g.createLinearGradient(0, 250, 0, H);
        water.addColorStop(0, '#e59a78');
        water.addColorStop(1, '#2b2d5c');
        g.fillStyle = water;
        g.fillRect(0, 262, W, H - 262);
        g.fillStyle = 'rgba(255, 241, 201, 0.55)';
        for (let y = 270; y < 340; y += 9) g.fillRect(392 - 34 + (y % 18), y, 68 - (y - 270) * 0.6, 2);
      },
      hills(g) {
        sky(g, ['#9fd3e6', '#e3f1e8'], 200);
        disc(g, 110, 80, 30, '#fffbe0');
        ridge(g, 200, 80, '#7fb08a', 7);
        ridge(g, 250, 90, '#4f8f6a', 6);
        ridge(g, 310, 80, '#2f6b4f', 5);
        // A row of trees on the near hill.
        for (let x = 20; x < W; x += 38 + 20 * random()) {
          const y = 300 + 18 * random();
          g.fillStyle = '#1f4d3a';
          g.beginPath();
          g.moveTo(x, y - 46);
          g.lineTo(x - 13, y);
          g.lineTo(x + 13, y);
          g.closePath();
          g.fill();
        }
      },
      night(g) {
        sky(g, ['#0b1026', '#1b2a5a', '#35508a']);
        for (let i = 0; i < 90; i++) disc(g, W * random(), 220 * random(), 0.6 + 1.2 * random(), `rgba(255, 255, 255, ${0.4 + 0.6 * random()})`);
        disc(g, 380, 80, 30, '#f4f1d0');
        disc(g, 392, 72, 28, '#1b2a5a');
        ridge(g, 290, 60, '#16213f', 5);
        ridge(g, 330, 50, '#0c1329', 4);
      },
      shapes(g) {
        sky(g, ['#fbe7d3', '#f6d6c8']);
        const colours = ['#e76f51', '#2a9d8f', '#e9c46a', '#264653', '#f4a261'];
        for (let i = 0; i < 9; i++) disc(g, W * random(), H * random(), 24 + 70 * random(), colours[i % colours.length] + 'cc');
        g.strokeStyle = '#264653';
        g.lineWidth = 6;
        g.strokeRect(60, 60, W - 120, H - 120);
      },
    };
    return names.map((name) => {
      const canvas = document.createElement('canvas');
      canvas.width = W;
      canvas.height = H;
      draw[name](canvas.getContext('2d')!);
      return canvas.toDataURL('image/jpeg', 0.86);
    });
  }, scenes);
  return new Map(scenes.map((scene, i) => [scene, Buffer.from(urls[i].slice(urls[i].indexOf(',') + 1), 'base64')]));
}
