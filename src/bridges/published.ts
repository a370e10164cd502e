import type { Bridge, BridgeOptions } from './bridge.js';

type Factory = (options?: BridgeOptions) => Bridge;

/** The bridges published with the library, as `data-bridge` names them, each a module of its own. */
export const bridges: Readonly<Record<string, () => Promise<{ readonly default: Factory }>>> = {
  tcf: () => import('./tcf.js'),
  'consent-mode': () => import('./consent-mode.js'),
  klaro: () => import('./klaro.js'),
  cookiebot: () => import('./cookiebot.js'),
  usercentrics: () => import('./usercentrics.js'),
  onetrust: () => import('./onetrust.js'),
};

/** The engine that connects a bridge: loaded with the first one. */
export const engine = () => import('./connect.js');
