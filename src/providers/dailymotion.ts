import { createFrame, type EmbedContext, type ProviderData } from './provider.js';

export interface DailymotionTarget {
  /** The video id: `x` and letters or digits for public videos, `k…` for private ones. */
  readonly id: string;
  /** Start time in seconds, when the URL gave one. */
  readonly start?: number;
}

const VIDEO_ID = /^[A-Za-z0-9]{4,25}$/;
/** `/video/ID` (old links add `_title-slug`), `/embed/video/ID`. */
const PATH_ID = /^\/(?:embed\/)?video\/([A-Za-z0-9]+)(?:_[A-Za-z0-9_-]{0,200})?\/?$/;
/** The player pages of geo.dailymotion.com: the default one, or a site's own `player/PLAYER_ID.html`. */
const GEO_PLAYER = /^\/(?:player|player\/[A-Za-z0-9]{1,20})\.html$/;
const SECONDS = /^\d{1,6}$/;
const GEO = 'https://geo.dailymotion.com';

function videoId(url: URL): string | null | undefined {
  if (url.hostname === 'dai.ly') return /^\/([^/]+)\/?$/.exec(url.pathname)?.[1];
  if (url.hostname === 'geo.dailymotion.com') return GEO_PLAYER.test(url.pathname) ? url.searchParams.get('video') : null;
  return PATH_ID.exec(url.pathname)?.[1];
}

/**
 * Dailymotion videos, played by Dailymotion's default player.
 *
 * @accepts `dailymotion.com/video/ID`, `dai.ly/ID`, `dailymotion.com/embed/video/ID`,
 * `geo.dailymotion.com/player.html?video=ID` (or a site's `player/PLAYER.html`); start time from `start=90`, `startTime=90`
 */
export const data: ProviderData = {
  id: 'dailymotion',
  name: 'Dailymotion',
  company: 'Dailymotion',
  kind: 'video',
  brand: '#0a0a0a',
  privacyPolicy: 'https://legal.dailymotion.com/en/privacy-policy/',
  box: { ratio: '16 / 9' },
  hosts: ['www.dailymotion.com', 'dailymotion.com', 'dai.ly', 'geo.dailymotion.com'],
  origins: [GEO],
};

export function parse(url: URL): DailymotionTarget | null {
  const id = videoId(url);
  if (!id || !VIDEO_ID.test(id)) return null;
  // `start` on shared links and the old player, `startTime` on the new one: whole seconds.
  const time = url.searchParams.get('startTime') ?? url.searchParams.get('start');
  const start = time && SECONDS.test(time) ? Number(time) : 0;
  return start ? { id, start } : { id };
}

export function embed(target: DailymotionTarget, { title, autoplay }: EmbedContext): HTMLElement {
  // The player Dailymotion's own share dialog embeds, without a site's player id.
  const src = new URL('/player.html', GEO);
  src.searchParams.set('video', target.id);
  if (target.start) src.searchParams.set('startTime', String(target.start));
  if (autoplay) src.searchParams.set('autoplay', 'true');
  return createFrame(data, {
    src,
    title,
    // Dailymotion's iframe guide lists these plus fullscreen (allowfullscreen
    // here) and web-share, left out as for YouTube.
    allow: 'autoplay; picture-in-picture',
    // Nothing in the player needs the page's address; the ARVE WordPress plugin
    // loads this same player with no-referrer by default.
    referrerPolicy: 'no-referrer',
    // The sandbox ARVE gives every Dailymotion frame by default.
    sandbox: 'allow-scripts allow-same-origin allow-presentation allow-popups allow-popups-to-escape-sandbox',
  });
}
