import { createFrame, type InstanceTarget, type EmbedContext, type ProviderData } from './provider.js';
import { parseStart } from './url-parts.js';

export interface PeerTubeTarget extends InstanceTarget {
  readonly type: 'video' | 'playlist';
  /** A UUID, or the short (base58) form of one that PeerTube's `/w/` links use. */
  readonly id: string;
  /** Start time in seconds, for a video, when the URL gave one. */
  readonly start?: number;
}

// A UUID, or its short form: 21 or 22 characters of the Flickr base58 alphabet.
const ID = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[1-9A-HJ-NP-Za-km-z]{21,22})$/;
/** `/w/ID`, `/videos/watch/ID`, `/videos/embed/ID`. */
const VIDEO = /^\/(?:w|videos\/watch|videos\/embed)\/([^/]+)\/?$/;
/** `/w/p/ID`, `/videos/watch/playlist/ID`, `/video-playlists/embed/ID`. */
const PLAYLIST = /^\/(?:w\/p|videos\/watch\/playlist|video-playlists\/embed)\/([^/]+)\/?$/;

/**
 * PeerTube videos and playlists, from any server: the server in the link is the third party.
 *
 * @accepts `https://<server>/w/ID`, `/videos/watch/ID`, `/videos/embed/ID` (a UUID or its short form),
 * playlists `/w/p/ID`, `/videos/watch/playlist/ID`, `/video-playlists/embed/ID`; start time from `start=1m30s`
 */
export const data: ProviderData = {
  id: 'peertube',
  name: 'PeerTube',
  company: 'PeerTube server operators',
  kind: 'video',
  brand: '#f1680d',
  // PeerTube has no privacy page of its own; each server states its terms here.
  privacyPolicy: '/about/instance',
  box: { ratio: '16 / 9' },
  hosts: [],
  origins: [],
  instances: true,
};

export function parse(url: URL): PeerTubeTarget | null {
  const playlist = PLAYLIST.exec(url.pathname)?.[1];
  if (playlist) return ID.test(playlist) ? { origin: url.origin, type: 'playlist', id: playlist } : null;
  const id = VIDEO.exec(url.pathname)?.[1];
  if (!id || !ID.test(id)) return null;
  const start = parseStart(url.searchParams.get('start') ?? url.searchParams.get('t'));
  return start ? { origin: url.origin, type: 'video', id, start } : { origin: url.origin, type: 'video', id };
}

export function embed(target: PeerTubeTarget, { title, autoplay }: EmbedContext): HTMLElement {
  const path = target.type === 'playlist' ? '/video-playlists/embed/' : '/videos/embed/';
  const src = new URL(path + encodeURIComponent(target.id), target.origin);
  // Peer-to-peer playback would show the visitor's IP address to every other
  // viewer: the visitor agreed to this server only.
  src.searchParams.set('p2p', '0');
  if (target.start) src.searchParams.set('start', String(target.start));
  if (autoplay) src.searchParams.set('autoplay', '1');
  return createFrame(
    { id: data.id, origins: [target.origin] },
    {
      src,
      title,
      allow: 'autoplay',
      referrerPolicy: 'no-referrer',
      // The sandbox of PeerTube's own embed code (buildVideoOrPlaylistEmbed);
      // allow-forms for the password of protected videos.
      sandbox: 'allow-same-origin allow-scripts allow-popups allow-forms',
    }
  );
}
