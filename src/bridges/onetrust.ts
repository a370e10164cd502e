import { defineBridge, global, type Bridge, type BridgeOptions } from './bridge.js';

interface OneTrust {
  IsAlertBoxClosed?: () => unknown;
}

const activeGroups = () => (window as { OnetrustActiveGroups?: unknown }).OnetrustActiveGroups;

/**
 * OneTrust: once the visitor closed the banner (`OneTrust.IsAlertBoxClosed()`),
 * the active groups in `OnetrustActiveGroups` are consented and every other
 * group refused; read on load and on each `OneTrustGroupsUpdated` event (which
 * carries the active groups). Group ids are set per site; a click here is not
 * told to OneTrust, since a group covers more than one provider.
 *
 * Default: every provider stands under `C0004`, OneTrust's usual id for
 * targeting cookies. Map yours with `map`.
 */
export function onetrust(options?: BridgeOptions): Bridge {
  return defineBridge(
    'onetrust',
    {
      watch({ report, fault, on, whenPresent }) {
        const read = (groups: unknown) => {
          const onetrust = global<OneTrust>('OneTrust');
          if (typeof onetrust?.IsAlertBoxClosed !== 'function') return fault('OneTrust.IsAlertBoxClosed is not a function.');
          // Banner still open: its default groups are no choice. An empty state, so that the visitor's first answer is told as a choice made now.
          if (onetrust.IsAlertBoxClosed() !== true) return report({});
          const list = Array.isArray(groups) ? groups : typeof groups === 'string' ? groups.split(',') : undefined;
          if (!list) return fault('its active groups are neither a list nor text.');
          const active = list.filter((group): group is string => typeof group === 'string' && group.trim() !== '');
          report(Object.fromEntries(active.map((group) => [group.trim(), true])), true);
        };
        on('OneTrustGroupsUpdated', (event) => read((event as CustomEvent).detail ?? activeGroups()));
        whenPresent(() => (global<OneTrust>('OneTrust') ? activeGroups() : undefined), read, 'window.OneTrust');
      },
    },
    () => 'C0004',
    options
  );
}

export default onetrust;
