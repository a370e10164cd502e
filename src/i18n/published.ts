import { addTranslation, setTranslationLoader } from './languages.js';
import type { Translation } from './translation.js';

/**
 * The languages published with the library besides English, each a module of
 * its own, imported the first time an element needs it: a file beside the
 * script for the script tag, a chunk of an app's bundle for npm.
 */
export const published: Readonly<Record<string, () => Promise<Readonly<Record<string, Translation>>>>> = {
  de: () => import('./de.js'),
  fr: () => import('./fr.js'),
  es: () => import('./es.js'),
  it: () => import('./it.js'),
  nl: () => import('./nl.js'),
  pl: () => import('./pl.js'),
  pt: () => import('./pt.js'),
  sv: () => import('./sv.js'),
  ar: () => import('./ar.js'),
};

/** Lets elements load the published languages on demand. */
export function usePublishedLanguages(): void {
  setTranslationLoader(async (lang) => {
    const load = published[lang];
    if (!load) throw new Error(`no published ${lang} texts`);
    for (const translation of Object.values(await load())) addTranslation(translation);
  });
}
