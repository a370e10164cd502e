import { createFrame, type EmbedContext, type ProviderData } from './provider.js';
import { parseStart } from './url-parts.js';

export interface VimeoTarget {
  /** The numeric id of the video, or of the showcase or live event it plays. */
  readonly id: string;
  /** A showcase (an album, in older links) or a live event, played by Vimeo's own page for it rather than by one video's player. */
  readonly page?: 'showcase' | 'event';
  /** The privacy hash of an unlisted video (`vimeo.com/ID/HASH`, `?h=HASH`), which the player needs to play it. */
  readonly hash?: string;
  /** Start time in seconds, when the URL gave one. */
  readonly start?: number;
}

// Vimeo's ids are numbers (ten digits today); its unlisted hashes are ten hex digits.
const VIDEO_ID = /^\d{1,12}$/;
const HASH = /^[0-9a-f]{6,20}$/;
const NAME = /^[A-Za-z0-9_-]{1,64}$/;
/** `/ID`, `/ID/HASH`, `/channels/NAME/ID`, `/groups/NAME/videos/ID`, `/showcase/N/video/ID`, `/video/ID` (the player). */
const PATHS = [
  /^\/(\d+)(?:\/([^/]+))?\/?$/,
  /^\/channels\/([^/]+)\/(\d+)\/?$/,
  /^\/groups\/([^/]+)\/videos\/(\d+)\/?$/,
  /^\/(?:showcase|album)\/([^/]+)\/video\/(\d+)\/?$/,
];
/** `/showcase/ID`, `/album/ID` (a showcase's old name), `/event/ID`, each with or without its `/embed`. */
const PAGE = /^\/(showcase|album|event)\/(\d{1,12})(?:\/embed)?\/?$/;
const PLAYER = 'https://player.vimeo.com';
const SITE = 'https://vimeo.com';

/** The id and, for `vimeo.com/ID/HASH`, the hash in the path; null when the path is no video's. */
function videoPath(url: URL): { id: string; hash?: string } | null {
  if (url.hostname === 'player.vimeo.com') {
    const id = /^\/video\/([^/]+)\/?$/.exec(url.pathname)?.[1];
    return id ? { id } : null;
  }
  const [first, second] = PATHS[0]!.exec(url.pathname)?.slice(1) ?? [];
  if (first) return second === undefined ? { id: first } : { id: first, hash: second };
  for (const path of PATHS.slice(1)) {
    const [, name, id] = path.exec(url.pathname) ?? [];
    if (name && id && NAME.test(name)) return { id };
  }
  return null;
}

/**
 * Vimeo videos, played with Do Not Track.
 *
 * @accepts `vimeo.com/ID`, `vimeo.com/ID/HASH` (unlisted), `vimeo.com/channels/NAME/ID`,
 * `vimeo.com/groups/NAME/videos/ID`, `vimeo.com/showcase/N/video/ID`, `player.vimeo.com/video/ID?h=HASH`;
 * showcases `vimeo.com/showcase/ID` (and `/album/ID`), live events `vimeo.com/event/ID`, each also as its `/embed` link;
 * start time from `#t=90`, `#t=1m30s`
 */
export const data: ProviderData = {
  id: 'vimeo',
  name: 'Vimeo',
  company: 'Vimeo',
  kind: 'video',
  brand: '#1ab7ea',
  privacyPolicy: 'https://vimeo.com/privacy',
  box: { ratio: '16 / 9' },
  hosts: ['vimeo.com', 'www.vimeo.com', 'player.vimeo.com'],
  // A showcase or an event is a page of vimeo.com, which plays in the player.
  origins: [PLAYER, SITE],
};

export function parse(url: URL): VimeoTarget | null {
  const [, page, id] = (url.hostname !== 'player.vimeo.com' && PAGE.exec(url.pathname)) || [];
  if (page && id) return { id, page: page === 'event' ? 'event' : 'showcase' };
  const path = videoPath(url);
  if (!path || !VIDEO_ID.test(path.id)) return null;
  const hash = path.hash ?? url.searchParams.get('h') ?? undefined;
  if (hash !== undefined && !HASH.test(hash)) return null;
  const start = parseStart(new URLSearchParams(url.hash.slice(1)).get('t'));
  return { id: path.id, ...(hash ? { hash } : {}), ...(start ? { start } : {}) };
}

export function embed(target: VimeoTarget, { title, autoplay }: EmbedContext): HTMLElement {
  const id = encodeURIComponent(target.id);
  const src = target.page ? new URL(`/${target.page}/${id}/embed`, SITE) : new URL(`/video/${id}`, PLAYER);
  if (target.hash) src.searchParams.set('h', target.hash);
  // Do Not Track: the player sets no tracking cookies and sends no analytics of the session.
  src.searchParams.set('dnt', '1');
  if (autoplay) src.searchParams.set('autoplay', '1');
  if (target.start) src.hash = `t=${target.start}s`;
  return createFrame(data, {
    src,
    title,
    // Vimeo's own embed code lists these plus fullscreen (allowfullscreen here)
    // and web-share, left out as for YouTube.
    allow: 'autoplay; clipboard-write; encrypted-media; picture-in-picture',
    // Videos limited to chosen domains answer "Because of its privacy settings,
    // this video cannot be played here" to a frame sent no Referer
    // (vimeo/player.js#691, muxinc/media-elements#207); Vimeo's own embed code
    // sets this policy, which sends the page's origin only, never its path.
    referrerPolicy: 'strict-origin-when-cross-origin',
    // The sandbox the ARVE WordPress plugin gives every Vimeo frame by default;
    // allow-forms for the password form of protected videos.
    sandbox: 'allow-scripts allow-same-origin allow-presentation allow-popups allow-popups-to-escape-sandbox allow-forms',
  });
}
