import { createFrame, type EmbedContext, type ProviderData } from './provider.js';
import { messageData } from './url-parts.js';

export interface ImgurTarget {
  /** The post's id: an image's, or an album's. */
  readonly id: string;
  /** An album; a gallery post is one. */
  readonly album?: boolean;
}

// Imgur's ids are 7 letters and digits (5 on older posts).
/** `/a/ID` and `/gallery/ID`, each also as `/title-words-ID`; a tag's `/t/TAG/title-words-ID`; the embed code's `/a/ID/embed`. */
const ALBUM = /^\/(?:a|gallery|t\/[\w-]{1,100})\/(?:[\w-]{0,200}-)?([A-Za-z0-9]{7}|[A-Za-z0-9]{5})(?:\/embed)?\/?$/;
/** An image's page `/ID`, and the embed code's `/ID/embed`. */
const IMAGE = /^\/([A-Za-z0-9]{7}|[A-Za-z0-9]{5})(?:\/embed)?\/?$/;
/** `i.imgur.com/ID.jpg`; a letter after the id picks a thumbnail of the same image. */
const FILE = /^\/([A-Za-z0-9]{7}|[A-Za-z0-9]{5})[sbtmlh]?\.(?:jpe?g|png|gif|gifv|mp4|webp)$/;
/**
 * Imgur's own pages (`/upload`, `/random`, `/privacy`) and a title's last word sit where an id does, as lowercase
 * words; ids mix both cases and digits. The few ids of lowercase letters alone are refused with them, a price paid
 * for not keeping a list of Imgur's pages that goes stale; their `i.imgur.com` file link still works.
 */
const WORD = /^[a-z]+$/;
const IMGUR = 'https://imgur.com';

/** Reads Imgur's `{"message": "resize_imgur", "height": 512, …}`, sent as JSON (or an object). */
function resizeHeight(data: unknown): number | undefined {
  const message = messageData(data);
  const { message: kind, height } = (message ?? {}) as { message?: unknown; height?: unknown };
  return kind === 'resize_imgur' && typeof height === 'number' ? height : undefined;
}

/**
 * Imgur images and albums, in Imgur's embed frame.
 *
 * @accepts `imgur.com/ID`, `imgur.com/a/ID`, `imgur.com/gallery/ID` (each also `/title-words-ID`, `/t/tag/title-ID`),
 * `i.imgur.com/ID.jpg` (any of its files), the embed code's `imgur.com/a/ID/embed`
 */
export const data: ProviderData = {
  id: 'imgur',
  name: 'Imgur',
  company: 'Imgur (MediaLab)',
  kind: 'image',
  brand: '#1bb76e',
  privacyPolicy: 'https://imgur.com/privacy',
  // Imgur's embed.js gives its frame 500 px until the frame reports its height.
  box: { height: 500 },
  hosts: ['imgur.com', 'www.imgur.com', 'm.imgur.com', 'i.imgur.com'],
  origins: [IMGUR],
};

export function parse(url: URL): ImgurTarget | null {
  const { pathname } = url;
  if (url.hostname === 'i.imgur.com') {
    const id = FILE.exec(pathname)?.[1];
    return id ? { id } : null;
  }
  const album = ALBUM.exec(pathname)?.[1];
  if (album) return WORD.test(album) ? null : { id: album, album: true };
  const id = IMAGE.exec(pathname)?.[1];
  return id && !WORD.test(id) ? { id } : null;
}

export function embed(target: ImgurTarget, { title }: EmbedContext): HTMLElement {
  const src = new URL(`${target.album ? '/a' : ''}/${encodeURIComponent(target.id)}/embed`, IMGUR);
  // What embed.js builds for a published post (its `imgur-embed-pub` blockquote), without
  // the `ref` it adds, which tells Imgur the page's origin.
  src.searchParams.set('pub', 'true');
  return createFrame(data, {
    src,
    title,
    // embed.js delegates only fullscreen (allowfullscreen here).
    allow: '',
    referrerPolicy: 'no-referrer',
    // No sandbox: there is no evidence that the embed works in one.
    // The frame reports its height unprompted (embed.js and amp-imgur read "resize_imgur" from https://imgur.com).
    resize: { height: resizeHeight },
  });
}
