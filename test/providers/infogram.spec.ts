import { describeProvider } from '../support/providers.js';

const SLUG = 'frost-bank-advisors-online-graphic-1g8e205xdj03pod';
const UUID = '7743c36a-f3ca-4465-9a80-a8abbd5d8dc4';
const FRAME = `https://e.infogram.com/${SLUG}?src=embed`;

describeProvider('infogram', {
  defaults: {
    tag: 'iframe',
    src: FRAME,
    allow: '',
    referrerPolicy: 'no-referrer',
    sandbox: 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox',
    title: 'T',
    loading: 'lazy',
    party: {
      key: 'infogram',
      name: 'Infogram',
      company: 'Prezi',
      kind: 'chart',
      privacyPolicy: 'https://infogram.com/privacy',
      origins: ['https://e.infogram.com'],
    },
    box: { height: 600 },
  },
  valid: [
    [`https://infogram.com/${SLUG}`, {}],
    [`https://infogram.com/${SLUG}/`, {}],
    [`https://INFOGRAM.COM/${SLUG}?utm_source=share`, {}],
    [`https://infogram.com/${UUID}`, { src: `https://e.infogram.com/${UUID}?src=embed` }],
    ['https://infogram.com/1prlze1gwz52zkfg2105gzn9yecm3z5vrgn', { src: 'https://e.infogram.com/1prlze1gwz52zkfg2105gzn9yecm3z5vrgn?src=embed' }],
    [FRAME, {}],
    [`https://e.infogram.com/${UUID}?src=embed&embed_type=responsive_iframe`, { src: `https://e.infogram.com/${UUID}?src=embed` }],
    [
      `https://e.infogram.com/${UUID}?parent_url=https%3A%2F%2Fwww.example.org%2F&src=embed#async_embed`,
      { src: `https://e.infogram.com/${UUID}?src=embed` },
    ],
    ['https://e.infogram.com/_/YM46DvOTftyx9pNzV67y?src=embed', { src: 'https://e.infogram.com/_/YM46DvOTftyx9pNzV67y?src=embed' }],
    // Charts from the infogr.am years have slugs without a digit: only their frame link tells them from the site's pages.
    ['https://e.infogram.com/amazon-and-the-book-market?src=embed', { src: 'https://e.infogram.com/amazon-and-the-book-market?src=embed' }],
    [`https://infogram.com/${SLUG}`, 'infogram', {}],
  ],
  invalid: [
    [`http://infogram.com/${SLUG}`, null, 'invalid-src'],
    [`https://user:pass@infogram.com/${SLUG}`, null, 'invalid-src'],
    [`https://infogram.com:8443/${SLUG}`, null, 'invalid-src'],
    [`https://infogram.com.evil.example/${SLUG}`, null, 'unknown-provider'],
    [`https://evilinfogram.com/${SLUG}`, null, 'unknown-provider'],
    // A Cyrillic о in the host.
    [`https://infоgram.com/${SLUG}`, null, 'unknown-provider'],
    ['https://public.flourish.studio/visualisation/18552565/', 'infogram', 'wrong-host'],
    // The site's own pages.
    ['https://infogram.com/pricing', null, 'invalid-id'],
    ['https://infogram.com/examples', null, 'invalid-id'],
    ['https://infogram.com/page/choose-the-right-chart-data-visualization', null, 'invalid-id'],
    [`https://infogram.com/${SLUG}/extra`, null, 'invalid-id'],
    [`https://infogram.com/${'a1'.repeat(101)}`, null, 'invalid-id'],
    [`https://infogram.com/..%2F${SLUG}`, null, 'invalid-id'],
    [`https://infogram.com/${SLUG}.js`, null, 'invalid-id'],
    ['https://e.infogram.com/js/dist/embed-loader-min.js', null, 'invalid-id'],
    // Its files and pages, on the frame's host too: one word, no digit.
    ['https://e.infogram.com/js', null, 'invalid-id'],
    ['https://e.infogram.com/api/', null, 'invalid-id'],
    ['https://e.infogram.com/Pricing', null, 'invalid-id'],
    ['https://e.infogram.com/x/_/YM46DvOTftyx9pNzV67y?src=embed', null, 'invalid-id'],
    ['https://e.infogram.com/_/YM46DvOTftyx9pNzV67y/extra?src=embed', null, 'invalid-id'],
    ['https://e.infogram.com/_/?src=embed', null, 'invalid-id'],
    ['https://e.infogram.com/?src=embed', null, 'invalid-id'],
  ],
});
