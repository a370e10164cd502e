import type { MessageId } from './messages.js';
import { pageWide } from './page.js';

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
  | 'short-link'
  | 'page-link'
  | 'invalid-template'
  | 'provider-error'
  | 'invalid-size'
  | 'invalid-title'
  | 'foreign-poster'
  | 'invalid-poster'
  | 'preview-failed'
  | 'storage-unavailable'
  | 'duplicate-provider'
  | 'trusted-types'
  | 'bridge'
  | 'invalid-config'
  | 'language-unavailable'
  | 'render-error'
  | 'part-unavailable';

/**
 * What is wrong: the id of a message of the core (core/messages.ts) and the
 * values it is about, or a sentence whole, from a file loaded on demand.
 */
export type Message = readonly [message: MessageId | (string & {}), ...values: string[]];

/** The sentences of the core's warnings: a file of their own, fetched the first time a page has something to say. */
let sentences: Promise<(message: string, values: readonly string[]) => string> | undefined;

/** The sentence a message says, once the file of messages is here; its id if that file cannot be loaded. */
export function sentence(...[message, ...values]: Message): Promise<string> {
  // A moment later, not now: a warning given while the script-tag core is still starting, before it can load its files, waits for it.
  sentences ??= Promise.resolve()
    .then(() => import('./messages.js'))
    .then(
      ({ say }) => say,
      // Its id alone: the values are quoted, and a user name or password in them taken out, only by that file.
      () => (id) => id
    );
  return sentences.then((say) => say(message, values));
}

/**
 * Logs one console warning in the library's format: `consent-embed [code]:
 * message`. Its sentence comes with the file of messages, so the warning is
 * printed a moment later, warnings in the order they were given; if that file
 * cannot be loaded, the message's id is printed instead.
 */
export function warn(code: WarningCode, ...message: Message): void {
  count(1);
  sentence(...message)
    .then((text) => console.warn(`consent-embed [${code}]: ${text}`))
    .catch(() => {
      // A page that broke console.warn gets no warning, and no error from us either.
    })
    .finally(() => count(-1));
}

/**
 * Counts the warnings on their way, page-wide, so that a test or a tool that
 * reads the console can wait for them. The key is the page's to overwrite: a
 * value there that throws loses the count, never the warning.
 */
function count(by: number): void {
  try {
    pageWide('warnings', () => ({ pending: 0 })).pending += by;
  } catch {
    // Not ours any more.
  }
}

/** URL's own `href` getter, kept: a page's object may only look like a URL, and throw or lie when asked. */
const href = Object.getOwnPropertyDescriptor(URL.prototype, 'href')!.get!;

/**
 * Reads a property a page or a framework set: text as it is, a URL object as
 * its address (where `url` allows), numbers and booleans as text, null and
 * undefined as absent. Anything else (a symbol, an object, a function) cannot
 * be read without running the page's code, so it is refused, with the name of
 * its type for the warning.
 */
export function readText(value: unknown, url = false): { text: string | null } | { refused: string } {
  if (value === null || value === undefined) return { text: null };
  if (['string', 'number', 'bigint', 'boolean'].includes(typeof value)) return { text: String(value) };
  if (url && typeof value === 'object') {
    try {
      return { text: href.call(value) as string };
    } catch {
      // Not a real URL (a proxy, an object made from URL.prototype): refused below.
    }
  }
  return { refused: typeof value === 'object' ? 'an object' : `a ${typeof value}` };
}
