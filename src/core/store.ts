// `request`: idb-keyval's own request-to-promise, which the core holds anyway for `createStore`.
import { createStore, promisifyRequest as request, type UseStore } from 'idb-keyval';
import {
  ALL,
  clampDays,
  createRecord,
  createWithdrawal,
  DEFAULT_REMEMBER_DAYS,
  isCurrent,
  isPolicyVersion,
  parseEntry,
  Stamp,
  supersedes,
  type ConsentRecord,
  type ConsentScope,
  type Entry,
  type GrantTerms,
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
  /** The site's policy version: a choice made under another version (or none) is asked again. */
  policyVersion?: string;
}

/**
 * Where a change came from: the placeholder's button, the control on a loaded
 * embed, the settings element, the JavaScript API, a consent-manager bridge
 * (`bridge:cookiebot`), or storage read at start (which is no new choice).
 */
export type ChangeSource = 'placeholder' | 'embed' | 'settings' | 'api' | `bridge:${string}` | 'storage';

/** What changed: the provider, and its record now (undefined once withdrawn). */
export interface ConsentChange {
  readonly provider: string;
  readonly record: ConsentRecord | undefined;
  readonly source: ChangeSource;
  /** True when the change was made in another tab and heard here. */
  readonly remote: boolean;
}

/** Who made a grant or withdrawal, and what a grant was given for: see `ConsentRecord` for the terms. */
export interface ChoiceOptions extends Omit<GrantTerms, 'policy'> {
  readonly source?: ChangeSource;
  /** Days a remembered grant lasts, over the store's `rememberDays`; clamped to 1–395. */
  readonly days?: number | undefined;
}

const SOURCE = /^(placeholder|embed|settings|api|storage|bridge:[a-z0-9-]{1,32})$/;

export interface GrantResult {
  readonly record: ConsentRecord;
  /** False when the choice could only be kept for the life of this page. */
  readonly saved: boolean;
}

/** What one storage call came to: idb-keyval's calls may resolve to undefined, so success needs its own flag. */
type Outcome<T> = { ok: true; value: T } | { ok: false };

/** What a read came to: the consent now, and whether storage answered (a failed read is not "none"). */
export interface ConsentRead {
  readonly record: ConsentRecord | undefined;
  readonly known: boolean;
}

/** One storage call, so that a time-out can stop it from doing anything afterwards. */
interface Call {
  abandoned: boolean;
  tx?: IDBTransaction;
}

/** How often the time-out looks at the clock; see `#patiently`. */
const TICK = 100;

/**
 * How far ahead of the clock a stored stamp must be to count as made while
 * the clock was fast: it has since stepped back (a correction, a resume from
 * sleep), and what the visitor does now is later than that entry, whatever
 * its stamp says.
 */
const AHEAD = 1000;

/**
 * One transaction that reads, then decides what to write: `decide` runs once
 * the last of the reads `asked` answered. Resolves once the transaction
 * completes, as its writes are only stored then. A throw in `decide` (a full
 * disk, a patched prototype) would otherwise escape to the page as an
 * uncaught error: it fails the call and aborts the transaction instead.
 */
function transact(tx: IDBTransaction, asked: IDBRequest[], decide: () => void): Promise<void> {
  return new Promise((resolve, reject) => {
    asked.at(-1)!.onsuccess = () => {
      try {
        decide();
      } catch (error) {
        reject(error);
        try {
          tx.abort();
        } catch {
          // Already finished.
        }
      }
    };
    tx.oncomplete = () => resolve();
    tx.onabort = tx.onerror = () => reject(tx.error ?? new DOMException('The transaction was aborted.', 'AbortError'));
  });
}

/** The entries among values read from storage under `keys`: what is not one (malformed, foreign) is undefined. */
function parsed(keys: IDBValidKey[], values: unknown[]): (Entry | undefined)[] {
  return keys.map((key, i) => (typeof key === 'string' ? parseEntry(values[i], key) : undefined));
}

/**
 * Per-provider consent, in IndexedDB through idb-keyval, shared by every tab.
 *
 * Every grant and withdrawal carries a stamp that orders it among all the
 * others, in every tab (see `Stamp`), and withdrawals are kept as records. A
 * write only lands over an older entry, in one transaction, so whatever order
 * the browser delivers writes and messages in, the visitor's last word wins.
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

  /** The newest entry this page knows per provider, withdrawals included, and the withdrawal of all under `*`. */
  readonly #entries = new Map<string, Entry>();
  readonly #reads = new Map<string, Promise<ConsentRead>>();
  /** Grants this page holds that storage does not: they end with the page, whatever their scope says. */
  readonly #unsaved = new WeakSet<Entry>();
  /** Grants made on this page, as stored. */
  readonly #made = new WeakSet<Entry>();
  readonly #listeners = new Set<(change: ConsentChange) => void>();
  readonly #stamp = new Stamp();
  /** How to stop each grant still on its way to storage, for when the store gives up on storage. */
  readonly #pending = new Set<() => boolean>();
  readonly #name: string;
  readonly #days: number;
  readonly #timeout: number;
  #policy: string | undefined;
  #idb: UseStore | undefined;
  #channel: BroadcastChannel | undefined;

  constructor(options: ConsentStoreOptions = {}) {
    this.#name = options.name ?? 'consent-embed';
    this.#days = clampDays(options.rememberDays ?? DEFAULT_REMEMBER_DAYS);
    this.#timeout = options.timeout ?? 1500;
    this.policyVersion = options.policyVersion;
  }

  /** See `ConsentStoreOptions.policyVersion`. Changing it re-weighs every choice this page knows, and tells listeners. */
  get policyVersion(): string | undefined {
    return this.#policy;
  }

  set policyVersion(version: string | undefined) {
    if (version !== undefined && !isPolicyVersion(version)) {
      warn('invalid-config', 'bad-policy-version', typeof version === 'string' ? version : typeof version);
      return;
    }
    const policy = version === undefined ? undefined : String(version);
    this.#weigh(this.#providersOf(ALL), () => (this.#policy = policy), 'storage', false);
  }

  /** The current consent for `provider`, or undefined (none, or storage could not be read). Never rejects. */
  async get(provider: string): Promise<ConsentRecord | undefined> {
    return (await this.read(provider)).record;
  }

  /**
   * Whether the visitor withdrew consent to `provider` (or every choice) and
   * has not given it since: the withdrawal's stamp, which a consent-manager
   * bridge must not override with an older state; `none`; or `unknown` when
   * storage could not be read and this page knows nothing newer. A failed
   * read is never taken for "no withdrawal". Never rejects.
   */
  async withdrawal(provider: string): Promise<number | 'none' | 'unknown'> {
    const { record, known } = await this.read(provider);
    if (record) return 'none';
    return this.withdrawnAt(provider) ?? (known ? 'none' : 'unknown');
  }

  /**
   * The stamp of the withdrawal of `provider` (or of every choice) that
   * counts now, as far as this page knows: from memory, so after a `read`
   * of it. Undefined when none is known, which after a failed read is not "none".
   */
  withdrawnAt(provider: string): number | undefined {
    const entry = this.#entries.get(provider);
    const all = this.#entries.get(ALL);
    if (all && supersedes(all, entry)) return all.stamp;
    return entry?.scope === 'withdrawn' ? entry.stamp : undefined;
  }

  /** Whether `record` was granted on this page, not in another tab or on an earlier page: what a bridge that came late did not hear. */
  madeHere(record: ConsentRecord): boolean {
    return this.#made.has(record);
  }

  /** Whether `record` is held by this page only, storage having failed to keep it: it ends when the page closes. */
  unsaved(record: ConsentRecord): boolean {
    return this.#unsaved.has(record);
  }

  /**
   * The current consent for `provider`, and whether it is known: `known` is
   * false when storage could not be read and this page holds no grant, so
   * that "could not read" is never mistaken for "no". Never rejects.
   */
  read(provider: string): Promise<ConsentRead> {
    // A store that only reads must still hear withdrawals from other tabs.
    this.#listen();
    const held = this.#current(provider);
    if (held) return Promise.resolve({ record: held, known: true });
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
  async grant(provider: string, scope: ConsentScope = 'session', { source = 'api', days, ...given }: ChoiceOptions = {}): Promise<GrantResult> {
    const terms = { ...given, policy: this.policyVersion };
    const lasts = days === undefined ? this.#days : clampDays(days);
    const record = createRecord(provider, scope, Date.now(), lasts, browsingSession, this.#stamp.next(), terms);
    this.#made.add(record);
    // Known at once where storage is already given up on; a write that fails later says so when it does.
    if (!this.canRemember) this.#unsaved.add(record);
    const written = await this.#act(record, source);
    if (!written && !this.#unsaved.has(record)) {
      this.#unsaved.add(record);
      // Listeners that showed it as kept (the settings element) hear that it is not, as a re-read, not a new choice.
      if (this.#current(provider) === record) this.#emit({ provider, record, source: 'storage', remote: false });
    }
    return { record: (written as ConsentRecord | undefined) ?? record, saved: written !== undefined };
  }

  /** Where the order of choices stands now: every choice made after this call is stamped above it. */
  now(): number {
    return this.#stamp.now();
  }

  /** Withdraws consent for `provider` here, in storage and in every open tab. */
  revoke(provider: string, { source = 'api' }: ChoiceOptions = {}): Promise<void> {
    return this.#withdraw(provider, source);
  }

  /**
   * Every choice that counts now, stored or held by this page. Stored values
   * that are not consent (malformed, expired, of an earlier browsing session
   * or policy) are removed on the way.
   */
  async list(): Promise<ConsentRecord[]> {
    const stored = await this.#use('readonly', (s) => Promise.all([request(s.getAllKeys()), request(s.getAll())]));
    if (stored.ok) this.#take(...stored.value);
    return this.#providersOf(ALL).map((provider) => this.#current(provider)).filter((r) => r !== undefined);
  }

  /**
   * Withdraws every choice, here, in storage and in every open tab, including
   * choices this page never heard of: one withdrawal of all, older grants void.
   */
  clear({ source = 'api' }: ChoiceOptions = {}): Promise<void> {
    return this.#withdraw(ALL, source);
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

  async #withdraw(key: string, source: ChangeSource): Promise<void> {
    await this.#act(createWithdrawal(key, this.#stamp.next()), source);
  }

  /**
   * What the visitor just did here: stored, taken in and told to every tab.
   * The write is queued first, before anything re-renders for the change, so
   * a page busy building frames cannot push it behind a withdrawal or a
   * time-out. The other tabs are told at once: one that reads an older entry
   * afterwards compares stamps. Resolves to what was stored, or undefined.
   */
  async #act(entry: Entry, source: ChangeSource): Promise<Entry | undefined> {
    const saving = this.#write(entry, true);
    const told = this.#apply(entry, source, false);
    this.#post(entry, source);
    const { written, voided = [] } = (await saving) ?? {};
    // Stamped again past an entry stamped while the clock was fast: everyone hears the new stamp.
    if (written && written !== entry) {
      if (this.#made.has(entry)) this.#made.add(written);
      this.#apply(written, source, false);
      this.#post(written, source);
    }
    // A withdrawal is news even where this page never read the grant it ends:
    // a site's consent log hears of every one, and of each stored grant a withdrawal of all ended.
    // Not when it lost to a newer grant another tab stored: then nothing was withdrawn.
    if (entry.scope === 'withdrawn' && (written || !this.canRemember)) {
      const ended = entry.provider === ALL ? voided : [entry.provider];
      for (const provider of ended) if (!told.has(provider)) this.#emit({ provider, record: undefined, source, remote: false });
    }
    return written;
  }

  /** The grant that counts now for `provider`, as far as this page knows. */
  #current(provider: string): ConsentRecord | undefined {
    const entry = this.#entries.get(provider);
    return this.#counts(entry) ? entry : undefined;
  }

  /**
   * Whether `entry` is consent now: a grant, unexpired, of this browsing
   * session, under the site's policy version, and not voided by a withdrawal of all.
   */
  #counts(entry: Entry | undefined, anyPolicy = false): entry is ConsentRecord {
    if (!isCurrent(entry, Date.now(), browsingSession)) return false;
    if (!anyPolicy && this.#policy !== undefined && entry.policy !== this.#policy) return false;
    const all = this.#entries.get(ALL);
    return !all || supersedes(entry, all);
  }

  /**
   * Whether a stored value is not worth keeping: malformed, or a grant that no
   * longer counts. A grant under another policy version is kept: a page of the
   * site still open from before a deploy, or after a rollback, reads it as its own.
   */
  #stale(entry: Entry | undefined): boolean {
    return !entry || (entry.scope !== 'withdrawn' && !this.#counts(entry, true));
  }

  /** Takes in an entry from any source if it is newer than what this page knows, and tells listeners what that changed. */
  #apply(entry: Entry, source: ChangeSource, remote: boolean): Set<string> {
    this.#stamp.see(entry.stamp);
    const key = entry.provider;
    if (!supersedes(entry, this.#entries.get(key))) return new Set();
    return this.#weigh(this.#providersOf(key), () => this.#entries.set(key, entry), source, remote);
  }

  /** The providers whose consent an entry under `key` decides: for the withdrawal of all, every one this page knows. */
  #providersOf(key: string): string[] {
    return key === ALL ? [...this.#entries.keys()].filter((k) => k !== ALL) : [key];
  }

  /** Makes `change`, and tells listeners of each of `providers` whose consent it changed; returns those. */
  #weigh(providers: string[], change: () => void, source: ChangeSource, remote: boolean): Set<string> {
    const told = new Set<string>();
    const before = providers.map((provider) => this.#current(provider));
    change();
    providers.forEach((provider, i) => {
      const after = this.#current(provider);
      // The same choice stamped again is no change.
      if (after?.scope === before[i]?.scope && after?.grantedAt === before[i]?.grantedAt) return;
      told.add(provider);
      this.#emit({ provider, record: after, source, remote });
    });
    return told;
  }

  /** Reads `provider` from storage; `known` is false when storage could not answer. */
  async #read(provider: string): Promise<ConsentRead> {
    const read = await this.#use('readonly', (s) => Promise.all([request(s.get(provider)), request(s.get(ALL))]));
    if (read.ok) this.#take([provider, ALL], read.value);
    return { record: this.#current(provider), known: read.ok };
  }

  /**
   * Takes in values read from storage under `keys`, the withdrawal of all
   * first: what it voids is stale, not consent. A stored value that is not
   * consent (malformed, expired, from an earlier browsing session or policy,
   * or voided by a withdrawal of all) is not worth keeping, and is removed.
   */
  #take(keys: IDBValidKey[], values: unknown[]): void {
    const entries = parsed(keys, values);
    const all = entries[keys.indexOf(ALL)];
    if (all) this.#apply(all, 'storage', false);
    keys.forEach((key, i) => {
      const entry = entries[i];
      if (entry) this.#apply(entry, 'storage', false);
      // Nothing stored under the key: `get` answers undefined.
      if (typeof key === 'string' && values[i] !== undefined && this.#stale(entry)) void this.#tidy(key, values[i]);
    });
  }

  /**
   * Stores `entry` unless storage already holds something newer, in one
   * transaction, so that no older write can land over a newer one. An entry
   * made by the visitor on this page just now (`fresh`) is stamped again past
   * stored entries stamped ahead of the clock (see `AHEAD`). Returns what was
   * written, or undefined; what beat it is taken in.
   */
  async #write(entry: Entry, fresh: boolean): Promise<{ written?: Entry; voided?: string[] } | undefined> {
    const key = entry.provider;
    const grant = entry.scope !== 'withdrawn';
    const result = await this.#use(
      'readwrite',
      async (s, call) => {
        const outcome: { written?: Entry; winner?: Entry; voided?: string[] } = {};
        // A withdrawal of all is weighed against every entry, since it voids
        // them; any other entry against its own key and the withdrawal of all.
        const asked: IDBRequest[] = key === ALL ? [s.getAllKeys(), s.getAll()] : [s.get(key), s.get(ALL)];
        await transact(s.transaction, asked, () => {
          if (call.abandoned) return;
          const answers = asked.map((request) => request.result);
          const keys: IDBValidKey[] = key === ALL ? answers[0] : [key, ALL];
          const stored = parsed(keys, key === ALL ? answers[1] : answers);
          // Entries this one does not override; the same withdrawal, stored already by a tab that relayed it, is not one.
          const unbeaten = stored.filter(
            (other): other is Entry =>
              other !== undefined && !supersedes(entry, other) && !(other.stamp === entry.stamp && other.scope === entry.scope)
          );
          const newer = key === ALL ? unbeaten.filter((other) => other.provider === ALL) : unbeaten;
          const ahead = unbeaten.filter((other) => other.stamp > Date.now() + AHEAD);
          let final = entry;
          if (fresh && ahead.length && newer.every((other) => ahead.includes(other))) {
            final = { ...entry, stamp: Math.max(...ahead.map((other) => other.stamp)) + 1 };
          } else if (newer.length) {
            outcome.winner = newer[0];
            return;
          }
          s.put(final, key);
          outcome.written = final;
          // The withdrawal of all stands for every entry it voids.
          if (key === ALL) {
            outcome.voided = [];
            keys.forEach((k, i) => {
              if (k === ALL || (stored[i] && supersedes(stored[i]!, final))) return;
              if (stored[i] && stored[i]!.scope !== 'withdrawn') outcome.voided!.push(String(k));
              s.delete(k);
            });
          }
        });
        return outcome;
      },
      // A withdrawal is always attempted, and allowed to land however late:
      // it only ever wins over older grants. A grant that misses its time-box
      // is abandoned, since the visitor was told it lasts for this page.
      { always: !grant, abandon: grant }
    );
    if (!result.ok) return undefined;
    if (result.value.winner) this.#apply(result.value.winner, 'storage', false);
    return result.value;
  }

  /** Deletes a stored value found not to be consent, unless another tab replaced it since it was read. */
  #tidy(provider: string, seen: unknown): Promise<Outcome<void>> {
    return this.#use('readwrite', (s) => {
      const now = s.get(provider);
      return transact(s.transaction, [now], () => {
        if (JSON.stringify(now.result) === JSON.stringify(seen)) s.delete(provider);
      });
    });
  }

  /**
   * Runs one storage call, time-boxed. After the first failure storage counts
   * as unusable for this page and calls are skipped, except withdrawals
   * (`always`). `await` inside `try` also catches idb-keyval's synchronous throw
   * when `indexedDB` is missing or its getter throws. With `abandon`, a call
   * that misses its time-box, or is still under way when another call fails,
   * is stopped: aborted if it started, never started if it was still queued
   * (behind a blocked upgrade, say).
   */
  async #use<T>(
    mode: IDBTransactionMode,
    body: (store: IDBObjectStore, call: Call) => Promise<T>,
    { always = false, abandon = false } = {}
  ): Promise<Outcome<T>> {
    if (!this.canRemember && !always) return { ok: false };
    const call: Call = { abandoned: false };
    try {
      this.#idb ??= createStore(this.#name, 'consent');
      const work = this.#idb(mode, (store) => {
        if (call.abandoned) throw new DOMException('Given up before it started.', 'AbortError');
        call.tx = store.transaction;
        return body(store, call);
      });
      const giveUp = () => {
        if (!abandon) return true;
        call.abandoned = true;
        try {
          call.tx?.abort();
          return true;
        } catch {
          return false; // Finished already: its answer is on its way, and it is the truth.
        }
      };
      if (abandon) this.#pending.add(giveUp);
      try {
        return { ok: true, value: await this.#patiently(work, giveUp) };
      } finally {
        this.#pending.delete(giveUp);
      }
    } catch (error) {
      this.#fail(error);
      return { ok: false };
    }
  }

  /**
   * Waits for `work` for `timeout` ms of the page's own time. A stretch in
   * which the main thread was busy (building frames, running the site's code)
   * counts as one tick at most: storage answers that waited behind it are not
   * a broken store.
   */
  #patiently<T>(work: Promise<T>, giveUp: () => boolean): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let spent = 0;
      let last = performance.now();
      let timer: ReturnType<typeof setTimeout>;
      const tick = () => {
        const now = performance.now();
        spent += Math.min(now - last, 2 * TICK);
        last = now;
        if (spent < this.#timeout) timer = setTimeout(tick, TICK);
        else if (giveUp()) reject(new Error(`no answer within ${this.#timeout} ms`));
      };
      timer = setTimeout(tick, TICK);
      work.then(
        (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        (error) => {
          clearTimeout(timer);
          reject(error);
        }
      );
    });
  }

  #fail(error: unknown): void {
    if (!this.canRemember) return;
    this.canRemember = false;
    // From now on the page says choices last for the page: no grant still
    // queued may land afterwards and make that untrue.
    for (const giveUp of this.#pending) giveUp();
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    warn('storage-unavailable', 'storage-failed', reason);
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

  #listen(): void {
    if (this.#channel || typeof BroadcastChannel !== 'function') return;
    try {
      // Named after the database, so that stores kept apart stay apart across tabs too.
      this.#channel = new BroadcastChannel(this.#name);
    } catch {
      return; // Opaque origins cannot open a channel; this tab then hears only itself.
    }
    this.#channel.onmessage = ({ data }: MessageEvent) => {
      const message = data as Partial<Record<'v' | 'type' | 'provider' | 'copy' | 'source', unknown>> & {
        entry?: { provider?: unknown };
        record?: { provider?: unknown };
      } | null;
      // Tabs still running the first release speak v1: a revoke is a withdrawal
      // made now, a grant its record. The v1 copies this release sends for them
      // are marked, and skipped here: the v2 message said it with its stamp.
      if (message?.copy) return;
      const sent = message?.v === 2 ? message.entry : message?.v === 1 && message.type === 'grant' ? message.record : undefined;
      const entry =
        message?.v === 1 && message.type === 'revoke' && typeof message.provider === 'string'
          ? createWithdrawal(message.provider, this.#stamp.next())
          : typeof sent?.provider === 'string'
            ? parseEntry(sent, sent.provider)
            : undefined;
      if (!entry) return;
      // The first release could only grant from the placeholder and withdraw through the API.
      const told = typeof message?.source === 'string' && SOURCE.test(message.source) ? (message.source as ChangeSource) : undefined;
      this.#apply(entry, told ?? (entry.scope === 'withdrawn' ? 'api' : 'placeholder'), true);
      // Every tab that hears a withdrawal stores it too: the tab it came from
      // may have no working storage, and a newer entry is never overwritten.
      if (entry.scope === 'withdrawn') void this.#write(entry, false);
    };
  }

  #post(entry: Entry, source: ChangeSource): void {
    this.#listen();
    // What tabs of the first release understand, so that none of them keeps a
    // withdrawn embed during an upgrade: per provider, as their clear() did.
    const legacy =
      entry.scope !== 'withdrawn'
        ? [{ v: 1, type: 'grant', record: { ...entry, v: 1, stamp: undefined }, copy: true }]
        : this.#providersOf(entry.provider).map((provider) => ({ v: 1, type: 'revoke', provider, copy: true }));
    try {
      for (const message of [{ v: 2, entry, source }, ...legacy]) this.#channel?.postMessage(message);
    } catch {
      // A closed channel only means no other tab hears of it.
    }
  }
}
