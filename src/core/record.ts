/**
 * What the visitor chose for one provider.
 *
 * - `session`: lasts for the browsing session (see `session.ts`).
 * - `remember`: kept until `expiresAt`, across browser restarts.
 */
export type ConsentScope = 'session' | 'remember';

export interface ConsentRecord {
  /** Schema version of the stored value; anything else is treated as absent. */
  readonly v: 1;
  readonly provider: string;
  readonly scope: ConsentScope;
  /** Milliseconds since the epoch. */
  readonly grantedAt: number;
  /** Milliseconds since the epoch; only for `remember`. */
  readonly expiresAt?: number;
  /** The browsing session a `session` record belongs to. */
  readonly session?: string;
}

const DAY = 86_400_000;

/** Remembered consent never outlives 13 months, whatever a site configures. */
export const MAX_REMEMBER_DAYS = 395;
export const DEFAULT_REMEMBER_DAYS = 180;

export function createRecord(
  provider: string,
  scope: ConsentScope,
  now: number,
  rememberDays: number,
  session: string
): ConsentRecord {
  return scope === 'remember'
    ? { v: 1, provider, scope, grantedAt: now, expiresAt: now + rememberDays * DAY }
    : { v: 1, provider, scope, grantedAt: now, session };
}

/**
 * Reads a stored value strictly: a hand-edited, truncated, older or foreign
 * value is not consent. Returns a fresh object so nothing from storage (such as
 * a `__proto__` key) reaches the caller.
 */
export function parseRecord(value: unknown, provider: string): ConsentRecord | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const r = value as Record<string, unknown>;
  if (r.v !== 1 || r.provider !== provider) return undefined;
  if (typeof r.grantedAt !== 'number' || !Number.isFinite(r.grantedAt)) return undefined;
  if (r.scope === 'remember') {
    const expiresAt = r.expiresAt;
    if (typeof expiresAt !== 'number' || !Number.isFinite(expiresAt)) return undefined;
    if (expiresAt <= r.grantedAt || expiresAt - r.grantedAt > MAX_REMEMBER_DAYS * DAY) return undefined;
    return { v: 1, provider, scope: 'remember', grantedAt: r.grantedAt, expiresAt };
  }
  if (r.scope === 'session' && typeof r.session === 'string' && r.session) {
    return { v: 1, provider, scope: 'session', grantedAt: r.grantedAt, session: r.session };
  }
  return undefined;
}

/** Whether a valid record still counts at `now` in browsing session `session`. */
export function isCurrent(record: ConsentRecord, now: number, session: string): boolean {
  // A grant dated in the future means a wrong clock or a forged record.
  if (record.grantedAt > now + 5 * 60_000) return false;
  return record.scope === 'remember' ? record.expiresAt! > now : record.session === session;
}

/** Clamps a configured number of days into 1…MAX_REMEMBER_DAYS. */
export function clampDays(days: number): number {
  if (!Number.isFinite(days)) return DEFAULT_REMEMBER_DAYS;
  return Math.min(MAX_REMEMBER_DAYS, Math.max(1, Math.round(days)));
}
