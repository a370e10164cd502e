import { createFrame, type EmbedContext, type ProviderData } from './provider.js';

export interface SpotifyTarget {
  readonly type: 'track' | 'album' | 'playlist' | 'episode' | 'show' | 'artist';
  /** The 22-character base-62 Spotify id. */
  readonly id: string;
}

const SPOTIFY = 'https://open.spotify.com';
const TYPES = ['track', 'album', 'playlist', 'episode', 'show', 'artist'] as const;
const ID = /^[A-Za-z0-9]{22}$/;
/**
 * `/track/ID`, `/intl-de/track/ID`, `/embed/track/ID`, the older
 * `/embed-podcast/episode/ID`, and `/user/NAME/playlist/ID` (embed or not).
 */
const PATH =
  /^\/(?:intl-[a-z]{2}(?:-[a-z]{2,4})?\/)?(?:embed(?:-podcast)?\/)?(?:user\/[A-Za-z0-9._-]{1,64}\/(?=playlist\/))?([a-z]+)\/([^/]+)\/?$/;
/** The oldest embed host: `embed.spotify.com/?uri=spotify:track:ID`. */
const URI = /^spotify:([a-z]+):([^:]+)$/;

function target(type: string | undefined, id: string | undefined): SpotifyTarget | null {
  const known = TYPES.find((t) => t === type);
  return known && id && ID.test(id) ? { type: known, id } : null;
}

/**
 * Spotify tracks, albums, playlists, episodes and shows.
 *
 * @accepts `open.spotify.com/{track,album,playlist,episode,show,artist}/ID` (also `/intl-xx/`, `/embed/`), `embed.spotify.com/?uri=`;
 * `spotify.link` short links are explained, not followed
 */
export const data: ProviderData = {
  id: 'spotify',
  name: 'Spotify',
  company: 'Spotify',
  kind: 'audio',
  brand: '#1ed760',
  privacyPolicy: 'https://www.spotify.com/legal/privacy-policy/',
  // Spotify's embed code gives every player 352 px (its "normal" size); the
  // 152 px compact one is an option there, never the default, so it is not guessed here.
  box: { height: 352 },
  hosts: ['open.spotify.com', 'embed.spotify.com', 'spotify.link'],
  short: ['spotify.link/'],
  origins: [SPOTIFY],
};

export function parse(url: URL): SpotifyTarget | null {
  if (url.hostname === 'embed.spotify.com') {
    const [, type, id] = URI.exec(url.searchParams.get('uri') ?? '') ?? [];
    return url.pathname === '/' ? target(type, id) : null;
  }
  if (url.hostname !== 'open.spotify.com') return null;
  const [, type, id] = PATH.exec(url.pathname) ?? [];
  return target(type, id);
}

export function embed(target: SpotifyTarget, { title }: EmbedContext): HTMLElement {
  // The embed has no autoplay parameter: Spotify starts playback only on a click in the player.
  const src = new URL(`/embed/${target.type}/${encodeURIComponent(target.id)}`, SPOTIFY);
  return createFrame(data, {
    src,
    title,
    // Spotify's own code lists these (and fullscreen, which every frame here
    // has): full tracks need encrypted-media (EME), the share menu copies links.
    allow: 'autoplay; clipboard-write; encrypted-media; picture-in-picture',
    referrerPolicy: 'no-referrer',
  });
}
