import { pageWide } from './page.js';
import { VERSION } from './version.js';

/**
 * What one copy of the script-tag core shares with the files it loads: the
 * kit (see kit.ts), and how to load them. Page-wide per version, under
 * `Symbol.for('consent-embed.copy@<version>')`, where the build points those
 * files: the first copy of a version on the page lends its own to all.
 */
export interface Copy {
  readonly kit: object;
  /** Loads a file from beside the core script: `providers/vimeo.min.js`. */
  readonly part: (path: string) => Promise<unknown>;
}

/**
 * Sets up loading from beside the script at `base`: dynamic `import()`
 * resolves against it, stays on the site's own origin, and a CSP that allows
 * the core allows its files (`script-src 'self'`, or the nonce the core script
 * carries, which the files inherit). The first copy on the page is kept.
 * Without a `base` (none, or the empty `src` of an inline script) nothing loads.
 */
export function lend(kit: object, base: string | undefined): Copy {
  return pageWide(`copy@${VERSION}`, () => ({
    kit,
    // With the version in the address: a file cached from an older release, whose chunks and kit no longer exist, is never reused.
    // Async, as import() is: whatever goes wrong is a rejection, never a throw at the caller.
    part: async (path: string) => {
      if (!base) throw new Error('the script tag has no src to find its files by');
      return import(/* the file beside the script */ new URL(`${path}?v=${VERSION}`, base).href);
    },
  }));
}
