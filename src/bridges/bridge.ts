// What an adapter is made of. Nothing here imports the library's core, so
// that a bridge's own script-tag file stays a few hundred bytes: the engine
// that applies a manager's state is in connect.ts, inside the main bundle.

/**
 * What a consent manager says, by its own category, service, purpose or
 * group: true for consent, false for a refusal. Only what the visitor
 * explicitly decided is in it; defaults, implied and pending states are not.
 */
export type ManagerState = Readonly<Record<string, boolean>>;

/** How a bridge talks to one consent manager, through its documented public API. */
export interface Manager {
  /**
   * Starts following the manager, which may load later than this library.
   * Calls `report` with each state the manager tells, on load and after each
   * change; with `closed`, a category missing from the state is refused (a
   * manager that lists only what is granted). Calls `fault` for each problem
   * (missing, throwing, nonsense); the bridge warns once per cause. Returns
   * what stops following.
   */
  watch(report: (state: ManagerState, closed?: boolean) => void, fault: (why: string) => void): () => void;
  /**
   * Tells the manager of a choice the visitor made through this library, for
   * a manager whose categories are single services: never a whole category,
   * which would grant the visitor's consent to what they did not choose.
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
 * Finds a manager that may load after this library: now, or on a later look
 * until five seconds after the page's load event, then says it is missing.
 * Returns what stops looking.
 */
export function whenPresent<T>(find: () => T | undefined, use: (found: T) => void, fault: (why: string) => void, what: string): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let deadline = Infinity;
  const look = () => {
    let found: T | undefined;
    try {
      found = find();
    } catch (error) {
      // One cause, one warning: a manager that throws when read is not also reported missing later.
      return fault(`reading ${what} failed (${error}).`);
    }
    if (found !== undefined) {
      try {
        use(found);
      } catch (error) {
        fault(`using ${what} failed (${error}).`);
      }
      return;
    }
    if (document.readyState === 'complete' && deadline === Infinity) deadline = performance.now() + 5000;
    if (performance.now() > deadline) return fault(`${what} is not on this page.`);
    timer = setTimeout(look, 250);
  };
  look();
  return () => clearTimeout(timer);
}

/** Reads a page global that a consent manager defines; an element with that id (named access) is not it. */
export function global<T>(name: string): T | undefined {
  const value = (window as unknown as Record<string, unknown>)[name];
  return value && !(value instanceof Element) && (typeof value === 'object' || typeof value === 'function') ? (value as T) : undefined;
}
