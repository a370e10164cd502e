import { createFrame, type EmbedContext, type ProviderData } from './provider.js';

export interface PinterestTarget {
  /** The pin's numeric id. */
  readonly id: string;
}

const PIN_ID = /^\d{1,20}$/;
/** `/pin/ID/`, `/pin/title-words--ID/`, and the share form `/pin/ID/sent/`. */
const PATH = /^\/pin\/(?:[a-z0-9-]{1,200}--)?(\d{1,20})(?:\/sent)?\/?$/;
const ASSETS = 'https://assets.pinterest.com';
/** Pinterest's country domains; each has `www.` and regional subdomains too. */
const COUNTRIES = ['com', 'de', 'co.uk', 'fr', 'es', 'it', 'at', 'ch', 'nl', 'se', 'dk', 'pt', 'ie', 'ca', 'com.au', 'nz', 'jp', 'co.kr', 'com.mx', 'cl', 'ph', 'ru'];

/**
 * Pinterest pins, in Pinterest's embed page on assets.pinterest.com.
 *
 * @accepts `pinterest.com/pin/ID/` (also regional hosts such as `pinterest.de`, `de.pinterest.com`), `/pin/title--ID/`,
 * `assets.pinterest.com/ext/embed.html?id=ID`; `pin.it` short links are explained, not followed
 */
export const data: ProviderData = {
  id: 'pinterest',
  name: 'Pinterest',
  company: 'Pinterest',
  kind: 'post',
  brand: '#bd081c',
  privacyPolicy: 'https://policy.pinterest.com/privacy-policy',
  // Pinterest's embed code sets a height per pin; none is reported later.
  box: { height: 600 },
  hosts: [...COUNTRIES.flatMap((tld) => [`pinterest.${tld}`, `*.pinterest.${tld}`]), 'pin.it'],
  short: ['pin.it/'],
  origins: [ASSETS],
};

export function parse(url: URL): PinterestTarget | null {
  if (url.hostname === 'assets.pinterest.com') {
    const id = url.pathname === '/ext/embed.html' ? url.searchParams.get('id') : null;
    return id && PIN_ID.test(id) ? { id } : null;
  }
  const id = PATH.exec(url.pathname)?.[1];
  return id ? { id } : null;
}

export function embed(target: PinterestTarget, { title }: EmbedContext): HTMLElement {
  const src = new URL('/ext/embed.html', ASSETS);
  src.searchParams.set('id', target.id);
  return createFrame(data, {
    src,
    title,
    // Pinterest's embed code gives its frame no permissions.
    allow: '',
    referrerPolicy: 'no-referrer',
    // No sandbox: there is no evidence that the embed works in one.
  });
}
