import { createFrame, type Provider } from './provider.js';

export interface YouTubeTarget {
  /** The 11-character video id. */
  readonly id: string;
  /** Start time in seconds, when the URL gave one. */
  readonly start?: number;
}

// YouTube does not document the id format; every id it has issued fits this.
const VIDEO_ID = /^[A-Za-z0-9_-]{11}$/;
const PATH_ID = /^\/(?:embed|shorts|live|v)\/([^/]+)\/?$/;
const SECONDS = /^(\d{1,6})s?$/;
const CLOCK = /^(?:(\d{1,3})h)?(?:(\d{1,4})m)?(?:(\d{1,6})s)?$/;
const NOCOOKIE = 'https://www.youtube-nocookie.com';

/** Reads `t=90`, `t=90s`, `t=1m30s`, `t=1h2m3s`, `start=90`; anything else means no start. */
function parseStart(value: string | null): number | undefined {
  if (!value) return undefined;
  const plain = SECONDS.exec(value);
  if (plain) return Number(plain[1]) || undefined;
  const clock = CLOCK.exec(value);
  if (!clock) return undefined;
  const [, h = '0', m = '0', s = '0'] = clock;
  return Number(h) * 3600 + Number(m) * 60 + Number(s) || undefined;
}

function videoId(url: URL): string | null | undefined {
  if (url.hostname === 'youtu.be') return /^\/([^/]+)\/?$/.exec(url.pathname)?.[1];
  if (url.pathname === '/watch') return url.searchParams.get('v');
  return PATH_ID.exec(url.pathname)?.[1];
}

export const youtube: Provider<YouTubeTarget> = {
  id: 'youtube',
  name: 'YouTube',
  company: 'Google',
  kind: 'video',
  privacyPolicy: 'https://policies.google.com/privacy',
  box: { ratio: '16 / 9' },
  boxes: { '/shorts/': { ratio: '9 / 16' } },
  hosts: ['www.youtube.com', 'youtube.com', 'm.youtube.com', 'youtu.be', 'www.youtube-nocookie.com', 'youtube-nocookie.com'],
  origins: [NOCOOKIE],

  parse(url) {
    const id = videoId(url);
    if (!id || !VIDEO_ID.test(id)) return null;
    const hash = new URLSearchParams(url.hash.slice(1));
    const start = parseStart(url.searchParams.get('t') ?? url.searchParams.get('start') ?? hash.get('t'));
    return start ? { id, start } : { id };
  },

  embed(target, { title, autoplay }) {
    const src = new URL(`/embed/${encodeURIComponent(target.id)}`, NOCOOKIE);
    if (autoplay) src.searchParams.set('autoplay', '1');
    if (target.start) src.searchParams.set('start', String(target.start));
    return createFrame(this, {
      src,
      title,
      // YouTube's own snippet also lists web-share, which browsers without it
      // warn about on every load; the player's share menu works without it.
      allow: 'accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture',
      // YouTube answers "Error 153" to a frame sent no Referer (since July 2025);
      // this sends the page's origin only, never its path.
      referrerPolicy: 'strict-origin-when-cross-origin',
    });
  },
};
