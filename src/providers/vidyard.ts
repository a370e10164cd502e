import { createFrame, type EmbedContext, type ProviderData } from './provider.js';

export interface VidyardTarget {
  /** The player's UUID: 22 letters, digits, `-` and `_`. */
  readonly uuid: string;
}

// Every UUID seen (Vidyard's API docs, yt-dlp's tests) is 22 base64url characters: 128 bits.
const UUID = /^[A-Za-z0-9_-]{22}$/;
/** `play.vidyard.com/UUID`, also with `.html` (the old iframe code) or `.js` (the old script code). */
const PLAYER = /^\/([^/.]+)(?:\.html|\.js)?\/?$/;
/** `/watch/UUID` on share., video. and a hub's subdomain; `/share/UUID` on embed. and share. (older links). */
const PAGE = /^\/(?:watch|share)\/([^/]+)\/?$/;
const PLAY = 'https://play.vidyard.com';

/**
 * Vidyard videos. A link's `vyetoken` (the tracking token of an emailed link,
 * which names its recipient) is never passed on.
 *
 * @accepts `share.vidyard.com/watch/UUID`, `video.vidyard.com/watch/UUID`, `NAME.hubs.vidyard.com/watch/UUID`,
 * `play.vidyard.com/UUID` (also `.html`, `.js`), `embed.vidyard.com/share/UUID`
 */
export const data: ProviderData = {
  id: 'vidyard',
  name: 'Vidyard',
  company: 'Vidyard',
  kind: 'video',
  privacyPolicy: 'https://www.vidyard.com/privacy/',
  box: { ratio: '16 / 9' },
  // Share pages and hubs live on subdomains of vidyard.com (share., video., NAME.hubs.); the player on play.
  hosts: ['*.vidyard.com'],
  origins: [PLAY],
};

export function parse(url: URL): VidyardTarget | null {
  const path = url.hostname === 'play.vidyard.com' ? PLAYER : PAGE;
  const uuid = path.exec(url.pathname)?.[1];
  return uuid && UUID.test(uuid) ? { uuid } : null;
}

export function embed(target: VidyardTarget, { title, autoplay }: EmbedContext): HTMLElement {
  const src = new URL(`/${encodeURIComponent(target.uuid)}`, PLAY);
  // As Vidyard's own embed code (v4) asks: pop-out calls to action need its script on the page, which is not there.
  src.searchParams.set('disable_popouts', '1');
  src.searchParams.set('type', 'inline');
  if (autoplay) src.searchParams.set('autoplay', '1');
  return createFrame(data, {
    src,
    title,
    // Vidyard's embed code (@vidyard/embed-code) lists these plus fullscreen
    // (allowfullscreen here), clipboard-write and display-capture, left out:
    // playing needs neither copying nor recording the screen.
    allow: 'autoplay; picture-in-picture',
    // Videos limited to chosen domains (the player's whitelisted_embed_domain)
    // are checked against the embedding page's origin, which the player reads
    // from the Referer (Vidyard's embed code sends no-referrer-when-downgrade);
    // this policy sends the origin only, never the path.
    referrerPolicy: 'strict-origin-when-cross-origin',
    // No sandbox: nothing shows Vidyard's player, with its email gates and
    // calls to action, working in one.
  });
}
