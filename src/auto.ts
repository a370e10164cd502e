// The script-tag entry: registers the elements and exposes `window.ConsentEmbed`.
import type { Bridge, BridgeOptions } from './bridges/bridge.js';
import { connectBridge } from './bridges/connect.js';
import { readScriptTag } from './core/config.js';
import { find, headOf, make, root, runningScript } from './core/page.js';
import { policyRefused, scriptURL } from './core/trusted-types.js';
import { quote, warn } from './core/warn.js';
import { setTranslationLoader } from './i18n/languages.js';
import * as api from './index.js';
import { define } from './register.js';

/** Marks the global as ours: `window.ConsentEmbed` may otherwise be an element with that id (named access). */
const API = Symbol.for('consent-embed.api');

/** The bridges published beside this script, as `bridges/<name>.min.js`. */
const BRIDGES = ['tcf', 'consent-mode', 'klaro', 'cookiebot', 'usercentrics', 'onetrust'];

// Through the prototype: `<img name="currentScript">` in the markup makes `document.currentScript` that image.
const running = runningScript();
const script = running instanceof HTMLScriptElement ? running : find<HTMLScriptElement>('script[data-consent-embed]');
const data = script?.dataset ?? {};

/** The map a site gave a bridge on the script tag, as JSON in `data-bridge-map`. */
let bridgeOptions: BridgeOptions = {};
if (data.bridgeMap) {
  try {
    const map: unknown = JSON.parse(data.bridgeMap);
    if (typeof map !== 'object' || map === null || Array.isArray(map)) throw new TypeError('not an object');
    bridgeOptions = { map: map as BridgeOptions['map'] };
  } catch (error) {
    warn('bridge', `data-bridge-map is not a JSON object of provider ids to categories (${error}); the bridge's defaults apply.`);
  }
}

/**
 * Connects a bridge whose file just loaded: `bridges/<name>.min.js` calls it
 * with its factory, and the map given on the main script tag applies.
 */
function useBridge(factory: (options?: BridgeOptions) => Bridge): () => void {
  return connectBridge(factory(bridgeOptions));
}

/**
 * Loads one of the library's own files from beside this script: a bridge or a
 * language. Only names from fixed lists reach here, so no attribute can point
 * the page at another script.
 */
function loadBeside(path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!script?.src) return reject(new Error('the script tag has no src to find it by'));
    const tag = make('script');
    // Under Trusted Types without our policy, assigning a plain URL throws: caught, and said.
    tag.src = scriptURL(new URL(path, script.src).href);
    // A page that allows scripts by nonce allows this one by the same.
    tag.nonce = script.nonce ?? '';
    tag.onload = () => resolve();
    tag.onerror = () => reject(new Error(`${tag.src} could not be loaded`));
    (headOf() ?? root())?.append(tag);
  });
}

type Api = typeof api & { define: typeof define; useBridge: typeof useBridge; readonly [API]: true };

declare global {
  interface Window {
    ConsentEmbed?: Api;
  }
}

readScriptTag(script, ['bridge', 'bridgeMap']);
setTranslationLoader((lang) => loadBeside(`i18n/${lang}.min.js`));

// Under Trusted Types that refuse our policy, Lit could not render: the
// fallback content stays (the warning said why), and the store API still works.
if (!policyRefused()) define();

// The first copy on a page keeps the global, as it keeps the tag; anything
// else under that name (an element, a frame, a site's own value) is not ours.
const value: Api = { ...api, define, useBridge, [API]: true };
let ours = false;
try {
  ours = (window.ConsentEmbed as Partial<Api> | undefined)?.[API] === true;
} catch {
  // A cross-origin frame named ConsentEmbed throws when read: not ours either.
}
if (!ours) {
  try {
    Object.defineProperty(window, 'ConsentEmbed', { value, writable: true, configurable: true });
  } catch {
    try {
      // `var ConsentEmbed;` in a site's script makes the name unconfigurable, but still writable.
      window.ConsentEmbed = value;
    } catch {
      // A page that made the name read-only keeps it; the elements work without the global.
    }
  }

  // `data-bridge="cookiebot"`: the bridge's file, from beside this script.
  const bridge = data.bridge?.trim();
  if (bridge && !BRIDGES.includes(bridge)) {
    warn('bridge', `data-bridge names ${quote(bridge)}; known bridges are ${BRIDGES.join(', ')}.`);
  } else if (bridge) {
    try {
      loadBeside(`bridges/${bridge}.min.js`).catch((error: unknown) => warn('bridge', `the ${bridge} bridge's file: ${error}.`));
    } catch (error) {
      warn('bridge', `the ${bridge} bridge's file could not be added to the page (${error}).`);
    }
  }
}
