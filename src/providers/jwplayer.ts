import { createFrame, type EmbedContext, type ProviderData } from './provider.js';

export interface JwPlayerTarget {
  /** The media (or playlist) id: eight letters and digits. */
  readonly media: string;
  /** The account's player that plays it: eight letters and digits too. */
  readonly player: string;
}

// JW's dashboard calls both ids "an 8-digit alphanumeric sequence" (amp-jwplayer's documentation quotes it).
const ID = /^[A-Za-z0-9]{8}$/;
/** `/players/MEDIA-PLAYER.html` (the iframe embed code) or `.js` (the one-line script); `/previews/MEDIA-PLAYER`. */
const PATHS = [/^\/players\/([^/.-]+)(?:-([^/.-]+))?\.(?:html|js)$/, /^\/previews\/([^/.-]+)(?:-([^/.-]+))?\/?$/];
const CDN = 'https://cdn.jwplayer.com';

/**
 * Videos and playlists of JW Player's cloud-hosted players.
 *
 * @accepts `cdn.jwplayer.com/players/MEDIA-PLAYER.html` (or `.js`), `cdn.jwplayer.com/previews/MEDIA-PLAYER`,
 * the same on `content.jwplatform.com`
 */
export const data: ProviderData = {
  id: 'jwplayer',
  name: 'JW Player',
  company: 'JW Player',
  kind: 'video',
  privacyPolicy: 'https://www.jwplayer.com/privacy/',
  box: { ratio: '16 / 9' },
  // content.jwplatform.com is the older name of the same service, still in many embed codes.
  hosts: ['cdn.jwplayer.com', 'content.jwplatform.com'],
  origins: [CDN],
};

export function parse(url: URL): JwPlayerTarget | null | false {
  const [, media, player] = PATHS.map((path) => path.exec(url.pathname)).find(Boolean) ?? [];
  if (!media || !ID.test(media) || (player !== undefined && !ID.test(player))) return null;
  // Without a player, as the media's own preview link is: only the account knows which of its players to use.
  return player ? { media, player } : false;
}

export function embed(target: JwPlayerTarget, { title }: EmbedContext): HTMLElement {
  return createFrame(data, {
    src: new URL(`/players/${target.media}-${target.player}.html`, CDN),
    title,
    // JW's iframe embed code delegates only fullscreen (allowfullscreen here).
    allow: '',
    // Nothing shows the player page needing the embedding page's address.
    referrerPolicy: 'no-referrer',
    // No sandbox: nothing shows JW's player page, with its ads and sharing, working in one.
  });
}
