import type { Box, EmbedKind, ProviderData } from './provider.js';

/**
 * Boxes are set through two private custom properties, read by one rule in the
 * page's stylesheet and the element's own: `--_consent-embed-ratio` and
 * `--_consent-embed-height`. Before the script runs, the generated stylesheet
 * sets them from `src` (attribute selectors, below); after, the element sets
 * them on itself from what it resolved, to the same values, so nothing moves.
 */
/** What every box is unless something says otherwise: the shape of most videos. */
export const DEFAULT_RATIO = '16 / 9';

/** The box of each kind, for embed code the library does not know (a `<template>` with a `kind`). */
export const KIND_BOXES: Readonly<Record<EmbedKind, Box>> = {
  video: { ratio: DEFAULT_RATIO },
  map: { ratio: '4 / 3' },
  post: { height: 600 },
  audio: { height: 166 },
  call: { ratio: DEFAULT_RATIO },
  calendar: { height: 700 },
  code: { height: 400 },
  content: { ratio: DEFAULT_RATIO },
  image: { ratio: '1 / 1' },
  document: { ratio: '4 / 3' },
  chart: { height: 500 },
  form: { height: 800 },
  design: { ratio: DEFAULT_RATIO },
};

/**
 * Every kind of embed, in the order the file of messages lists them: what the
 * registry checks a kind against. The core holds this list, not `KIND_BOXES`,
 * whose boxes only the template reader needs.
 */
export const KINDS = ['video', 'map', 'post', 'audio', 'call', 'calendar', 'code', 'content', 'image', 'document', 'chart', 'form', 'design'] as const;

export function boxProperties(box: Box): [ratio: string, height: string] {
  return 'ratio' in box ? [box.ratio, 'auto'] : ['auto', `${box.height}px`];
}

/**
 * The box for `src` of `provider`: its `box`, or the last of its `boxes` whose
 * piece the address has, read exactly as the stylesheet's attribute selectors
 * read it (anywhere in the address, any case, later rules winning), so that
 * the box before the script runs and after are the same.
 */
export function boxFor(provider: Pick<ProviderData, 'box' | 'boxes'>, src: string): Box {
  const address = src.toLowerCase();
  let found = provider.box;
  for (const [piece, box] of Object.entries(provider.boxes ?? {})) if (address.includes(piece)) found = box;
  return found;
}

export function validBox(box: unknown): box is Box {
  if (typeof box !== 'object' || box === null) return false;
  const { ratio, height } = box as { ratio?: unknown; height?: unknown };
  if (typeof ratio === 'string') return /^\d{1,4}(\.\d{1,3})? \/ \d{1,4}(\.\d{1,3})?$/.test(ratio);
  return typeof height === 'number' && height >= 50 && height <= 5000;
}

/**
 * The stylesheet rules that reserve each provider's box before the script
 * runs, by the address in `src`. Providers of many servers are recognised by
 * their `boxes` path pieces on any host, and come first, so that a provider's
 * own host rule wins over a shape that happens to match it.
 */
export function boxRules(providers: readonly ProviderData[], element = 'consent-embed'): string {
  const rules: string[] = [];
  const rule = (selector: string, box: Box) => {
    const [ratio, height] = boxProperties(box);
    rules.push(`${selector} {\n  --_consent-embed-ratio: ${ratio};\n  --_consent-embed-height: ${height};\n}`);
  };
  const sorted = [...providers].sort((a, b) => Number(b.hosts.length === 0) - Number(a.hosts.length === 0));
  for (const provider of sorted) {
    const prefixes = provider.hosts.map((host) =>
      host.startsWith('*.') ? `[src*=".${host.slice(2)}/" i]` : `[src^="https://${host}/" i]`
    );
    // One selector for all of a provider's hosts: `:is()` weighs as much as the one attribute it matched, so each
    // rule wins and loses as the list of one selector per host did.
    const on = element + (prefixes.length > 1 ? `:is(${prefixes.join(', ')})` : (prefixes[0] ?? ''));
    const wide = 'ratio' in provider.box && provider.box.ratio === DEFAULT_RATIO;
    if (prefixes.length && !wide) rule(on, provider.box);
    for (const [piece, box] of Object.entries(provider.boxes ?? {})) rule(`${on}[src*="${piece}" i]`, box);
  }
  return rules.join('\n');
}
