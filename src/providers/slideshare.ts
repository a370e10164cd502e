import { createFrame, type EmbedContext, type ProviderData } from './provider.js';
import { pageNumber } from './url-parts.js';

export interface SlideShareTarget {
  /** `key/KEY` from today's embed code, or the numeric id an older embed code named. */
  readonly key: string;
  /** The slide to open on, when the link gave one. */
  readonly start?: number;
}

/**
 * `/slideshow/embed_code/key/KEY` (today's embed code; its keys are 14
 * letters and digits) and `/slideshow/embed_code/ID` (older embed codes).
 */
const EMBED = /^\/slideshow\/embed_code\/(?:key\/([A-Za-z0-9]{6,32})|(\d{1,12}))\/?$/;
/** A deck's page: `/user/slug`, or `/slideshow/slug/ID` since the 2023 redesign. */
const PAGE = /^\/(?:slideshow\/[A-Za-z0-9_-]{1,200}\/\d{1,12}|(?!slideshow\/)[A-Za-z0-9_.-]{1,64}\/[A-Za-z0-9_-]{1,200})\/?$/;
const SLIDESHARE = 'https://www.slideshare.net';

/**
 * SlideShare decks, from the link in SlideShare's embed code: a deck's page
 * names its slug, and the key the player needs is only in the embed code.
 *
 * @accepts `slideshare.net/slideshow/embed_code/key/KEY` (also the older `/embed_code/ID`); `startSlide`
 */
export const data: ProviderData = {
  id: 'slideshare',
  name: 'SlideShare',
  company: 'Scribd',
  kind: 'document',
  brand: '#008ed2',
  // Scribd's global policy covers SlideShare.net, which it owns.
  privacyPolicy: 'https://www.scribd.com/privacy',
  // SlideShare's embed code is 595 by 485 px: the slide with its toolbar.
  box: { ratio: '595 / 485' },
  // Decks are shared from localised hosts too (de., es., fr., pt.): their
  // pages are recognised to be refused as such (`page-link`).
  hosts: ['slideshare.net', '*.slideshare.net'],
  origins: [SLIDESHARE],
};

export function parse(url: URL): SlideShareTarget | null | false {
  const embedHost = url.hostname === 'www.slideshare.net' || url.hostname === 'slideshare.net';
  const [, key, id] = (embedHost && EMBED.exec(url.pathname)) || [];
  if (!key && !id) return PAGE.test(url.pathname) ? false : null;
  const start = pageNumber(url.searchParams.get('startSlide'));
  return { key: key ? `key/${key}` : id!, ...(start && { start }) };
}

export function embed(target: SlideShareTarget, { title }: EmbedContext): HTMLElement {
  // The key is `key/` and letters and digits, or digits: checked, nothing to escape.
  const src = new URL(`/slideshow/embed_code/${target.key}`, SLIDESHARE);
  if (target.start) src.searchParams.set('startSlide', String(target.start));
  return createFrame(data, {
    src,
    title,
    // SlideShare's embed code grants nothing but fullscreen (allowfullscreen here).
    allow: '',
    referrerPolicy: 'no-referrer',
    // No sandbox: nothing shows SlideShare's player working in one.
  });
}
