// Registering and listing providers: what a site's own script calls, never a
// placeholder. The npm entry exports these as they are; the script-tag core
// loads this file the first time a page's script calls one (see auto.ts).
import { warn } from './warn.js';
import { KINDS, validBox } from '../providers/boxes.js';
import { HOST, isHttps, PROVIDER_ID } from '../providers/names.js';
import type { Provider, ProviderCode, ProviderData, ProviderModule } from '../providers/provider.js';
import { add, hasCode, known, type ProviderInfo } from '../providers/registry.js';

const isOrigin = (origin: string) => isHttps(origin) && new URL(origin).origin === origin;

/**
 * What is wrong with a provider's data, if anything: the field, as the file of
 * messages words it, and the value at fault. A site's object may throw when
 * read: `registerProvider` catches that.
 */
function check(data: ProviderData, code: Partial<ProviderCode>): [field: string, value: string] | undefined {
  const bad = (field: string, value: unknown = ''): [string, string] => [field, String(value)];
  if (!PROVIDER_ID.test(data.id)) return bad('id');
  for (const field of ['name', 'company'] as const) if (typeof data[field] !== 'string' || !data[field]) return bad(field);
  if (!hasCode(code)) return bad('code');
  if (!KINDS.includes(data.kind)) return bad('kind', data.kind);
  // Set as a CSS property: a colour, and nothing a property could read as more.
  if (data.brand !== undefined && !/^#[\da-f]{6}$/i.test(data.brand)) return bad('brand', data.brand);
  if (!validBox(data.box) || !Object.values(data.boxes ?? {}).every(validBox)) return bad('box');
  // The placeholder links the policy and CSP docs list the origins: both must be plain https.
  const policy = data.instances ? new URL(data.privacyPolicy, 'https://server.invalid').href : data.privacyPolicy;
  if (!isHttps(policy)) return bad('privacyPolicy', data.privacyPolicy);
  if (!Array.isArray(data.origins) || !Array.isArray(data.hosts)) return bad('hosts');
  for (const origin of data.origins) if (!isOrigin(origin)) return bad('origin', origin);
  for (const host of data.hosts) if (!HOST.test(host)) return bad('host', host);
  if (!data.instances && (!data.hosts.length || !data.origins.length)) return bad('hosts');
  // `host/` or `host/path/`, on one of its own hosts: a prefix of another provider's links would refuse them.
  for (const prefix of data.short ?? []) {
    if (typeof prefix !== 'string' || !data.hosts.includes(prefix.split('/')[0]!) || prefix.startsWith('*.') || !prefix.endsWith('/')) return bad('short', prefix);
  }
  return undefined;
}

/**
 * Adds a provider, or replaces the one with the same id (with a warning, since
 * replacing a built-in one changes what visitors consented to): a whole
 * provider of a site's own, or a built-in provider's module
 * (`import * as vimeo from 'consent-embed/providers/vimeo.js'`). A definition
 * that could not be shown or checked safely is not added: one warning says
 * why, and it returns false.
 */
export function registerProvider(provider: Provider | ProviderModule): boolean {
  let id = '';
  let wrong: [field: string, value: string] | undefined;
  try {
    const data: ProviderData = Object(provider).data ?? provider;
    id = typeof data.id === 'string' ? data.id : '';
    wrong = check(data, provider);
    if (!wrong) add(data, Promise.resolve({ parse: provider.parse.bind(provider), embed: provider.embed.bind(provider) }));
  } catch {
    // Getters of a site's object that throw, during the check or after it: a definition of no usable shape.
    wrong = ['shape', ''];
  }
  if (wrong) warn('invalid-provider', 'provider-invalid', id, ...wrong);
  return !wrong;
}

/** Every provider this copy of the library knows, described. */
export function listProviders(): ProviderInfo[] {
  return known().map((p) => ({
    id: p.id,
    name: p.name,
    company: p.company,
    kind: p.kind,
    hosts: [...p.hosts],
    origins: [...p.origins],
    privacyPolicy: p.privacyPolicy,
    instances: !!p.instances,
  }));
}
