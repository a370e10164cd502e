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

/** Adds a language, or replaces one; elements showing it update. */
export function registerTranslation(translation: Translation): void {
  const lang = typeof translation?.lang === 'string' ? translation.lang.toLowerCase() : '';
  if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(lang) || typeof translation.load !== 'function') {
    warn('invalid-config', `registerTranslation() was given something that is not a translation (lang ${quote(String(lang))}).`);
    return;
  }
  translations.set(lang, translation);
  asked.delete(lang);
  for (const listener of listeners) listener();
}

export function setTranslationLoader(load: (lang: string) => Promise<void>): void {
  loader = load;
}

export function onTranslationsChange(listener: () => void): () => void {
  listeners.add(listener);
  // A page that sets <html lang> after load (many single-page apps do) changes every element's language.
  pageLang ??= new MutationObserver(() => listeners.forEach((l) => l()));
  pageLang.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
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
    loader(primary)
      .then(() => {
        if (!translations.has(primary)) throw new Error('the file did not register it');
      })
      .catch((error: unknown) => {
        asked.set(primary, 'failed');
        warn('language-unavailable', `the ${primary} texts could not be loaded (${error}); English is shown.`);
        for (const listener of listeners) listener();
      });
  }
  return undefined;
}

/** The values an overriding text may name: `{name}`, `{company}`, `{title}`, `{days}`, `{hosts}`. */
function values(args: unknown[]): Record<string, string> {
  const found: Record<string, string> = {};
  for (const arg of args) {
    if (typeof arg === 'number') found.days = String(arg);
    else if (typeof arg === 'string') found.title = found.until = arg;
    else if (Array.isArray(arg)) found.hosts = arg.join(', ');
    else if (arg && typeof arg === 'object') {
      const p = arg as ProviderNames;
      Object.assign(found, { name: p.name, company: p.company });
    }
  }
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
  const fill = (template: string) => (...args: unknown[]) => {
    const slots = values(args);
    return template.replace(/\{(\w+)\}/g, (whole, key: string) => slots[key] ?? whole);
  };
  const copy: Record<string, unknown> = { ...base, settings: { ...base.settings } };
  for (const key of keys) {
    const [group, inner] = key.startsWith('settings.') ? [copy.settings as Record<string, unknown>, key.slice(9)] : [copy, key];
    if (!Object.hasOwn(group, inner) || inner === 'lang' || inner === 'dir' || inner === 'settings') {
      warn('invalid-config', `there is no text ${quote(key)} to replace.`);
      continue;
    }
    group[inner] = typeof group[inner] === 'function' ? fill(texts[key]!) : texts[key];
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
