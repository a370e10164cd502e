import { createFrame, type EmbedContext, type ProviderData } from './provider.js';
import { parseStart } from './url-parts.js';

export type TwitchTarget =
  /**
   * A past broadcast, highlight or upload, with its start time in seconds when the URL gave one,
   * and the collection it was opened in, which plays on after it.
   */
  | { readonly type: 'video'; readonly id: string; readonly start?: number; readonly collection?: string }
  /** A collection (a playlist of videos), from its start. */
  | { readonly type: 'collection'; readonly collection: string }
  /** A channel's live stream. */
  | { readonly type: 'channel'; readonly name: string }
  | { readonly type: 'clip'; readonly slug: string };

const VIDEO_ID = /^\d{1,12}$/;
// Twitch logins: 4 to 25 letters, digits and underscores (a few old ones are shorter).
const CHANNEL = /^[A-Za-z0-9_]{1,25}$/;
const CLIP = /^[A-Za-z0-9_-]{1,100}$/;
// Every collection id seen in links is 14 base64url characters.
const COLLECTION = /^[A-Za-z0-9_-]{14}$/;
/** First path pieces of twitch.tv that are pages of the site, not channels. */
const NOT_CHANNELS = new Set([
  'clip', 'collections', 'directory', 'downloads', 'drops', 'embed', 'friends', 'inventory', 'jobs', 'login', 'messages',
  'p', 'popout', 'search', 'settings', 'signup', 'subscriptions', 'turbo', 'videos', 'wallet',
]);
const PLAYER = 'https://player.twitch.tv';
const CLIPS = 'https://clips.twitch.tv';

/** The player's `time` format: `1h2m3s`. */
function clock(seconds: number): string {
  return `${Math.floor(seconds / 3600)}h${Math.floor(seconds / 60) % 60}m${seconds % 60}s`;
}

function video(id: string | null | undefined, time: string | null, list: string | null): TwitchTarget | null {
  // The player's own `video=v123` form carries a `v`.
  const digits = id?.replace(/^v/, '');
  if (!digits || !VIDEO_ID.test(digits)) return null;
  // A collection that is not one is refused, not dropped: the link asked for what plays next.
  if (list !== null && !COLLECTION.test(list)) return null;
  const start = parseStart(time);
  return { type: 'video', id: digits, ...(start && { start }), ...(list !== null && { collection: list }) };
}

function collection(id: string | null | undefined): TwitchTarget | null {
  return id && COLLECTION.test(id) ? { type: 'collection', collection: id } : null;
}

function clip(slug: string | null | undefined): TwitchTarget | null {
  return slug && CLIP.test(slug) ? { type: 'clip', slug } : null;
}

function channel(name: string | null | undefined): TwitchTarget | null {
  const login = name?.toLowerCase();
  return login && CHANNEL.test(login) && !NOT_CHANNELS.has(login) ? { type: 'channel', name: login } : null;
}

/**
 * Twitch videos, collections, live channels and clips; Twitch is told the page's host name, which it requires.
 *
 * @accepts `twitch.tv/videos/ID` (also `?collection=ID`), `twitch.tv/collections/ID`, `twitch.tv/NAME` (live),
 * `clips.twitch.tv/SLUG`, `twitch.tv/NAME/clip/SLUG`, `m.twitch.tv/clip/SLUG`, `player.twitch.tv/?video=ID`, `?collection=ID`
 * or `?channel=NAME`, `clips.twitch.tv/embed?clip=SLUG`; start time of videos from `t=1h2m3s`
 */
export const data: ProviderData = {
  id: 'twitch',
  name: 'Twitch',
  company: 'Twitch (Amazon)',
  kind: 'video',
  brand: '#9146ff',
  privacyPolicy: 'https://www.twitch.tv/p/legal/privacy-notice/',
  box: { ratio: '16 / 9' },
  hosts: ['www.twitch.tv', 'twitch.tv', 'm.twitch.tv', 'clips.twitch.tv', 'player.twitch.tv'],
  origins: [PLAYER, CLIPS],
};

export function parse(url: URL): TwitchTarget | null {
  const { hostname, pathname, searchParams: query } = url;
  if (hostname === 'player.twitch.tv') {
    if (pathname !== '/') return null;
    if (query.has('video')) return video(query.get('video'), query.get('time'), query.get('collection'));
    return query.has('collection') ? collection(query.get('collection')) : channel(query.get('channel'));
  }
  if (hostname === 'clips.twitch.tv') {
    return pathname === '/embed' ? clip(query.get('clip')) : clip(/^\/([^/]+)\/?$/.exec(pathname)?.[1]);
  }
  const vod = /^\/videos\/([^/]+)\/?$/.exec(pathname);
  if (vod) return video(vod[1], query.get('t'), query.get('collection'));
  const list = /^\/collections\/([^/]+)\/?$/.exec(pathname)?.[1];
  if (list) return collection(list);
  // The mobile site's clips have no channel in their path.
  const [, name, slug] = /^\/(?:([^/]+)\/)?clip\/([^/]+)\/?$/.exec(pathname) ?? [];
  if (slug) return name === undefined || channel(name) ? clip(slug) : null;
  return channel(/^\/([^/]+)\/?$/.exec(pathname)?.[1]);
}

export function embed(target: TwitchTarget, { title, autoplay, host }: EmbedContext): HTMLElement {
  const src = new URL(target.type === 'clip' ? '/embed' : '/', target.type === 'clip' ? CLIPS : PLAYER);
  if (target.type === 'video') src.searchParams.set('video', target.id);
  if (target.type === 'channel') src.searchParams.set('channel', target.name);
  if (target.type === 'clip') src.searchParams.set('clip', target.slug);
  // With a video, the player starts the collection at it.
  if ('collection' in target && target.collection) src.searchParams.set('collection', target.collection);
  // Twitch serves its player only to the page named here (its frame-ancestors
  // policy is built from it) and answers "[NoParent]" without it.
  src.searchParams.set('parent', host);
  if (target.type === 'video' && target.start) src.searchParams.set('time', clock(target.start));
  // The player starts on load unless told not to: only a click on this embed should play it.
  src.searchParams.set('autoplay', String(autoplay));
  return createFrame(data, {
    src,
    title,
    allow: 'autoplay',
    // The parent check is the frame-ancestors policy above, not the Referer;
    // the ARVE WordPress plugin embeds Twitch with no-referrer by default.
    referrerPolicy: 'no-referrer',
    // The sandbox ARVE gives every Twitch frame by default; popups for its
    // sign-in and follow buttons.
    sandbox: 'allow-scripts allow-same-origin allow-presentation allow-popups allow-popups-to-escape-sandbox',
  });
}
