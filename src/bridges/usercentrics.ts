import { defineBridge, global, type Bridge, type BridgeOptions } from './bridge.js';

interface Service {
  id?: unknown;
  name?: unknown;
  consent?: { status?: unknown; history?: unknown };
}

interface UcUi {
  isInitialized?: () => unknown;
  getServicesBaseInfo?: () => unknown;
  acceptService?: (id: string) => unknown;
  rejectService?: (id: string) => unknown;
}

const EVENTS = ['UC_UI_INITIALIZED', 'UC_UI_CMP_EVENT', 'ucEvent'];

/** The last entry of a service's consent history, when it is an explicit choice (Usercentrics spells it either case). */
function explicit(service: Service): boolean {
  const history = service.consent?.history;
  const last: unknown = Array.isArray(history) ? history.at(-1) : undefined;
  const type = typeof last === 'object' && last !== null ? (last as { type?: unknown }).type : undefined;
  return typeof type === 'string' && type.toLowerCase() === 'explicit';
}

/**
 * Usercentrics (Browser UI v2): reads each service's consent from
 * `UC_UI.getServicesBaseInfo()` when its last history entry is explicit
 * (implicit consent is no choice), on load and on `UC_UI_INITIALIZED`,
 * `UC_UI_CMP_EVENT` and the `ucEvent` window event. Services are single
 * services, so a choice made here is told back with `UC_UI.acceptService` or
 * `rejectService`.
 *
 * Default: YouTube, Vimeo and Google Maps are Usercentrics' "YouTube Video",
 * "Vimeo" and "Google Maps"; any other provider is the service named by its id.
 */
export function usercentrics(options?: BridgeOptions): Bridge {
  /** Its services, or undefined when it answers with something that is not a list. */
  const services = (): Service[] | undefined => {
    const ui = global<UcUi>('UC_UI');
    const list = typeof ui?.getServicesBaseInfo === 'function' ? ui.getServicesBaseInfo() : undefined;
    return Array.isArray(list) ? list.filter((s): s is Service => typeof s === 'object' && s !== null) : undefined;
  };
  return defineBridge(
    'usercentrics',
    {
      watch({ report, fault, on, whenPresent }) {
        const read = () => {
          const ui = global<UcUi>('UC_UI');
          if (typeof ui?.isInitialized !== 'function' || ui.isInitialized() !== true) return;
          const list = services();
          if (!list) return fault('UC_UI.getServicesBaseInfo() did not answer with a list.');
          const state: Record<string, boolean> = {};
          for (const service of list) {
            if (typeof service.name === 'string' && typeof service.consent?.status === 'boolean' && explicit(service)) {
              state[service.name] = service.consent.status;
            }
          }
          report(state);
        };
        for (const name of EVENTS) on(name, read);
        whenPresent(() => (global<UcUi>('UC_UI')?.isInitialized?.() === true ? true : undefined), read, 'window.UC_UI');
      },
      tell(name, granted) {
        const ui = global<UcUi>('UC_UI');
        const service = services()?.find((s) => s.name === name);
        // An implicit status (a default) is told too: the visitor's click makes it their explicit choice.
        if (!ui || typeof service?.id !== 'string' || (service.consent?.status === granted && explicit(service))) return;
        const told = granted ? ui.acceptService?.(service.id) : ui.rejectService?.(service.id);
        // Its calls return promises: a rejection must not reach the page as an unhandled one.
        Promise.resolve(told).catch(() => {});
      },
    },
    (provider) => (Object.hasOwn(NAMES, provider) ? NAMES[provider] : provider),
    options
  );
}

/** Usercentrics' template names for the services of built-in providers; others are mapped by the site. */
const NAMES: Record<string, string> = {
  youtube: 'YouTube Video',
  vimeo: 'Vimeo',
  'google-maps': 'Google Maps',
};

export default usercentrics;
