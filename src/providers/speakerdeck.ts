import { createFrame, type EmbedContext, type ProviderData } from './provider.js';
import { pageNumber } from './url-parts.js';

export interface SpeakerDeckTarget {
  /** The deck's player id: 32 hex digits. */
  readonly id: string;
  /** The slide to open on, when the link gave one. */
  readonly slide?: number;
}

const PLAYER = /^\/player\/([0-9a-f]{32})\/?$/;
/** A deck's page, `/user/slug`: it names the slug, not the player id. */
const PAGE = /^\/(?!player\/)[A-Za-z0-9_-]{1,64}\/[A-Za-z0-9_-]{1,200}\/?$/;
const SPEAKERDECK = 'https://speakerdeck.com';

/**
 * Speaker Deck decks, from the link in Speaker Deck's embed code: a deck's
 * page names its slug, and the id the player needs is only in the embed code.
 *
 * @accepts `speakerdeck.com/player/ID`; `slide`
 */
export const data: ProviderData = {
  id: 'speakerdeck',
  name: 'Speaker Deck',
  company: 'Speaker Deck',
  kind: 'document',
  brand: '#009287',
  privacyPolicy: 'https://speakerdeck.com/privacy',
  // The embed code's aspect-ratio is 560 / 315 for wide decks and 560 / 420 for
  // 4:3 ones; the link does not say which, and most decks today are wide.
  box: { ratio: '16 / 9' },
  hosts: ['speakerdeck.com'],
  origins: [SPEAKERDECK],
};

export function parse(url: URL): SpeakerDeckTarget | null | false {
  const id = PLAYER.exec(url.pathname)?.[1];
  if (!id) return PAGE.test(url.pathname) ? false : null;
  const slide = pageNumber(url.searchParams.get('slide'));
  return slide ? { id, slide } : { id };
}

export function embed(target: SpeakerDeckTarget, { title }: EmbedContext): HTMLElement {
  const src = new URL(`/player/${encodeURIComponent(target.id)}`, SPEAKERDECK);
  if (target.slide) src.searchParams.set('slide', String(target.slide));
  return createFrame(data, {
    src,
    title,
    // Speaker Deck's embed code adds web-share to fullscreen (allowfullscreen
    // here), left out as for YouTube: the deck's own page shares it as well.
    allow: '',
    referrerPolicy: 'no-referrer',
    // Sites frame the player with allow-scripts allow-same-origin allow-popups
    // and it plays (hatanakashumpei/my-portfolio's SpeakerDeckSlide); links in
    // it open unsandboxed.
    sandbox: 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox',
  });
}
