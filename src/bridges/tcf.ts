import { defineBridge, global, type Bridge, type BridgeOptions } from './bridge.js';

type TcfApi = (command: string, version: number, callback: (data: unknown, success: boolean) => void, parameter?: unknown) => void;

interface TcData {
  gdprApplies?: unknown;
  eventStatus?: unknown;
  listenerId?: unknown;
  purpose?: { consents?: unknown };
  vendor?: { consents?: unknown };
}

/** Google's IAB vendor id, for YouTube and Google Maps. */
const GOOGLE = 755;

/** The ids an IAB consent object marks true: `{ '1': true, '2': false }`. */
function granted(consents: unknown, prefix: string): [string, boolean][] {
  if (typeof consents !== 'object' || consents === null) return [];
  return Object.entries(consents).filter(([id, value]) => /^\d+$/.test(id) && value === true).map(([id]) => [`${prefix}:${id}`, true]);
}

/**
 * IAB TCF v2.2: follows `__tcfapi('addEventListener', 2, …)` and reads the
 * TC data when it is final: `eventStatus` `tcloaded` or `useractioncomplete`
 * (`cmpuishown` holds no choice yet), and only where GDPR applies; where it
 * does not, TCF says nothing about consent and nothing is granted. A
 * provider stands for purposes (`purpose:1`) and a vendor (`vendor:755`): all
 * must be consented; any missing one refuses. TCF has no API to record a
 * vendor's consent, so a click here is not told to it.
 *
 * A CMP that first answers after the bridge stopped keeps a listener it was
 * never told to remove (its id was not known yet); the engine's guard makes
 * that listener do nothing.
 *
 * Default: YouTube and Google Maps need purpose 1 (store and access
 * information on a device) and vendor 755 (Google). Other providers have no
 * IAB vendor id among the built-ins and are left to their placeholders;
 * map them if yours have one.
 */
export function tcf(options?: BridgeOptions): Bridge {
  return defineBridge(
    'tcf',
    {
      watch({ report, fault, guard, whenPresent, onStop }) {
        let listenerId: unknown;
        let api: TcfApi | undefined;
        let decided = false;
        const callback = guard((data: unknown, success: boolean) => {
          if (!success || typeof data !== 'object' || data === null) return;
          const tc = data as TcData;
          listenerId ??= tc.listenerId;
          if (tc.gdprApplies !== true) return;
          // The UI shown to a visitor with no stored choice: an empty state, so that their first answer is told as a choice made now.
          if (tc.eventStatus === 'cmpuishown' && !decided) return report({});
          if (tc.eventStatus !== 'tcloaded' && tc.eventStatus !== 'useractioncomplete') return;
          decided = true;
          report(Object.fromEntries([...granted(tc.purpose?.consents, 'purpose'), ...granted(tc.vendor?.consents, 'vendor')]), true);
        });
        whenPresent(
          () => global<TcfApi>('__tcfapi'),
          (found) => {
            if (typeof found !== 'function') return fault('window.__tcfapi is not a function.');
            api = found;
            found('addEventListener', 2, callback);
          },
          'window.__tcfapi'
        );
        onStop(() => {
          if (api && listenerId !== undefined) api('removeEventListener', 2, () => {}, listenerId);
        });
      },
    },
    (provider) => (provider === 'youtube' || provider === 'google-maps' ? ['purpose:1', `vendor:${GOOGLE}`] : undefined),
    options
  );
}

export default tcf;
