import { defineBridge, global, type Bridge, type BridgeOptions } from './bridge.js';

interface KlaroManager {
  confirmed?: unknown;
  consents?: unknown;
  watch?: (watcher: { update(manager: unknown, type: string): void }) => void;
  unwatch?: (watcher: unknown) => void;
  updateConsent?: (name: string, value: boolean) => void;
  saveAndApplyConsents?: () => void;
}

/**
 * Klaro: reads the manager's consents once the visitor confirmed them
 * (`manager.confirmed`), on load and when `manager.watch` tells of a save
 * (`saveConsents`; a switch flipped in the modal is not saved yet). Klaro's
 * services are single services, so a choice made here is told back with
 * `updateConsent` and `saveAndApplyConsents` (once the visitor has confirmed
 * Klaro, and only for a service Klaro knows).
 *
 * Default: each provider is the Klaro service of the same name (`youtube`).
 */
export function klaro(options?: BridgeOptions): Bridge {
  let manager: KlaroManager | undefined;
  return defineBridge(
    'klaro',
    {
      watch({ report, fault, guard, whenPresent, onStop }) {
        const read = () => {
          // Not confirmed: Klaro's defaults, no choice. An empty state, so that the visitor's first answer is told as a choice made now.
          if (manager?.confirmed !== true) return report({});
          const consents = manager.consents;
          if (typeof consents !== 'object' || consents === null) return fault('its manager has no consents object.');
          report({ ...(consents as Record<string, boolean>) });
        };
        const watcher = {
          // Klaro notifies `consents` for each switch the visitor flips in its modal, before they save: only a save is a choice.
          update: guard((_manager: unknown, type: string) => {
            if (type === 'saveConsents') read();
          }),
        };
        const find = () => {
          const getManager = global<{ getManager?: unknown }>('klaro')?.getManager;
          return typeof getManager === 'function' ? (getManager() as KlaroManager | undefined) ?? undefined : undefined;
        };
        whenPresent(
          find,
          (found) => {
            manager = found;
            if (typeof found.watch !== 'function') return fault('its manager cannot be watched.');
            found.watch(watcher);
            read();
          },
          'window.klaro'
        );
        onStop(() => manager?.unwatch?.(watcher));
      },
      tell(service, granted) {
        // Saving before the visitor confirmed would confirm Klaro's defaults for every other service too.
        if (manager?.confirmed !== true || !manager.updateConsent || !manager.saveAndApplyConsents) return;
        const consents = manager.consents as Record<string, unknown> | undefined;
        if (!consents || !Object.hasOwn(consents, service) || consents[service] === granted) return;
        manager.updateConsent(service, granted);
        manager.saveAndApplyConsents();
      },
    },
    (provider) => provider,
    options
  );
}

export default klaro;
