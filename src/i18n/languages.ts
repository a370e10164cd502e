import { attributeOf, parentOf, root } from '../core/page.js';
import { quote, warn } from '../core/warn.js';
import { en } from './en.js';
import type { ProviderNames, Translation } from './translation.js';

/** The languages published with the library: English is in every build; the others are modules (npm) or files beside the script. */
export const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pl', 'pt', 'sv', 'ar'] as const;

const translations = new Map<string, Translation>([['en', en]]);
const listeners = new Set<() => void>();
/** Fetches a published language's file, for the script-tag build; the npm build imports what it needs instead. */
let loader: ((lang: string) => Promise<void>) | undefined;
/** The languages asked for and not (yet) here: pending, or given up on. */
const asked = new Map<string, 'pending' | 'failed'>();

/** Whether `tag` is a language tag `Intl` accepts: the date and list formats must never throw for it. */
function validTag(tag: string): boolean {
  try {
    return /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(tag) && Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/**
 * English's texts where `given` has none of the same type, given's elsewhere:
 * a site's text that is a string where English has a function (or the
 * reverse) would throw or print nonsense in every placeholder. Adds the keys
 * replaced to `missing`.
 */
function overEnglish<T extends object>(english: T, given: unknown, prefix: string, missing: string[]): T {
  const own = typeof given === 'object' && given !== null ? (given as Record<string, unknown>) : {};
  const whole: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(english)) {
    let text: unknown;
    try {
      text = own[key];
    } catch {
      // A getter that throws is no text.
    }
    const fits = typeof text === typeof value && (typeof text !== 'string' || key === 'lang' || key === 'dir' || text !== '');
    if (!fits && key !== 'settings') missing.push(prefix + key);
    whole[key] = key === 'settings' ? overEnglish(en.settings, text, 'settings.', missing) : fits ? orEnglish(text, value, prefix + key) : value;
  }
  return whole as T;
}

/** A site's text function, with English's answer wherever it throws or answers something that is not text: said once per text. */
function orEnglish(text: unknown, english: unknown, key: string): unknown {
  if (typeof text !== 'function') return text;
  let warned = false;
  return (...args: unknown[]) => {
    let failure: string;
    try {
      const said: unknown = text(...args);
      if (typeof said === 'string') return said;
      failure = `it answered ${typeof said}`;
    } catch {
      failure = 'it threw';
    }
    if (!warned) warn('invalid-config', `the text ${quote(key)} of a registered translation failed (${failure}); English is shown for it.`);
    warned = true;
    return (english as (...args: unknown[]) => string)(...args);
  };
}

/**
 * Adds a language, or replaces one; elements showing it update. A site's
 * translation that lacks a text, or gives one of the wrong type, gets
 * English's for that text alone, with one warning, so that no placeholder is
 * left without words or throws for want of one.
 */
export function registerTranslation(translation: Translation): void {
  const lang = typeof translation?.lang === 'string' ? translation.lang.toLowerCase() : '';
  if (!validTag(lang)) {
    warn('invalid-config', `registerTranslation() was given something that is not a translation (lang ${quote(String(lang))}).`);
    return;
  }
  const missing: string[] = [];
  const whole = { ...overEnglish(en, translation, '', missing), lang };
  if (whole.dir !== 'ltr' && whole.dir !== 'rtl') (whole as { dir: string }).dir = 'ltr';
  if (missing.length) warn('invalid-config', `the ${lang} translation has no ${missing.join(', ')} of the right type; English is used for those.`);
  translations.set(lang, whole);
  asked.delete(lang);
  for (const listener of listeners) listener();
}

export function setTranslationLoader(load: (lang: string) => Promise<void>): void {
  loader = load;
}

/**
 * The language the page gives an element: its own or the closest ancestor's
 * `lang`, through the shadow roots of the components it sits in, else `<html lang>`.
 */
export function pageLanguage(element: Element): string | undefined {
  for (let node: Element | null = element; node; ) {
    // Through the prototypes: a <form> around the element may name a control `getAttribute`.
    const lang = attributeOf(node, 'lang');
    if (lang) return lang;
    node = parentOf(node) ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  const html = root();
  return (html && attributeOf(html, 'lang')) || undefined;
}

/**
 * The texts an element shows: in its own language, else the site's setting,
 * else the page's around it; with the site's own texts. Undefined while a
 * published language is on its way.
 */
export function textsFor(element: Element, own: string | undefined, site: { lang?: string; texts: Readonly<Record<string, string>> }): Translation | undefined {
  const found = translationFor(own || site.lang || pageLanguage(element));
  return found && withTexts(found, site.texts);
}

export function onTranslationsChange(listener: () => void): () => void {
  listeners.add(listener);
  // A page that sets <html lang> after load (many single-page apps do) changes every element's language.
  if (!pageLang) {
    pageLang = new MutationObserver(() => listeners.forEach((l) => l()));
    const html = root();
    if (html) pageLang.observe(html, { attributes: true, attributeFilter: ['lang'] });
  }
  return () => listeners.delete(listener);
}

let pageLang: MutationObserver | undefined;

/**
 * The translation for a language tag: the tag itself, else its language
 * (`de-AT` → `de`), else English. `undefined` while a published language is
 * on its way, so that the placeholder never flashes English first.
 */
export function translationFor(tag: string | undefined): Translation | undefined {
  const lower = (tag ?? '').toLowerCase();
  const primary = lower.split('-')[0]!;
  const found = translations.get(lower) ?? translations.get(primary);
  if (found) return found;
  if (!loader || !(LANGUAGES as readonly string[]).includes(primary)) return en;
  const state = asked.get(primary);
  if (state === 'failed') return en;
  if (!state) {
    asked.set(primary, 'pending');
    // A file that never answers must not keep placeholders empty: English after three seconds.
    const late = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no answer within 3 s')), 3000));
    Promise.race([loader(primary), late])
      .then(() => {
        if (!translations.has(primary)) throw new Error('the file did not register it');
      })
      .catch((error: unknown) => {
        if (translations.has(primary)) return;
        asked.set(primary, 'failed');
        warn('language-unavailable', `the ${primary} texts could not be loaded (${error}); English is shown.`);
        for (const listener of listeners) listener();
      });
  }
  return undefined;
}

/**
 * The slots each text's parameters fill, in order: a provider fills `{name}`
 * and `{company}`; `{kind}` is the kind of embed (`video`, `map`…).
 */
const SLOTS: Record<string, readonly string[]> = {
  load: ['kind'],
  loadLabel: ['kind', 'title'],
  contacts: ['hosts'],
  rememberedFor: ['provider', 'days'],
  loaded: ['provider', 'title'],
  'settings.remembered': ['until'],
  'settings.withdrawLabel': ['name'],
  'settings.allowLabel': ['name'],
  'settings.withdrawn': ['name'],
  'settings.allowed': ['name'],
};

/** The values a site's text may name, from the arguments of the text it replaces. */
function values(key: string, args: unknown[]): Record<string, string> {
  const found: Record<string, string> = {};
  (SLOTS[key] ?? ['provider']).forEach((slot, i) => {
    const arg = args[i];
    if (slot === 'provider' && arg && typeof arg === 'object') {
      const p = arg as ProviderNames;
      Object.assign(found, { name: p.name, company: p.company, kind: p.kind });
    } else if (Array.isArray(arg)) found[slot] = arg.join(', ');
    else if (arg !== undefined) found[slot] = String(arg);
  });
  return found;
}

/**
 * A translation with some texts replaced by a site's own. A replaced text is
 * plain text with `{name}`-style slots; it is always rendered as text, never
 * as HTML. Keys of the settings element's texts are written `settings.empty`.
 */
export function withTexts(base: Translation, texts: Readonly<Record<string, string>>): Translation {
  const keys = Object.keys(texts);
  if (!keys.length) return base;
  // Many elements share one site's texts: one copy, and one warning per wrong key, for all of them.
  const id = JSON.stringify(texts);
  let made = overridden.get(base);
  if (!made) overridden.set(base, (made = new Map()));
  const known = made.get(id);
  if (known) return known;
  const fill = (key: string, template: string) => (...args: unknown[]) => {
    const slots = values(key, args);
    return template.replace(/\{(\w+)\}/g, (whole, key: string) => slots[key] ?? whole);
  };
  const copy: Record<string, unknown> = { ...base, settings: { ...base.settings } };
  for (const key of keys) {
    const [group, inner] = key.startsWith('settings.') ? [copy.settings as Record<string, unknown>, key.slice(9)] : [copy, key];
    if (!Object.hasOwn(group, inner) || inner === 'lang' || inner === 'dir' || inner === 'settings') {
      warn('invalid-config', `there is no text ${quote(key)} to replace.`);
      continue;
    }
    group[inner] = typeof group[inner] === 'function' ? fill(key, texts[key]!) : texts[key];
  }
  // The button's name must start with what it shows (WCAG 2.5.3): a new label renames it too.
  if (texts.load !== undefined && texts.loadLabel === undefined && typeof copy.load === 'function') {
    const load = copy.load as Translation['load'];
    copy.loadLabel = (kind: Parameters<Translation['load']>[0], title: string) => `${load(kind)}: ${title}`;
  }
  made.set(id, copy as unknown as Translation);
  return copy as unknown as Translation;
}

const overridden = new WeakMap<Translation, Map<string, Translation>>();
