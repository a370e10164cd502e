import { createFrame, type EmbedContext, type ProviderData } from './provider.js';

export interface FlickrTarget {
  /** The owner named in the link: a chosen name, or an account id (`12345678@N04`); `_` for a short link, which names none. */
  readonly user: string;
  /** The photo's id, or the album's. */
  readonly id: string;
  readonly album?: boolean;
}

const USER = /^(?:\d{1,15}@N\d{2}|[A-Za-z0-9_-]{1,64})$/;
/** `/photos/USER/ID`, with the list it was opened in (`/in/album-ID`), `/lightbox`, or the embed code's `/player`. */
const PHOTO = /^\/photos\/([^/]+)\/(\d{1,20})(?:\/in\/[\w@.-]{1,2000})?(?:\/lightbox|\/player)?\/?$/;
/** `/photos/USER/albums/ID` (`/sets/`, their old name), also opened at a photo (`/with/ID`) or as the embed code's `/player`. */
const ALBUM = /^\/photos\/([^/]+)\/(?:albums|sets)\/(\d{1,20})(?:\/with\/\d{1,20}|\/player)?\/?$/;
/** flic.kr/p/ links are the photo's id in base 58 (Flickr's API group, discuss/72157616713786392). */
const SHORT = /^\/p\/([1-9a-km-zA-HJ-NP-Z]{1,9})\/?$/;
const BASE58 = '123456789abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ';
const FLICKR = 'https://www.flickr.com';

/**
 * Flickr photos and albums, in the player page of Flickr's frame embed code (the `/player/` form), not its
 * script (embedr.flickr.com), which would run in the site's page.
 *
 * @accepts `flickr.com/photos/USER/ID` (also `/in/…`, `/lightbox`), `flickr.com/photos/USER/albums/ID` (also `/sets/ID`),
 * the embed code's `…/player/`, `flic.kr/p/CODE`; album short links `flic.kr/s/…` are explained, not followed
 */
export const data: ProviderData = {
  id: 'flickr',
  name: 'Flickr',
  company: 'Flickr (SmugMug)',
  kind: 'image',
  brand: '#0063dc',
  privacyPolicy: 'https://www.flickr.com/help/privacy',
  // Flickr's embed code sizes the frame to each photo, most often 4:3 (640 × 480).
  box: { ratio: '4 / 3' },
  hosts: ['www.flickr.com', 'flickr.com', 'flic.kr'],
  // An album's short link is its id in base 58, but its player needs the owner, which only Flickr knows.
  short: ['flic.kr/s/'],
  origins: [FLICKR],
};

export function parse(url: URL): FlickrTarget | null {
  if (url.hostname === 'flic.kr') {
    const code = SHORT.exec(url.pathname)?.[1];
    if (!code) return null;
    let id = 0;
    for (const digit of code) id = id * 58 + BASE58.indexOf(digit);
    // The player finds the photo by its id alone, under any owner name (s9e/TextFormatter embeds `/photos/_/ID/player/`).
    return { user: '_', id: String(id) };
  }
  const [, user, id] = PHOTO.exec(url.pathname) ?? [];
  if (user && id) return USER.test(user) ? { user, id } : null;
  const [, owner, album] = ALBUM.exec(url.pathname) ?? [];
  return owner && album && USER.test(owner) ? { user: owner, id: album, album: true } : null;
}

export function embed(target: FlickrTarget, { title }: EmbedContext): HTMLElement {
  // The owner is kept as written: it is checked to letters, digits, `_`, `-` and `@`, and Flickr reads `12345678@N04` so.
  const src = new URL(`/photos/${target.user}/${target.album ? 'albums/' : ''}${encodeURIComponent(target.id)}/player/`, FLICKR);
  return createFrame(data, {
    src,
    title,
    // Flickr's embed code delegates only fullscreen (allowfullscreen here).
    allow: '',
    referrerPolicy: 'no-referrer',
    // No sandbox: there is no evidence that the player works in one.
  });
}
