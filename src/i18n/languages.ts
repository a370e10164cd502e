import { attributeOf, parentOf, root, rootOf } from '../core/page.js';
import { warn } from '../core/warn.js';
import { en } from './en.js';
import type { Translation } from './translation.js';

/** The languages published with the library: English is in every build; the others are modules (npm) or files beside the script (see published.ts). */
export const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pl', 'pt', 'sv', 'ar'] as const;

/** A published language's module, by language: what `usePublishedLanguages` gives. */
export type Loaders = Readonly<Record<string, () => Promise<Readonly<Record<string, Translation>>>>>;

const translations = new Map<string, Translation>([['en', en]]);
const listeners = new Set<() => void>();
/** The published languages' modules: files beside the script for the script tag, chunks of an app's bundle for npm. */
let loaders: Loaders | undefined;
/** The languages asked for and not (yet) here: pending, or given up on. */
const asked = new Map<string, 'pending' | 'failed'>();

/** The module that lays a site's own texts over a translation, once a site sets some; see `textsFor`. */
let texts: typeof import('./texts.js') | undefined;
let textsFailed = false;

/**
 * Adds a language, or replaces one; elements showing it update. A site's
 * translation that lacks a text, or gives one of the wrong type, gets
 * English's for that text alone, with one warning, so that no placeholder is
 * left without words or throws for want of one: the check is a file of its
 * own, and the language is there once it ran.
 */
export function registerTranslation(translation: Translation): void {
  import('./validate.js').then(
    ({ validated }) => {
      const whole = validated(translation);
      if (whole) addTranslation(whole);
    },
    (error: unknown) => warn('part-unavailable', 'check-part-failed', String(error))
  );
}

/** Adds a translation known to be whole: a published language. */
export function addTranslation(translation: Translation): void {
  translations.set(translation.lang, translation);
  asked.delete(translation.lang);
  for (const listener of listeners) listener();
}

export function setTranslationLoaders(published: Loaders): void {
  loaders = published;
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
    node = parentOf(node) ?? ((rootOf(node) as ShadowRoot).host || null);
  }
  const html = root();
  return (html && attributeOf(html, 'lang')) || undefined;
}

/**
 * The texts an element shows in the language `tag` (its own, else the site's
 * setting, else the page's around it), with the site's own texts over them.
 * Undefined while a published language is on its way.
 */
export function textsFor(tag: string | undefined, own: Readonly<Record<string, string>>): Translation | undefined {
  const found = translationFor(tag);
  if (!found || !Object.keys(own).length) return found;
  if (texts) return texts.withTexts(found, own);
  // A site's own texts: their file first, English's words meanwhile never shown in their place.
  if (textsFailed) return found;
  import('./texts.js').then(
    (loaded) => (texts = loaded),
    (error: unknown) => {
      textsFailed = true;
      warn('part-unavailable', 'texts-part-failed', String(error));
    }
  ).then(() => listeners.forEach((listener) => listener()));
  return undefined;
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
  // Own names only: `constructor` in a `lang` names no language.
  const load = loaders && Object.hasOwn(loaders, primary) ? loaders[primary] : undefined;
  if (!load) return en;
  const state = asked.get(primary);
  if (state === 'failed') return en;
  if (!state) {
    asked.set(primary, 'pending');
    // A file that never answers must not keep placeholders empty: English after three seconds.
    const late = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no answer within 3 s')), 3000));
    const added = load().then((module) => Object.values(module).forEach(addTranslation));
    Promise.race([added, late])
      .then(() => {
        if (!translations.has(primary)) throw new Error('the file did not register it');
      })
      .catch((error: unknown) => {
        if (translations.has(primary)) return;
        asked.set(primary, 'failed');
        warn('language-unavailable', 'language-failed', primary, String(error));
        for (const listener of listeners) listener();
      });
  }
  return undefined;
}
