import { defaultStore } from '../core/default-store.js';
import { listen, pageWide, readyStateOf, unlisten } from '../core/page.js';
import type { ConsentRecord } from '../core/record.js';
import { warn } from '../core/warn.js';
import { getProvider, providersInUse } from '../providers/registry.js';
import type { Bridge, Follow, ManagerState } from './bridge.js';

/** `grant`, from the file the page's API loads too: shared, not copied into this one. */
const choices = () => import('../core/choices.js');

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
 *   only a new consent to that provider's categories in the manager (a change
 *   of its verdict while the page is open) grants over it.
 * - A refusal the visitor makes in the manager (a change of the provider's
 *   verdict) withdraws and unloads. A refusal read back on load does so only
 *   for a manager told of every choice made here (`tell`), since for the
 *   others it may predate a click here; for them it withdraws only what was
 *   chosen on this page before the bridge came, unheard. Nothing granted
 *   here after the manager spoke is withdrawn by what it said.
 * - A choice made here is told to the manager, where it has a single service
 *   for the provider.
 *
 * Nothing the manager says beyond explicit decisions counts; a manager that
 * is missing, throws or answers nonsense leaves the embeds working on their
 * own, with one warning per cause. A stored state is applied only where
 * storage could say whether the visitor withdrew here: a read that failed
 * grants nothing without a new answer in the manager. Returns what
 * disconnects the bridge; once disconnected, nothing the manager calls back
 * does anything.
 */
export function connectBridge(bridge: Bridge): () => void {
  const store = defaultStore();
  const source = `bridge:${bridge.name}` as const;
  /**
   * Whether a grant was made on this page while no bridge listened (its file
   * on its way, or the site connecting it late): a refusal the manager holds
   * when this one comes may be older or newer than it, and is taken as
   * newer, so as never to keep an embed the visitor may have refused since.
   */
  const heard = pageWide('bridge-heard', () => ({ until: -Infinity }));
  const [since, arrived] = [heard.until, store.now()];
  const unheard = (record: ConsentRecord) => store.madeHere(record) && record.stamp > since && record.stamp <= arrived;
  const faults = new Set<string>();
  /** What the manager last said per provider (undecided too), so that a change of its word is seen as one. */
  const last = new Map<string, boolean | undefined>();
  /** Set by the returned disconnect: from then on nothing the manager calls back does anything. */
  let stopped = false;
  const cleanups: (() => void)[] = [];
  /** What the adapter called its manager (`window.Cookiebot`), for the warnings. */
  let manager = 'its manager';
  const fault = (why: string) => {
    if (stopped || faults.has(why)) return;
    faults.add(why);
    warn('bridge', `the ${bridge.name} bridge: ${why} Embeds keep asking visitors themselves.`);
  };

  /**
   * The one guard around everything an adapter hands to the manager or the
   * page: inert once stopped, and a throw (a manager whose data throws when
   * read) is one warning, never an error in the manager's code or the page's.
   */
  const guard =
    <A extends unknown[]>(callback: (...args: A) => unknown) =>
    (...args: A): void => {
      if (stopped) return;
      try {
        callback(...args);
      } catch (error) {
        fault(`${manager} failed (${error}).`);
      }
    };

  /** A site's map may hold anything: a category list that is not text is a fault, named once, and that provider is left out. */
  const categoriesOf = (id: string): readonly string[] | undefined => {
    const categories: unknown = bridge.categories(id);
    if (categories === undefined) return undefined;
    if (Array.isArray(categories) && categories.length && categories.every((c) => typeof c === 'string')) return categories;
    fault(`its map gives ${JSON.stringify(id)} something that is not a category or a list of categories.`);
    return undefined;
  };

  /**
   * Applies one state the manager told when the order of choices stood at
   * `at`, to the providers `ids`. Decided per provider: one whose verdict
   * changed since the manager last spoke (undecided included) is the visitor
   * acting in the manager now; one heard of for the first time is read back
   * from before. Nothing the visitor did on this page after `at` is undone.
   */
  const apply = async (state: ManagerState, closed: boolean, at: number, ids: readonly string[]) => {
    // Before anything is weighed: between a look at a withdrawal and the grant it allows, nothing may wait.
    let grant: (typeof import('../core/choices.js'))['grant'];
    try {
      ({ grant } = await choices());
    } catch (error) {
      fault(`could not load the file it grants with (${String(error)}).`);
      return;
    }
    let granted: ConsentRecord[] | undefined;
    for (const id of ids) {
      const categories = categoriesOf(id);
      if (!categories) continue;
      const now = verdict(categories, state, closed);
      const told = last.has(id);
      const before = last.get(id);
      last.set(id, now);
      if (now === undefined) continue;
      const acted = told && before !== now;
      if (now) {
        // Consent to a provider of many servers is per server, given on its placeholder.
        if (getProvider(id)?.instances) continue;
        // One read of storage: granted already, or withdrawn (and when), or storage could not say.
        const { record, known } = await store.read(id);
        if (record) continue;
        const withdrawn = store.withdrawnAt(id) ?? (known ? 'none' : 'unknown');
        // Withdrawn here, or storage could not say: a state read back from before does not grant;
        // an answer given anew in the manager does, unless the withdrawal is newer still.
        if (withdrawn !== 'none' && (!acted || (withdrawn !== 'unknown' && withdrawn > at))) continue;
        if (stopped) return;
        await grant(id, { source });
      } else if (acted || !told) {
        // A refusal read back counts against every grant only for a manager told of every click here; for the others,
        // against the grants made here before the bridge came.
        const all = acted || !!bridge.manager.tell;
        // Every key of the provider (its own, and each server of a provider of many) granted before the manager said no.
        granted ??= await store.list();
        const keys = granted
          .filter((r) => (r.provider === id || r.provider.startsWith(`${id}:`)) && r.stamp <= at && (all || unheard(r)))
          .map((r) => r.provider);
        // Storage could not be read: a grant it may hold is withdrawn too, unless this page granted after the manager spoke.
        if (all && !store.canRemember && !keys.includes(id) && !granted.some((r) => r.provider === id)) keys.push(id);
        if (stopped) return;
        await Promise.all(keys.map((key) => store.revoke(key, { source })));
      }
    }
  };

  /**
   * The providers the bridge mirrors: those elements on this page show, and
   * those the site's map names. A manager's "accept all" is not consent to
   * providers the visitor never met on this site.
   */
  const mirrored = () => [...new Set([...inUse.ids, ...bridge.mapped])].filter((id) => getProvider(id));

  let queue = Promise.resolve();
  /** The last state reported, to skip repeats and to apply to providers that appear later. */
  let previous: { text: string; state: ManagerState; closed: boolean; at: number } | undefined;
  const enqueue = (run: () => Promise<void>) => {
    // In order: a refusal must not be overtaken by the consent read before it.
    queue = queue.then(() => (stopped ? undefined : run())).catch((error) => fault(`it failed while applying the manager's state (${error}).`));
  };
  const report = (state: ManagerState, closed = false) => {
    if (stopped) return;
    const at = store.now();
    let clean: Record<string, boolean>;
    try {
      if (typeof state !== 'object' || state === null) return fault('its manager answered with something that is not a consent state.');
      // Plain booleans only: anything else from a manager is nonsense, and reads as undecided.
      clean = {};
      for (const [key, value] of Object.entries(state)) if (typeof value === 'boolean') clean[key] = value;
    } catch (error) {
      return fault(`its manager's state could not be read (${error}).`);
    }
    const text = JSON.stringify([clean, closed]);
    if (text === previous?.text) return;
    previous = { text, state: clean, closed, at };
    enqueue(() => apply(clean, closed, at, mirrored()));
  };
  // An element that shows a new provider (a SPA route, content added later) gets the manager's word as it stands.
  const inUse = providersInUse((id) => {
    const known = previous;
    // As of when the manager spoke: nothing chosen here since is undone by it.
    if (known) enqueue(() => apply(known.state, known.closed, known.at, [id]));
  });

  const follow: Follow = {
    report,
    fault,
    guard,
    on(type, listener) {
      const guarded = guard(listener) as EventListener;
      listen(window, type, guarded);
      cleanups.push(() => unlisten(window, type, guarded));
    },
    whenPresent(find, use, what) {
      manager = what;
      let timer: ReturnType<typeof setTimeout> | undefined;
      let deadline = Infinity;
      const look = guard(() => {
        const found = find();
        if (found !== undefined) return use(found);
        if (readyStateOf() === 'complete' && deadline === Infinity) deadline = performance.now() + 5000;
        if (performance.now() > deadline) return fault(`${what} is not on this page.`);
        timer = setTimeout(look, 250);
      });
      look();
      cleanups.push(() => clearTimeout(timer));
    },
    every(ms, look) {
      const timer = setInterval(guard(look), ms);
      cleanups.push(() => clearInterval(timer));
    },
    onStop(cleanup) {
      cleanups.push(cleanup);
    },
  };
  guard(() => bridge.manager.watch(follow))();

  const unsubscribe = store.subscribe(({ provider, record, source: from, remote }) => {
    // The manager's own changes, reads from storage and other tabs' choices (which that tab tells) are not told again.
    if (from === 'storage' || remote || from.startsWith('bridge:') || !bridge.manager.tell) return;
    // One server's consent is not the provider's: telling the manager would grant every server.
    if (provider.includes(':')) return;
    const categories = categoriesOf(provider);
    if (categories?.length !== 1) return;
    guard(() => bridge.manager.tell!(categories[0]!, record !== undefined))();
  });

  return () => {
    if (stopped) return;
    unsubscribe();
    inUse.stop();
    // Letting go is the last thing asked of the manager; then nothing it calls back does anything.
    for (const cleanup of cleanups) guard(cleanup)();
    stopped = true;
    heard.until = store.now();
  };
}
