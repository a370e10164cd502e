import { createFrame, type EmbedContext, type ProviderData } from './provider.js';
import { parseStart } from './url-parts.js';

export interface RumbleTarget {
  /** The embed id: `v` and base-36 digits, another number than the one in the video page's address. */
  readonly id: string;
  /** The embedding publisher's id (`?pub=4`), which Rumble's embed code carries and credits. */
  readonly pub?: string;
  /** Start time in seconds, when the embed link gave one. */
  readonly start?: number;
}

const ID = /^v[0-9a-z]{4,10}$/;
const PUB = /^[0-9a-z]{1,12}$/;
const EMBED = /^\/embed\/([^/]+)\/?$/;
/**
 * A video page, `/vPAGEID-title…`: its id is not the embed id (yt-dlp's
 * tests: page vdmum1 plays embed vb0ofn, v2ea9qb plays v2bou5f), and the gap
 * between the two counters drifts, so only Rumble could say which it is.
 */
const PAGE = /^\/(?!videos\b)v[0-9a-z]{4,10}(?:-[^/]*)?(?:\.html)?\/?$/i;
const RUMBLE = 'https://rumble.com';

/**
 * Rumble videos, from the link in Rumble's embed code (a video page's link carries another id).
 *
 * @accepts `rumble.com/embed/ID/` (with its `?pub=` and `start=`); video pages (`rumble.com/vXXXX-title…`) are explained, not followed
 */
export const data: ProviderData = {
  id: 'rumble',
  name: 'Rumble',
  company: 'Rumble',
  kind: 'video',
  brand: '#85c742',
  privacyPolicy: 'https://rumble.com/s/privacy',
  box: { ratio: '16 / 9' },
  hosts: ['rumble.com'],
  origins: [RUMBLE],
};

export function parse(url: URL): RumbleTarget | null | false {
  const id = EMBED.exec(url.pathname)?.[1];
  if (!id) return PAGE.test(url.pathname) ? false : null;
  if (!ID.test(id)) return null;
  const pub = url.searchParams.get('pub') ?? undefined;
  if (pub !== undefined && !PUB.test(pub)) return null;
  const start = parseStart(url.searchParams.get('start'));
  return { id, ...(pub && { pub }), ...(start && { start }) };
}

export function embed(target: RumbleTarget, { title, autoplay }: EmbedContext): HTMLElement {
  const src = new URL(`/embed/${encodeURIComponent(target.id)}/`, RUMBLE);
  if (target.pub) src.searchParams.set('pub', target.pub);
  if (target.start) src.searchParams.set('start', String(target.start));
  // The player's "play on load" value, as the ARVE WordPress plugin sets it.
  if (autoplay) src.searchParams.set('autoplay', '2');
  return createFrame(data, {
    src,
    title,
    // Rumble's embed code delegates only fullscreen (allowfullscreen here);
    // autoplay lets the click on this embed's button start the video.
    allow: 'autoplay',
    // Videos a creator limits to chosen sites need the page's origin: the ARVE
    // WordPress plugin sends it to Rumble by default ("allow_referrer", for
    // domain-restricted videos); this policy sends the origin, never the path.
    referrerPolicy: 'strict-origin-when-cross-origin',
    // The sandbox ARVE gives every Rumble frame by default.
    sandbox: 'allow-scripts allow-same-origin allow-presentation allow-popups allow-popups-to-escape-sandbox',
  });
}
