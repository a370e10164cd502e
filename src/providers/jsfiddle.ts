import { createFrame, type EmbedContext, type ProviderData } from './provider.js';

export interface JSFiddleTarget {
  /** The author; a fiddle saved without an account has none. */
  readonly user?: string;
  readonly id: string;
  /** The saved version, when the link names one; without it, the latest. */
  readonly version?: string;
  /** The tabs, in order, when the link chose them: `result,js`. */
  readonly tabs?: string;
  readonly skin?: 'light' | 'dark';
}

const USER = /^[A-Za-z0-9_-]{1,50}$/;
// JSFiddle does not document its ids; those seen are 5 to 8 letters and digits.
const ID = /^[A-Za-z0-9]{4,12}$/;
const VERSION = /^\d{1,5}$/;
const TABS = /^(?:js|html|css|result|resources)(?:,(?:js|html|css|result|resources)){0,4}$/;
const SKINS = ['light', 'dark'] as const;
/** The pages of a fiddle: `/embedded/` (its frame) and `/embed/` (its script), each with tabs and skin after it; `/show/` (the result). */
const PAGES = new Set(['embedded', 'show', 'embed']);
const JSFIDDLE = 'https://jsfiddle.net';

/**
 * JSFiddle fiddles, showing the result first.
 *
 * @accepts `jsfiddle.net/user/ID/` (also `/ID/` without an account, a version `/ID/3/`, and
 * `/embedded/TABS/SKIN/`, `/embed/TABS/SKIN/` of the script, `/show/`)
 */
export const data: ProviderData = {
  id: 'jsfiddle',
  name: 'JSFiddle',
  company: 'JSFiddle',
  kind: 'code',
  brand: '#0084ff',
  privacyPolicy: 'https://jsfiddle.net/privacy/',
  // JSFiddle's own embed code is 300px high.
  box: { height: 300 },
  hosts: ['jsfiddle.net'],
  origins: [JSFIDDLE],
};

export function parse(url: URL): JSFiddleTarget | null {
  const parts = url.pathname.replace(/^\/|\/$/g, '').split('/');
  const at = parts.findIndex((part) => PAGES.has(part));
  const fiddle = at < 0 ? parts : parts.slice(0, at);
  const [tabs, skin, ...extra] = at < 0 ? [] : parts.slice(at + 1);
  if (extra.length || (tabs !== undefined && (parts[at] === 'show' || !TABS.test(tabs)))) return null;
  const theme = SKINS.find((s) => s === skin);
  if (skin !== undefined && !theme) return null;
  // A fiddle's versions are numbered; its id never is.
  const version = VERSION.test(fiddle.at(-1) ?? '') ? fiddle.pop() : undefined;
  const [user, id] = fiddle.length === 2 ? fiddle : [undefined, fiddle[0]];
  // `/user/NAME/` is a profile, not a fiddle.
  if (fiddle.length > 2 || fiddle.includes('user') || !id || !ID.test(id) || (user !== undefined && !USER.test(user))) return null;
  return { ...(user ? { user } : {}), id, ...(version ? { version } : {}), ...(tabs ? { tabs } : {}), ...(theme ? { skin: theme } : {}) };
}

export function embed(target: JSFiddleTarget, { title }: EmbedContext): HTMLElement {
  const fiddle = [target.user, target.id, target.version].filter((part) => part !== undefined).map(encodeURIComponent);
  // The result, not the code, is what a reader came for; a link that chose its tabs keeps them.
  // The tabs and skin are from fixed words, and JSFiddle reads the commas as they are.
  const view = [target.tabs ?? 'result,js,html,css', ...(target.skin ? [target.skin] : [])];
  return createFrame(data, {
    src: new URL(`/${[...fiddle, 'embedded', ...view].join('/')}/`, JSFIDDLE),
    title,
    // JSFiddle's embed code adds only payment (allowpaymentrequest), which showing a fiddle does not need.
    allow: '',
    referrerPolicy: 'no-referrer',
    // No sandbox: the fiddle runs in a frame of its own inside JSFiddle's, and
    // nothing shows JSFiddle's embed working in one.
  });
}
