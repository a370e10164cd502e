/**
 * A short, stable fingerprint of what the visitor was told about a provider:
 * its name, the company that receives the data, and the origins it contacts.
 * A record keeps it, so that a provider that now sends data somewhere else is
 * asked about again. It detects change, it does not resist forgery (anyone who
 * can write the record can write consent), so a fast synchronous hash serves:
 * 53-bit cyrb53, which needs no secure context as `crypto.subtle` would.
 */
export function digest(name: string, company: string, origins: readonly string[]): string {
  const text = JSON.stringify([name, company, [...origins].sort()]);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
