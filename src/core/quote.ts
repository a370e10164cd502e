// Stateless, and needed only where a warning is worded: in the file of
// messages, and copied into each file beside the core that words its own.

/**
 * Quotes what a page gave us for a message: shortened, and with any user name
 * or password taken out, since a console is often shared or sent to a logger.
 */
export function quote(value: string): string {
  let safe = value;
  if (URL.canParse(value)) {
    // Redacted from what the URL parser reads, which skips leading spaces and
    // takes backslashes for slashes: a pattern on the raw text would miss those.
    const url = new URL(value);
    if (url.username || url.password) {
      url.username = url.password = '';
      safe = url.href.replace('//', '//…@');
    }
  } else {
    // Not a URL (port 99999, an unclosed `[`), but it may still hold one's
    // credentials: everything up to the last `@` of the authority goes.
    // The URL parser skips leading controls and spaces (U+0000 to U+0020): so does this.
    safe = value.replace(/^([\x00-\x20]*)([a-z][a-z\d+.-]*:)?([\\/]*)[^\\/?#]*@/i, '$1$2$3…@');
  }
  return JSON.stringify(safe.length > 80 ? `${safe.slice(0, 80)}…` : safe);
}
