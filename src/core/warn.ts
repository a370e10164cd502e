/**
 * Every problem the library reports has a stable code, so a site author can
 * search for it and a test can assert it.
 */
export type WarningCode =
  | 'invalid-src'
  | 'unknown-provider'
  | 'invalid-provider'
  | 'wrong-host'
  | 'invalid-id'
  | 'invalid-template'
  | 'invalid-title'
  | 'foreign-poster'
  | 'invalid-poster'
  | 'storage-unavailable'
  | 'duplicate-provider'
  | 'trusted-types';

/** Logs one console warning in the library's format: `consent-embed [code]: message`. */
export function warn(code: WarningCode, message: string): void {
  console.warn(`consent-embed [${code}]: ${message}`);
}

/**
 * Quotes what a page gave us for a message: shortened, and with any user name
 * or password taken out, since a console is often shared or sent to a logger.
 */
export function quote(value: string): string {
  const safe = value.replace(/^([a-z][a-z0-9+.-]*:\/*)[^/?#]*@/i, '$1…@');
  return JSON.stringify(safe.length > 80 ? `${safe.slice(0, 80)}…` : safe);
}

/**
 * Reads a property a page or a framework set: text as it is, a URL object as
 * its address (where `url` allows), numbers and booleans as text, null and
 * undefined as absent. Anything else (a symbol, an object, a function) cannot
 * be read without running the page's code, so it is refused, with the name of
 * its type for the warning.
 */
export function readText(value: unknown, url = false): { text: string | null } | { refused: string } {
  if (value === null || value === undefined) return { text: null };
  switch (typeof value) {
    case 'string':
      return { text: value };
    case 'number':
    case 'bigint':
    case 'boolean':
      return { text: String(value) };
  }
  if (url && value instanceof URL) return { text: value.href };
  return { refused: typeof value === 'object' ? 'an object' : `a ${typeof value}` };
}
