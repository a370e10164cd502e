import { appleMusic } from './apple-music.js';
import { applePodcasts } from './apple-podcasts.js';
import { bandcamp } from './bandcamp.js';
import { bluesky } from './bluesky.js';
import { calendly } from './calendly.js';
import { codepen } from './codepen.js';
import { dailymotion } from './dailymotion.js';
import { facebook } from './facebook.js';
import { gist } from './gist.js';
import { googleMaps } from './google-maps.js';
import { instagram } from './instagram.js';
import { jitsi } from './jitsi.js';
import { linkedin } from './linkedin.js';
import { loom } from './loom.js';
import { mastodon } from './mastodon.js';
import { mixcloud } from './mixcloud.js';
import { openstreetmap } from './openstreetmap.js';
import { peertube } from './peertube.js';
import { pinterest } from './pinterest.js';
import type { Provider } from './provider.js';
import { reddit } from './reddit.js';
import { soundcloud } from './soundcloud.js';
import { spotify } from './spotify.js';
import { ted } from './ted.js';
import { threads } from './threads.js';
import { tiktok } from './tiktok.js';
import { twitch } from './twitch.js';
import { umap } from './umap.js';
import { vimeo } from './vimeo.js';
import { wistia } from './wistia.js';
import { x } from './x.js';
import { youtube } from './youtube.js';

/**
 * Every provider the library knows out of the box, in the order the README
 * lists them: video, maps, posts, audio, calls and scheduling, other. A URL is
 * matched against their hosts; providers of many servers (`instances`) are
 * tried by URL shape, in this order, after every host.
 */
export const builtins: readonly Provider<any>[] = [
  youtube,
  vimeo,
  dailymotion,
  twitch,
  peertube,
  ted,
  wistia,
  loom,
  googleMaps,
  openstreetmap,
  umap,
  tiktok,
  x,
  instagram,
  facebook,
  mastodon,
  bluesky,
  threads,
  linkedin,
  reddit,
  pinterest,
  spotify,
  soundcloud,
  appleMusic,
  applePodcasts,
  bandcamp,
  mixcloud,
  jitsi,
  calendly,
  codepen,
  gist,
];
