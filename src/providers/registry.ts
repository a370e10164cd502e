import { digest } from '../core/digest.js';
import { pageWide } from '../core/page.js';
import { quote, warn, type WarningCode } from '../core/warn.js';
import { boxFor, KIND_BOXES, validBox } from './boxes.js';
import { builtins } from './builtins.js';
import type { Box, EmbedKind, InstanceTarget, Provider } from './provider.js';

/** Who the visitor is asked about: the provider, or one server of a provider of many. */
export interface Party {
  /** Key of the consent record: the provider's id, or `id:host` for one server of a provider of many. */
  readonly key: string;
  /** Shown to visitors: "YouTube", or the server's host name. */
  readonly name: string;
  /** Who receives the visitor's data. */
  readonly company: string;
  readonly kind: EmbedKind;
  /** The software a server runs, for a provider of many servers: "Mastodon". */
  readonly software?: string;
  /** https URL of the privacy policy, when one is known. */
  readonly privacyPolicy: string | undefined;
  /** Every origin contacted after consent, as far as it is known. */
  readonly origins: readonly string[];
  /** Fingerprint of the name, company and origins a choice is given for; see `digest`. */
  readonly digest: string;
}

/** The result of reading an element's `src` and `provider` attributes. */
export type Resolution =
  | { readonly ok: true; readonly provider: Provider; readonly target: unknown; readonly party: Party; readonly box: Box }
  | { readonly ok: false; readonly code: WarningCode; readonly detail: string };

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

export const KINDS = Object.keys(KIND_BOXES) as readonly EmbedKind[];
const PROVIDER_ID = /^[a-z][a-z0-9-]{0,31}$/;
const HOST = /^(\*\.)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

const providers = new Map<string, Provider>(builtins.map((p) => [p.id, p]));

const isHttps = (url: string) => URL.canParse(url) && new URL(url).protocol === 'https:';
const isOrigin = (origin: string) => isHttps(origin) && new URL(origin).origin === origin;

/**
 * Adds a provider, or replaces the one with the same id (with a warning, since
 * replacing a built-in one changes what visitors consented to). Throws on a
 * definition that could not be shown or checked safely: this is a site
 * author's code, and the mistake should surface while it is being written.
 */
export function registerProvider(provider: Provider): void {
  const fail = (why: string) => {
    throw new TypeError(`consent-embed: provider "${String(provider.id)}" ${why}`);
  };
  if (!PROVIDER_ID.test(provider.id)) fail('has an invalid id: lowercase letters, digits and dashes, 32 at most');
  for (const field of ['name', 'company'] as const) {
    if (typeof provider[field] !== 'string' || !provider[field]) fail(`needs a ${field} as text`);
  }
  if (typeof provider.parse !== 'function' || typeof provider.embed !== 'function') fail('needs parse and embed functions');
  if (!KINDS.includes(provider.kind)) fail(`has an unknown kind; one of ${KINDS.join(', ')}`);
  if (!validBox(provider.box) || !Object.values(provider.boxes ?? {}).every(validBox)) fail('has an invalid box');
  // The placeholder links the policy and CSP docs list the origins: both must be plain https.
  const policy = provider.instances ? new URL(provider.privacyPolicy, 'https://server.invalid').href : provider.privacyPolicy;
  if (!isHttps(policy)) fail(`has a privacy policy that is not https: "${provider.privacyPolicy}"`);
  for (const origin of provider.origins) if (!isOrigin(origin)) fail(`has an origin that is not an https origin: "${origin}"`);
  for (const host of provider.hosts) if (!HOST.test(host)) fail(`has an invalid host: "${host}"`);
  if (!provider.instances && (!provider.hosts.length || !provider.origins.length)) fail('needs hosts and origins');
  if (providers.has(provider.id)) warn('duplicate-provider', `the provider "${provider.id}" was registered again and replaced.`);
  providers.set(provider.id, provider);
}

export function getProvider(id: string): Provider | undefined {
  return providers.get(id);
}

/** Every provider this copy of the library knows, described. */
export function listProviders(): ProviderInfo[] {
  return [...providers.values()].map((p) => ({
    id: p.id,
    name: p.name,
    company: p.company,
    kind: p.kind,
    hosts: [...p.hosts],
    origins: [...p.origins],
    privacyPolicy: p.privacyPolicy,
    instances: Boolean(p.instances),
  }));
}

function servesHost(provider: Provider, hostname: string): boolean {
  return provider.hosts.some((host) =>
    host.startsWith('*.') ? hostname.endsWith(host.slice(1)) && hostname.length > host.length - 1 : host === hostname
  );
}

/**
 * A provider's `parse`, which is a site's code for a registered provider: a
 * throw there is reported as the provider's failure, never thrown at the page.
 */
function parse(provider: Provider, url: URL, forced: boolean): unknown {
  try {
    return provider.parse(url, forced);
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/**
 * Top-level names that are never public: RFC 6761 (`test`, `localhost`,
 * `invalid`, `example`), RFC 6762 (`local`, and `intranet`, `internal`,
 * `private`, `corp`, `home`, `lan` from its appendix G), RFC 8375
 * (`home.arpa`, under `arpa`), RFC 7686 (`onion`), RFC 9476 (`alt`), ICANN's
 * `internal` and the names it will not delegate for collisions (`corp`,
 * `home`, `mail`), and `localdomain`, which many routers hand out.
 */
const PRIVATE_TLD = /\.(?:localhost|local|localdomain|test|invalid|example|internal|intranet|private|corp|home|lan|mail|arpa|onion|alt)$/;

/**
 * Whether a provider of many servers may take `hostname`: a name under a public
 * top-level domain, not an IP address or a name of the visitor's own network,
 * which a click must never send the visitor (with camera and microphone, for a
 * call) to. A public name that resolves to a private address (wildcard DNS
 * such as `192-168-1-2.nip.io`) cannot be told apart by its name; see the README.
 */
function publicHost(hostname: string): boolean {
  return HOST.test(hostname) && !hostname.startsWith('*.') && !PRIVATE_TLD.test(hostname);
}

function supported(): string {
  return [...providers.values()].map((p) => p.name).join(', ');
}

function partyOf(provider: Provider, target: unknown): Party | undefined {
  if (!provider.instances) {
    const { id: key, name, company, kind, privacyPolicy, origins } = provider;
    return { key, name, company, kind, privacyPolicy, origins, digest: digest(name, company, origins) };
  }
  const origin = (target as Partial<InstanceTarget> | null)?.origin;
  if (typeof origin !== 'string' || !isOrigin(origin)) return undefined;
  const host = new URL(origin).hostname;
  return {
    key: `${provider.id}:${host}`,
    name: host,
    company: host,
    kind: provider.kind,
    software: provider.name,
    privacyPolicy: new URL(provider.privacyPolicy, origin).href,
    origins: [origin],
    digest: digest(provider.name, host, [origin]),
  };
}

/**
 * Provider ids some element on this page shows, and who wants to hear of a
 * new one: page-wide, since the copy of the library that renders the
 * elements (an app's npm build, say) need not be the one whose script tag
 * runs the bridge.
 */
const inUse = () => pageWide('in-use', () => ({ ids: new Set<string>(), listeners: new Set<(id: string) => void>() }));

/** Notes that an element shows `id`'s embeds: a bridge then mirrors the site's consent manager for it. */
export function markInUse(id: string): void {
  const { ids, listeners } = inUse();
  if (ids.has(id)) return;
  ids.add(id);
  for (const listener of listeners) listener(id);
}

/** The provider ids elements on this page have shown; `listener` hears of each new one. Returns the unsubscribe. */
export function providersInUse(listener?: (id: string) => void): { ids: ReadonlySet<string>; stop: () => void } {
  const { ids, listeners } = inUse();
  if (listener) listeners.add(listener);
  return { ids, stop: () => void (listener && listeners.delete(listener)) };
}

/**
 * The party a consent key stands for, when this page knows it: a provider's
 * id, or `id:host` for one server of a provider of many. Keys of an author's
 * own embed code (a `<template>` with an unregistered provider) are not known here.
 */
export function partyFor(key: string): Party | undefined {
  const [id = '', host] = key.split(':');
  const provider = providers.get(id);
  if (!provider || !provider.instances !== (host === undefined)) return undefined;
  if (host === undefined) return partyOf(provider, null);
  return publicHost(host) ? partyOf(provider, { origin: `https://${host}` }) : undefined;
}

/** Whether `key` could name a party: a provider id, or `id:host`. */
export function isConsentKey(key: unknown): key is string {
  if (typeof key !== 'string') return false;
  const [id = '', host, more] = key.split(':');
  return PROVIDER_ID.test(id) && more === undefined && (host === undefined || (HOST.test(host) && !host.startsWith('*.')));
}

function fail(code: WarningCode, detail: string): Resolution {
  return { ok: false, code, detail };
}

/**
 * Finds the provider and validated target for `src`. Nothing here touches the
 * network or the DOM: a wrong answer can only ever be a message.
 */
export function resolve(src: string | null | undefined, forced?: string | null): Resolution {
  let provider: Provider | undefined;
  if (forced) {
    provider = providers.get(forced);
    if (!provider) return fail('invalid-provider', `the provider attribute ${quote(forced)} names no provider. Supported: ${supported()}.`);
  }
  if (!src) return fail('invalid-src', 'the element has no src attribute.');
  if (!URL.canParse(src)) return fail('invalid-src', `${quote(src)} is not a URL.`);
  const url = new URL(src);
  if (url.protocol !== 'https:') return fail('invalid-src', `${quote(src)} is not an https:// URL.`);
  // No provider's links carry these; a user name or password would go to the provider, and a port is another server.
  if (url.username || url.password) return fail('invalid-src', `${quote(src)} has a user name or password in it.`);
  if (url.port) return fail('invalid-src', `${quote(src)} names a port.`);
  // `www.youtube.com.` is YouTube's server too, but matches none of its host names.
  if (url.hostname.endsWith('.')) return fail('invalid-src', `${quote(src)} ends its host name with a dot.`);
  let target: unknown = null;
  if (provider) {
    // A provider of many servers takes any public host, but not one that belongs to another provider.
    const owner = [...providers.values()].find((p) => servesHost(p, url.hostname));
    if (provider.instances ? owner || !publicHost(url.hostname) : !servesHost(provider, url.hostname)) {
      return fail('wrong-host', `${quote(url.hostname)} is not a ${provider.name} address.`);
    }
    target = parse(provider, url, true);
    if (target instanceof Error) return fail('provider-error', `the provider "${provider.id}" failed to read ${quote(src)}: ${target.message}`);
  } else {
    provider = [...providers.values()].find((p) => servesHost(p, url.hostname));
    if (provider) {
      target = parse(provider, url, false);
    } else if (publicHost(url.hostname)) {
      // A server of software anyone runs, recognised by the shape of its URLs.
      for (const candidate of providers.values()) {
        target = candidate.instances ? parse(candidate, url, false) : null;
        if (target !== null) {
          provider = candidate;
          break;
        }
      }
    }
    if (!provider) return fail('unknown-provider', `no provider serves ${quote(url.hostname)}. Supported: ${supported()}.`);
    if (target instanceof Error) return fail('provider-error', `the provider "${provider.id}" failed to read ${quote(src)}: ${target.message}`);
  }
  const party = target === null ? undefined : partyOf(provider, target);
  if (!party) return fail('invalid-id', `${quote(src)} is not a valid ${provider.name} link.`);
  return { ok: true, provider, target, party, box: boxFor(provider, src) };
}

/** What an author wrote on an element that wraps its own embed code in a `<template>`. */
export interface TemplateAttributes {
  readonly provider: string | null;
  readonly company: string | null;
  readonly origins: string | null;
  readonly privacyPolicy: string | null;
  readonly kind: string | null;
}

/** The party for an element that wraps its own embed code: a known provider's, or one the attributes describe. */
export function resolveTemplate(attributes: TemplateAttributes): { ok: true; party: Party; box: Box } | Resolution {
  const { provider: id, company, origins, privacyPolicy, kind } = attributes;
  if (!id) return fail('invalid-template', 'a <template> needs a provider attribute that names who its code loads.');
  if (!PROVIDER_ID.test(id)) {
    return fail('invalid-provider', `the provider attribute ${quote(id)} is not a provider name: lowercase letters, digits and dashes.`);
  }
  const known = providers.get(id);
  if (known?.instances) {
    return fail('invalid-template', `consent to ${known.name} is given per server: give the server's link in src instead.`);
  }
  const hosts = (origins ?? '').split(/\s+/).filter(Boolean);
  const bad = hosts.find((host) => !HOST.test(host) || host.startsWith('*.'));
  if (bad !== undefined) return fail('invalid-template', `the origins attribute lists ${quote(bad)}, which is not a host name.`);
  const listed = hosts.map((host) => `https://${host}`);
  // A known provider's names and consent; what the author's own code contacts is what the author lists, not the provider's frame.
  if (known) return { ok: true, party: { ...partyOf(known, null)!, origins: listed }, box: known.box };
  if (privacyPolicy && !isHttps(privacyPolicy)) {
    return fail('invalid-template', `the privacy-policy attribute ${quote(privacyPolicy)} is not an https:// URL.`);
  }
  const type = KINDS.find((k) => k === kind) ?? 'content';
  if (kind && type !== kind) return fail('invalid-template', `the kind attribute ${quote(kind)} is not one of ${KINDS.join(', ')}.`);
  const name = company || id;
  return {
    ok: true,
    party: {
      key: id,
      name,
      company: name,
      kind: type,
      privacyPolicy: privacyPolicy || undefined,
      origins: listed,
      digest: digest(name, name, listed),
    },
    box: KIND_BOXES[type],
  };
}
