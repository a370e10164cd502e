// The script-tag entry: registers the elements, lends the files beside it
// what they share with it (kit.ts), and exposes `window.ConsentEmbed`.
import type { BridgeOptions } from './bridges/bridge.js';
import { bridges, engine } from './bridges/published.js';
import { readScriptTag } from './core/config.js';
import { find, runningScript } from './core/page.js';
import { lend } from './core/parts.js';
import { warn } from './core/warn.js';
import { usePublishedLanguages } from './i18n/published.js';
import { kit } from './kit.js';
import { builtinData } from './providers/builtins.js';
import { ConsentEmbedSettingsElement } from './components/consent-embed-settings/consent-embed-settings.js';
import { ConsentEmbedElement } from './components/consent-embed/consent-embed.js';
import type { Bridge } from './bridges/bridge.js';
import { configure } from './core/config.js';
import { defaultStore, onChange } from './core/default-store.js';
import { revoke, revokeAll } from './core/api.js';
import { ConsentEmbedChangeEvent, ConsentEmbedLoadEvent, ConsentEmbedRequestEvent } from './core/events.js';
import { ConsentStore } from './core/store.js';
import { VERSION } from './core/version.js';
import { registerTranslation } from './i18n/languages.js';
import { createFrame, type ProviderModule } from './providers/provider.js';
import { addProviders, awaitRegistration, getProvider, resolve } from './providers/registry.js';
import { define } from './register.js';

/** Marks the global as ours: `window.ConsentEmbed` may otherwise be an element with that id (named access). */
const API = Symbol.for('consent-embed.api');

// Through the prototype: `<img name="currentScript">` in the markup makes `document.currentScript` that image.
const running = runningScript();
const script = running instanceof HTMLScriptElement ? running : find<HTMLScriptElement>('script[data-consent-embed]');
const data = script?.dataset ?? {};

// The files beside this script (providers' code, other languages, the settings view, bridges) load from where it did.
const copy = lend(kit, script?.src);

/** The map a site gave a bridge on the script tag, as JSON in `data-bridge-map`. */
let bridgeOptions: BridgeOptions = {};
if (data.bridgeMap) {
  try {
    const map: unknown = JSON.parse(data.bridgeMap);
    if (typeof map !== 'object' || map === null || Array.isArray(map)) throw new TypeError('not an object');
    bridgeOptions = { map: map as BridgeOptions['map'] };
  } catch (error) {
    warn('bridge', 'bridge-map-not-json', String(error));
  }
}

/**
 * What only a page's own script calls (granting, listing, registering a
 * provider) is in files of their own, loaded the first time a page's script
 * calls one; the placeholders never do. Each resolves as the npm entry's
 * function returns. When such a file cannot be loaded, one warning says so;
 * `grant` then grants nothing and resolves to undefined, `registerProvider`
 * to false, and the lists reject, since a list that could not be read is no
 * empty one. Withdrawing never waits on a file.
 */
const onDemand = <T>(load: () => Promise<T>) => () =>
  load().catch((error: unknown) => {
    if (!toldOnDemand) warn('part-unavailable', 'api-part-failed', String(error));
    toldOnDemand = true;
    throw error;
  });
let toldOnDemand = false;
const choices = onDemand(() => import('./core/choices.js'));
const registration = onDemand(() => import('./core/registration.js'));
type Choices = typeof import('./core/choices.js');
type Registration = typeof import('./core/registration.js');

/**
 * The script tag's API, as the npm entry's: what a page's own script uses.
 * The bridge engine stays a file of its own: `connectBridge` loads it.
 */
const api = {
  VERSION,
  ConsentEmbedElement,
  ConsentEmbedSettingsElement,
  ConsentEmbedChangeEvent,
  ConsentEmbedLoadEvent,
  ConsentEmbedRequestEvent,
  ConsentStore,
  configure,
  createFrame,
  defaultStore,
  define,
  getProvider,
  grant: (...args: Parameters<Choices['grant']>) => choices().then(({ grant }) => grant(...args), () => undefined),
  list: async () => (await choices()).list(),
  listProviders: async () => (await registration()).listProviders(),
  onChange,
  /** Resolves to whether the provider was added; an element that names it meanwhile waits for the answer. */
  registerProvider: (...args: Parameters<Registration['registerProvider']>) => {
    const added = registration().then(({ registerProvider }) => registerProvider(...args), () => false);
    awaitRegistration(added);
    return added;
  },
  registerTranslation,
  resolve,
  revoke,
  revokeAll,
  /** Connects a bridge of the site's own; resolves to what disconnects it. */
  connectBridge: async (bridge: Bridge) => (await engine()).connectBridge(bridge),
  [API]: true as const,
};

type Api = typeof api;

declare global {
  interface Window {
    ConsentEmbed?: Api;
  }
}

// Each provider's code is the file its id names: the build makes one per import in builtins.ts.
addProviders(builtinData.map((data) => ({ data, load: () => copy.part(`providers/${data.id}.min.js`) as Promise<ProviderModule> })));
readScriptTag(script);
usePublishedLanguages();

define();

// The first copy on a page keeps the global, as it keeps the tag; anything
// else under that name (an element, a frame, a site's own value) is not ours.
let ours = false;
try {
  ours = (window.ConsentEmbed as Partial<Api> | undefined)?.[API] === true;
} catch {
  // A cross-origin frame named ConsentEmbed throws when read: not ours either.
}
if (!ours) {
  try {
    Object.defineProperty(window, 'ConsentEmbed', { value: api, writable: true, configurable: true });
  } catch {
    try {
      // `var ConsentEmbed;` in a site's script makes the name unconfigurable, but still writable.
      window.ConsentEmbed = api;
    } catch {
      // A page that made the name read-only keeps it; the elements work without the global.
    }
  }

  // `data-bridge="cookiebot"`: the bridge and its engine, from beside this script.
  const name = data.bridge?.trim();
  // Own names only: `hasOwnProperty` or `constructor` in the attribute name no bridge.
  if (name && Object.hasOwn(bridges, name)) {
    Promise.all([engine(), bridges[name]!()])
      .then(([{ connectBridge }, { default: bridge }]) => connectBridge(bridge(bridgeOptions)))
      .catch((error: unknown) => warn('bridge', 'bridge-failed', name, String(error)));
  } else if (name) {
    warn('bridge', 'no-such-bridge', name, Object.keys(bridges).join(', '));
  }
}
