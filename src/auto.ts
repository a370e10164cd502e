// The script-tag entry: registers the elements and exposes `window.ConsentEmbed`.
import { policyRefused } from './core/trusted-types.js';
import * as api from './index.js';
import { define } from './register.js';

/** Marks the global as ours: `window.ConsentEmbed` may otherwise be an element with that id (named access). */
const API = Symbol.for('consent-embed.api');

type Api = typeof api & { define: typeof define; readonly [API]: true };

declare global {
  interface Window {
    ConsentEmbed?: Api;
  }
}

// Under Trusted Types that refuse our policy, Lit could not render: the
// fallback content stays (the warning said why), and the store API still works.
if (!policyRefused()) define();

// The first copy on a page keeps the global, as it keeps the tag; anything
// else under that name (an element, a frame, a site's own value) is not ours.
const value: Api = { ...api, define, [API]: true };
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
}
