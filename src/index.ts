// The npm entry: classes, types and APIs, with no side effects. Import
// `consent-embed/define.js` to register the elements.
export { ConsentEmbedElement } from './components/consent-embed/consent-embed.js';
export { ConsentController } from './controllers/consent-controller.js';
export { defaultStore } from './core/default-store.js';
export type { ConsentRecord, ConsentScope } from './core/record.js';
export { ConsentStore } from './core/store.js';
export type { ConsentChange, ConsentStoreOptions, GrantResult } from './core/store.js';
export type { WarningCode } from './core/warn.js';
export type { Translation } from './i18n/translation.js';
export { createFrame } from './providers/provider.js';
export type { EmbedContext, EmbedKind, FrameOptions, Provider } from './providers/provider.js';
export { getProvider, listProviders, registerProvider, resolve } from './providers/registry.js';
export type { Resolution } from './providers/registry.js';
export { youtube } from './providers/youtube.js';
export type { YouTubeTarget } from './providers/youtube.js';
