import { createFrame, type EmbedContext, type ProviderData } from './provider.js';

export interface BrightcoveTarget {
  /** The Video Cloud account: digits. */
  readonly account: string;
  /** The player (`default`, or an id Brightcove gave it). */
  readonly player: string;
  /** `default` for a player of its own, or the parent player of a child one. */
  readonly embed: string;
  /** What it plays: a video or a playlist, by id or `ref:` reference id; a playlist may start at one of its videos. */
  readonly item: { readonly videoId: string } | { readonly playlistId: string; readonly playlistVideoId?: string };
}

const ACCOUNT = /^\d{1,20}$/;
/**
 * `/ACCOUNT/PLAYER_EMBED/index.html`; `index.min.js` is the player script of the advanced embed code.
 * A player id may hold `_` itself (`rk_xT6dVe_default`): the embed, which never does, is what follows the last one.
 */
const PATH = /^\/([^/]+)\/([A-Za-z0-9_-]{1,40})_([A-Za-z0-9-]{1,40})\/index\.(html|min\.js)$/;
/** A numeric id, or a reference id the account chose, which Brightcove writes `ref:ID`. */
const ID = /^(?:\d{1,20}|ref:[A-Za-z0-9._-]{1,150})$/;
const PLAYERS = 'https://players.brightcove.net';

/**
 * Brightcove Video Cloud videos and playlists, in the account's own player.
 *
 * @accepts `players.brightcove.net/ACCOUNT/PLAYER_default/index.html?videoId=ID` (or `?playlistId=ID`, `ref:` ids too);
 * `bcove.video` short links are explained, not followed
 */
export const data: ProviderData = {
  id: 'brightcove',
  name: 'Brightcove',
  company: 'Brightcove',
  kind: 'video',
  privacyPolicy: 'https://www.brightcove.com/en/legal/brightcove-privacy-policies/',
  box: { ratio: '16 / 9' },
  hosts: ['players.brightcove.net', 'bcove.video'],
  // Brightcove's share links (its oEmbed lists them).
  short: ['bcove.video/'],
  origins: [PLAYERS],
};

/** An id the URL gave, checked; undefined when absent, null when malformed. */
function id(url: URL, name: string): string | null | undefined {
  const value = url.searchParams.get(name);
  return value === null ? undefined : ID.test(value) ? value : null;
}

export function parse(url: URL): BrightcoveTarget | null | false {
  const [, account, player, embed, file] = PATH.exec(url.pathname) ?? [];
  if (!account || !player || !embed || !ACCOUNT.test(account)) return null;
  const [videoId, playlistId, playlistVideoId] = [id(url, 'videoId'), id(url, 'playlistId'), id(url, 'playlistVideoId')];
  if (videoId === null || playlistId === null || playlistVideoId === null) return null;
  // The player itself (its script, or its page without an item): the embed code's link names what it plays.
  if (file !== 'html' || (!videoId && !playlistId)) return false;
  // A link that names both plays the playlist, as amp-brightcove documents.
  const item = playlistId ? { playlistId, ...(playlistVideoId ? { playlistVideoId } : {}) } : { videoId: videoId! };
  return { account, player, embed, item };
}

export function embed(target: BrightcoveTarget, { title }: EmbedContext): HTMLElement {
  const src = new URL(`/${target.account}/${target.player}_${target.embed}/index.html`, PLAYERS);
  // Set by hand: a `ref:` id keeps its colon, as Brightcove writes it (and AMP's player sends it); each part is checked above.
  src.search = Object.entries(target.item).map(([name, value]) => `${name}=${value}`).join('&');
  return createFrame(data, {
    src,
    title,
    // Brightcove's Player Loader gives its frames these plus fullscreen
    // (allowfullscreen here); encrypted-media plays DRM-protected videos.
    allow: 'autoplay; encrypted-media',
    // Nothing shows the player needing the page's address; the ARVE WordPress
    // plugin embeds Brightcove with no-referrer by default.
    referrerPolicy: 'no-referrer',
    // The sandbox ARVE gives every Brightcove frame by default.
    sandbox: 'allow-scripts allow-same-origin allow-presentation allow-popups allow-popups-to-escape-sandbox',
  });
}
