import { defineBridge, global, type Bridge, type BridgeOptions } from './bridge.js';

/** How often the data layer is looked at: Consent Mode has no event to follow. */
const EVERY = 500;

/**
 * Google Consent Mode v2: reads the consent types that `gtag('consent',
 * 'update', …)` set in `window.dataLayer` (a site's consent manager sends
 * them after the visitor chose). `default` commands are the site's defaults,
 * not a choice, and are ignored. It only reads: nothing Google-specific is
 * written, and a choice made here is not told back. The data layer does not
 * say whether an update is a stored choice sent again on load or one made
 * now, so the first update read always counts as read back on load: it
 * neither revives a withdrawal made on an embed nor withdraws a click made
 * on one, unless that click came before the bridge did.
 *
 * Default: every provider needs `ad_storage`, since the embeds' providers set
 * advertising cookies. Map others (`functionality_storage`, say) with `map`.
 */
export function consentMode(options?: BridgeOptions): Bridge {
  return defineBridge(
    'consent-mode',
    {
      watch({ report, fault, whenPresent, every }) {
        let seen = 0;
        const state: Record<string, boolean> = {};
        const look = () => {
          const layer = (window as { dataLayer?: unknown }).dataLayer;
          if (!Array.isArray(layer)) return fault('window.dataLayer is not an array.');
          if (layer.length < seen) seen = 0; // Replaced by a new array.
          let changed = false;
          for (; seen < layer.length; seen++) {
            const entry: unknown = layer[seen];
            // gtag() pushes its `arguments` object: array-like, not an array.
            const args = typeof entry === 'object' && entry !== null ? (entry as ArrayLike<unknown>) : undefined;
            if (args?.[0] !== 'consent' || args[1] !== 'update' || typeof args[2] !== 'object' || args[2] === null) continue;
            for (const [type, value] of Object.entries(args[2])) {
              if (value === 'granted' || value === 'denied') (state[type] = value === 'granted'), (changed = true);
            }
          }
          if (changed) report({ ...state });
        };
        // A page with no data layer at all has nothing that could ever tell a choice: say so, as the other bridges do.
        whenPresent(
          () => global<unknown>('dataLayer'),
          () => {
            look();
            every(EVERY, look);
          },
          'window.dataLayer'
        );
      },
    },
    () => 'ad_storage',
    options
  );
}

export default consentMode;
