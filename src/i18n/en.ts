import type { EmbedKind } from '../providers/provider.js';
import type { Translation } from './translation.js';

const noun: Record<EmbedKind, string> = {
  video: 'video',
  map: 'map',
  post: 'post',
  audio: 'track',
  call: 'call',
  calendar: 'calendar',
  code: 'code',
  content: 'content',
};

const load = (kind: EmbedKind) => (kind === 'call' ? 'Join call' : `Load ${noun[kind]}`);

const list = (items: readonly string[]) =>
  items.length < 3 ? items.join(' and ') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

const cannot = 'This embed cannot be shown: ';

export const en: Translation = {
  load,
  loadLabel: (kind, title) => `${load(kind)}: ${title}`,
  notice: ({ kind, name, company, software }) =>
    `This ${noun[kind]} is hosted by ${name}${software ? `, a ${software} server` : ''}. ` +
    `${kind === 'call' ? 'Joining' : 'Loading'} it sends your IP address and more to ${company}.`,
  contacts: (hosts) => `It contacts ${list(hosts)}.`,
  privacyLink: ({ name }) => `${name} privacy policy`,
  remember: ({ name }) => `Remember my choice for ${name}`,
  cannotRemember: 'This browser does not let the site remember your choice: it lasts until you leave the page.',
  untitled: ({ kind, name }) => `${name} ${noun[kind]}`,
  error: (code) =>
    cannot +
    (code === 'unknown-provider'
      ? 'its address does not belong to a provider this site supports.'
      : code === 'invalid-provider'
        ? 'its provider attribute names no provider this site supports.'
        : code === 'wrong-host'
          ? 'its address is not on the host of the provider it names.'
          : code === 'invalid-id'
            ? 'its address does not point to a valid item.'
            : code === 'invalid-template'
              ? 'the embed code it wraps is not described correctly.'
              : code === 'provider-error'
                ? 'its provider could not build it.'
                : 'its address is missing or is not a valid https:// link.'),
};
