import { describeProvider } from '../support/providers.js';

const embed = (origin: string, user: string, id: string) => `${origin}/@${user}/${id}/embed`;

describeProvider('mastodon', {
  defaults: {
    tag: 'iframe',
    allow: '',
    referrerPolicy: 'no-referrer',
    sandbox: 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox',
    loading: 'lazy',
    box: { height: 400 },
  },
  valid: [
    [
      'https://mastodon.social/@Gargron/109361489548316541',
      {
        src: embed('https://mastodon.social', 'Gargron', '109361489548316541'),
        party: {
          key: 'mastodon:mastodon.social',
          name: 'mastodon.social',
          company: 'mastodon.social',
          software: 'Mastodon',
          kind: 'post',
          privacyPolicy: 'https://mastodon.social/privacy-policy',
          origins: ['https://mastodon.social'],
        },
      },
    ],
    ['https://fosstodon.org/@user_1/112233/embed', { src: embed('https://fosstodon.org', 'user_1', '112233'), party: { key: 'mastodon:fosstodon.org' } }],
    ['https://fosstodon.org/@user_1/112233/', { src: embed('https://fosstodon.org', 'user_1', '112233') }],
    ['https://hachyderm.io/users/kris/statuses/42', { src: embed('https://hachyderm.io', 'kris', '42') }],
    [
      'https://mastodon.social/@someone@hachyderm.io/1234567890',
      { src: embed('https://mastodon.social', 'someone@hachyderm.io', '1234567890'), party: { key: 'mastodon:mastodon.social' } },
    ],
    ['https://MASTODON.SOCIAL/@Gargron/1', { src: embed('https://mastodon.social', 'Gargron', '1') }],
    ['https://mastodon.social/@Gargron/1', 'mastodon', { src: embed('https://mastodon.social', 'Gargron', '1') }],
  ],
  invalid: [
    ['http://mastodon.social/@Gargron/1', null, 'invalid-src'],
    ['https://www.facebook.com./@zuck/1', null, 'invalid-src'],
    ['https://mastodon.social./@Gargron/1', null, 'invalid-src'],
    ['https://127.0.0.1/@Gargron/1', null, 'unknown-provider'],
    ['https://[::1]/@Gargron/1', null, 'unknown-provider'],
    ['https://mastodon.internal/@Gargron/1', null, 'unknown-provider'],
    ['https://10.0.0.5/@Gargron/1', 'mastodon', 'wrong-host'],
    ['https://nas.home/@Gargron/1', 'mastodon', 'wrong-host'],
    ['https://social.corp/@Gargron/1', null, 'unknown-provider'],
    ['https://mastodon.internal/@Gargron/1', null, 'unknown-provider'],
    ['https://mastodon.social:8443/@Gargron/1', null, 'invalid-src'],
    ['https://me:secret@mastodon.social/@Gargron/1', null, 'invalid-src'],
    ['https://mastodon.social/@Gargron', null, 'unknown-provider'],
    ['https://mastodon.social/@Gargron/abc', null, 'unknown-provider'],
    ['https://mastodon.social/@Garg%2Fron/1', null, 'unknown-provider'],
    ['https://mastodon.social/@Gargron/123456789012345678901', null, 'unknown-provider'],
    ['https://mastodon.social/@Gargron/1/embed/x', null, 'unknown-provider'],
    ['https://mastodon.social/@Gargron', 'mastodon', 'invalid-id'],
  ],
});
