import { describeProvider } from '../support/providers.js';

const ID = 'w2wdyg';
const EMBED = `https://streamable.com/e/${ID}`;

describeProvider('streamable', {
  defaults: {
    tag: 'iframe',
    src: EMBED,
    allow: 'autoplay',
    referrerPolicy: 'no-referrer',
    sandbox: null,
    title: 'T',
    loading: 'lazy',
    party: { key: 'streamable', name: 'Streamable', company: 'Streamable', kind: 'video', origins: ['https://streamable.com'] },
    box: { ratio: '16 / 9' },
  },
  valid: [
    [`https://streamable.com/${ID}`, {}],
    [`https://streamable.com/${ID}/`, {}],
    [`https://STREAMABLE.COM/${ID}`, {}],
    // Streamable's embed code, with the options it offers; the page's own choices are dropped.
    [`https://streamable.com/e/${ID}`, {}],
    [`https://streamable.com/e/${ID}?`, {}],
    [`https://streamable.com/e/${ID}?autoplay=1&muted=1&nocontrols=1&loop=0`, {}],
    // Its oEmbed answer's player.
    [`https://streamable.com/o/${ID}`, {}],
    // Older, shorter codes.
    ['https://streamable.com/moo', { src: 'https://streamable.com/e/moo' }],
    ['https://streamable.com/e/dnd1', { src: 'https://streamable.com/e/dnd1' }],
    [`https://streamable.com/${ID}`, 'streamable', {}],
  ],
  invalid: [
    [`http://streamable.com/${ID}`, null, 'invalid-src'],
    [`https://user:pass@streamable.com/${ID}`, null, 'invalid-src'],
    [`https://streamable.com:8443/${ID}`, null, 'invalid-src'],
    [`https://streamable.com.evil.example/${ID}`, null, 'unknown-provider'],
    [`https://evilstreamable.com/${ID}`, null, 'unknown-provider'],
    // Streamable's links have no www.
    [`https://www.streamable.com/${ID}`, null, 'unknown-provider'],
    // A Cyrillic а in the host name.
    [`https://stre\u0430mable.com/${ID}`, null, 'unknown-provider'],
    ['https://vimeo.com/76979871', 'streamable', 'wrong-host'],
    // Pages of the site, not videos.
    ['https://streamable.com/login', null, 'invalid-id'],
    ['https://streamable.com/upload', null, 'invalid-id'],
    ['https://streamable.com/', null, 'invalid-id'],
    ['https://streamable.com/ab', null, 'invalid-id'],
    ['https://streamable.com/abcdefghi', null, 'invalid-id'],
    ['https://streamable.com/W2WDYG', null, 'invalid-id'],
    ['https://streamable.com/w2wd_g', null, 'invalid-id'],
    [`https://streamable.com/${ID}/extra`, null, 'invalid-id'],
    [`https://streamable.com/e/..%2F${ID}`, null, 'invalid-id'],
    [`https://streamable.com/x/${ID}`, null, 'invalid-id'],
    [`https://streamable.com/e/${ID}%22`, null, 'invalid-id'],
  ],
});
