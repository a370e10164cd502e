// The npm entry: classes, types and APIs, with no side effects, and nothing
// an app does not import: no provider is registered until the app registers
// it (`registerProvider`), or imports `consent-embed/define.js` for all of them.
export { ConsentEmbedElement } from './components/consent-embed/consent-embed.js';
export { ConsentEmbedSettingsElement } from './components/consent-embed-settings/consent-embed-settings.js';
export { defineBridge } from './bridges/bridge.js';
export type { Bridge, BridgeMap, BridgeOptions, Follow, Manager, ManagerState } from './bridges/bridge.js';
export { connectBridge } from './bridges/connect.js';
export { ConsentController } from './controllers/consent-controller.js';
export type { ConsentControllerOptions, Subject } from './controllers/consent-controller.js';
export { revoke, revokeAll } from './core/api.js';
export { grant, list } from './core/choices.js';
export type { ConsentInfo, GrantOptions } from './core/choices.js';
export { configure } from './core/config.js';
export type { Settings } from './core/config.js';
export { defaultStore, onChange } from './core/default-store.js';
export { ConsentEmbedChangeEvent, ConsentEmbedLoadEvent, ConsentEmbedRequestEvent } from './core/events.js';
export type { ConsentRecord, ConsentScope } from './core/record.js';
export { ConsentStore } from './core/store.js';
export type { ChangeSource, ChoiceOptions, ConsentChange, ConsentRead, ConsentStoreOptions, GrantResult } from './core/store.js';
export { VERSION } from './core/version.js';
export type { WarningCode } from './core/warn.js';
export { registerTranslation } from './i18n/languages.js';
export type { ProviderNames, SettingsTexts, Translation } from './i18n/translation.js';
export { createFrame } from './providers/provider.js';
export { createScriptFrame } from './providers/script-frame.js';
export type { Box, EmbedContext, EmbedKind, FrameOptions, InstanceTarget, Provider, ProviderCode, ProviderData, ProviderModule, Resize } from './providers/provider.js';
export { getProvider, resolve } from './providers/registry.js';
export { listProviders, registerProvider } from './core/registration.js';
export type { Party, ProviderInfo, Resolution } from './providers/registry.js';
export { define } from './register.js';
