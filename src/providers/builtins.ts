import type { ProviderCode, ProviderData, ProviderModule } from './provider.js';
import { data as appleMusic } from './apple-music.js';
import { data as applePodcasts } from './apple-podcasts.js';
import { data as bandcamp } from './bandcamp.js';
import { data as bluesky } from './bluesky.js';
import { data as calendly } from './calendly.js';
import { data as codepen } from './codepen.js';
import { data as dailymotion } from './dailymotion.js';
import { data as facebook } from './facebook.js';
import { data as gist } from './gist.js';
import { data as googleMaps } from './google-maps.js';
import { data as instagram } from './instagram.js';
import { data as jitsi } from './jitsi.js';
import { data as linkedin } from './linkedin.js';
import { data as loom } from './loom.js';
import { data as mastodon } from './mastodon.js';
import { data as mixcloud } from './mixcloud.js';
import { data as openstreetmap } from './openstreetmap.js';
import { data as peertube } from './peertube.js';
import { data as pinterest } from './pinterest.js';
import { data as reddit } from './reddit.js';
import { data as soundcloud } from './soundcloud.js';
import { data as spotify } from './spotify.js';
import { data as ted } from './ted.js';
import { data as threads } from './threads.js';
import { data as tiktok } from './tiktok.js';
import { data as twitch } from './twitch.js';
import { data as umap } from './umap.js';
import { data as vimeo } from './vimeo.js';
import { data as wistia } from './wistia.js';
import { data as x } from './x.js';
import { data as youtube } from './youtube.js';

/** A built-in provider: its data, and the way to its code. */
export interface Builtin {
  readonly data: ProviderData;
  readonly load: () => Promise<ProviderModule | ProviderCode>;
}

/**
 * Every provider the library knows out of the box, in the order the README
 * lists them: video, maps, posts, audio, calls and scheduling, other. A URL is
 * matched against their hosts; providers of many servers (`instances`) are
 * tried by URL shape, in this order, after every host.
 *
 * The data is all the script-tag core carries; each `load` is a file beside
 * it (the build turns these imports into `providers/<id>.min.js`), fetched the
 * first time a page shows one of the provider's embeds. In an app's bundle
 * the modules are imported whole.
 */
export const builtins: readonly Builtin[] = [
  { data: youtube, load: () => import('./youtube.js') },
  { data: vimeo, load: () => import('./vimeo.js') },
  { data: dailymotion, load: () => import('./dailymotion.js') },
  { data: twitch, load: () => import('./twitch.js') },
  { data: peertube, load: () => import('./peertube.js') },
  { data: ted, load: () => import('./ted.js') },
  { data: wistia, load: () => import('./wistia.js') },
  { data: loom, load: () => import('./loom.js') },
  { data: googleMaps, load: () => import('./google-maps.js') },
  { data: openstreetmap, load: () => import('./openstreetmap.js') },
  { data: umap, load: () => import('./umap.js') },
  { data: tiktok, load: () => import('./tiktok.js') },
  { data: x, load: () => import('./x.js') },
  { data: instagram, load: () => import('./instagram.js') },
  { data: facebook, load: () => import('./facebook.js') },
  { data: mastodon, load: () => import('./mastodon.js') },
  { data: bluesky, load: () => import('./bluesky.js') },
  { data: threads, load: () => import('./threads.js') },
  { data: linkedin, load: () => import('./linkedin.js') },
  { data: reddit, load: () => import('./reddit.js') },
  { data: pinterest, load: () => import('./pinterest.js') },
  { data: spotify, load: () => import('./spotify.js') },
  { data: soundcloud, load: () => import('./soundcloud.js') },
  { data: appleMusic, load: () => import('./apple-music.js') },
  { data: applePodcasts, load: () => import('./apple-podcasts.js') },
  { data: bandcamp, load: () => import('./bandcamp.js') },
  { data: mixcloud, load: () => import('./mixcloud.js') },
  { data: jitsi, load: () => import('./jitsi.js') },
  { data: calendly, load: () => import('./calendly.js') },
  { data: codepen, load: () => import('./codepen.js') },
  { data: gist, load: () => import('./gist.js') },
];
