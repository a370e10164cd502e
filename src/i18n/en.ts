import type { Translation } from './translation.js';

const noun = { video: 'video', map: 'map', post: 'post' } as const;

export const en: Translation = {
  load: (kind) => `Load ${noun[kind]}`,
  loadLabel: (kind, title) => `Load ${noun[kind]}: ${title}`,
  notice: ({ kind, name, company }) =>
    `This ${noun[kind]} is hosted by ${name}. Loading it sends your IP address and more to ${company}.`,
  privacyLink: ({ name }) => `${name} privacy policy`,
  remember: ({ name }) => `Remember my choice for ${name}`,
  cannotRemember: 'This browser does not let the site remember your choice: it lasts until you leave the page.',
  untitled: ({ kind, name }) => `${name} ${noun[kind]}`,
  error: (code) =>
    code === 'unknown-provider'
      ? 'This embed cannot be shown: its address does not belong to a provider this site supports.'
      : code === 'invalid-id'
        ? 'This embed cannot be shown: its address does not point to a valid item.'
        : 'This embed cannot be shown: its address is missing or is not a valid https:// link.',
};
