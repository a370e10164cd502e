import { defaultStore } from '../core/default-store.js';
import { warn } from '../core/warn.js';
import { listProviders } from '../providers/registry.js';
import type { Bridge, ManagerState } from './bridge.js';

/** Whether a provider is consented to, refused, or undecided under a state. */
function verdict(categories: readonly string[], state: ManagerState, closed: boolean): boolean | undefined {
  const values = categories.map((category) => (Object.hasOwn(state, category) ? state[category] : closed ? false : undefined));
  if (values.includes(false)) return false;
  return values.length > 0 && values.every((value) => value === true) ? true : undefined;
}

/**
 * Keeps the library and a consent manager in step:
 *
 * - The manager's explicit consent to a provider's categories grants it, for
 *   the browsing session (the manager remembers its own choices). A choice
 *   the visitor withdrew here is not revived by a state read back on load:
 *   only a new action in the manager grants over it.
 * - A refusal the visitor makes in the manager withdraws and unloads. A
 *   refusal read back on load does so only for a manager told of every choice
 *   made here (`tell`), since for the others it may predate a click here.
 * - A choice made here is told to the manager, where it has a single service
 *   for the provider.
 *
 * Nothing the manager says beyond explicit decisions counts; a manager that
 * is missing, throws or answers nonsense leaves the embeds working on their
 * own, with one warning per cause. Returns what disconnects the bridge.
 */
export function connectBridge(bridge: Bridge): () => void {
  const store = defaultStore();
  const source = `bridge:${bridge.name}` as const;
  const faults = new Set<string>();
  /** What the manager last said per provider, so that a change from consent to refusal is seen as one. */
  const last = new Map<string, boolean>();
  const fault = (why: string) => {
    if (faults.has(why)) return;
    faults.add(why);
    warn('bridge', `the ${bridge.name} bridge: ${why} Embeds keep asking visitors themselves.`);
  };
  const ids = () => listProviders().map((p) => p.id);

  const apply = async (state: ManagerState, closed: boolean, action: boolean) => {
    for (const id of ids()) {
      const categories = bridge.categories(id);
      const now = categories && verdict(categories, state, closed);
      if (now === undefined) continue;
      const before = last.get(id);
      last.set(id, now);
      if (now) {
        if (listProviders().find((p) => p.id === id)?.instances) continue; // Consent to those is per server, given on its placeholder.
        if ((await store.get(id)) || (!action && (await store.withdrawn(id)))) continue;
        await store.grant(id, 'session', { source });
      } else if (action || bridge.manager.tell || before === true) {
        // Every key of the provider: its own, and each server of a provider of many.
        const granted = (await store.list()).map((r) => r.provider).filter((key) => key === id || key.startsWith(`${id}:`));
        await Promise.all(granted.map((key) => store.revoke(key, { source })));
      }
    }
  };

  let queue = Promise.resolve();
  /** The last state reported: the first is read back on load, and a later one that differs is the visitor acting now. */
  let previous: string | undefined;
  const report = (state: ManagerState, closed = false) => {
    if (typeof state !== 'object' || state === null) return fault('its manager answered with something that is not a consent state.');
    // Plain booleans only: anything else from a manager is nonsense, and reads as undecided.
    const clean: Record<string, boolean> = {};
    for (const [key, value] of Object.entries(state)) if (typeof value === 'boolean') clean[key] = value;
    const text = JSON.stringify([clean, closed]);
    const action = previous !== undefined && text !== previous;
    if (text === previous) return;
    previous = text;
    // In order: a refusal must not be overtaken by the consent read before it.
    queue = queue.then(() => apply(clean, closed, action)).catch((error) => fault(`it failed while applying the manager's state (${error}).`));
  };

  let stop: () => void = () => {};
  try {
    stop = bridge.manager.watch(report, fault);
  } catch (error) {
    fault(`its manager could not be followed (${error}).`);
  }

  const unsubscribe = store.subscribe(({ provider, record, source: from, remote }) => {
    // The manager's own changes, reads from storage and other tabs' choices (which that tab tells) are not told again.
    if (from === 'storage' || remote || from.startsWith('bridge:') || !bridge.manager.tell) return;
    // One server's consent is not the provider's: telling the manager would grant every server.
    if (provider.includes(':')) return;
    const categories = bridge.categories(provider.split(':')[0]!);
    if (categories?.length !== 1) return;
    try {
      bridge.manager.tell(categories[0]!, record !== undefined);
    } catch (error) {
      fault(`its manager refused to be told of a choice (${error}).`);
    }
  });

  return () => {
    unsubscribe();
    try {
      stop();
    } catch {
      // A manager that fails to let go has nothing more to say to us anyway.
    }
  };
}

