import { createFrame, type EmbedContext, type ProviderData } from './provider.js';
import { pathName } from './url-parts.js';

export interface MixcloudTarget {
  readonly user: string;
  /** The show (cloudcast) slug. */
  readonly show: string;
  /** `light=1` of a widget URL: the light theme. */
  readonly light?: boolean;
}

/** Mixcloud moved its widget here from www.mixcloud.com/widget/iframe/, which now redirects (cookpete/react-player#1673). */
const WIDGET = 'https://player-widget.mixcloud.com';
/** Read decoded: names in other scripts come percent-encoded (`caf%C3%A9-show`). */
const NAME = /^[\p{L}\p{M}\p{N}_-]{1,100}$/u;
const SLUG = /^[\p{L}\p{M}\p{N}_-]{1,200}$/u;
/** First segments that are Mixcloud's own pages, not accounts. */
const RESERVED_USERS = new Set(['discover', 'upload', 'dashboard', 'settings', 'live', 'select', 'categories', 'tag', 'search', 'widget', 'developers', 'about', 'pro', 'notifications', 'messages']);
/** Second segments that are tabs of a profile, not shows. */
const PROFILE_TABS = new Set(['favorites', 'listens', 'playlists', 'followers', 'following', 'uploads', 'stream', 'reposts', 'history', 'hosts', 'stats']);
const SHOW_PATH = /^\/([^/]+)\/([^/]+)\/?$/;

function fromPath(path: string): MixcloudTarget | null {
  const [, rawUser, rawShow] = SHOW_PATH.exec(path) ?? [];
  const user = pathName(rawUser);
  const show = pathName(rawShow);
  if (!user || !show || !NAME.test(user) || !SLUG.test(show)) return null;
  if (RESERVED_USERS.has(user.toLowerCase()) || PROFILE_TABS.has(show.toLowerCase())) return null;
  return { user, show };
}

/** The widget's `feed=`: `/user/show/`, or the show's whole address. */
function fromFeed(feed: string | null): MixcloudTarget | null {
  if (!feed) return null;
  if (feed.startsWith('/')) return fromPath(feed);
  if (!URL.canParse(feed)) return null;
  const url = new URL(feed);
  const ownHost = url.hostname === 'www.mixcloud.com' || url.hostname === 'mixcloud.com';
  return url.protocol === 'https:' && ownHost && !url.username && !url.password && !url.port ? fromPath(url.pathname) : null;
}

/**
 * Mixcloud shows, in Mixcloud's widget.
 *
 * @accepts `mixcloud.com/user/show/` (names in any script, percent-encoded), `player-widget.mixcloud.com/widget/iframe/?feed=…`
 */
export const data: ProviderData = {
  id: 'mixcloud',
  name: 'Mixcloud',
  company: 'Mixcloud',
  kind: 'audio',
  brand: '#5000ff',
  privacyPolicy: 'https://www.mixcloud.com/privacy/',
  // Mixcloud's embed code: 120 px for its classic player without the cover (hide_cover=1).
  box: { height: 120 },
  hosts: ['www.mixcloud.com', 'mixcloud.com', 'm.mixcloud.com', 'player-widget.mixcloud.com'],
  origins: [WIDGET],
};

export function parse(url: URL): MixcloudTarget | null {
  if (url.hostname === 'player-widget.mixcloud.com' || url.pathname.startsWith('/widget/')) {
    if (!/^\/widget\/iframe\/?$/.test(url.pathname)) return null;
    const target = fromFeed(url.searchParams.get('feed'));
    return target && url.searchParams.get('light') === '1' ? { ...target, light: true } : target;
  }
  return fromPath(url.pathname);
}

export function embed(target: MixcloudTarget, { title, autoplay }: EmbedContext): HTMLElement {
  const src = new URL('/widget/iframe/', WIDGET);
  src.searchParams.set('hide_cover', '1');
  if (target.light) src.searchParams.set('light', '1');
  // Decoded names, which the query encodes back to the link's own bytes (`caf%C3%A9`).
  src.searchParams.set('feed', `/${target.user}/${target.show}/`);
  // Mixcloud's widget parameter; shows that open with an advert may still wait for a click.
  if (autoplay) src.searchParams.set('autoplay', '1');
  return createFrame(data, {
    src,
    title,
    // Mixcloud's embed code also lists fullscreen (every frame here has it),
    // idle-detection, speaker-selection and web-share, which a player does not need.
    allow: 'autoplay; encrypted-media',
    referrerPolicy: 'no-referrer',
  });
}
