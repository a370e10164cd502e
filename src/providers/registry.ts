import { digest } from '../core/digest.js';
import { pageWide } from '../core/page.js';
import { sentence, warn, type Message, type WarningCode } from '../core/warn.js';
import { boxFor } from './boxes.js';
import { HOST, PROVIDER_ID, publicHost } from './names.js';
import type { Box, EmbedKind, InstanceTarget, Provider, ProviderCode, ProviderData, ProviderModule } from './provider.js';

/** Who the visitor is asked about: the provider, or one server of a provider of many. */
export interface Party {
  /** Key of the consent record: the provider's id, or `id:host` for one server of a provider of many. */
  readonly key: string;
  /** Shown to visitors: "YouTube", or the server's host name. */
  readonly name: string;
  /** Who receives the visitor's data. */
  readonly company: string;
  readonly kind: EmbedKind;
  /** The service's colour, as its data gives it. */
  readonly brand?: string | undefined;
  /** The software a server runs, for a provider of many servers: "Mastodon". */
  readonly software?: string;
  /** https URL of the privacy policy, when one is known. */
  readonly privacyPolicy: string | undefined;
  /** Every origin contacted after consent, as far as it is known. */
  readonly origins: readonly string[];
  /** Fingerprint of the name, company and origins a choice is given for; see `digest`. */
  readonly digest: string;
}

/** What reading a `src` came to, without the provider's code: enough for the placeholder. */
export type Match =
  | {
      readonly ok: true;
      readonly provider: ProviderData;
      readonly url: URL;
      /** True when the author named the provider. */
      readonly forced: boolean;
      readonly party: Party;
      readonly box: Box;
    }
  | Undecided
  | { readonly ok: false; readonly code: WarningCode; readonly detail: Message };

/** A `src` on an unknown public host, not named by the author: which provider of many servers it is, if any, only their code can tell. */
interface Undecided {
  readonly ok: true;
  readonly provider?: undefined;
  readonly url: URL;
  readonly forced: false;
  /** Known once the code tells which software the server runs. */
  readonly party?: undefined;
}

/** The result of reading an element's `src` and `provider` attributes, with the provider's code: what is wrong as a sentence. */
export type Resolution =
  | { readonly ok: true; readonly provider: Provider; readonly target: unknown; readonly party: Party; readonly box: Box }
  | { readonly ok: false; readonly code: WarningCode; readonly detail: string };

/** A resolution as the element uses it: what is wrong as a message, said only if it warns. */
export type Resolved = Exclude<Resolution, { ok: false }> | { readonly ok: false; readonly code: WarningCode; readonly detail: Message };

/** What `listProviders` tells of each provider: plain data, safe to show or serialise. */
export interface ProviderInfo {
  readonly id: string;
  readonly name: string;
  readonly company: string;
  readonly kind: EmbedKind;
  readonly hosts: readonly string[];
  readonly origins: readonly string[];
  readonly privacyPolicy: string;
  /** True for software anyone runs on their own server; each server is asked about on its own. */
  readonly instances: boolean;
}

/** A provider as the registry keeps it: its data, and its code or the way to load it. */
interface Entry {
  readonly data: ProviderData;
  code?: Promise<ProviderCode>;
  readonly load?: () => Promise<ProviderModule | ProviderCode>;
}


/** Every provider this copy of the library knows, in the order they were added (which orders the URL-shape guesses). */
const providers = new Map<string, Entry>();


/** `URL.parse`, where the browser has it (Chromium 126, Firefox 126, Safari 18); one parse either way. */
function parseURL(text: string): URL | null {
  const parse = (URL as { parse?: (text: string) => URL | null }).parse;
  if (parse) return parse(text);
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

/** Whether `code` has a provider's two functions. */
export const hasCode = (code: Partial<ProviderCode> | undefined): boolean => typeof code?.parse === 'function' && typeof code.embed === 'function';

/**
 * Adds providers whose code loads on demand: the script-tag build's built-in
 * providers, whose code is a file beside the script, fetched the first time a
 * page shows one of their embeds.
 */
export function addProviders(list: readonly { readonly data: ProviderData; readonly load: () => Promise<ProviderModule | ProviderCode> }[]): void {
  for (const { data, load } of list) if (!providers.has(data.id)) providers.set(data.id, { data, load });
  owners = undefined;
}

/** Adds a checked provider, or replaces the one with its id: see registration.ts. */
export function add(data: ProviderData, code: Promise<ProviderCode>): void {
  if (providers.has(data.id)) warn('duplicate-provider', 'provider-replaced', data.id);
  providers.delete(data.id);
  providers.set(data.id, { data, code });
  parties.delete(data);
  joined.delete(data);
  owners = undefined;
}

/** The data of the provider `id`, when this copy of the library knows it. */
export function getProvider(id: string): ProviderData | undefined {
  return providers.get(id)?.data;
}

/** The data of every provider this copy of the library knows, in the order they were added. */
export const known = (): ProviderData[] => [...providers.values()].map((entry) => entry.data);

/**
 * Registrations through the script tag's global, whose check is a file of its
 * own: until they settle, a provider no one knows yet may be theirs, so an
 * element waits (pending) rather than saying it knows no such provider.
 */
let registering: Promise<unknown> | undefined;

/** Holds back "no such provider" until `registration` has settled. */
export function awaitRegistration(registration: Promise<unknown>): void {
  const all = Promise.all([registering, registration]).then(
    () => undefined,
    () => undefined
  );
  registering = all;
  void all.then(() => {
    if (registering === all) registering = undefined;
  });
}

/** Settles once no registration is under way. */
export const registrations = async (): Promise<void> => {
  while (registering) await registering;
};

/**
 * The code of a provider: loaded once, the first time it is asked for, and
 * shared by every element that shows it. Rejects when its file cannot be
 * loaded (a 404, a CSP that blocks it); the next ask tries again.
 */
export function codeOf(id: string): Promise<ProviderCode> {
  // Asked only for a provider the registry gave: one is replaced, never removed.
  const entry = providers.get(id)!;
  entry.code ??= entry.load!().then(
    (module) => {
      if (!hasCode(module)) throw new TypeError('it has no parse and embed');
      return module;
    },
    (error: unknown) => {
      entry.code = undefined;
      throw error;
    }
  );
  return entry.code;
}

/**
 * Starts loading the code of the party `key`'s provider, for `codeOf` to find
 * later: a file that fails says so when it is asked for again.
 */
export const fetchCode = (key: string): void => void codeOf(key.split(':')[0]!).catch(() => undefined);

/** Which provider serves each host: made once, not scanned for every element. */
let owners: Map<string, ProviderData> | undefined;

/** The provider that serves `hostname`: an exact host, or a subdomain of a `*.` one; the first provider added wins. */
function ownerOf(hostname: string): ProviderData | undefined {
  if (!owners) {
    owners = new Map();
    for (const { data } of providers.values()) for (const host of data.hosts) if (!owners.has(host)) owners.set(host, data);
  }
  for (let name = hostname, wild = false; name; wild = true) {
    const found = owners.get(wild ? `*.${name}` : name);
    if (found) return found;
    name = name.slice(name.indexOf('.') + 1 || name.length);
  }
  return undefined;
}

function supported(): string {
  return [...providers.values()].map((p) => p.data.name).join(', ');
}

/** Parties of providers, made once each: their digest is computed once, not once per element. */
const parties = new WeakMap<ProviderData, Map<string, Party>>();

/** The party of `provider`, or of one of its servers: `origin` for a provider of many servers. */
export function partyOf(provider: ProviderData, origin?: string): Party {
  let made = parties.get(provider);
  if (!made) parties.set(provider, (made = new Map()));
  const key = origin ?? '';
  let party = made.get(key);
  if (!party) {
    const { id, name, company, kind, brand, privacyPolicy, origins } = provider;
    const host = origin && new URL(origin).hostname;
    party = host
      ? {
          key: `${id}:${host}`,
          name: host,
          company: host,
          kind,
          brand,
          software: name,
          privacyPolicy: new URL(privacyPolicy, origin).href,
          origins: [origin!],
          digest: digest(name, host, [origin!]),
        }
      : { key: id, name, company, kind, brand, privacyPolicy, origins, digest: digest(name, company, origins) };
    made.set(key, party);
  }
  return party;
}

/** Provider ids some element on this page shows, and who wants to hear of a new one; page-wide, see `pageWide`. */
const inUse = () => pageWide('in-use', () => ({ ids: new Set<string>(), listeners: new Set<(id: string) => void>() }));

/** Notes that an element shows `id`'s embeds: a bridge then mirrors the site's consent manager for it. */
export function markInUse(id: string): void {
  const { ids, listeners } = inUse();
  if (ids.has(id)) return;
  ids.add(id);
  for (const listener of listeners) listener(id);
}

/** The provider ids elements on this page have shown; `listener` hears of each new one. Returns the unsubscribe. */
export function providersInUse(listener: (id: string) => void): { ids: ReadonlySet<string>; stop: () => void } {
  const { ids, listeners } = inUse();
  listeners.add(listener);
  return { ids, stop: () => void listeners.delete(listener) };
}

/**
 * Whether `key` could name a choice: a provider id, or `id:host`; or a
 * provider's previews, `id/previews` (see core/previews.ts), which no id or host can be.
 */
export function isConsentKey(key: unknown): key is string {
  if (typeof key !== 'string') return false;
  const [id = '', host, more] = key.replace(/^([a-z0-9-]+)\/previews$/, '$1').split(':');
  return PROVIDER_ID.test(id) && more === undefined && (host === undefined || (HOST.test(host) && !host.startsWith('*.')));
}

const fail = (code: WarningCode, ...detail: Message) => ({ ok: false, code, detail }) as const;

/**
 * Reads `src` (and the provider the author named) from the providers' data
 * alone: which provider, its party and its box, or what is wrong. Nothing
 * here loads code, touches the network or the DOM. Only a server of software
 * anyone runs, not named by the author, has no party yet: which software it
 * is, its code must tell from the URL's shape.
 */
export function match(src: string | null | undefined, forced?: string | null): Match {
  let provider: ProviderData | undefined;
  if (forced) {
    provider = providers.get(forced)?.data;
    if (!provider && !registering) return fail('invalid-provider', 'no-such-provider', forced, supported());
  }
  if (!src) return fail('invalid-src', 'no-src');
  // One parse: a hundred placeholders read a hundred addresses.
  const url = parseURL(src);
  if (!url) return fail('invalid-src', 'not-url', src);
  if (url.protocol !== 'https:') return fail('invalid-src', 'not-https', src);
  // No provider's links carry these; a user name or password would go to the provider, and a port is another server.
  if (url.username || url.password) return fail('invalid-src', 'has-credentials', src);
  if (url.port) return fail('invalid-src', 'has-port', src);
  // `www.youtube.com.` is YouTube's server too, but matches none of its host names.
  if (url.hostname.endsWith('.')) return fail('invalid-src', 'trailing-dot', src);
  const owner = ownerOf(url.hostname);
  // Known, perhaps, once the registrations under way have been checked: `resolved` waits for them.
  if (registering && (forced ? !provider : !owner)) return { ok: true, url, forced: false };
  if (provider) {
    // A provider of many servers takes any public host, but not one that belongs to another provider.
    const anyHost = !owner && publicHost(url.hostname);
    if (provider.instances ? !anyHost : owner !== provider && !(provider.moreHosts && anyHost)) {
      return fail('wrong-host', 'not-provider-host', url.hostname, provider.name);
    }
  } else if (owner) {
    provider = owner;
  } else if (publicHost(url.hostname) && [...providers.values()].some((p) => p.data.instances || p.data.moreHosts)) {
    // A server of software anyone runs, recognised by the shape of its URLs, or a host only a provider's code lists: known once the code has looked.
    return { ok: true, url, forced: false };
  } else {
    return fail('unknown-provider', 'no-provider-serves', url.hostname, supported());
  }
  // The address is joined only for a provider with short links: the hundred embeds of one without pay nothing.
  if (provider.short?.some((prefix) => (url.hostname + url.pathname).startsWith(prefix))) return fail('short-link', 'short-link', src, provider.name);
  const party = provider.instances ? partyOf(provider, url.origin) : partyOf(provider);
  return { ok: true, provider, url, forced: !!forced, party, box: boxFor(provider, src) };
}

/** Whether a match still waits for the code to tell which provider of many servers it is. */
export const undecided = (found: Match): found is Undecided => found.ok && !found.provider;

/**
 * Finds the provider and validated target for `src`, loading the code it
 * needs: the provider's own, or for a link on an unknown host, the code of
 * each provider of many servers in turn. A provider's `parse`, which is a
 * site's code for a registered provider, may throw: that is reported as the
 * provider's failure, never thrown at the page. Rejects only when a file of
 * the library could not be loaded.
 */
export async function resolve(src: string | null | undefined, forced?: string | null): Promise<Resolution> {
  const found = await resolved(src, forced);
  return found.ok ? found : { ...found, detail: await sentence(...found.detail) };
}

/** Each provider's data with its code, joined once: the hundred embeds of a provider share one. */
const joined = new WeakMap<ProviderData, Provider>();

/** `resolve`, with what is wrong as a message: see `Resolved`. */
export async function resolved(src: string | null | undefined, forced?: string | null): Promise<Resolved> {
  await registrations();
  const found = match(src, forced);
  if (!found.ok) return found;
  // A provider's own list of hosts first: it answers for its hosts alone, where a server's software is a guess.
  const candidates = undecided(found)
    ? [...providers.values()].map((p) => p.data).filter((p) => p.instances || p.moreHosts).sort((a, b) => +!a.moreHosts - +!b.moreHosts)
    : [found.provider];
  for (const provider of candidates) {
    const code = await codeOf(provider.id);
    let target: unknown;
    try {
      target = code.parse(found.url, found.forced);
    } catch (error) {
      return fail('provider-error', 'provider-threw', provider.id, src!, String(error instanceof Error ? error.message : error));
    }
    // A page of the provider's, not an item's link: no other provider's code would read it either.
    if (target === false) return fail('page-link', 'page-link', src!, provider.name);
    if (target === null || target === undefined) continue;
    const origin = (target as Partial<InstanceTarget>).origin;
    if (provider.instances && (typeof origin !== 'string' || origin !== found.url.origin)) continue;
    const party = found.party ?? partyOf(provider, provider.instances ? found.url.origin : undefined);
    let full = joined.get(provider);
    if (!full) joined.set(provider, (full = { ...provider, ...code } as Provider));
    return { ok: true, provider: full, target, party, box: boxFor(provider, src!) };
  }
  if (undecided(found)) return fail('unknown-provider', 'no-provider-serves', found.url.hostname, supported());
  return fail('invalid-id', 'not-provider-link', src!, found.provider.name);
}

export { isHost, isHttps, isProviderId } from './names.js';
