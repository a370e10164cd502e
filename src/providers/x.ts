import { createFrame, type EmbedContext, type ProviderData } from './provider.js';
import { messageData } from './url-parts.js';

export interface XTarget {
  /** The post (status) id. */
  readonly id: string;
  readonly theme?: 'light' | 'dark';
  /** One of the languages X's widgets are translated into. */
  readonly lang?: string;
}

/** `/user/status/1`, `/user/statuses/1`, `/i/web/status/1`; a media link adds `/photo/1` or `/video/1`. */
const PATH = /^\/(?:[A-Za-z0-9_]{1,15}\/status(?:es)?|i\/web\/status)\/(\d{1,20})(?:\/(?:photo|video)\/[1-4])?\/?$/;
const STATUS_ID = /^\d{1,20}$/;
const THEMES = ['light', 'dark'] as const;
// The languages X's embed code generator offers.
// Pure: the core, which holds only the data, leaves it out.
const LANGS = /* @__PURE__ */ new Set(
  'ar bn cs da de el en es fa fi fil fr he hi hu id it ja ko msa nl no pl pt ro ru sv th tr uk ur vi zh-cn zh-tw'.split(' ')
);
const PLATFORM = 'https://platform.twitter.com';

function statusId(url: URL): string | undefined {
  if (url.hostname === 'platform.twitter.com') {
    const id = url.pathname === '/embed/Tweet.html' ? url.searchParams.get('id') : null;
    return id && STATUS_ID.test(id) ? id : undefined;
  }
  return PATH.exec(url.pathname)?.[1];
}

/** Reads `{"twttr.embed": {"method": "twttr.private.resize", "params": [{"height": 480, …}]}}`, as an object or JSON. */
function resizeHeight(data: unknown): number | undefined {
  const message = messageData(data);
  const call = (message as { 'twttr.embed'?: { method?: unknown; params?: unknown } } | null)?.['twttr.embed'];
  if (call?.method !== 'twttr.private.resize' || !Array.isArray(call.params)) return undefined;
  const height = (call.params[0] as { height?: unknown } | undefined)?.height;
  return typeof height === 'number' ? height : undefined;
}

/**
 * X (Twitter) posts, in X's own embed frame with Do Not Track set.
 *
 * @accepts `x.com/user/status/ID` (also `twitter.com`, `mobile.twitter.com`, `/i/web/status/ID`, `/photo/1`),
 * `platform.twitter.com/embed/Tweet.html?id=ID`; `theme=dark`, `lang=fr`
 */
export const data: ProviderData = {
  id: 'x',
  name: 'X',
  company: 'X Corp',
  kind: 'post',
  brand: '#000000',
  privacyPolicy: 'https://x.com/en/privacy',
  // X publishes no default height: the frame reports its own at once, and a
  // post with a picture comes close to this.
  box: { height: 600 },
  hosts: ['x.com', 'www.x.com', 'mobile.x.com', 'twitter.com', 'www.twitter.com', 'mobile.twitter.com', 'platform.twitter.com'],
  origins: [PLATFORM],
};

export function parse(url: URL): XTarget | null {
  const id = statusId(url);
  if (!id) return null;
  const theme = THEMES.find((t) => t === url.searchParams.get('theme'));
  const lang = url.searchParams.get('lang')?.toLowerCase();
  return { id, ...(theme ? { theme } : {}), ...(lang && LANGS.has(lang) ? { lang } : {}) };
}

export function embed(target: XTarget, { title }: EmbedContext): HTMLElement {
  const src = new URL('/embed/Tweet.html', PLATFORM);
  src.searchParams.set('id', target.id);
  // Asks X not to use the visit to personalise anything (its "Do Not Track" for widgets).
  src.searchParams.set('dnt', 'true');
  if (target.theme) src.searchParams.set('theme', target.theme);
  if (target.lang) src.searchParams.set('lang', target.lang);
  return createFrame(data, {
    src,
    title,
    // widgets.js gives its frames no permissions either; videos play after a click inside the frame.
    allow: '',
    referrerPolicy: 'no-referrer',
    // Sites frame Tweet.html with allow-scripts allow-same-origin allow-popups and it renders
    // (MarseyWorld's embeds); allow-same-origin keeps the origin the height messages are checked against.
    sandbox: 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox',
    // The frame reports its height unprompted, as widgets.js's JSON-RPC call twttr.private.resize.
    resize: { height: resizeHeight },
  });
}
