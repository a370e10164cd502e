import { digest } from '../core/digest.js';
import { quote } from '../core/quote.js';
import { warn, type Message, type WarningCode } from '../core/warn.js';
import { KIND_BOXES, KINDS } from './boxes.js';
import type { Box } from './provider.js';
import { getProvider, isHost, isHttps, isProviderId, partyOf, type Party } from './registry.js';

/** What an author wrote on an element that wraps its own embed code in a `<template>`. */
export interface TemplateAttributes {
  readonly provider: string | null;
  readonly company: string | null;
  readonly origins: string | null;
  readonly privacyPolicy: string | null;
  readonly kind: string | null;
}

/**
 * The party for an element that wraps its own embed code in `template`: a
 * known provider's, or one the attributes describe. Without a template, the
 * element came with a declarative shadow root, which is where the parser put
 * it. Loaded the first time a page has such an element: most pages never do.
 */
export function resolveTemplate(
  template: HTMLTemplateElement | undefined,
  attributes: TemplateAttributes
): { ok: true; party: Party; box: Box } | { ok: false; code: WarningCode; detail: Message } {
  const fail = (code: WarningCode, ...detail: Message) => ({ ok: false, code, detail }) as const;
  if (!template) {
    return fail(
      'invalid-template',
      'its embed code is in a <template shadowrootmode>, which is not inert: the browser made it a shadow root while parsing and loaded what it holds before any choice. Use a plain <template>.'
    );
  }
  if (template.hasAttribute('shadowrootmode')) {
    return fail(
      'invalid-template',
      "its <template> has a shadowrootmode attribute: in the page's markup the browser makes such a template a shadow root and loads what it holds before any choice. Remove the attribute."
    );
  }
  const { provider: id, company, origins, privacyPolicy, kind } = attributes;
  if (!id) return fail('invalid-template', 'a <template> needs a provider attribute that names who its code loads.');
  if (!isProviderId(id)) return fail('invalid-provider', `the provider attribute ${quote(id)} is not a provider name: lowercase letters, digits and dashes.`);
  const known = getProvider(id);
  if (known?.instances) return fail('invalid-template', `consent to ${known.name} is given per server: give the server's link in src instead.`);
  const hosts = (origins ?? '').split(/\s+/).filter(Boolean);
  const bad = hosts.find((host) => !isHost(host));
  if (bad !== undefined) return fail('invalid-template', `the origins attribute lists ${quote(bad)}, which is not a host name.`);
  const listed = hosts.map((host) => `https://${host}`);
  // A known provider's names and consent; what the author's own code contacts is what the author lists, not the provider's frame.
  if (known) return { ok: true, party: { ...partyOf(known), origins: listed }, box: known.box };
  if (privacyPolicy && !isHttps(privacyPolicy)) {
    return fail('invalid-template', `the privacy-policy attribute ${quote(privacyPolicy)} is not an https:// URL.`);
  }
  const type = KINDS.find((k) => k === kind) ?? 'content';
  if (kind && type !== kind) return fail('invalid-template', `the kind attribute ${quote(kind)} is not one of ${KINDS.join(', ')}.`);
  const name = company || id;
  return {
    ok: true,
    party: { key: id, name, company: name, kind: type, privacyPolicy: privacyPolicy || undefined, origins: listed, digest: digest(name, name, listed) },
    box: KIND_BOXES[type],
  };
}


/** Said once per element that came with a declarative shadow root but has a `src`: the root is replaced. */
export function replacedRoot(): void {
  warn(
    'invalid-template',
    'the element came with a declarative shadow root (server-rendered markup, or a <template shadowrootmode> child), whose content the browser loaded while parsing; it is replaced by the placeholder.'
  );
}
