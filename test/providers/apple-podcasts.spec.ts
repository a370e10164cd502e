import { describeProvider } from '../support/providers.js';

const EMBED = 'https://embed.podcasts.apple.com/us/podcast/the-daily/id1200361736';

describeProvider('apple-podcasts', {
  defaults: {
    tag: 'iframe',
    src: EMBED,
    allow: 'autoplay *; encrypted-media *; clipboard-write',
    referrerPolicy: 'no-referrer',
    sandbox:
      'allow-forms allow-popups allow-same-origin allow-scripts allow-storage-access-by-user-activation allow-top-navigation-by-user-activation',
    title: 'T',
    loading: 'lazy',
    party: { key: 'apple-podcasts', name: 'Apple Podcasts', company: 'Apple', kind: 'audio', origins: ['https://embed.podcasts.apple.com'] },
    box: { height: 450 },
  },
  valid: [
    ['https://podcasts.apple.com/us/podcast/the-daily/id1200361736', {}],
    ['https://podcasts.apple.com/us/podcast/the-daily/id1200361736/', {}],
    ['https://podcasts.apple.com/us/podcast/the-daily/id1200361736?uo=4', {}],
    ['https://PODCASTS.APPLE.COM/us/podcast/the-daily/id1200361736', {}],
    ['https://embed.podcasts.apple.com/us/podcast/the-daily/id1200361736', {}],
    ['https://podcasts.apple.com/us/podcast/the-daily/id1200361736', 'apple-podcasts', {}],
    // An episode.
    ['https://podcasts.apple.com/us/podcast/the-daily/id1200361736?i=1000123456789', { src: `${EMBED}?i=1000123456789` }],
    [
      'https://embed.podcasts.apple.com/us/podcast/undertone/id1693303954?i=1000664459889',
      { src: 'https://embed.podcasts.apple.com/us/podcast/undertone/id1693303954?i=1000664459889' },
    ],
    ['https://podcasts.apple.com/gb/podcast/id1887512662', { src: 'https://embed.podcasts.apple.com/gb/podcast/id1887512662' }],
    ['https://podcasts.apple.com/de/podcast/99-invisible/id394775318', { src: 'https://embed.podcasts.apple.com/de/podcast/99-invisible/id394775318' }],
    // Links without a storefront get the `us` one.
    ['https://podcasts.apple.com/podcast/the-daily/id1200361736', {}],
    ['https://podcasts.apple.com/podcast/the-daily/id1200361736?i=1000123456789', { src: `${EMBED}?i=1000123456789` }],
    ['https://podcasts.apple.com/podcast/id1200361736', { src: 'https://embed.podcasts.apple.com/us/podcast/id1200361736' }],
    ['https://embed.podcasts.apple.com/podcast/the-daily/id1200361736', {}],
  ],
  invalid: [
    ['http://podcasts.apple.com/us/podcast/the-daily/id1200361736', null, 'invalid-src'],
    ['https://a:b@podcasts.apple.com/us/podcast/the-daily/id1200361736', null, 'invalid-src'],
    ['https://podcasts.apple.com:8443/us/podcast/the-daily/id1200361736', null, 'invalid-src'],
    ['https://podcasts.apple.com.evil.example/us/podcast/the-daily/id1200361736', null, 'unknown-provider'],
    ['https://podcasts.apple.com/us/podcast/the-daily/id1200361736', 'apple-music', 'wrong-host'],
    ['https://music.apple.com/us/album/thriller/1440857781', 'apple-podcasts', 'wrong-host'],
    ['https://podcasts.apple.com/us/podcast/the-daily/1200361736', null, 'invalid-id'],
    ['https://podcasts.apple.com/us/podcast/the-daily/idabc', null, 'invalid-id'],
    ['https://podcasts.apple.com/us/podcast/the-daily/id1234567890123', null, 'invalid-id'],
    ['https://podcasts.apple.com/us/podcast/the-daily/id1200361736?i=x1', null, 'invalid-id'],
    ['https://podcasts.apple.com/us/podcast/the-daily/id1200361736?i=12345678901234567', null, 'invalid-id'],
    ['https://podcasts.apple.com/us/channel/nyt/id6442460449', null, 'invalid-id'],
    ['https://podcasts.apple.com/us/podcast/the%2Fdaily/id1200361736', null, 'invalid-id'],
    ['https://podcasts.apple.com/us/podcast/the-daily/id1200361736/extra', null, 'invalid-id'],
    // Without a storefront as with one: a show's number, no quotes, one name segment, nothing more.
    ['https://podcasts.apple.com.evil.example/podcast/the-daily/id1200361736', null, 'unknown-provider'],
    ['https://podcasts.apple.com/podcast/the-daily', null, 'invalid-id'],
    ['https://podcasts.apple.com/podcast/the-daily?i=1000123456789', null, 'invalid-id'],
    ['https://podcasts.apple.com/podcast/the-daily/1200361736', null, 'invalid-id'],
    ['https://podcasts.apple.com/podcast/the-daily/id1200"361736', null, 'invalid-id'],
    ['https://podcasts.apple.com/podcast/the%2Fdaily/id1200361736', null, 'invalid-id'],
    ['https://podcasts.apple.com/podcast/the-daily/id1200361736?i=1%2F2', null, 'invalid-id'],
    ['https://podcasts.apple.com/podcast/the-daily/id1200361736/extra', null, 'invalid-id'],
    ['https://podcasts.apple.com/usa/podcast/the-daily/id1200361736', null, 'invalid-id'],
    ['https://podcasts.apple.com/u/podcast/the-daily/id1200361736', null, 'invalid-id'],
    ['https://podcasts.apple.com/us/us/podcast/the-daily/id1200361736', null, 'invalid-id'],
  ],
});
