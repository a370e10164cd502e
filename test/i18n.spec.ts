import { expect, test } from '@playwright/test';
import type { WarningCode } from '../src/core/warn.js';
import { ar } from '../src/i18n/ar.js';
import { de } from '../src/i18n/de.js';
import { en as core } from '../src/i18n/en.js';
import { previews } from '../src/i18n/en-previews.js';
import { settings } from '../src/i18n/en-settings.js';
import { es } from '../src/i18n/es.js';
import { fr } from '../src/i18n/fr.js';
import { it } from '../src/i18n/it.js';
import { LANGUAGES } from '../src/i18n/languages.js';
import { nl } from '../src/i18n/nl.js';
import { pl } from '../src/i18n/pl.js';
import { pt } from '../src/i18n/pt.js';
import { sv } from '../src/i18n/sv.js';
import type { ProviderNames, Translation } from '../src/i18n/translation.js';
import type { EmbedKind } from '../src/providers/provider.js';

/**
 * Every published translation, called with every value its texts can be given.
 * Node only: the texts are plain functions, so no page is needed.
 */
const translations: Record<string, Translation> = { de, fr, es, it, nl, pl, pt, sv, ar };

/** English whole: the settings element's texts and the previews offer's are files of their own, loaded with them. */
const en: Translation & { settings: NonNullable<Translation['settings']>; previews: NonNullable<Translation['previews']> } = { ...core, settings, previews };

// Records rather than arrays, so that a kind or a code added to the union and not here fails the type check.
const KINDS = Object.keys({
  video: 1, map: 1, post: 1, audio: 1, call: 1, calendar: 1, code: 1, content: 1,
  image: 1, document: 1, chart: 1, form: 1, design: 1,
} satisfies Record<EmbedKind, 1>) as EmbedKind[];
const CODES = Object.keys({
  'invalid-src': 1, 'unknown-provider': 1, 'invalid-provider': 1, 'wrong-host': 1, 'invalid-id': 1,
  'short-link': 1, 'page-link': 1,
  'invalid-template': 1, 'provider-error': 1, 'invalid-size': 1, 'invalid-title': 1, 'foreign-poster': 1,
  'invalid-poster': 1, 'preview-failed': 1, 'storage-unavailable': 1, 'duplicate-provider': 1, 'trusted-types': 1, 'bridge': 1,
  'invalid-config': 1, 'language-unavailable': 1, 'render-error': 1, 'part-unavailable': 1,
} satisfies Record<WarningCode, 1>) as WarningCode[];

// Values no translation would write by itself, so that finding them proves they were passed through.
const NAME = 'Prov Ωmega';
const COMPANY = 'Kompany Σ Ltd.';
const HOST = 'social.example.org';
const SOFTWARE = 'Soft Ψare';
const TITLE = 'Title “7” ✓';
const HOSTS = ['one.example', 'two.example', 'three.example'];
const DAYS = [0, 1, 2, 3, 5, 11, 22, 100, 101, 180, 395];
/** Expiry dates as the settings element formats them, including the 1st, 8th and 11th (Italian "all'8", "all'11"). */
const DATES = [new Date(2026, 2, 1), new Date(2026, 2, 8), new Date(2026, 10, 11), new Date(2027, 0, 23)];

const parties: ProviderNames[] = KINDS.flatMap((kind) => [
  { name: NAME, company: COMPANY, kind },
  { name: HOST, company: HOST, kind, software: SOFTWARE },
]);

/** The calls to make of each text, by its path: a text with no entry here fails the test. */
function calls(lang: string): Record<string, unknown[][]> {
  const each = parties.map((p) => [p]);
  const named = [[NAME]];
  return {
    load: KINDS.map((kind) => [kind]),
    loadLabel: KINDS.map((kind) => [kind, TITLE]),
    notice: each,
    noticeShort: each,
    contacts: [1, 2, 3].map((n) => [HOSTS.slice(0, n)]),
    privacyLink: each,
    remember: parties.flatMap((p) => DAYS.map((n) => [p, n])),
    rememberedFor: parties.flatMap((p) => DAYS.map((n) => [p, n])),
    blocked: each,
    withdraw: each,
    loaded: parties.map((p) => [p, TITLE]),
    untitled: each,
    error: CODES.map((code) => [code]),
    'settings.remembered': DATES.map((date) => [new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(date)]),
    'settings.withdrawLabel': named,
    'settings.allowLabel': named,
    'settings.withdrawn': named,
    'settings.allowed': named,
    'settings.previews': named,
    'previews.show': each,
    'previews.notice': each,
  };
}

/** Every text of a translation, by path ("settings.empty"). */
function texts(t: object, prefix = ''): Map<string, unknown> {
  const found = new Map<string, unknown>();
  for (const [key, value] of Object.entries(t)) {
    if (value && typeof value === 'object') for (const entry of texts(value, `${prefix}${key}.`)) found.set(...entry);
    else found.set(`${prefix}${key}`, value);
  }
  return found;
}

/**
 * What must never reach a visitor: a missing value, a failed number, an
 * object, a leftover slot, markup, stray spaces. Returns the problems found,
 * so that a test reports all of them at once.
 */
function problems(text: unknown, where: string): string[] {
  if (typeof text !== 'string') return [`${where} gave ${typeof text}`];
  const found = ['undefined', 'NaN', '[object', '{', '}'].filter((garbage) => text.includes(garbage));
  if (!text.trim()) found.push('nothing');
  if (text !== text.trim() || / {2}/.test(text)) found.push('stray spaces');
  if (/<\/?[a-z]/i.test(text)) found.push('markup');
  return found.map((problem) => `${where} → ${JSON.stringify(text)}: ${problem}`);
}

/** The values a call passes in that the text should show: not the kinds and codes, which are keys. */
function needles(args: unknown[]): string[] {
  const found: string[] = [];
  const keys: readonly string[] = [...KINDS, ...CODES];
  for (const arg of args) {
    if (typeof arg === 'string') {
      if (!keys.includes(arg)) found.push(arg);
    } else if (Array.isArray(arg)) found.push(...(arg as string[]));
    else if (arg && typeof arg === 'object') {
      const p = arg as ProviderNames;
      found.push(p.name, p.company, ...(p.software ? [p.software] : []));
    }
  }
  return found;
}

test('the published languages are exactly the translations tested here, plus English', () => {
  expect(Object.keys(translations).sort()).toEqual(LANGUAGES.filter((lang) => lang !== 'en').sort());
});

for (const [file, t] of Object.entries(translations)) {
  test.describe(`${file}.ts`, () => {
    test('has the language of its file name and the right direction', () => {
      expect(t.lang).toBe(file);
      expect(t.dir).toBe(file === 'ar' ? 'rtl' : 'ltr');
    });

    test('has the same texts as English, of the same types, nested the same way', () => {
      const english = texts(en);
      const own = texts(t);
      expect([...own.keys()].sort()).toEqual([...english.keys()].sort());
      expect(Object.keys(t.settings ?? {}).sort()).toEqual(Object.keys(en.settings).sort());
      expect(Object.keys(t.previews ?? {}).sort()).toEqual(Object.keys(en.previews).sort());
      for (const [path, value] of english) expect(typeof own.get(path), path).toBe(typeof value);
      expect([...own].flatMap(([path, value]) => (typeof value === 'string' ? problems(value, path) : []))).toEqual([]);
    });

    test('every text with parameters gives clean text that shows every name, title and host English shows', () => {
      const plan = calls(t.lang);
      const english = texts(en);
      const found: string[] = [];
      for (const [path, fn] of texts(t)) {
        if (typeof fn !== 'function') continue;
        if (!plan[path]) {
          found.push(`${path}: no calls are planned for it`);
          continue;
        }
        const reference = english.get(path) as (...args: unknown[]) => string;
        for (const args of plan[path]) {
          const where = `${path}(${JSON.stringify(args)})`;
          const text = (fn as (...args: unknown[]) => unknown)(...args);
          found.push(...problems(text, where));
          const shown = reference(...args);
          for (const needle of needles(args)) {
            if (shown.includes(needle) && !String(text).includes(needle)) found.push(`${where} → ${JSON.stringify(text)}: no ${needle}`);
          }
        }
      }
      expect(found).toEqual([]);
    });

    test('gives each kind its own words', () => {
      const party = (kind: EmbedKind) => ({ name: NAME, company: COMPANY, kind });
      for (const fn of [t.load, (kind: EmbedKind) => t.untitled(party(kind)), (kind: EmbedKind) => t.notice(party(kind))]) {
        expect(new Set(KINDS.map(fn)).size).toBe(KINDS.length);
      }
    });

    test('shows the number of days in the plural form the language needs', () => {
      const party: ProviderNames = { name: NAME, company: COMPANY, kind: 'video' };
      const number = new Intl.NumberFormat(t.lang);
      const rules = new Intl.PluralRules(t.lang);
      // The note of a site that offers only remembering, and the checkbox that remembers.
      for (const said of [(n: number) => t.rememberedFor(party, n), (n: number) => t.remember(party, n)]) {
        // Arabic says one and two days in words: "يوم واحد", "يومين".
        for (const n of DAYS) {
          if (!(t.lang === 'ar' && ['one', 'two'].includes(rules.select(n)))) expect(said(n), String(n)).toContain(number.format(n));
        }
        const words = (n: number) => said(n).replace(number.format(n), '#');
        expect(words(1)).not.toBe(words(2));
        // The words follow the plural category, not the number: counts of one category read alike.
        const byCategory = new Map<string, string>();
        for (const n of DAYS) {
          const category = rules.select(n);
          if (category === 'one' || category === 'two') continue;
          byCategory.set(category, byCategory.get(category) ?? words(n));
          expect(words(n), String(n)).toBe(byCategory.get(category));
        }
      }
    });

    test('keeps the short notice short enough for a small box', () => {
      for (const party of parties) {
        const text = t.noticeShort(party).replace(party.company, '');
        expect(text.length, text).toBeLessThanOrEqual(48);
      }
    });
  });
}
