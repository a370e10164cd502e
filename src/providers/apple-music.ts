import { createFrame, type EmbedContext, type ProviderData } from './provider.js';
import { pathName } from './url-parts.js';

export interface AppleMusicTarget {
  /** The storefront: a two-letter country code. */
  readonly country: string;
  readonly type: 'album' | 'playlist' | 'song' | 'music-video';
  /** The name part of the path, decoded; absent when the link had none. */
  readonly slug?: string;
  /** A catalogue number, or `pl.…` for a playlist. */
  readonly id: string;
  /** `?i=`: one song of an album. */
  readonly song?: string;
  /** `?l=`: the language of the storefront, where it has several. */
  readonly language?: string;
}

const EMBED = 'https://embed.music.apple.com';
const TYPES = ['album', 'playlist', 'song', 'music-video'] as const;
const PATH = /^\/([a-z]{2})\/([a-z-]+)\/(?:([^/]{1,600})\/)?([^/]+)\/?$/;
const CATALOG_ID = /^\d{1,12}$/;
/** Editorial playlists are `pl.` and 32 hex digits, personal ones `pl.u-` and letters. */
const PLAYLIST_ID = /^pl\.(?:u-)?[A-Za-z0-9]{1,64}$/;
const LANGUAGE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,2}$/;

/**
 * Apple Music albums, playlists, songs and music videos.
 *
 * @accepts `music.apple.com/CC/{album,playlist,song,music-video}/NAME/ID` (with `?i=`), `embed.music.apple.com/…`,
 * iTunes links `itunes.apple.com/CC/{album,playlist,music-video}/NAME/idID`
 */
export const data: ProviderData = {
  id: 'apple-music',
  name: 'Apple Music',
  company: 'Apple',
  kind: 'audio',
  brand: '#fa243c',
  privacyPolicy: 'https://www.apple.com/legal/privacy/',
  // Apple's embed code: 450 px for albums, playlists and music videos, 175 px
  // for one song. A song of an album (`/album/…?i=`) is told apart only by its
  // query, which boxes cannot see: it keeps 450.
  box: { height: 450 },
  boxes: { '/song/': { height: 175 } },
  hosts: ['music.apple.com', 'embed.music.apple.com', 'geo.music.apple.com', 'itunes.apple.com'],
  origins: [EMBED],
};

export function parse(url: URL): AppleMusicTarget | null {
  const [, country, kind, rawSlug, rawId] = PATH.exec(url.pathname) ?? [];
  // iTunes links, which Apple redirects to Apple Music, write the same number with an `id` before it (`id1440857781`, `idpl.…`).
  const id = url.hostname.includes('itunes') ? /^id(.+)/.exec(rawId ?? '')?.[1] : rawId;
  const type = TYPES.find((t) => t === kind);
  const slug = pathName(rawSlug);
  if (!country || !type || !id || slug === null) return null;
  if (!(type === 'playlist' ? PLAYLIST_ID : CATALOG_ID).test(id)) return null;
  const song = url.searchParams.get('i');
  const language = url.searchParams.get('l');
  if (song !== null && (type !== 'album' || !CATALOG_ID.test(song))) return null;
  if (language !== null && !LANGUAGE.test(language)) return null;
  return {
    country,
    type,
    id,
    ...(slug ? { slug } : {}),
    ...(song ? { song } : {}),
    ...(language ? { language } : {}),
  };
}

export function embed(target: AppleMusicTarget, { title }: EmbedContext): HTMLElement {
  const parts = [target.country, target.type, ...(target.slug ? [target.slug] : []), target.id];
  const src = new URL(`/${parts.map(encodeURIComponent).join('/')}`, EMBED);
  if (target.song) src.searchParams.set('i', target.song);
  if (target.language) src.searchParams.set('l', target.language);
  return createFrame(data, {
    src,
    title,
    // Apple's embed code, less `fullscreen *` (every frame here allows it). Apple
    // grants these to `*`; kept so, since full-song playback (EME) is Apple's to arrange.
    allow: 'autoplay *; encrypted-media *; clipboard-write',
    referrerPolicy: 'no-referrer',
    // The sandbox Apple's own embed code sets, token for token.
    sandbox:
      'allow-forms allow-popups allow-same-origin allow-scripts allow-storage-access-by-user-activation allow-top-navigation-by-user-activation',
  });
}
