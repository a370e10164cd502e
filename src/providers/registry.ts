import { quote, warn, type WarningCode } from '../core/warn.js';
import type { Provider } from './provider.js';
import { youtube } from './youtube.js';

/** The result of reading an element's `src` and `provider` attributes. */
export type Resolution =
  | { readonly ok: true; readonly provider: Provider; readonly target: unknown }
  | { readonly ok: false; readonly code: WarningCode; readonly detail: string };

const PROVIDER_ID = /^[a-z][a-z0-9-]{0,31}$/;

const providers = new Map<string, Provider>([[youtube.id, youtube as Provider]]);

/**
 * Adds a provider, or replaces the one with the same id (with a warning, since
 * replacing a built-in one changes what visitors consented to).
 */
export function registerProvider(provider: Provider): void {
  if (!PROVIDER_ID.test(provider.id)) throw new TypeError(`consent-embed: invalid provider id "${provider.id}"`);
  // The placeholder links the policy and CSP docs list the origins: both must be plain https.
  for (const url of [provider.privacyPolicy, ...provider.origins]) {
    if (!URL.canParse(url) || new URL(url).protocol !== 'https:') {
      throw new TypeError(`consent-embed: provider "${provider.id}" has a non-https URL "${url}"`);
    }
  }
  if (providers.has(provider.id)) warn('duplicate-provider', `the provider "${provider.id}" was registered again and replaced.`);
  providers.set(provider.id, provider);
}

export function getProvider(id: string): Provider | undefined {
  return providers.get(id);
}

export function listProviders(): Provider[] {
  return [...providers.values()];
}

/**
 * Finds the provider and validated target for `src`. Nothing here touches the
 * network or the DOM: a wrong answer can only ever be a message.
 */
export function resolve(src: string | null | undefined, forced?: string | null): Resolution {
  if (!src) return { ok: false, code: 'invalid-src', detail: 'the element has no src attribute.' };
  let url: URL;
  try {
    url = new URL(src);
  } catch {
    return { ok: false, code: 'invalid-src', detail: `${quote(src)} is not a URL.` };
  }
  if (url.protocol !== 'https:') {
    return { ok: false, code: 'invalid-src', detail: `${quote(src)} is not an https:// URL.` };
  }
  // No provider's links carry these; a user name or password would go to the provider, and a port is another server.
  if (url.username || url.password) {
    return { ok: false, code: 'invalid-src', detail: `${quote(src)} has a user name or password in it.` };
  }
  if (url.port) return { ok: false, code: 'invalid-src', detail: `${quote(src)} names a port.` };
  let provider: Provider | undefined;
  if (forced) {
    provider = providers.get(forced);
    if (!provider) return { ok: false, code: 'unknown-provider', detail: `no provider is called ${quote(forced)}.` };
    if (!provider.hosts.includes(url.hostname)) {
      return { ok: false, code: 'invalid-src', detail: `${quote(url.hostname)} is not a ${provider.name} address.` };
    }
  } else {
    provider = listProviders().find((p) => p.hosts.includes(url.hostname));
    if (!provider) return { ok: false, code: 'unknown-provider', detail: `no provider serves ${quote(url.hostname)}.` };
  }
  const target = provider.parse(url);
  if (target === null) {
    return { ok: false, code: 'invalid-id', detail: `${quote(src)} is not a valid ${provider.name} link.` };
  }
  return { ok: true, provider, target };
}
