/**
 * Every problem the library reports has a stable code, so a site author can
 * search for it and a test can assert it.
 */
export type WarningCode =
  | 'invalid-src'
  | 'unknown-provider'
  | 'invalid-id'
  | 'foreign-poster'
  | 'storage-unavailable'
  | 'duplicate-provider';

/** Logs one console warning in the library's format: `consent-embed [code]: message`. */
export function warn(code: WarningCode, message: string): void {
  console.warn(`consent-embed [${code}]: ${message}`);
}
