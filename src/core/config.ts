import { clampDays, isPolicyVersion } from './record.js';
import { warn } from './warn.js';

/**
 * What a site author can set, in three places with one meaning each:
 * `data-*` on the script tag, `configure({...})`, and an element's own
 * attributes. The element wins over `configure`, which wins over the script
 * tag, which wins over the defaults.
 */
export interface Settings {
  /** The language of the texts: a BCP 47 tag (`de`, `pt-BR`). By default the element's `lang`, then the page's. */
  readonly lang?: string;
  /** Any text, by its key in `Translation` (`load`, `notice`…); `{name}`, `{company}`, `{title}`, `{days}` are filled in. */
  readonly texts?: Readonly<Record<string, string>>;
  /** Days a remembered choice lasts: 1 to 395. Default 180. */
  readonly rememberDays?: number;
  /** The site's policy version: choices made under another one are asked again. Script tag and `configure` only. */
  readonly policyVersion?: string;
  /** Which choices the placeholder offers: the browsing session and remembering (`both`), or one of them. */
  readonly choices?: 'both' | 'session' | 'remember';
  /** Which choice is selected at first; never `remember` when the browser sends Global Privacy Control. */
  readonly preselect?: 'session' | 'remember';
  /** When posters are fetched from the site: as the embed nears the viewport (`lazy`), at once, or never. */
  readonly posterLoading?: 'lazy' | 'eager' | 'none';
  /**
   * A poster for every embed that has none of its own, from the site: a path
   * with `{id}` (the item's id) and perhaps `{provider}` (`youtube`), such as
   * `/posters/{provider}/{id}.jpg`, filled by the `consent-embed posters` command.
   */
  readonly posterTemplate?: string;
  /** The placeholder's colours: the visitor's preference (`auto`), or forced. */
  readonly theme?: 'auto' | 'light' | 'dark';
  /**
   * Whether the placeholder offers the provider's own thumbnails ("Show
   * previews from YouTube"), loaded only once the visitor allows them: a
   * choice of its own, kept and withdrawn like consent to the embed. Default off.
   */
  readonly previews?: boolean;
}

export type SettingName = keyof Settings;

/** Settings with every choice made: what an element works from. */
export type Resolved = Settings & Required<Pick<Settings, 'choices' | 'preselect' | 'posterLoading' | 'theme' | 'texts'>>;

export const DEFAULTS: Resolved = { choices: 'both', preselect: 'session', posterLoading: 'lazy', theme: 'auto', texts: {} };

/**
 * What reading one value came to: the value to keep, or what was expected
 * instead (worded in core/messages.ts for a setting's own name) and, for one
 * text of `texts`, its key.
 */
type Read<T> = { readonly value: T } | { readonly expected: string; readonly key?: string };

/** One leading slash, `{id}` somewhere, no `.` or `..` segment, no `?`, `#` or `%`. */
const TEMPLATE = /^\/(?!\/)(?!(?:.*\/)?\.\.?(?:\/|$))[^?#%]*\{id\}[^?#%]*$/;

const oneOf =
  <T extends string>(...values: T[]) =>
  (value: unknown): Read<T> =>
    values.includes(value as T) ? { value: value as T } : { expected: `one of ${values.join(', ')}` };

const READERS: { readonly [K in SettingName]-?: (value: unknown) => Read<NonNullable<Settings[K]>> } = {
  lang: (value) =>
    typeof value === 'string' && /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(value) ? { value } : { expected: 'lang' },
  texts: (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return { expected: 'texts' };
    const texts: Record<string, string> = {};
    for (const [key, text] of Object.entries(value)) {
      if (typeof text !== 'string' || text.length > 500) return { expected: 'text', key };
      texts[key] = text;
    }
    return { value: texts };
  },
  rememberDays: (value) => {
    const days = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    return typeof days === 'number' && Number.isFinite(days) ? { value: clampDays(days) } : { expected: 'rememberDays' };
  },
  policyVersion: (value) =>
    isPolicyVersion(value) ? { value: String(value) } : { expected: 'policyVersion' },
  choices: oneOf('both', 'session', 'remember'),
  preselect: oneOf('session', 'remember'),
  posterLoading: oneOf('lazy', 'eager', 'none'),
  // From the site's root, as the posters command writes it: the same file from every page, whatever its folder.
  posterTemplate: (value) =>
    typeof value === 'string' && value.length <= 500 && TEMPLATE.test(value) ? { value } : { expected: 'posterTemplate' },
  theme: oneOf('auto', 'light', 'dark'),
  // An attribute present without a value (`<consent-embed previews>`) is on, as HTML's boolean attributes are.
  previews: (value) => {
    const at = [false, 'false', true, 'true', ''].indexOf(value as string);
    return at < 0 ? { expected: 'previews' } : { value: at > 1 };
  },
};

export const SETTING_NAMES = Object.keys(READERS) as SettingName[];

/** `rememberDays` as an attribute: `remember-days`. */
export const attributeName = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * Reads settings from one source, keeping what is valid: one warning per
 * unknown key or wrong value, naming it and where it was given.
 */
export function readSettings(given: Readonly<Record<string, unknown>>, where: string, allowed: readonly SettingName[] = SETTING_NAMES): Settings {
  const settings: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(given)) {
    if (value === undefined) continue;
    const shown = where === 'the script tag' ? `data-${attributeName(key)}` : where === '<consent-embed>' ? attributeName(key) : key;
    if (!allowed.includes(key as SettingName)) {
      warn('invalid-config', 'not-a-setting', where, shown, allowed.join(', '));
      continue;
    }
    const read = (READERS[key as SettingName] as (v: unknown) => Read<unknown>)(value);
    if ('expected' in read) {
      warn('invalid-config', 'bad-setting', where, shown, read.expected, typeof value, typeof value === 'string' ? value : '', read.key ?? '');
      continue;
    }
    settings[key] = read.value;
  }
  return settings as Settings;
}

/**
 * Data attributes on the script tag that are not settings: our own mark, bridge and its map (read in auto.ts),
 * then those other tools put on script tags: Cookiebot, Cloudflare, Usercentrics, OneTrust, and consent managers' categories.
 */
const NOT_SETTINGS = ['consentEmbed', 'bridge', 'bridgeMap', 'cookieconsent', 'cfasync', 'usercentrics', 'category', 'otIgnore', 'cookiecategory', 'nscript'];

/** The settings from the script tag, then from `configure`; the element's own are read by the element. */
let fromScript: Settings = {};
let fromConfigure: Settings = {};
const listeners = new Set<() => void>();

/**
 * Reads the settings on the script tag that loaded the library: `data-lang`,
 * `data-remember-days`, `data-texts` (JSON)… The tag is `document.currentScript`
 * for the classic script, or the one marked `data-consent-embed` (module
 * scripts have no current script).
 */
export function readScriptTag(script: HTMLScriptElement | null | undefined): void {
  if (!script) return;
  const given: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(script.dataset)) {
    // Other tools mark script tags too (a consent manager's blocking, a CDN's loader): theirs, not ours to warn about.
    if (NOT_SETTINGS.includes(key)) continue;
    given[key] = value;
    if (key === 'texts') {
      try {
        given.texts = JSON.parse(value ?? '');
      } catch {
        given.texts = 'not JSON';
      }
    }
  }
  fromScript = readSettings(given, 'the script tag');
  changed();
}

/**
 * Sets options for every element on the page, now and later: elements already
 * shown update at once. Later calls add to earlier ones; `undefined` unsets a
 * key. Unknown keys and wrong values are ignored with one warning each.
 */
export function configure(options: Readonly<Record<string, unknown>>): void {
  if (typeof options !== 'object' || options === null) {
    warn('invalid-config', 'configure-not-object');
    return;
  }
  const read = readSettings(options, 'configure()');
  // Texts add to the texts set before, one by one.
  const next: Record<string, unknown> = { ...fromConfigure, ...read, texts: { ...fromConfigure.texts, ...read.texts } };
  for (const [key, value] of Object.entries(options)) if (value === undefined) delete next[key];
  fromConfigure = next as Settings;
  changed();
}

/** The site's settings (script tag, then `configure`) over the defaults; an element adds its own on top. Made once per change. */
export function siteSettings(): Resolved {
  return (site ??= {
    ...DEFAULTS,
    ...fromScript,
    ...fromConfigure,
    texts: { ...fromScript.texts, ...fromConfigure.texts },
  });
}

let site: Resolved | undefined;

/** Calls `listener` whenever the site's settings change. Returns the function that unsubscribes. */
export function onSettingsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function changed(): void {
  site = undefined;
  for (const listener of listeners) listener();
}
