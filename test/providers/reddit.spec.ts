import { describeProvider } from '../support/providers.js';

const PATH = '/r/aww/comments/90bu6w/heat_index_was_110_degrees_so_we_offered_him_a/';
const FRAME = `https://embed.reddit.com${PATH}?embed=true`;
const SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

describeProvider('reddit', {
  defaults: {
    tag: 'iframe',
    src: FRAME,
    allow: '',
    referrerPolicy: 'no-referrer',
    sandbox: SANDBOX,
    title: 'T',
    loading: 'lazy',
    party: { key: 'reddit', name: 'Reddit', company: 'Reddit', kind: 'post', origins: ['https://embed.reddit.com'] },
    box: { height: 500 },
  },
  valid: [
    [`https://www.reddit.com${PATH}`, {}],
    [`https://www.reddit.com${PATH.slice(0, -1)}`, {}],
    [`https://www.reddit.com${PATH}?utm_source=share&utm_medium=web3x&utm_name=web3xcss&share_id=abc`, {}],
    [`https://reddit.com${PATH}`, {}],
    [`https://old.reddit.com${PATH}`, {}],
    [`https://new.reddit.com${PATH}`, {}],
    [`https://np.reddit.com${PATH}`, {}],
    [`https://m.reddit.com${PATH}`, {}],
    [`https://sh.reddit.com${PATH}`, {}],
    [`https://embed.reddit.com${PATH}`, {}],
    [`https://WWW.REDDIT.COM${PATH}`, {}],
    ['https://www.reddit.com/r/aww/comments/90bu6w/', { src: 'https://embed.reddit.com/r/aww/comments/90bu6w/?embed=true' }],
    [
      'https://www.reddit.com/r/aww/comments/90bu6w/comment/e2p4cx9/',
      { src: 'https://embed.reddit.com/r/aww/comments/90bu6w/comment/e2p4cx9/?embed=true' },
    ],
    [`https://www.reddit.com${PATH}e2p4cx9/`, { src: `https://embed.reddit.com${PATH}e2p4cx9/?embed=true` }],
    [
      'https://www.reddit.com/user/spez/comments/abc123/a_post/',
      { src: 'https://embed.reddit.com/user/spez/comments/abc123/a_post/?embed=true' },
    ],
    [
      'https://www.reddit.com/u/spez/comments/abc123/a_post/',
      { src: 'https://embed.reddit.com/user/spez/comments/abc123/a_post/?embed=true' },
    ],
    [
      `https://embed.reddit.com${PATH}?embed=true&ref_source=embed&ref=share&theme=dark&showmedia=false&showtitle=true&context=1&depth=2`,
      { src: `${FRAME}&theme=dark&showmedia=false&showtitle=true&context=1&depth=2` },
    ],
    [`https://www.reddit.com${PATH}?theme=blue&showmedia=no&depth=99`, {}],
    [`https://www.redditmedia.com${PATH}?ref_source=embed&ref=share&embed=true`, {}],
    [`https://www.reddit.com${PATH}`, 'reddit', {}],
  ],
  invalid: [
    [`http://www.reddit.com${PATH}`, null, 'invalid-src'],
    [`https://a:b@www.reddit.com${PATH}`, null, 'invalid-src'],
    [`https://www.reddit.com:8443${PATH}`, null, 'invalid-src'],
    [`https://www.reddit.com.evil.example${PATH}`, null, 'unknown-provider'],
    [`https://reddit.co${PATH}`, null, 'unknown-provider'],
    [`https://x.com${PATH}`, 'reddit', 'wrong-host'],
    // Short and share links: only Reddit knows the post behind them.
    ['https://redd.it/90bu6w', null, 'short-link'],
    ['https://www.reddit.com/r/aww/s/AbCdEf1234', null, 'invalid-id'],
    ['https://www.reddit.com/r/aww/comments/90BU6W/', null, 'invalid-id'],
    ['https://www.reddit.com/r/aww/comments/12345678901234/', null, 'invalid-id'],
    ['https://www.reddit.com/r/aw-w/comments/90bu6w/', null, 'invalid-id'],
    ['https://www.reddit.com/r/a%2Fww/comments/90bu6w/', null, 'invalid-id'],
    ['https://www.reddit.com/r/aww/comments/..%2F90bu6w/', null, 'invalid-id'],
    ['https://www.reddit.com/r/aww/comments/90bu6w/slug%2F/', null, 'invalid-id'],
    [`https://www.reddit.com${PATH}e2p4cx9/extra/`, null, 'invalid-id'],
    ['https://www.reddit.com/r/aww/', null, 'invalid-id'],
    ['https://www.reddit.com/r/aww/wiki/index/', null, 'invalid-id'],
    ['https://www.reddit.com/comments/90bu6w/', null, 'invalid-id'],
  ],
});
