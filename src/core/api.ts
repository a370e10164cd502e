// The API's withdrawals, in the core: a withdrawal never waits on a file.
// Granting and listing, which only a page's script, the settings view and
// the bridges call, are a file of their own: see choices.ts.
import { isConsentKey } from '../providers/registry.js';
import { defaultStore } from './default-store.js';
import type { ChangeSource } from './store.js';
import { warn } from './warn.js';

/** Who may be named as the source of a choice made through the API: never `storage`, which would silence it. */
export function sourceOf(source: unknown): ChangeSource {
  if (typeof source === 'string' && /^(placeholder|embed|settings|api|bridge:[a-z0-9-]{1,32})$/.test(source)) return source as ChangeSource;
  if (source !== undefined) warn('invalid-config', 'bad-source');
  return 'api';
}

export function checked(provider: unknown, action: string): provider is string {
  if (isConsentKey(provider)) return true;
  warn('invalid-provider', 'not-consent-key', action, typeof provider, typeof provider === 'string' ? provider : '');
  return false;
}

/** Withdraws consent to `provider` here, in storage and in every open tab; its embeds unload. */
export async function revoke(provider: string, { source }: { source?: ChangeSource } = {}): Promise<void> {
  if (checked(provider, 'revoke')) await defaultStore().revoke(provider, { source: sourceOf(source) });
}

/** Withdraws every choice, including ones this page never heard of. */
export function revokeAll({ source }: { source?: ChangeSource } = {}): Promise<void> {
  return defaultStore().clear({ source: sourceOf(source) });
}
