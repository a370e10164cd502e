import { describeProvider } from '../support/providers.js';

const UUID = 'oTDMPlUv--51Th455G5u7Q';
const NEW = 'PaQzDAT1h8JqB8ivEu2j6Y';
const FRAME = (uuid: string) => `https://play.vidyard.com/${uuid}?disable_popouts=1&type=inline`;

describeProvider('vidyard', {
  defaults: {
    tag: 'iframe',
    src: FRAME(UUID),
    allow: 'autoplay; picture-in-picture',
    referrerPolicy: 'strict-origin-when-cross-origin',
    sandbox: null,
    title: 'T',
    loading: 'lazy',
    party: { key: 'vidyard', name: 'Vidyard', company: 'Vidyard', kind: 'video', origins: ['https://play.vidyard.com'] },
    box: { ratio: '16 / 9' },
  },
  valid: [
    [`https://share.vidyard.com/watch/${NEW}`, { src: FRAME(NEW) }],
    [`https://share.vidyard.com/watch/${NEW}?`, { src: FRAME(NEW) }],
    // The tracking token of an emailed link is not passed on.
    [`https://share.vidyard.com/watch/${NEW}?vyetoken=abc123-token`, { src: FRAME(NEW) }],
    ['https://video.vidyard.com/watch/njifKy4aJ5PgdYMf9GRNjU', { src: FRAME('njifKy4aJ5PgdYMf9GRNjU') }],
    [`https://vyexample03.hubs.vidyard.com/watch/${UUID}`, {}],
    [`https://salesforce.vidyard.com/watch/${UUID}/`, {}],
    [`https://embed.vidyard.com/share/${UUID}`, {}],
    [`https://share.vidyard.com/share/${UUID}`, {}],
    [`https://play.vidyard.com/${UUID}`, {}],
    [`https://play.vidyard.com/${UUID}.html?v=3.1.1`, {}],
    [`https://play.vidyard.com/${UUID}.js?v=3.1.1&type=inline`, {}],
    [`https://play.vidyard.com/${UUID}?disable_popouts=1&v=4.3.23&type=inline`, {}],
    [`https://PLAY.VIDYARD.COM/${UUID}`, {}],
    [`https://play.vidyard.com/${UUID}`, 'vidyard', {}],
  ],
  invalid: [
    [`http://play.vidyard.com/${UUID}`, null, 'invalid-src'],
    [`https://user:pass@play.vidyard.com/${UUID}`, null, 'invalid-src'],
    [`https://play.vidyard.com:8443/${UUID}`, null, 'invalid-src'],
    [`https://play.vidyard.com.evil.example/${UUID}`, null, 'unknown-provider'],
    [`https://evilvidyard.com/watch/${UUID}`, null, 'unknown-provider'],
    [`https://vidyard.com/watch/${UUID}`, null, 'unknown-provider'],
    // A Cyrillic і in the host.
    [`https://play.vіdyard.com/${UUID}`, null, 'unknown-provider'],
    [`https://vimeo.com/76979871`, 'vidyard', 'wrong-host'],
    [`https://play.vidyard.com/${UUID}x`, null, 'invalid-id'],
    [`https://play.vidyard.com/${UUID.slice(1)}`, null, 'invalid-id'],
    ['https://play.vidyard.com/oTDMPlUv..51Th455G5u7Q', null, 'invalid-id'],
    [`https://play.vidyard.com/..%2F${UUID}`, null, 'invalid-id'],
    [`https://share.vidyard.com/watch/${UUID}/extra`, null, 'invalid-id'],
    [`https://play.vidyard.com/player/${UUID}.json`, null, 'invalid-id'],
    [`https://play.vidyard.com/watch/${UUID}`, null, 'invalid-id'],
    [`https://share.vidyard.com/${UUID}`, null, 'invalid-id'],
    [`https://share.vidyard.com/watch/${UUID}.html`, null, 'invalid-id'],
    ['https://vyexample03.hubs.vidyard.com/', null, 'invalid-id'],
  ],
});
