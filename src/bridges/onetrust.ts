import { defineBridge, global, whenPresent, type Bridge, type BridgeOptions } from './bridge.js';

interface OneTrust {
  IsAlertBoxClosed?: () => unknown;
}

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
      watch(report, fault) {
        const read = (groups: unknown) => {
          try {
            const onetrust = global<OneTrust>('OneTrust');
            if (typeof onetrust?.IsAlertBoxClosed !== 'function') return fault('OneTrust.IsAlertBoxClosed is not a function.');
            // Banner still open: its default groups are no choice. An empty state, so that the visitor's first answer is told as a choice made now.
            if (onetrust.IsAlertBoxClosed() !== true) return report({});
            const list = Array.isArray(groups) ? groups : typeof groups === 'string' ? groups.split(',') : undefined;
            if (!list) return fault('its active groups are neither a list nor text.');
            const active = list.filter((group): group is string => typeof group === 'string' && group.trim() !== '');
            report(Object.fromEntries(active.map((group) => [group.trim(), true])), true);
          } catch (error) {
            // Called from our event listener and timers, where a throw would reach the page.
            fault(`reading OneTrust failed (${error}).`);
          }
        };
        const onEvent = (event: Event) => read((event as CustomEvent).detail ?? (window as { OnetrustActiveGroups?: unknown }).OnetrustActiveGroups);
        addEventListener('OneTrustGroupsUpdated', onEvent);
        const stop = whenPresent(
          () => (global<OneTrust>('OneTrust') ? (window as { OnetrustActiveGroups?: unknown }).OnetrustActiveGroups : undefined),
          read,
          fault,
          'window.OneTrust'
        );
        return () => {
          stop();
          removeEventListener('OneTrustGroupsUpdated', onEvent);
        };
      },
    },
    () => 'C0004',
    options
  );
}

export default onetrust;
