import { warn } from '../core/warn.js';
import { previews as enPreviews } from './en-previews.js';
import { settings as enSettings } from './en-settings.js';
import type { ProviderNames, Translation } from './translation.js';

// A site's own texts over a translation: loaded the first time a site sets some.

/**
 * The slots each text's parameters fill, in order: a provider fills `{name}`
 * and `{company}`; `{kind}` is the kind of embed (`video`, `map`…).
 */
const SLOTS: Record<string, readonly string[]> = {
  load: ['kind'],
  loadLabel: ['kind', 'title'],
  contacts: ['hosts'],
  remember: ['provider', 'days'],
  rememberedFor: ['provider', 'days'],
  loaded: ['provider', 'title'],
  'settings.remembered': ['until'],
  'settings.withdrawLabel': ['name'],
  'settings.allowLabel': ['name'],
  'settings.withdrawn': ['name'],
  'settings.allowed': ['name'],
  'settings.previews': ['name'],
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
 * as HTML. Keys of the settings element's texts are written `settings.empty`,
 * and those of the previews offer `previews.show`.
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
  const copy: Record<string, unknown> = { ...base, settings: { ...(base.settings ?? enSettings) }, previews: { ...(base.previews ?? enPreviews) } };
  for (const key of keys) {
    const grouped = /^(settings|previews)\.(.*)$/s.exec(key);
    const [group, inner] = grouped ? [copy[grouped[1]!] as Record<string, unknown>, grouped[2]!] : [copy, key];
    if (!Object.hasOwn(group, inner) || ['lang', 'dir', 'settings', 'previews'].includes(inner)) {
      warn('invalid-config', 'no-such-text', key);
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
