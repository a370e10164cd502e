import { warn } from '../core/warn.js';
import { en } from './en.js';
import { previews as enPreviews } from './en-previews.js';
import { settings as enSettings } from './en-settings.js';
import type { Translation } from './translation.js';

// Checking a translation a site registers: loaded the first time one does.
// The published languages are typed and checked by the tests; they skip it.

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
    const group = key === 'settings' ? enSettings : key === 'previews' ? enPreviews : undefined;
    if (!fits && !group) missing.push(prefix + key);
    whole[key] = group ? overEnglish(group, text, `${key}.`, missing) : fits ? orEnglish(text, value, prefix + key) : value;
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
    if (!warned) warn('invalid-config', 'translation-text-failed', key, failure);
    warned = true;
    return (english as (...args: unknown[]) => string)(...args);
  };
}

/**
 * A site's translation made whole: English's text wherever it lacks one, or
 * gives one of the wrong type, or has one that throws, with one warning.
 * Undefined, with a warning, for something that is not a translation.
 */
export function validated(translation: Translation): Translation | undefined {
  const lang = typeof translation?.lang === 'string' ? translation.lang.toLowerCase() : '';
  if (!validTag(lang)) {
    warn('invalid-config', 'not-a-translation', String(lang));
    return undefined;
  }
  const missing: string[] = [];
  const whole = { ...overEnglish({ ...en, settings: enSettings, previews: enPreviews }, translation, '', missing), lang };
  if (whole.dir !== 'ltr' && whole.dir !== 'rtl') (whole as { dir: string }).dir = 'ltr';
  if (missing.length) warn('invalid-config', 'translation-incomplete', lang, missing.join(', '));
  return whole;
}
