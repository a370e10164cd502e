import { defineBridge, global, type Bridge, type BridgeOptions } from './bridge.js';

interface Cookiebot {
  hasResponse?: unknown;
  consent?: { method?: unknown } & Record<string, unknown>;
}

const CATEGORIES = ['necessary', 'preferences', 'statistics', 'marketing'];

/**
 * Cookiebot: reads `Cookiebot.consent` once the visitor has answered
 * (`hasResponse`), on load and on `CookiebotOnAccept` / `CookiebotOnDecline`.
 * Implied consent (`consent.method === 'implied'`) is no choice and is
 * ignored. Its four categories are coarse, so a click here is not told to it:
 * that would consent to the site's advertising too.
 *
 * Default: every provider stands under `marketing`.
 */
export function cookiebot(options?: BridgeOptions): Bridge {
  return defineBridge(
    'cookiebot',
    {
      watch({ report, fault, on, whenPresent }) {
        const read = (cookiebot: Cookiebot) => {
          // No answer, or implied consent: an empty state, so that the visitor's first answer is told as a choice made now.
          if (cookiebot.hasResponse !== true) return report({});
          const consent = cookiebot.consent;
          if (typeof consent !== 'object' || consent === null) return fault('Cookiebot.consent is not an object.');
          if (consent.method === 'implied') return report({});
          report(Object.fromEntries(CATEGORIES.map((c) => [c, consent[c]])) as Record<string, boolean>);
        };
        const find = () => global<Cookiebot>('Cookiebot');
        const onEvent = () => {
          const found = find();
          if (found) read(found);
        };
        on('CookiebotOnAccept', onEvent);
        on('CookiebotOnDecline', onEvent);
        whenPresent(find, read, 'window.Cookiebot');
      },
    },
    () => 'marketing',
    options
  );
}

export default cookiebot;
