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
