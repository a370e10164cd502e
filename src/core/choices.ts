// Granting and listing, for a page's script, the settings view and the
// bridges: loaded on demand beside the script-tag core (the placeholders
// never call them). Withdrawals stay in the core: see api.ts.
import { partyFor } from '../providers/parties.js';
import { checked, sourceOf } from './api.js';
import { siteSettings } from './config.js';
import { defaultStore } from './default-store.js';
import { previewOf } from './preview-key.js';
import type { ConsentScope } from './record.js';
import type { ChangeSource, GrantResult } from './store.js';

// The settings view reads parties through this file, which it loads anyway, rather than through a file of their own.
export { partyFor };

/** One choice the visitor made, as a site or the settings element shows it. */
export interface ConsentInfo {
  /**
   * The consent key: a provider id, or `id:host` for one server of a provider
   * of many; or `id/previews` for the choice to see that provider's previews.
   */
  readonly provider: string;
  /** True for a choice of a provider's previews (`youtube/previews`): `name` and `company` are then the provider's. */
  readonly previews: boolean;
  /** The name and company the visitor was shown; the key itself when neither is known. */
  readonly name: string;
  readonly company: string;
  readonly scope: ConsentScope;
  readonly grantedAt: number;
  /** For remembered choices. */
  readonly expiresAt: number | undefined;
  readonly policyVersion: string | undefined;
  /**
   * False when storage could not keep the choice (IndexedDB blocked, full or
   * hanging): it lasts until this page is closed, whatever `scope` says.
   */
  readonly stored: boolean;
}

export interface GrantOptions {
  /** Keep the choice across browser restarts, until it expires; otherwise it lasts for the browsing session. */
  readonly remember?: boolean;
  /** Who is granting; `api` unless a bridge or the settings element says otherwise. */
  readonly source?: ChangeSource;
}

/**
 * Grants consent to `provider` as if the visitor had clicked one of its
 * placeholders: for a site's own "allow all videos" control, say. Resolves to
 * undefined (with a warning) for something that is not a provider id.
 */
export async function grant(provider: string, { remember = false, source }: GrantOptions = {}): Promise<GrantResult | undefined> {
  if (!checked(provider, 'grant')) return undefined;
  const party = partyFor(provider);
  const terms = party && { digest: party.digest, name: party.name, company: party.company };
  const days = siteSettings().rememberDays;
  return defaultStore().grant(provider, remember ? 'remember' : 'session', { source: sourceOf(source), days, ...terms });
}

/** The party a key's choice is about: a provider's previews are about the provider. */
const partyOfKey = (key: string) => partyFor(previewOf(key) ?? key);

/** Every choice that counts now, oldest first. */
export async function list(): Promise<ConsentInfo[]> {
  const store = defaultStore();
  const records = await store.list();
  return records
    .filter((record) => {
      // Given for another name, company or set of origins: the embeds ask again, so it is no choice now.
      const digest = partyOfKey(record.provider)?.digest;
      return !digest || !record.digest || record.digest === digest;
    })
    .map((record) => {
      const party = partyOfKey(record.provider);
      return {
        provider: record.provider,
        previews: previewOf(record.provider) !== undefined,
        name: party?.name ?? record.name ?? record.provider,
        company: party?.company ?? record.company ?? record.name ?? record.provider,
        scope: record.scope,
        grantedAt: record.grantedAt,
        expiresAt: record.expiresAt,
        policyVersion: record.policy,
        stored: !store.unsaved(record),
      };
    })
    .sort((a, b) => a.grantedAt - b.grantedAt);
}
