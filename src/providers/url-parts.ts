// Readers for pieces of provider URLs, and of their frames' messages, that more than one provider has.

const SECONDS = /^(\d{1,6})s?$/;
const CLOCK = /^(?:(\d{1,3})h)?(?:(\d{1,4})m)?(?:(\d{1,6})s)?$/;

/**
 * Reads a start time as video sites write it in links: `90`, `90s`, `1m30s`,
 * `1h2m3s` (also `01h02m03s`). Anything else, and zero, mean no start.
 */
export function parseStart(value: string | null | undefined): number | undefined {
  if (!value) return undefined;
  const plain = SECONDS.exec(value);
  if (plain) return Number(plain[1]) || undefined;
  const clock = CLOCK.exec(value);
  if (!clock) return undefined;
  const [, h = '0', m = '0', s = '0'] = clock;
  return Number(h) * 3600 + Number(m) * 60 + Number(s) || undefined;
}

/**
 * A name part of a path, decoded (Apple writes non-Latin names percent-encoded).
 * Null for an encoded or decoded slash or backslash, a control character, or a
 * dot segment: it goes back into a URL path, and must stay one segment.
 */
export function pathName(raw: string | undefined): string | null | undefined {
  if (raw === undefined) return undefined;
  if (/%(?:2f|5c)/i.test(raw)) return null;
  try {
    const name = decodeURIComponent(raw);
    return /^[^\p{Cc}\p{Cf}/\\]{1,200}$/u.test(name) && !/^\.{1,2}$/.test(name) ? name : null;
  } catch {
    return null;
  }
}

/**
 * A frame's message as an object: most frames post it as JSON text, some versions as the object itself.
 * Text that begins like JSON and is not throws, which the height listener takes as a message of another shape.
 */
export function messageData(data: unknown): unknown {
  return typeof data === 'string' && data.startsWith('{') ? (JSON.parse(data) as unknown) : data;
}

/**
 * The options of a link that a provider passes on to its frame: those `allowed` names, each with a value its
 * pattern accepts, the first of each name, in the link's order. Any other is dropped, and the target stays.
 */
export function allowedOptions(query: URLSearchParams, allowed: Readonly<Record<string, RegExp>>): [string, string][] {
  const kept: [string, string][] = [];
  for (const [name, value] of query) {
    const pattern = Object.hasOwn(allowed, name) ? allowed[name] : undefined;
    if (pattern?.test(value) && !kept.some(([k]) => k === name)) kept.push([name, value]);
  }
  return kept;
}

/** The page, slide or part a link opens on: 2 and up, since every embed opens on the first unasked. */
export function pageNumber(value: string | null | undefined): number | undefined {
  return value && /^\d{1,5}$/.test(value) && Number(value) > 1 ? Number(value) : undefined;
}
