import { createFrame, type EmbedContext, type ProviderData } from './provider.js';
import { pageNumber } from './url-parts.js';

export interface BilibiliTarget {
  /** `bvid` (`BV1…`) or `aid` (the old `av` number), the two ids the player takes. */
  readonly key: 'bvid' | 'aid';
  readonly id: string;
  /** The part of a multi-part video, from 1, when the URL named one. */
  readonly page?: number;
  /** Start time in seconds, when the URL gave one. */
  readonly start?: number;
}

/** `BV1` and nine base-58 digits (no 0, I, O or l). */
const BVID = /^BV1[1-9A-HJ-NP-Za-km-z]{9}$/;
const AID = /^\d{1,17}$/;
/** `/video/BV…` or `/video/av…`: the prefix in any case, as yt-dlp reads it. */
const VIDEO = /^\/video\/(?:([bB][vV])|[aA][vV])([^/]+)\/?$/;
// Bilibili writes start times with decimals (`t=12.5`); the player takes whole seconds.
const SECONDS = /^(\d{1,6})(?:\.\d{1,3})?$/;
const PLAYER = 'https://player.bilibili.com';

function read(key: 'bvid' | 'aid', id: string | null, part: string | null, time: string | null): BilibiliTarget | null {
  if (!id || !(key === 'bvid' ? BVID : AID).test(id)) return null;
  const page = pageNumber(part);
  const start = Number(SECONDS.exec(time ?? '')?.[1] ?? 0);
  return { key, id, ...(page && { page }), ...(start && { start }) };
}

/**
 * Bilibili videos, in Bilibili's outside-site player.
 *
 * @accepts `bilibili.com/video/BV…` or `/video/av…` (also `m.bilibili.com`), `player.bilibili.com/player.html?bvid=…`
 * (or `aid=`); the part from `p=2`, start time from `t=90`; `b23.tv` short links are explained, not followed
 */
export const data: ProviderData = {
  id: 'bilibili',
  name: 'Bilibili',
  company: 'Bilibili',
  kind: 'video',
  brand: '#00a1d6',
  privacyPolicy: 'https://www.bilibili.com/blackboard/privacy-pc.html',
  box: { ratio: '16 / 9' },
  hosts: ['www.bilibili.com', 'bilibili.com', 'm.bilibili.com', 'player.bilibili.com', 'b23.tv'],
  short: ['b23.tv/'],
  origins: [PLAYER],
};

export function parse(url: URL): BilibiliTarget | null {
  const query = url.searchParams;
  if (url.hostname === 'player.bilibili.com') {
    if (url.pathname !== '/player.html') return null;
    // The embed code gives both ids; the bvid is the one the site shows.
    const key = query.has('bvid') ? 'bvid' : 'aid';
    // Older embed codes name the part `page`, newer ones `p`.
    return read(key, query.get(key), query.get('p') ?? query.get('page'), query.get('t'));
  }
  const [, bv, id] = VIDEO.exec(url.pathname) ?? [];
  if (!id) return null;
  return bv ? read('bvid', `BV${id}`, query.get('p'), query.get('t')) : read('aid', id, query.get('p'), query.get('t'));
}

export function embed(target: BilibiliTarget, { title, autoplay }: EmbedContext): HTMLElement {
  const src = new URL('/player.html', PLAYER);
  // Written first by Bilibili's own embed code, as here.
  src.searchParams.set('isOutside', 'true');
  src.searchParams.set(target.key, target.id);
  if (target.page) src.searchParams.set('p', String(target.page));
  if (target.start) src.searchParams.set('t', String(target.start));
  // The player starts on load unless told not to: only a click on this embed should play it.
  src.searchParams.set('autoplay', autoplay ? '1' : '0');
  return createFrame(data, {
    src,
    title,
    // Bilibili's embed code delegates only fullscreen (allowfullscreen here);
    // autoplay lets the click on this embed's button start the video.
    allow: 'autoplay',
    referrerPolicy: 'no-referrer',
    // The Stack Hugo theme plays Bilibili in a sandbox with scripts and same
    // origin; popups (not top navigation) let its links open bilibili.com in a
    // new tab rather than replace the page.
    sandbox: 'allow-scripts allow-same-origin allow-presentation allow-popups allow-popups-to-escape-sandbox',
  });
}
