import { createStore, del, entries, get, set, clear, type UseStore } from 'idb-keyval';
import {
  clampDays,
  createRecord,
  DEFAULT_REMEMBER_DAYS,
  isCurrent,
  parseRecord,
  type ConsentRecord,
  type ConsentScope,
} from './record.js';
import { browsingSession } from './session.js';
import { warn } from './warn.js';

export interface ConsentStoreOptions {
  /** IndexedDB database name; one object store lives in it. Default `consent-embed`. */
  name?: string;
  /** Days a remembered choice lasts: 1 to 395, default 180. */
  rememberDays?: number;
  /** Milliseconds after which a storage call counts as hung. Default 1500. */
  timeout?: number;
}

/** What changed: the provider, and its record now (undefined once withdrawn). */
export interface ConsentChange {
  readonly provider: string;
  readonly record: ConsentRecord | undefined;
}

export interface GrantResult {
  readonly record: ConsentRecord;
  /** False when the choice could only be kept for the life of this page. */
  readonly saved: boolean;
}

type Message = { v: 1; type: 'grant'; record: ConsentRecord } | { v: 1; type: 'revoke'; provider: string };

/** What one storage call came to: idb-keyval's `set` resolves to undefined, so success needs its own flag. */
type Outcome<T> = { ok: true; value: T } | { ok: false };

/**
 * Per-provider consent, in IndexedDB through idb-keyval, shared by every tab.
 *
 * Storage is a convenience, never a requirement: every call is wrapped so that
 * a missing, blocked, throwing, hanging or full IndexedDB degrades to memory
 * for the life of the page, with one console warning, and nothing already
 * granted is lost. Memory is also the first place read, so a choice made on
 * this page holds whatever storage does afterwards.
 */
export class ConsentStore {
  /** False once storage failed; choices then last for this page only. */
  canRemember = true;

  readonly #memory = new Map<string, ConsentRecord>();
  readonly #reads = new Map<string, Promise<ConsentRecord | undefined>>();
  /** Counts changes per provider, so a read that a change overtook is not believed. */
  readonly #changes = new Map<string, number>();
  readonly #listeners = new Set<(change: ConsentChange) => void>();
  readonly #name: string;
  readonly #days: number;
  readonly #timeout: number;
  #idb: UseStore | undefined;
  #channel: BroadcastChannel | undefined;

  constructor(options: ConsentStoreOptions = {}) {
    this.#name = options.name ?? 'consent-embed';
    this.#days = clampDays(options.rememberDays ?? DEFAULT_REMEMBER_DAYS);
    this.#timeout = options.timeout ?? 1500;
  }

  /** The current consent for `provider`, or undefined. Never rejects. */
  get(provider: string): Promise<ConsentRecord | undefined> {
    // A store that only reads must still hear withdrawals from other tabs.
    this.#listen();
    const held = this.#memory.get(provider);
    if (held && isCurrent(held, Date.now(), browsingSession())) return Promise.resolve(held);
    if (held) this.#memory.delete(provider);
    // Many embeds of one provider ask at once on load: one read serves them all.
    let read = this.#reads.get(provider);
    if (!read) {
      read = this.#read(provider).finally(() => this.#reads.delete(provider));
      this.#reads.set(provider, read);
    }
    return read;
  }

  /**
   * Records the visitor's choice, tells the other tabs, and resolves once it is
   * stored (or known not to be). Never rejects.
   */
  async grant(provider: string, scope: ConsentScope = 'session'): Promise<GrantResult> {
    const record = createRecord(provider, scope, Date.now(), this.#days, browsingSession());
    this.#accept(record);
    this.#post({ v: 1, type: 'grant', record });
    const saved = await this.#use((s) => set(provider, record, s));
    return { record, saved: saved.ok };
  }

  /**
   * Withdraws consent for `provider` here, in storage and in every open tab.
   * The other tabs hear of it once the record is deleted, so none of them can
   * read it back in between.
   */
  async revoke(provider: string): Promise<void> {
    this.#drop(provider);
    await this.#use((s) => del(provider, s), true);
    this.#post({ v: 1, type: 'revoke', provider });
  }

  /** Every choice that counts now, stored or held by this page. */
  async list(): Promise<ConsentRecord[]> {
    const now = Date.now();
    const session = browsingSession();
    const found = new Map<string, ConsentRecord>();
    const stored = await this.#use((s) => entries(s));
    for (const [key, value] of stored.ok ? stored.value : []) {
      const record = typeof key === 'string' ? parseRecord(value, key) : undefined;
      if (record && isCurrent(record, now, session)) found.set(record.provider, record);
    }
    for (const record of this.#memory.values()) {
      if (isCurrent(record, now, session)) found.set(record.provider, record);
    }
    return [...found.values()];
  }

  /** Withdraws every choice. */
  async clear(): Promise<void> {
    const providers = new Set([...this.#memory.keys(), ...(await this.list()).map((r) => r.provider)]);
    for (const provider of providers) this.#drop(provider);
    await this.#use((s) => clear(s), true);
    for (const provider of providers) this.#post({ v: 1, type: 'revoke', provider });
  }

  /**
   * Calls `listener` on every change, from this page or another tab.
   * Returns the function that unsubscribes.
   */
  subscribe(listener: (change: ConsentChange) => void): () => void {
    this.#listen();
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  async #read(provider: string): Promise<ConsentRecord | undefined> {
    const before = this.#changes.get(provider);
    const read = await this.#use((s) => get(provider, s));
    // A grant or revoke while the read was under way is newer than what it read:
    // a revoke must not come back from a stale value.
    if (this.#changes.get(provider) !== before) return this.#memory.get(provider);
    if (!read.ok || read.value === undefined) return undefined;
    const record = parseRecord(read.value, provider);
    if (record && isCurrent(record, Date.now(), browsingSession())) {
      this.#memory.set(provider, record);
      return record;
    }
    // Expired, from an earlier browsing session, or not ours: not consent.
    void this.#use((s) => del(provider, s));
    return undefined;
  }

  #accept(record: ConsentRecord): void {
    this.#changed(record.provider);
    this.#memory.set(record.provider, record);
    this.#emit({ provider: record.provider, record });
  }

  #drop(provider: string): void {
    this.#changed(provider);
    this.#memory.delete(provider);
    this.#emit({ provider, record: undefined });
  }

  #changed(provider: string): void {
    this.#changes.set(provider, (this.#changes.get(provider) ?? 0) + 1);
  }

  #emit(change: ConsentChange): void {
    for (const listener of this.#listeners) {
      try {
        listener(change);
      } catch (error) {
        // One broken listener must not keep the others from hearing.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }

  /**
   * Runs one idb-keyval call, time-boxed. After the first failure storage
   * counts as unusable for this page and calls are skipped, except deletions
   * (`always`): a write that was slow rather than failed may still land, and a
   * withdrawal must still reach it. `await` inside `try` also catches
   * idb-keyval's synchronous throw when `indexedDB` is missing or its getter throws.
   */
  async #use<T>(call: (store: UseStore) => Promise<T>, always = false): Promise<Outcome<T>> {
    if (!this.canRemember && !always) return { ok: false };
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      this.#idb ??= createStore(this.#name, 'consent');
      const hung = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${this.#timeout} ms`)), this.#timeout);
      });
      return { ok: true, value: await Promise.race([call(this.#idb), hung]) };
    } catch (error) {
      this.#fail(error);
      return { ok: false };
    } finally {
      clearTimeout(timer);
    }
  }

  #fail(error: unknown): void {
    if (!this.canRemember) return;
    this.canRemember = false;
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    warn(
      'storage-unavailable',
      `IndexedDB cannot be used on this browser (${reason}). Choices are kept until this page is closed.`
    );
  }

  #listen(): void {
    if (this.#channel || typeof BroadcastChannel !== 'function') return;
    try {
      // Named after the database, so that stores kept apart stay apart across tabs too.
      this.#channel = new BroadcastChannel(this.#name);
    } catch {
      return; // Opaque origins cannot open a channel; this tab then hears only itself.
    }
    this.#channel.onmessage = ({ data }: MessageEvent) => {
      const message = data as Partial<Message> | null;
      if (message?.v !== 1) return;
      if (message.type === 'grant') {
        const record = parseRecord(message.record, String(message.record?.provider));
        if (record && isCurrent(record, Date.now(), browsingSession())) this.#accept(record);
      } else if (message.type === 'revoke' && typeof message.provider === 'string') {
        this.#drop(message.provider);
      }
    };
  }

  #post(message: Message): void {
    this.#listen();
    try {
      this.#channel?.postMessage(message);
    } catch {
      // A closed channel only means no other tab hears of it.
    }
  }
}
