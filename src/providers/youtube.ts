import { createFrame, type EmbedContext, type ProviderData } from './provider.js';
import { parseStart } from './url-parts.js';

export interface YouTubeTarget {
  /** The 11-character video id; none for a whole playlist or a channel's live stream. */
  readonly id?: string;
  /** A playlist: the video within it, or the playlist from its start. */
  readonly list?: string;
  /** A channel whose current live stream plays. */
  readonly channel?: string;
  /** Start time in seconds, when the URL gave one. */
  readonly start?: number;
}

// YouTube does not document its id formats; every id it has issued fits these.
const VIDEO_ID = /^[A-Za-z0-9_-]{11}$/;
// Playlists (PL…, OLAK5uy_…, a mix's RD…) and channels (UC…).
const LIST_ID = /^[A-Za-z0-9_-]{12,64}$/;
const CHANNEL_ID = /^UC[A-Za-z0-9_-]{22}$/;
const PATH_ID = /^\/(?:embed|shorts|live|v)\/([^/]+)\/?$/;
const NOCOOKIE = 'https://www.youtube-nocookie.com';

/**
 * YouTube videos, played by the privacy-enhanced youtube-nocookie.com player.
 *
 * @accepts `youtube.com/watch?v=ID`, `youtu.be/ID`, `youtube.com/shorts/ID` (vertical), `/live/ID`, `/embed/ID`, `/embed?v=ID`,
 * `youtube-nocookie.com/embed/ID`, `music.youtube.com/watch?v=ID`; playlists: `/playlist?list=`, `/embed/videoseries?list=`,
 * and a video in its playlist from `list=` beside it; a channel's live stream: `/embed/live_stream?channel=UC…`;
 * start time from `t=90`, `t=1m30s`, `start=90`
 */
export const data: ProviderData = {
  id: 'youtube',
  name: 'YouTube',
  company: 'Google',
  kind: 'video',
  brand: '#ff0000',
  privacyPolicy: 'https://policies.google.com/privacy',
  box: { ratio: '16 / 9' },
  boxes: { '/shorts/': { ratio: '9 / 16' } },
  hosts: ['www.youtube.com', 'youtube.com', 'm.youtube.com', 'music.youtube.com', 'youtu.be', 'www.youtube-nocookie.com', 'youtube-nocookie.com'],
  origins: [NOCOOKIE],
};

function videoId(url: URL): string | null | undefined {
  if (url.hostname === 'youtu.be') return /^\/([^/]+)\/?$/.exec(url.pathname)?.[1];
  if (url.pathname === '/watch' || url.pathname === '/embed') return url.searchParams.get('v');
  return PATH_ID.exec(url.pathname)?.[1];
}

export function parse(url: URL): YouTubeTarget | null {
  const query = url.searchParams;
  const list = query.get('list');
  const path = url.pathname.replace(/\/$/, '');
  // A link to the list itself must name one; beside a video, a list that is no list leaves the video alone.
  if (path === '/playlist' || path === '/embed/videoseries') return list && LIST_ID.test(list) ? { list } : null;
  if (path === '/embed/live_stream') {
    const channel = query.get('channel');
    return channel && CHANNEL_ID.test(channel) ? { channel } : null;
  }
  const id = videoId(url);
  if (!id || !VIDEO_ID.test(id)) return null;
  const hash = new URLSearchParams(url.hash.slice(1));
  const start = parseStart(query.get('t') ?? query.get('start') ?? hash.get('t'));
  return { id, ...(list && LIST_ID.test(list) && { list }), ...(start && { start }) };
}

export function embed(target: YouTubeTarget, { title, autoplay }: EmbedContext): HTMLElement {
  const src = new URL(`/embed/${target.id ? encodeURIComponent(target.id) : target.list ? 'videoseries' : 'live_stream'}`, NOCOOKIE);
  if (target.list) src.searchParams.set('list', target.list);
  if (target.channel) src.searchParams.set('channel', target.channel);
  if (autoplay) src.searchParams.set('autoplay', '1');
  if (target.start) src.searchParams.set('start', String(target.start));
  return createFrame(data, {
    src,
    title,
    // YouTube's own snippet also lists web-share, which browsers without it
    // warn about on every load; the player's share menu works without it.
    allow: 'accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture',
    // YouTube answers "Error 153" to a frame sent no Referer (since July 2025);
    // this sends the page's origin only, never its path.
    referrerPolicy: 'strict-origin-when-cross-origin',
  });
}
