import { createFrame, type EmbedContext, type ProviderData } from './provider.js';

export interface SoundCloudTarget {
  /**
   * What the widget plays, as SoundCloud's own embed code names it: the page
   * `https://soundcloud.com/user/track` (or `/user/sets/set`), or the API
   * resource `https://api.soundcloud.com/tracks/soundcloud%3Atracks%3AID`.
   */
  readonly resource: string;
}

const WIDGET = 'https://w.soundcloud.com';
const NAME = /^[A-Za-z0-9_-]{1,100}$/;
const SLUG = /^[A-Za-z0-9_-]{1,255}$/;
/** Private links end in a secret token: `/user/track/s-AbC12`. */
const SECRET = /^s-[A-Za-z0-9]{1,40}$/;
/** First path segments that are SoundCloud's own pages, not accounts. */
const RESERVED_USERS = new Set(['discover', 'stream', 'search', 'charts', 'upload', 'you', 'settings', 'pages', 'messages', 'notifications', 'stations', 'tags', 'people', 'feed', 'jobs', 'mobile', 'player', 'oembed']);
/** Second segments that are tabs of a profile, not tracks. */
const PROFILE_TABS = new Set(['likes', 'followers', 'following', 'reposts', 'tracks', 'albums', 'sets', 'popular-tracks', 'comments', 'spotlight', 'playlists']);
/** The API form inside a widget URL, once decoded: `tracks/123`, `tracks/soundcloud:tracks:123?secret_token=s-…`; a URN of the other kind is no resource. */
const API = /^\/(tracks|playlists)\/(?:soundcloud:\1:)?(\d{1,20})(?:\?secret_token=(s-[A-Za-z0-9]{1,40}))?$/;

/** `/user/track`, `/user/sets/set`, each optionally with a secret token. */
function fromPage(pathname: string): SoundCloudTarget | null {
  const parts = pathname.replace(/\/$/, '').split('/').slice(1);
  const secret = parts.length > 2 && SECRET.test(parts.at(-1)!) ? parts.pop() : undefined;
  const [user, ...rest] = parts;
  const isSet = rest.length === 2 && rest[0] === 'sets';
  const slug = isSet ? rest[1] : rest.length === 1 ? rest[0] : undefined;
  if (!user || !slug || !NAME.test(user) || !SLUG.test(slug) || RESERVED_USERS.has(user.toLowerCase())) return null;
  if (!isSet && PROFILE_TABS.has(slug.toLowerCase())) return null;
  const path = [user, ...(isSet ? ['sets'] : []), slug, ...(secret ? [secret] : [])].join('/');
  return { resource: `https://soundcloud.com/${path}` };
}

/** The `url=` of a widget URL: a page, or an API resource by number. */
function fromWidget(value: string | null): SoundCloudTarget | null {
  if (!value || !URL.canParse(value)) return null;
  const inner = new URL(value);
  // Older embed code names the resource over http; it is read the same way.
  if ((inner.protocol !== 'https:' && inner.protocol !== 'http:') || inner.username || inner.password || inner.port) return null;
  if (['soundcloud.com', 'www.soundcloud.com', 'm.soundcloud.com'].includes(inner.hostname)) return fromPage(inner.pathname);
  if (inner.hostname !== 'api.soundcloud.com') return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(inner.pathname) + inner.search;
  } catch {
    return null;
  }
  const [, kind, id, secret] = API.exec(decoded) ?? [];
  if (!kind || !id) return null;
  // SoundCloud's current embed code names every resource by its URN, the
  // query inside it escaped once more; that is the form rebuilt here.
  const urn = `soundcloud:${kind}:${id}${secret ? `?secret_token=${secret}` : ''}`;
  return { resource: `https://api.soundcloud.com/${kind}/${encodeURIComponent(urn)}` };
}

/**
 * SoundCloud tracks and sets, in SoundCloud's widget.
 *
 * @accepts `soundcloud.com/user/track`, `soundcloud.com/user/sets/set` (with a secret `/s-…` token), `w.soundcloud.com/player/?url=…`;
 * `on.soundcloud.com` short links are explained, not followed
 */
export const data: ProviderData = {
  id: 'soundcloud',
  name: 'SoundCloud',
  company: 'SoundCloud',
  kind: 'audio',
  brand: '#ff5500',
  privacyPolicy: 'https://soundcloud.com/pages/privacy',
  // SoundCloud's embed code: 166 px for a track, 450 px for a playlist, in the classic (visual=false) player.
  box: { height: 166 },
  boxes: { '/sets/': { height: 450 } },
  hosts: ['soundcloud.com', 'www.soundcloud.com', 'm.soundcloud.com', 'w.soundcloud.com', 'on.soundcloud.com'],
  short: ['on.soundcloud.com/'],
  origins: [WIDGET],
};

export function parse(url: URL): SoundCloudTarget | null {
  if (url.hostname === 'w.soundcloud.com') {
    return /^\/player\/?$/.test(url.pathname) ? fromWidget(url.searchParams.get('url')) : null;
  }
  return fromPage(url.pathname);
}

export function embed(target: SoundCloudTarget, { title, autoplay }: EmbedContext): HTMLElement {
  const src = new URL('/player/', WIDGET);
  src.searchParams.set('url', target.resource);
  if (autoplay) src.searchParams.set('auto_play', 'true');
  src.searchParams.set('visual', 'false');
  return createFrame(data, {
    src,
    title,
    // SoundCloud's embed code asks for autoplay alone.
    allow: 'autoplay',
    referrerPolicy: 'no-referrer',
  });
}
