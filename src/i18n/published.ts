import { setTranslationLoaders, type Loaders } from './languages.js';

/**
 * The languages published with the library besides English, each a module of
 * its own, imported the first time an element needs it: a file beside the
 * script for the script tag, a chunk of an app's bundle for npm.
 */
export const published: Loaders = {
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
  setTranslationLoaders(published);
}
