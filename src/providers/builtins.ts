import type { ProviderCode, ProviderData, ProviderModule } from './provider.js';
import { data as appleMusic } from './apple-music.js';
import { data as applePodcasts } from './apple-podcasts.js';
import { data as bandcamp } from './bandcamp.js';
import { data as bilibili } from './bilibili.js';
import { data as bluesky } from './bluesky.js';
import { data as brightcove } from './brightcove.js';
import { data as calendly } from './calendly.js';
import { data as canva } from './canva.js';
import { data as codepen } from './codepen.js';
import { data as codesandbox } from './codesandbox.js';
import { data as dailymotion } from './dailymotion.js';
import { data as datawrapper } from './datawrapper.js';
import { data as discord } from './discord.js';
import { data as facebook } from './facebook.js';
import { data as figma } from './figma.js';
import { data as flickr } from './flickr.js';
import { data as flourish } from './flourish.js';
import { data as giphy } from './giphy.js';
import { data as gist } from './gist.js';
import { data as googleCalendar } from './google-calendar.js';
import { data as googleForms } from './google-forms.js';
import { data as googleMaps } from './google-maps.js';
import { data as imgur } from './imgur.js';
import { data as infogram } from './infogram.js';
import { data as instagram } from './instagram.js';
import { data as issuu } from './issuu.js';
import { data as jitsi } from './jitsi.js';
import { data as jsfiddle } from './jsfiddle.js';
import { data as jwplayer } from './jwplayer.js';
import { data as kaltura } from './kaltura.js';
import { data as kickstarter } from './kickstarter.js';
import { data as linkedin } from './linkedin.js';
import { data as loom } from './loom.js';
import { data as mastodon } from './mastodon.js';
import { data as miro } from './miro.js';
import { data as mixcloud } from './mixcloud.js';
import { data as odysee } from './odysee.js';
import { data as openstreetmap } from './openstreetmap.js';
import { data as peertube } from './peertube.js';
import { data as pinterest } from './pinterest.js';
import { data as reddit } from './reddit.js';
import { data as rumble } from './rumble.js';
import { data as scribd } from './scribd.js';
import { data as slideshare } from './slideshare.js';
import { data as soundcloud } from './soundcloud.js';
import { data as speakerdeck } from './speakerdeck.js';
import { data as spotify } from './spotify.js';
import { data as stackblitz } from './stackblitz.js';
import { data as streamable } from './streamable.js';
import { data as ted } from './ted.js';
import { data as telegram } from './telegram.js';
import { data as threads } from './threads.js';
import { data as tiktok } from './tiktok.js';
import { data as tumblr } from './tumblr.js';
import { data as twitch } from './twitch.js';
import { data as typeform } from './typeform.js';
import { data as umap } from './umap.js';
import { data as vidyard } from './vidyard.js';
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
 * lists them: video, maps, posts, images, audio, calls and scheduling, forms,
 * documents and charts, design, code. A URL is
 * matched against their hosts; providers of many servers (`instances`) are
 * tried by URL shape, in this order, after every host.
 *
 * The data is all the script-tag core carries: it loads a provider's code
 * from the file beside it that its id names, `providers/<id>.min.js` (the
 * build makes one of each import in `code`), the first time a page shows one
 * of the provider's embeds.
 */
export const builtinData: readonly ProviderData[] = [
  youtube,
  vimeo,
  dailymotion,
  twitch,
  peertube,
  ted,
  wistia,
  loom,
  vidyard,
  brightcove,
  jwplayer,
  kaltura,
  rumble,
  odysee,
  bilibili,
  streamable,
  kickstarter,
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
  tumblr,
  telegram,
  discord,
  giphy,
  flickr,
  imgur,
  spotify,
  soundcloud,
  appleMusic,
  applePodcasts,
  bandcamp,
  mixcloud,
  jitsi,
  calendly,
  googleCalendar,
  googleForms,
  typeform,
  slideshare,
  speakerdeck,
  scribd,
  issuu,
  datawrapper,
  flourish,
  infogram,
  figma,
  canva,
  miro,
  codepen,
  gist,
  codesandbox,
  jsfiddle,
  stackblitz,
];

/** Each built-in provider's code, by id: in an app's bundle, a chunk of its own. */
const code: Readonly<Record<string, () => Promise<ProviderModule>>> = {
  youtube: () => import('./youtube.js'),
  vimeo: () => import('./vimeo.js'),
  dailymotion: () => import('./dailymotion.js'),
  twitch: () => import('./twitch.js'),
  peertube: () => import('./peertube.js'),
  ted: () => import('./ted.js'),
  wistia: () => import('./wistia.js'),
  loom: () => import('./loom.js'),
  vidyard: () => import('./vidyard.js'),
  brightcove: () => import('./brightcove.js'),
  jwplayer: () => import('./jwplayer.js'),
  kaltura: () => import('./kaltura.js'),
  rumble: () => import('./rumble.js'),
  odysee: () => import('./odysee.js'),
  bilibili: () => import('./bilibili.js'),
  streamable: () => import('./streamable.js'),
  kickstarter: () => import('./kickstarter.js'),
  'google-maps': () => import('./google-maps.js'),
  openstreetmap: () => import('./openstreetmap.js'),
  umap: () => import('./umap.js'),
  tiktok: () => import('./tiktok.js'),
  x: () => import('./x.js'),
  instagram: () => import('./instagram.js'),
  facebook: () => import('./facebook.js'),
  mastodon: () => import('./mastodon.js'),
  bluesky: () => import('./bluesky.js'),
  threads: () => import('./threads.js'),
  linkedin: () => import('./linkedin.js'),
  reddit: () => import('./reddit.js'),
  pinterest: () => import('./pinterest.js'),
  tumblr: () => import('./tumblr.js'),
  telegram: () => import('./telegram.js'),
  discord: () => import('./discord.js'),
  giphy: () => import('./giphy.js'),
  flickr: () => import('./flickr.js'),
  imgur: () => import('./imgur.js'),
  spotify: () => import('./spotify.js'),
  soundcloud: () => import('./soundcloud.js'),
  'apple-music': () => import('./apple-music.js'),
  'apple-podcasts': () => import('./apple-podcasts.js'),
  bandcamp: () => import('./bandcamp.js'),
  mixcloud: () => import('./mixcloud.js'),
  jitsi: () => import('./jitsi.js'),
  calendly: () => import('./calendly.js'),
  'google-calendar': () => import('./google-calendar.js'),
  'google-forms': () => import('./google-forms.js'),
  typeform: () => import('./typeform.js'),
  slideshare: () => import('./slideshare.js'),
  speakerdeck: () => import('./speakerdeck.js'),
  scribd: () => import('./scribd.js'),
  issuu: () => import('./issuu.js'),
  datawrapper: () => import('./datawrapper.js'),
  flourish: () => import('./flourish.js'),
  infogram: () => import('./infogram.js'),
  figma: () => import('./figma.js'),
  canva: () => import('./canva.js'),
  miro: () => import('./miro.js'),
  codepen: () => import('./codepen.js'),
  gist: () => import('./gist.js'),
  codesandbox: () => import('./codesandbox.js'),
  jsfiddle: () => import('./jsfiddle.js'),
  stackblitz: () => import('./stackblitz.js'),
};

/** The built-in providers with their code, as `consent-embed/define.js` adds them. */
export const builtins: readonly Builtin[] = /* @__PURE__ */ builtinData.map((data) => ({ data, load: code[data.id]! }));
