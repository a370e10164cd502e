import { describeProvider } from '../support/providers.js';

const ID = '99360735500167749';
const FRAME = `https://assets.pinterest.com/ext/embed.html?id=${ID}`;

describeProvider('pinterest', {
  defaults: {
    tag: 'iframe',
    src: FRAME,
    allow: '',
    referrerPolicy: 'no-referrer',
    sandbox: null,
    title: 'T',
    loading: 'lazy',
    party: { key: 'pinterest', name: 'Pinterest', company: 'Pinterest', kind: 'post', origins: ['https://assets.pinterest.com'] },
    box: { height: 600 },
  },
  valid: [
    [`https://www.pinterest.com/pin/${ID}/`, {}],
    [`https://www.pinterest.com/pin/${ID}`, {}],
    [`https://pinterest.com/pin/${ID}/?mt=login`, {}],
    [`https://de.pinterest.com/pin/${ID}/`, {}],
    [`https://www.pinterest.de/pin/${ID}/`, {}],
    [`https://pinterest.co.uk/pin/${ID}/`, {}],
    [`https://www.pinterest.com.au/pin/${ID}/`, {}],
    [`https://www.pinterest.com/pin/a-cozy-reading-nook--${ID}/`, {}],
    [`https://www.pinterest.com/pin/${ID}/sent/?invite_code=abc&sender=123&sfo=1`, {}],
    [`https://WWW.PINTEREST.COM/pin/${ID}/`, {}],
    [`https://assets.pinterest.com/ext/embed.html?id=${ID}`, {}],
    [`https://www.pinterest.com/pin/${ID}/`, 'pinterest', {}],
  ],
  invalid: [
    [`http://www.pinterest.com/pin/${ID}/`, null, 'invalid-src'],
    [`https://a:b@www.pinterest.com/pin/${ID}/`, null, 'invalid-src'],
    [`https://www.pinterest.com:8443/pin/${ID}/`, null, 'invalid-src'],
    [`https://www.pinterest.com.evil.example/pin/${ID}/`, null, 'unknown-provider'],
    [`https://evilpinterest.com/pin/${ID}/`, null, 'unknown-provider'],
    [`https://www.pinterest.xyz/pin/${ID}/`, null, 'unknown-provider'],
    [`https://x.com/pin/${ID}/`, 'pinterest', 'wrong-host'],
    // Short links: only Pinterest knows the pin behind them.
    ['https://pin.it/1a2b3c4d5', null, 'short-link'],
    ['https://www.pinterest.com/pin/abc/', null, 'invalid-id'],
    ['https://www.pinterest.com/pin/123456789012345678901/', null, 'invalid-id'],
    [`https://www.pinterest.com/pin/..%2F${ID}/`, null, 'invalid-id'],
    [`https://www.pinterest.com/pin/${ID}%2F/`, null, 'invalid-id'],
    [`https://www.pinterest.com/pin/${ID}/extra/`, null, 'invalid-id'],
    [`https://www.pinterest.com/pin/Title--${ID}/`, null, 'invalid-id'],
    ['https://www.pinterest.com/someone/board/', null, 'invalid-id'],
    ['https://assets.pinterest.com/ext/embed.html?id=abc', null, 'invalid-id'],
    [`https://assets.pinterest.com/ext/other.html?id=${ID}`, null, 'invalid-id'],
  ],
});
