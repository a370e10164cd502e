/**
 * The browsing session, as a session cookie sees it: the same in every tab of
 * the site and in tabs opened later, kept across reloads, gone when the browser
 * restarts. A session cookie is exactly that lifetime, so a random id in one is
 * the marker that session-scoped records are checked against. The cookie holds
 * no choice, only the id; `sessionStorage` would not do, since each tab starts
 * with its own.
 */
const COOKIE = 'consent-embed-session';

let pageSession: string | undefined;

function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function readCookie(): string | undefined {
  const match = document.cookie.match(/(?:^|;\s*)consent-embed-session=([0-9a-f]{32})(?:;|$)/);
  return match?.[1];
}

/**
 * Returns this browsing session's id, creating the cookie when it is missing.
 * Where cookies are off or throw (sandboxed frames), the id lives as long as
 * the page, which is the narrowest honest reading of "this session".
 */
export function browsingSession(): string {
  try {
    const existing = readCookie();
    if (existing) return existing;
    const id = randomId();
    const secure = location.protocol === 'https:' ? '; Secure' : '';
    document.cookie = `${COOKIE}=${id}; path=/; SameSite=Strict${secure}`;
    if (readCookie() === id) return id;
  } catch {
    // Cookies blocked: fall through to a page-lifetime id.
  }
  return (pageSession ??= randomId());
}
