import type { WarningCode } from '../core/warn.js';
import type { EmbedKind } from '../providers/provider.js';
import type { Translation } from './translation.js';

/** A kind's noun: the kind itself, but for audio, which is a track. */
const noun = (kind: EmbedKind) => (kind === 'audio' ? 'track' : kind);

/** What the load button does to it, as a gerund: a call is joined. */
const loading = (kind: EmbedKind) => (kind === 'call' ? 'Joining' : 'Loading');

const load = (kind: EmbedKind) => (kind === 'call' ? 'Join call' : `Load ${noun(kind)}`);

/** `a`, `a and b`, `a, b and c`: the last comma of the list becomes "and". The items are host names, which hold no comma. */
const list = (items: readonly string[]) => items.join(', ').replace(/, ([^,]*)$/, ' and $1');

const cannot = 'This embed cannot be shown: ';

const reasons: Partial<Record<WarningCode, string>> = {
  'unknown-provider': 'its address does not belong to a provider this site supports.',
  'invalid-provider': 'its provider attribute names no provider this site supports.',
  'wrong-host': 'its address is not on the host of the provider it names.',
  'invalid-id': 'its address does not point to a valid item.',
  'short-link': 'its address is a short link, which only its provider could follow.',
  'page-link': 'its address is a page of its provider, not the link its embed code gives.',
  'invalid-template': 'the embed code it wraps is not described correctly.',
  'provider-error': 'its provider could not build it.',
  'part-unavailable': 'a file it needs could not be loaded.',
  'trusted-types': "this site's security policy does not let its code run.",
};

export const en: Translation = {
  lang: 'en',
  dir: 'ltr',
  load,
  loadLabel: (kind, title) => `${load(kind)}: ${title}`,
  notice: ({ kind, name, company, software }) =>
    `This ${noun(kind)} is hosted by ${name}${software ? `, a ${software} server` : ''}. ` +
    `${loading(kind)} it sends your IP address and more to ${company}.`,
  noticeShort: ({ kind, company }) => `${loading(kind)} sends data to ${company}.`,
  contacts: (hosts) => `It contacts ${list(hosts)}.`,
  privacyLink: ({ name }) => `${name} privacy policy`,
  remember: ({ name }, n) => `Always load ${name} on this site (${n} ${n === 1 ? 'day' : 'days'})`,
  // Whole days, so English's rule is the number one itself: no Intl.PluralRules, whose locale data the core would wait for.
  rememberedFor: ({ name }, n) => `Your choice for ${name} is remembered for ${n} ${n === 1 ? 'day' : 'days'}.`,
  cannotRemember: 'This browser does not let the site remember your choice: it lasts until you leave the page.',
  withdraw: ({ name }) => `Stop loading ${name}`,
  blocked: ({ name }) => `This site's privacy settings do not allow ${name} to load here.`,
  gpc: 'Your browser asks sites not to share your data (Global Privacy Control). Nothing is loaded unless you choose to.',
  loaded: ({ kind, name }, title) => `${name} ${noun(kind)} loaded: ${title}`,
  untitled: ({ kind, name }) => `${name} ${noun(kind)}`,

  error: (code) => cannot + (reasons[code] ?? 'its address is missing or is not a valid https:// link.'),
};
