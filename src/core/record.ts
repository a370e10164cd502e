/**
 * What the visitor chose for one provider.
 *
 * - `session`: lasts for the browsing session (see `session.ts`).
 * - `remember`: kept until `expiresAt`, across browser restarts.
 */
export type ConsentScope = 'session' | 'remember';

export interface ConsentRecord {
  /** Schema version of the stored value. */
  readonly v: 2;
  readonly provider: string;
  readonly scope: ConsentScope;
  /** Milliseconds since the epoch. */
  readonly grantedAt: number;
  /** Milliseconds since the epoch; only for `remember`. */
  readonly expiresAt?: number;
  /** The browsing session a `session` record belongs to. */
  readonly session?: string;
  /** Where this choice stands in the order of every choice for the provider; see `Stamp`. */
  readonly stamp: number;
  /** The site's policy version when the choice was made, if the site set one: a newer one asks again. */
  readonly policy?: string;
  /** A digest of who the visitor was told about (name, company, origins): a changed definition asks again. */
  readonly digest?: string;
  /** The provider's name and company as the visitor was shown them, for the settings list. */
  readonly name?: string;
  readonly company?: string;
}

/** What a grant may carry beyond its scope; see `ConsentRecord`. */
export interface GrantTerms {
  readonly policy?: string;
  readonly digest?: string;
  readonly name?: string;
  readonly company?: string;
}

const TERMS = ['policy', 'digest', 'name', 'company'] as const;

/**
 * A withdrawal, kept as a record rather than as a deletion, so that a grant
 * made before it can never land after it: a write that was queued, slow, or
 * delivered late by another tab compares stamps and loses. `provider` is `*`
 * for a withdrawal of every choice.
 */
export interface Withdrawal {
  readonly v: 2;
  readonly provider: string;
  readonly scope: 'withdrawn';
  readonly stamp: number;
}

/** What storage and the cross-tab channel carry for one provider. */
export type Entry = ConsentRecord | Withdrawal;

/** The key of the withdrawal of every choice; provider ids can never be `*`. */
export const ALL = '*';

const DAY = 86_400_000;

/** A site's policy version: short printable text, as stored in records and accepted from settings. */
export const isPolicyVersion = (value: unknown): boolean =>
  (typeof value === 'string' || typeof value === 'number') && /^[\x20-\x7e]{1,64}$/.test(String(value));

/** Remembered consent never outlives 13 months, whatever a site configures. */
export const MAX_REMEMBER_DAYS = 395;
export const DEFAULT_REMEMBER_DAYS = 180;

/**
 * Orders every grant and withdrawal, across tabs: a hybrid logical clock that
 * follows `Date.now()` (which all tabs of one browser share) but never goes
 * back and always passes every stamp it has seen, so that a choice made after
 * hearing of another is ordered after it even if the clock stepped back.
 */
export class Stamp {
  #last = 0;

  next(): number {
    return (this.#last = Math.max(Date.now(), this.#last + 1));
  }

  see(stamp: number): void {
    if (stamp > this.#last) this.#last = stamp;
  }

  /** Where the order stands now: any choice made after this call is stamped above it, even in the same millisecond. */
  now(): number {
    return (this.#last = Math.max(Date.now(), this.#last));
  }
}

/** Whether `a` overrides `b`: it is later, or as late and a withdrawal, since a tie must never invent consent. */
export function supersedes(a: Entry, b: Entry | undefined): boolean {
  return !b || a.stamp > b.stamp || (a.stamp === b.stamp && a.scope === 'withdrawn' && b.scope !== 'withdrawn');
}

/** A grant. The browsing session is asked for only for a session record: a remembered one reads and sets no cookie. */
export function createRecord(
  provider: string,
  scope: ConsentScope,
  now: number,
  rememberDays: number,
  session: () => string,
  stamp: number,
  terms: GrantTerms = {}
): ConsentRecord {
  const record: ConsentRecord =
    scope === 'remember'
      ? { v: 2, provider, scope, grantedAt: now, expiresAt: now + rememberDays * DAY, stamp }
      : { v: 2, provider, scope, grantedAt: now, session: session(), stamp };
  return withTerms(record, terms);
}

/** Adds the optional terms, leaving out the absent ones, so stored records stay minimal and compare equal. */
function withTerms(record: ConsentRecord, terms: GrantTerms): ConsentRecord {
  const copy: Record<string, unknown> = { ...record };
  for (const key of TERMS) {
    // Made to pass `term` below: a grant given here is never dropped as malformed when read back.
    const value = typeof terms[key] === 'string' ? terms[key].replace(/\p{Cc}+/gu, ' ').trim().slice(0, 100) : '';
    if (value) copy[key] = value;
  }
  return copy as unknown as ConsentRecord;
}

/** A term is short text without control characters, or absent. Anything else makes the whole value invalid. */
const term = (value: unknown): value is string | undefined =>
  value === undefined || (typeof value === 'string' && value.length > 0 && value.length <= 100 && !/[\p{Cc}]/u.test(value));

export function createWithdrawal(provider: string, stamp: number): Withdrawal {
  return { v: 2, provider, scope: 'withdrawn', stamp };
}

const finite = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;

/**
 * Reads a stored or received value strictly: a hand-edited, truncated or
 * foreign value is neither consent nor a withdrawal. Returns a fresh object so
 * nothing from storage (such as a `__proto__` key) reaches the caller. Records
 * of the first schema, which had no stamp, are ordered by the time they were given.
 */
export function parseEntry(value: unknown, key: string): Entry | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const r = value as Record<string, unknown>;
  if (r.provider !== key) return undefined;
  if (r.v === 2 && r.scope === 'withdrawn') return finite(r.stamp) ? createWithdrawal(key, r.stamp) : undefined;
  if (key === ALL || (r.v !== 1 && r.v !== 2)) return undefined;
  const stamp = r.v === 1 ? r.grantedAt : r.stamp;
  // A grant is stamped when it is given, or later. (A stamp far ahead of it
  // cannot outrank the visitor: a withdrawal made on a page is stamped past
  // stored entries that are ahead of the clock; see the store.)
  if (!finite(r.grantedAt) || !finite(stamp) || stamp < r.grantedAt) return undefined;
  if (!TERMS.every((key) => term(r[key]))) return undefined;
  const terms = r as GrantTerms;
  if (r.scope === 'remember') {
    const expiresAt = r.expiresAt;
    if (!finite(expiresAt) || expiresAt <= r.grantedAt || expiresAt - r.grantedAt > MAX_REMEMBER_DAYS * DAY) return undefined;
    return withTerms({ v: 2, provider: key, scope: 'remember', grantedAt: r.grantedAt, expiresAt, stamp }, terms);
  }
  if (r.scope === 'session' && typeof r.session === 'string' && r.session) {
    return withTerms({ v: 2, provider: key, scope: 'session', grantedAt: r.grantedAt, session: r.session, stamp }, terms);
  }
  return undefined;
}

/**
 * Whether `entry` is consent that counts at `now` in the browsing session
 * `session` gives. The session is asked for only for a session record: it
 * costs a cookie read, which a page with nothing granted never needs.
 */
export function isCurrent(entry: Entry | undefined, now: number, session: () => string): entry is ConsentRecord {
  if (!entry || entry.scope === 'withdrawn') return false;
  // A grant dated in the future means a wrong clock or a forged record.
  if (entry.grantedAt > now + 5 * 60_000) return false;
  return entry.scope === 'remember' ? entry.expiresAt! > now : entry.session === session();
}

/** Clamps a configured number of days into 1…MAX_REMEMBER_DAYS. */
export function clampDays(days: number): number {
  if (!Number.isFinite(days)) return DEFAULT_REMEMBER_DAYS;
  return Math.min(MAX_REMEMBER_DAYS, Math.max(1, Math.round(days)));
}
