import { pageWide } from '../core/page.js';

// Which providers the page shows, for the bridges: the element marks them, the
// bridge engine (a file beside the core) listens. What both read is page-wide,
// so this module holds no state of its own and the engine carries its own copy
// of `providersInUse`, which the core never runs.

/** Provider ids some element on this page shows, and who wants to hear of a new one; page-wide, see `pageWide`. */
const inUse = () => pageWide('in-use', () => ({ ids: new Set<string>(), listeners: new Set<(id: string) => void>() }));

/** Notes that an element shows `id`'s embeds: a bridge then mirrors the site's consent manager for it. */
export function markInUse(id: string): void {
  const { ids, listeners } = inUse();
  if (ids.has(id)) return;
  ids.add(id);
  for (const listener of listeners) listener(id);
}

/** The provider ids elements on this page have shown; `listener` hears of each new one. Returns the unsubscribe. */
export function providersInUse(listener?: (id: string) => void): { ids: ReadonlySet<string>; stop: () => void } {
  const { ids, listeners } = inUse();
  if (listener) listeners.add(listener);
  return { ids, stop: () => void (listener && listeners.delete(listener)) };
}
