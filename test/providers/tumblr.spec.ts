import { describeProvider } from '../support/providers.js';

const KEY = 'S9JXF2g44-WIc_JAGsEFNQ';
const POST = '144176157556';
const FRAME = `https://embed.tumblr.com/embed/post/${KEY}/${POST}`;
const NEW = 't:quL-fBKq2QR0yjIogq57hg/756810519223189504/v2';

describeProvider('tumblr', {
  defaults: {
    tag: 'iframe',
    src: FRAME,
    allow: '',
    referrerPolicy: 'no-referrer',
    sandbox: 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox',
    title: 'T',
    loading: 'lazy',
    party: { key: 'tumblr', name: 'Tumblr', company: 'Tumblr (Automattic)', kind: 'post', origins: ['https://embed.tumblr.com'] },
    box: { height: 600 },
  },
  valid: [
    [FRAME, {}],
    [`${FRAME}/`, {}],
    [`https://EMBED.TUMBLR.COM/embed/post/${KEY}/${POST}`, {}],
    // post.js's own query (width, language, did) is its to add.
    [`${FRAME}?width=542&language=en_US&did=5a5b816358a2a41b7bd5e9f71d3fe3af86fe4064`, {}],
    [`https://embed.tumblr.com/embed/post/${NEW}`, { src: `https://embed.tumblr.com/embed/post/${NEW}` }],
    [FRAME, 'tumblr', {}],
  ],
  invalid: [
    [`http://embed.tumblr.com/embed/post/${KEY}/${POST}`, null, 'invalid-src'],
    [`https://a:b@embed.tumblr.com/embed/post/${KEY}/${POST}`, null, 'invalid-src'],
    [`https://embed.tumblr.com:8443/embed/post/${KEY}/${POST}`, null, 'invalid-src'],
    [`https://embed.tumblr.com.evil.example/embed/post/${KEY}/${POST}`, null, 'unknown-provider'],
    [`https://eviltumblr.com/embed/post/${KEY}/${POST}`, null, 'unknown-provider'],
    // A Cyrillic "м" in the host (one in a blog's name would still be on Tumblr).
    [`https://embed.tu\u043cblr.com/embed/post/${KEY}/${POST}`, null, 'unknown-provider'],
    [`https://imgur.com/embed/post/${KEY}/${POST}`, 'tumblr', 'wrong-host'],
    // A post's own links lack the key of the embed code.
    ['https://staff.tumblr.com/post/180624227620/', null, 'page-link'],
    ['https://staff.tumblr.com/post/180624227620/a-new-way-to-post', null, 'page-link'],
    ['https://www.tumblr.com/staff/180624227620', null, 'page-link'],
    ['https://www.tumblr.com/staff/180624227620/a-new-way-to-post', null, 'page-link'],
    ['https://tumblr.com/staff/180624227620', null, 'page-link'],
    ['https://tmblr.co/ZxYz1a2B3cDe', null, 'short-link'],
    [`https://embed.tumblr.com/embed/post/S9JX.F2g44/${POST}`, null, 'invalid-id'],
    [`https://embed.tumblr.com/embed/post/S9JX%2FF2g44-WIc_JAGsEFNQ/${POST}`, null, 'invalid-id'],
    [`https://embed.tumblr.com/embed/post/..%2F${KEY}/${POST}`, null, 'invalid-id'],
    [`https://embed.tumblr.com/embed/post/x:${KEY}/${POST}`, null, 'invalid-id'],
    [`https://embed.tumblr.com/embed/post/${KEY}/14417615755a`, null, 'invalid-id'],
    [`https://embed.tumblr.com/embed/post/${KEY}/${'1'.repeat(21)}`, null, 'invalid-id'],
    [`${FRAME}/v3`, null, 'invalid-id'],
    ['https://staff.tumblr.com/', null, 'invalid-id'],
    ['https://www.tumblr.com/staff', null, 'invalid-id'],
    ['https://www.tumblr.com/dashboard', null, 'invalid-id'],
  ],
});
