import { createFrame, type EmbedContext, type ProviderData } from './provider.js';
import { parseStart } from './url-parts.js';

export interface YouTubeTarget {
  /** The 11-character video id. */
  readonly id: string;
  /** Start time in seconds, when the URL gave one. */
  readonly start?: number;
}

// YouTube does not document the id format; every id it has issued fits this.
const VIDEO_ID = /^[A-Za-z0-9_-]{11}$/;
const PATH_ID = /^\/(?:embed|shorts|live|v)\/([^/]+)\/?$/;
const NOCOOKIE = 'https://www.youtube-nocookie.com';

/**
 * YouTube videos, played by the privacy-enhanced youtube-nocookie.com player.
 *
 * @accepts `youtube.com/watch?v=ID`, `youtu.be/ID`, `youtube.com/shorts/ID` (vertical), `/live/ID`, `/embed/ID`,
 * `youtube-nocookie.com/embed/ID`; start time from `t=90`, `t=1m30s`, `start=90`
 */
export const data: ProviderData = {
  id: 'youtube',
  name: 'YouTube',
  company: 'Google',
  kind: 'video',
  privacyPolicy: 'https://policies.google.com/privacy',
  box: { ratio: '16 / 9' },
  boxes: { '/shorts/': { ratio: '9 / 16' } },
  hosts: ['www.youtube.com', 'youtube.com', 'm.youtube.com', 'youtu.be', 'www.youtube-nocookie.com', 'youtube-nocookie.com'],
  origins: [NOCOOKIE],
};

function videoId(url: URL): string | null | undefined {
  if (url.hostname === 'youtu.be') return /^\/([^/]+)\/?$/.exec(url.pathname)?.[1];
  if (url.pathname === '/watch') return url.searchParams.get('v');
  return PATH_ID.exec(url.pathname)?.[1];
}

export function parse(url: URL): YouTubeTarget | null {
  const id = videoId(url);
  if (!id || !VIDEO_ID.test(id)) return null;
  const hash = new URLSearchParams(url.hash.slice(1));
  const start = parseStart(url.searchParams.get('t') ?? url.searchParams.get('start') ?? hash.get('t'));
  return start ? { id, start } : { id };
}

export function embed(target: YouTubeTarget, { title, autoplay }: EmbedContext): HTMLElement {
  const src = new URL(`/embed/${encodeURIComponent(target.id)}`, NOCOOKIE);
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
