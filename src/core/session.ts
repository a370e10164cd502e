import { readCookies, writeCookie } from './page.js';

/**
 * The browsing session, as a session cookie sees it: the same in every tab of
 * the site and in tabs opened later, kept across reloads, gone when the browser
 * restarts. A session cookie is exactly that lifetime, so a random id in one is
 * the marker that session-scoped records are checked against. The cookie holds
 * no choice, only the id; `sessionStorage` would not do, since each tab starts
 * with its own.
 *
 * The marker is only as good as the guarantee that nobody else can set it: a
 * sibling subdomain that plants a same-named cookie for the whole domain, with
 * a long `Max-Age`, would turn every session choice into a permanent one. The
 * `__Host-` prefix is the platform's answer: the browser accepts such a cookie
 * only from this very host, `Secure`, with `Path=/` and no `Domain`, so no
 * other host can set or shadow it. Every secure context can use it (https, and
 * localhost). A page on plain http cannot; its cookies are open to any sibling
 * and to the network itself, and the README says so.
 */
const NAME = 'consent-embed-session';

let pageSession: string | undefined;

function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function readCookie(name: string): string | undefined {
  // Through the prototype's accessor: `<img name="cookie">` makes `document.cookie` that element.
  for (const pair of readCookies().split(/;\s*/)) {
    const [key, value] = pair.split('=', 2);
    if (key === name && value && /^[0-9a-f]{32}$/.test(value)) return value;
  }
  return undefined;
}

/** The id read in this task: `document.cookie` is a synchronous round trip to the browser, and a page of a hundred embeds asks for it a thousand times. */
let read: string | undefined;

/**
 * Returns this browsing session's id, creating the cookie when it is missing.
 * Where cookies are off or throw (sandboxed frames), the id lives as long as
 * the page, which is the narrowest honest reading of "this session". Read
 * once per task: another tab may set the cookie between two tasks, never
 * within one of this page's.
 */
export function browsingSession(): string {
  if (read === undefined) {
    read = currentSession();
    setTimeout(() => (read = undefined));
  }
  return read;
}

function currentSession(): string {
  if (pageSession) return pageSession;
  try {
    const secure = globalThis.isSecureContext;
    const name = secure ? `__Host-${NAME}` : NAME;
    const existing = readCookie(name);
    if (existing) return existing;
    const id = randomId();
    writeCookie(`${name}=${id}; Path=/; SameSite=Strict${secure ? '; Secure' : ''}`);
    // Read back in the next task, not in the click that grants: each `document.cookie` is a synchronous round
    // trip. That task runs before any other read (browsingSession's cache is reset after it). No cookie there
    // means cookies do not stick (blocked, a sandbox): the id the choice was stamped with lives as long as the
    // page. A cookie that goes later was cleared, and the session with it.
    setTimeout(() => {
      let kept: string | undefined;
      try {
        kept = readCookie(name);
      } catch {
        // Unreadable now: no cookie either.
      }
      if (!kept) pageSession ??= id;
    });
    return id;
  } catch {
    // Cookies blocked: fall through to a page-lifetime id.
  }
  return (pageSession ??= randomId());
}
