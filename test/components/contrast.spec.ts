import { expect, test } from '../support/network.js';

// WCAG 2.2: text at least 4.5:1 against what is behind it (1.4.3), the parts
// of a control that say what it is and its focus ring at least 3:1 (1.4.11).
// Measured on the rendered colours of both themes, not assumed from the CSS.

/** The relative luminance of an `rgb()`/`rgba()` colour, over the opaque colour behind it. */
function luminance([r, g, b]: number[]): number {
  const [R, G, B] = [r!, g!, b!].map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
}

const ratio = (a: number[], b: number[]) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
};

for (const theme of ['light', 'dark'] as const) {
  test(`${theme} theme: every text reaches 4.5:1 and every control and focus ring 3:1`, async ({ page }) => {
    await page.goto('/test/fixtures/blank.html');
    await page.addScriptTag({ url: '/dist/consent-embed.min.js' });
    const colours = await page.evaluate(async (theme) => {
      const embed = Object.assign(document.createElement('consent-embed'), { title: 'Our launch video' });
      embed.setAttribute('src', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ');
      embed.setAttribute('theme', theme);
      document.querySelector('main')!.append(embed);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const root = embed.shadowRoot!;
      const $ = (selector: string) => root.querySelector(selector)!;
      // Computed colours, as rgb numbers: every one the placeholder uses is opaque, or it would not be measured right.
      const rgb = (value: string) => {
        const probe = document.createElement('canvas').getContext('2d')!;
        probe.fillStyle = value;
        probe.fillRect(0, 0, 1, 1);
        return [...probe.getImageData(0, 0, 1, 1).data];
      };
      const style = (selector: string) => getComputedStyle($(selector));
      const input = $('[part=remember] input') as HTMLInputElement;
      input.focus();
      const focusRing = getComputedStyle(input).outlineColor;
      return {
        panel: rgb(style('.base').backgroundColor),
        title: rgb(style('.title').color),
        notice: rgb(style('.notice').color),
        link: rgb(style('[part=privacy-link]').color),
        remember: rgb(style('[part=remember]').color),
        checkbox: rgb(getComputedStyle(input).borderTopColor),
        button: rgb(style('.load').backgroundColor),
        label: rgb(style('.load').color),
        focusRing: rgb(focusRing),
      };
    }, theme);
    const measured = {
      title: ratio(colours.title, colours.panel),
      notice: ratio(colours.notice, colours.panel),
      link: ratio(colours.link, colours.panel),
      remember: ratio(colours.remember, colours.panel),
      'button label': ratio(colours.label, colours.button),
      checkbox: ratio(colours.checkbox, colours.panel),
      focusRing: ratio(colours.focusRing, colours.panel),
    };
    // The figures, for the record: `npx playwright test contrast --reporter=json` lists them.
    test.info().annotations.push({ type: 'contrast', description: JSON.stringify(Object.fromEntries(Object.entries(measured).map(([k, v]) => [k, Math.round(v * 100) / 100]))) });
    for (const text of ['title', 'notice', 'link', 'remember', 'button label'] as const) expect(measured[text], text).toBeGreaterThanOrEqual(4.5);
    for (const control of ['checkbox', 'focusRing'] as const) expect(measured[control], control).toBeGreaterThanOrEqual(3);
  });
}

// The service's name takes its colour, toned (see the styles): measured for every provider of the gallery, against
// the panel where the colour's tint is strongest (its corner), as are the notice and the muted text beside it.
for (const theme of ['light', 'dark'] as const) {
  test(`${theme} theme: every provider's name and the notice reach 4.5:1 on its tinted panel`, async ({ page }) => {
    await page.setViewportSize({ width: 1600, height: 1200 });
    await page.goto('/test/fixtures/blank.html');
    const gallery = await (await page.request.get('/demo/gallery.html')).text();
    const sources = [...new Set([...gallery.matchAll(/<consent-embed src="([^"]+)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&')))];
    expect(sources.length).toBeGreaterThanOrEqual(62);
    await page.addScriptTag({ url: '/dist/consent-embed.min.js' });
    const rows = await page.evaluate(
      async ({ sources, theme }) => {
        const main = document.querySelector('main')!;
        main.style.cssText = 'display:grid;grid-template-columns:repeat(8,190px);gap:4px';
        const embeds = sources.map((src) => {
          const embed = document.createElement('consent-embed');
          embed.setAttribute('src', src);
          embed.setAttribute('theme', theme);
          embed.style.cssText = 'width:190px;height:130px';
          main.append(embed);
          return embed;
        });
        // Each shows its placeholder once its provider is known: waited for, not timed.
        for (let waited = 0; waited < 10_000 && !embeds.every((embed) => embed.shadowRoot?.querySelector('.badge')); waited += 50) {
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        const probe = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
        // What the browser paints: the panel, then the brand colour at the tint's strength over it.
        const paint = (...layers: [colour: string, alpha: number][]) => {
          probe.clearRect(0, 0, 1, 1);
          for (const [colour, alpha] of layers) {
            probe.globalAlpha = alpha;
            probe.fillStyle = colour;
            probe.fillRect(0, 0, 1, 1);
          }
          probe.globalAlpha = 1;
          return [...probe.getImageData(0, 0, 1, 1).data];
        };
        return embeds.map((embed) => {
          const base = embed.shadowRoot!.querySelector('.base') as HTMLElement | null;
          const badge = base?.querySelector('.badge');
          if (!base || !badge) return { src: embed.getAttribute('src')!, missing: true } as const;
          const brand = base.style.getPropertyValue('--_brand');
          const panel = getComputedStyle(base).backgroundColor;
          const tinted = paint([panel, 1], ...(brand ? [[brand, 0.12] as [string, number]] : []));
          return {
            src: embed.getAttribute('src')!,
            name: badge.textContent!,
            brand,
            panel: paint([panel, 1]),
            tinted,
            badge: paint([getComputedStyle(badge).color, 1]),
            notice: paint([getComputedStyle(base.querySelector('.notice')!).color, 1]),
          };
        });
      },
      { sources, theme }
    );
    const low: string[] = [];
    let least = Infinity;
    for (const row of rows) {
      expect(row, row.src).not.toHaveProperty('missing');
      if ('missing' in row) continue;
      for (const [what, colour] of [['name', row.badge], ['notice', row.notice]] as const) {
        const measured = Math.min(ratio(colour, row.panel), ratio(colour, row.tinted));
        least = Math.min(least, measured);
        if (measured < 4.5) low.push(`${row.name} ${what}: ${measured.toFixed(2)} (brand ${row.brand || 'none'})`);
      }
    }
    test.info().annotations.push({ type: 'contrast', description: `least ${least.toFixed(2)} over ${rows.length} providers` });
    expect(rows.filter((row) => 'brand' in row && row.brand).length, 'providers drawn in a colour of their own').toBeGreaterThan(40);
    expect(low).toEqual([]);
  });
}
