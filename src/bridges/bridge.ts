// What an adapter is made of. Nothing here imports the library's core, so
// that a bridge's own file stays a few hundred bytes: the engine that applies
// a manager's state, and guards every call into and out of the manager, is
// connect.ts.

/**
 * What a consent manager says, by its own category, service, purpose or
 * group: true for consent, false for a refusal. Only what the visitor
 * explicitly decided is in it; defaults, implied and pending states are not.
 */
export type ManagerState = Readonly<Record<string, boolean>>;

/**
 * What the engine hands an adapter to follow its manager with. Everything an
 * adapter hands on to the manager or to the page (a callback, a listener, a
 * watcher) goes through `guard`, `on` or `whenPresent`: once the bridge is
 * stopped those do nothing, and a throw inside them (a manager whose data
 * throws when read) is one fault, never an error in the manager's code or
 * the page's.
 */
export interface Follow {
  /**
   * Tells the engine a state the manager told, on load and after each change.
   * With `closed`, a category missing from the state is refused (a manager
   * that lists only what is granted).
   */
  report(state: ManagerState, closed?: boolean): void;
  /** A problem with the manager (missing, throwing, nonsense): one warning per cause. */
  fault(why: string): void;
  /** `callback`, inert once the bridge stops, its throws turned into faults. */
  guard<A extends unknown[]>(callback: (...args: A) => unknown): (...args: A) => void;
  /** Listens to a window event the manager fires, guarded, until the bridge stops. */
  on(type: string, listener: (event: Event) => void): void;
  /**
   * Finds what a manager that may load after this library defines: now, or on
   * a later look until five seconds after the page's load event, then says it
   * is missing. `use` runs guarded, once.
   */
  whenPresent<T>(find: () => T | undefined, use: (found: T) => void, what: string): void;
  /** Calls `look` every `ms`, guarded, until the bridge stops. */
  every(ms: number, look: () => void): void;
  /** Runs `cleanup` when the bridge stops (letting go of the manager), guarded. */
  onStop(cleanup: () => void): void;
}

/** How a bridge talks to one consent manager, through its documented public API. */
export interface Manager {
  /** Starts following the manager, which may load later than this library. */
  watch(follow: Follow): void;
  /**
   * Tells the manager of a choice the visitor made through this library, for
   * a manager whose categories are single services: never a whole category,
   * which would grant the visitor's consent to what they did not choose.
   * The engine calls it guarded.
   */
  tell?(category: string, granted: boolean): void;
}

/** Which manager categories stand for a provider: all must be granted; any refusal refuses. */
export type BridgeMap = Readonly<Record<string, string | readonly string[] | null>>;

export interface BridgeOptions {
  /**
   * Provider id → the manager's category (or categories) for it, over the
   * bridge's defaults; `null` keeps the provider out of the bridge.
   */
  readonly map?: BridgeMap;
}

export interface Bridge {
  /** Lowercase, used in `source` (`bridge:cookiebot`) and in `data-bridge`. */
  readonly name: string;
  readonly manager: Manager;
  /** The categories a provider stands under when the site did not say. */
  categories(provider: string): readonly string[] | undefined;
  /** The providers the site's map names: mirrored even where no element on the page shows them. */
  readonly mapped: readonly string[];
}

/** Builds a bridge from an adapter's parts and a site's options. */
export function defineBridge(
  name: string,
  manager: Manager,
  defaults: (provider: string) => string | readonly string[] | undefined,
  options: BridgeOptions = {}
): Bridge {
  const map = options.map ?? {};
  return {
    name,
    manager,
    mapped: Object.keys(map).filter((provider) => map[provider] !== null),
    categories(provider) {
      const given = Object.hasOwn(map, provider) ? map[provider] : defaults(provider);
      if (given === null || given === undefined) return undefined;
      return typeof given === 'string' ? [given] : given;
    },
  };
}

/**
 * Reads a page global that a consent manager defines; an element with that id
 * (named access) is not it. Called inside the engine's guards: a global whose
 * prototype throws when asked is the manager's fault, said once.
 */
export function global<T>(name: string): T | undefined {
  const value = (window as unknown as Record<string, unknown>)[name];
  return value && (typeof value === 'object' || typeof value === 'function') && !(value instanceof Element) ? (value as T) : undefined;
}
