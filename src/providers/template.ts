import { digest } from '../core/digest.js';
import { readText, warn, type Message, type WarningCode } from '../core/warn.js';
import { KIND_BOXES, KINDS } from './boxes.js';
import type { Box } from './provider.js';
import { isHost, isHttps, isProviderId } from './names.js';
import { getProvider, partyOf, type Party } from './registry.js';

/** The properties of an element that describe its own embed code in a `<template>`, as a site may have set them. */
export interface TemplateAttributes {
  readonly provider: unknown;
  readonly company: unknown;
  readonly origins: unknown;
  readonly privacyPolicy: unknown;
  readonly kind: unknown;
}

/** A property as text, or null for none and for anything that is not text (the element warns of that for `provider`). */
const text = (value: unknown): string | null => {
  const read = readText(value);
  return 'text' in read ? read.text : null;
};

/**
 * The party for an element that wraps its own embed code in `template`: a
 * known provider's, or one the attributes describe. Without a template, the
 * element came with a declarative shadow root, which is where the parser put
 * it. Loaded the first time a page has such an element: most pages never do.
 */
export function resolveTemplate(
  template: HTMLTemplateElement | undefined,
  element: TemplateAttributes
): { ok: true; party: Party; box: Box } | { ok: false; code: WarningCode; detail: Message } {
  const fail = (code: WarningCode, ...detail: Message) => ({ ok: false, code, detail }) as const;
  if (!template) {
    return fail('invalid-template', 'template-was-root');
  }
  if (template.hasAttribute('shadowrootmode')) {
    return fail('invalid-template', 'template-root-mode');
  }
  // Read here, not by the element: most pages never load this file.
  const [id, company, origins, privacyPolicy, kind] = [element.provider, element.company, element.origins, element.privacyPolicy, element.kind].map(text);
  if (!id) return fail('invalid-template', 'template-no-provider');
  if (!isProviderId(id)) return fail('invalid-provider', 'template-bad-provider', id);
  const known = getProvider(id);
  if (known?.instances) return fail('invalid-template', 'template-per-server', known.name);
  const hosts = (origins ?? '').split(/\s+/).filter(Boolean);
  const bad = hosts.find((host) => !isHost(host));
  if (bad !== undefined) return fail('invalid-template', 'template-bad-origin', bad);
  const listed = hosts.map((host) => `https://${host}`);
  // A known provider's names and consent; what the author's own code contacts is what the author lists, not the provider's frame.
  if (known) return { ok: true, party: { ...partyOf(known), origins: listed }, box: known.box };
  if (privacyPolicy && !isHttps(privacyPolicy)) {
    return fail('invalid-template', 'template-bad-policy', privacyPolicy);
  }
  const type = KINDS.find((k) => k === kind) ?? 'content';
  if (kind && type !== kind) return fail('invalid-template', 'template-bad-kind', kind, KINDS.join(', '));
  const name = company || id;
  return {
    ok: true,
    party: { key: id, name, company: name, kind: type, privacyPolicy: privacyPolicy || undefined, origins: listed, digest: digest(name, name, listed) },
    box: KIND_BOXES[type],
  };
}


/** Said once per element that came with a declarative shadow root but has a `src`: the root is replaced. */
export function replacedRoot(): void {
  warn('invalid-template', 'declared-root');
}
