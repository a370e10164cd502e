import { createFrame, type EmbedContext, type ProviderData } from './provider.js';

export interface GiphyTarget {
  /** The id of the GIF, sticker or clip. */
  readonly id: string;
  /** A clip (a video with sound): GIPHY's embed code plays one from `/embed/ID/video`. */
  readonly clip?: boolean;
}

// GIPHY's ids are letters and digits, 13 to 18 of them in the links seen; a page's title words come before the id.
// At least 10 here, so that a title word (`/gifs/happy-birthday`) is never read as one.
/** `/gifs/title-words-ID` (also `/fullscreen`), `/stickers/…`, `/clips/…` and `/videos/…` (clips' old name); the title is optional. */
const PAGE = /^\/(gifs|stickers|clips|videos)\/(?:[\w-]{0,200}-)?([A-Za-z0-9]{10,32})(?:\/fullscreen)?\/?$/;
/** The embed code's `/embed/ID`, and `/embed/ID/video` for a clip. */
const EMBED = /^\/embed\/([A-Za-z0-9]{10,32})(\/video)?\/?$/;
/** Files: `/media/ID/giphy.gif` (after a `v1.…` token in newer links), `i.giphy.com/ID.webp`. */
const FILES = [
  /^\/media\/(?:v1\.[\w.+=-]{1,400}\/)?([A-Za-z0-9]{10,32})\/[\w-]{1,40}\.(?:gif|webp|mp4)$/,
  /^\/([A-Za-z0-9]{10,32})\.(?:gif|webp|mp4)$/,
];
const GIPHY = 'https://giphy.com';

/**
 * GIPHY GIFs, stickers and clips, in GIPHY's embed frame.
 *
 * @accepts `giphy.com/gifs/title-ID`, `/stickers/title-ID`, `/clips/title-ID`, `giphy.com/embed/ID`,
 * files on `media.giphy.com/media/ID/…` (also `media0`–`media4`, `i.giphy.com/ID.gif`); `gph.is` short links are
 * explained, not followed
 */
export const data: ProviderData = {
  id: 'giphy',
  name: 'GIPHY',
  company: 'GIPHY (Shutterstock)',
  kind: 'image',
  brand: '#ff6666',
  // Redirects to the policy on support.giphy.com.
  privacyPolicy: 'https://giphy.com/privacy',
  // GIPHY's embed code sizes the frame to each GIF; s9e/TextFormatter's GIPHY embed defaults to 640 × 360.
  box: { ratio: '16 / 9' },
  // Files are on media.giphy.com, media0 to media4 and i.giphy.com.
  hosts: ['giphy.com', '*.giphy.com', 'gph.is'],
  short: ['gph.is/'],
  origins: [GIPHY],
};

export function parse(url: URL): GiphyTarget | null {
  const { pathname } = url;
  const [, kind, page] = PAGE.exec(pathname) ?? [];
  if (page) return kind === 'clips' || kind === 'videos' ? { id: page, clip: true } : { id: page };
  const [, embedded, video] = EMBED.exec(pathname) ?? [];
  if (embedded) return video ? { id: embedded, clip: true } : { id: embedded };
  const file = FILES.map((form) => form.exec(pathname)?.[1]).find(Boolean);
  return file ? { id: file } : null;
}

export function embed(target: GiphyTarget, { title }: EmbedContext): HTMLElement {
  const src = new URL(`/embed/${encodeURIComponent(target.id)}${target.clip ? '/video' : ''}`, GIPHY);
  return createFrame(data, {
    src,
    title,
    // GIPHY's embed code delegates only fullscreen (allowfullscreen here).
    allow: '',
    referrerPolicy: 'no-referrer',
    // No sandbox: there is no evidence that the embed works in one.
  });
}
