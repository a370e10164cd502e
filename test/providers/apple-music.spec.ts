import { describeProvider } from '../support/providers.js';

const EMBED = 'https://embed.music.apple.com/us/album/thriller/1440857781';

describeProvider('apple-music', {
  defaults: {
    tag: 'iframe',
    src: EMBED,
    allow: 'autoplay *; encrypted-media *; clipboard-write',
    referrerPolicy: 'no-referrer',
    sandbox:
      'allow-forms allow-popups allow-same-origin allow-scripts allow-storage-access-by-user-activation allow-top-navigation-by-user-activation',
    title: 'T',
    loading: 'lazy',
    party: { key: 'apple-music', name: 'Apple Music', company: 'Apple', kind: 'audio', origins: ['https://embed.music.apple.com'] },
    box: { height: 450 },
  },
  valid: [
    ['https://music.apple.com/us/album/thriller/1440857781', {}],
    ['https://music.apple.com/us/album/thriller/1440857781/', {}],
    ['https://music.apple.com/us/album/thriller/1440857781?uo=4&app=music&at=1000lHKX&ct=share', {}],
    ['https://MUSIC.APPLE.COM/us/album/thriller/1440857781', {}],
    ['https://geo.music.apple.com/us/album/thriller/1440857781', {}],
    ['https://embed.music.apple.com/us/album/thriller/1440857781', {}],
    ['https://music.apple.com/us/album/thriller/1440857781', 'apple-music', {}],
    // One song of an album: the query keeps it (the box, read from the path, stays the album's).
    ['https://music.apple.com/us/album/thriller/1440857781?i=1440857785', { src: `${EMBED}?i=1440857785` }],
    ['https://music.apple.com/ca/album/thriller/1440857781?l=fr-CA', { src: 'https://embed.music.apple.com/ca/album/thriller/1440857781?l=fr-CA' }],
    ['https://music.apple.com/us/album/1440857781', { src: 'https://embed.music.apple.com/us/album/1440857781' }],
    // Names in other scripts stay percent-encoded.
    ['https://music.apple.com/jp/album/%E3%82%B9%E3%83%AA%E3%83%A9%E3%83%BC/1440857781', { src: 'https://embed.music.apple.com/jp/album/%E3%82%B9%E3%83%AA%E3%83%A9%E3%83%BC/1440857781' }],
    ['https://music.apple.com/us/song/beat-it/1440857797', { src: 'https://embed.music.apple.com/us/song/beat-it/1440857797', box: { height: 175 } }],
    [
      'https://music.apple.com/us/playlist/heard-in-apple-ads/pl.b28c3a5975b04436b42680595f6983ad',
      { src: 'https://embed.music.apple.com/us/playlist/heard-in-apple-ads/pl.b28c3a5975b04436b42680595f6983ad' },
    ],
    ['https://music.apple.com/gb/playlist/road-trip/pl.u-GgA5k0vCvEKY0K', { src: 'https://embed.music.apple.com/gb/playlist/road-trip/pl.u-GgA5k0vCvEKY0K' }],
    ['https://music.apple.com/us/music-video/beat-it/454551983', { src: 'https://embed.music.apple.com/us/music-video/beat-it/454551983' }],
    // iTunes links, as old pages and Apple's former badges have them: the number loses its `id`.
    ['https://itunes.apple.com/us/album/thriller/id1440857781', {}],
    ['https://itunes.apple.com/us/album/thriller/id1440857781?mt=1&app=music&ls=1', {}],
    ['https://itunes.apple.com/us/album/thriller/id1440857781?i=1440857785', { src: `${EMBED}?i=1440857785` }],
    ['https://itunes.apple.com/us/album/id1440857781', { src: 'https://embed.music.apple.com/us/album/1440857781' }],
    [
      'https://itunes.apple.com/us/playlist/the-a-list-pop/idpl.b28c3a5975b04436b42680595f6983ad?app=music',
      { src: 'https://embed.music.apple.com/us/playlist/the-a-list-pop/pl.b28c3a5975b04436b42680595f6983ad' },
    ],
    ['https://itunes.apple.com/us/music-video/beat-it/id454551983', { src: 'https://embed.music.apple.com/us/music-video/beat-it/454551983' }],
  ],
  invalid: [
    ['http://music.apple.com/us/album/thriller/1440857781', null, 'invalid-src'],
    ['https://a:b@music.apple.com/us/album/thriller/1440857781', null, 'invalid-src'],
    ['https://music.apple.com:8443/us/album/thriller/1440857781', null, 'invalid-src'],
    ['https://music.apple.com.evil.example/us/album/thriller/1440857781', null, 'unknown-provider'],
    ['https://music.apple.com/us/album/thriller/1440857781', 'apple-podcasts', 'wrong-host'],
    ['https://podcasts.apple.com/us/podcast/the-daily/id1200361736', 'apple-music', 'wrong-host'],
    // Bad and over-long ids, a song number that is not one, a song of a playlist.
    ['https://music.apple.com/us/album/thriller/abc', null, 'invalid-id'],
    ['https://music.apple.com/us/album/thriller/1234567890123', null, 'invalid-id'],
    ['https://music.apple.com/us/album/thriller/1440857781?i=../../evil', null, 'invalid-id'],
    ['https://music.apple.com/us/playlist/x/pl.b28c3a5975b04436b42680595f6983ad?i=1', null, 'invalid-id'],
    ['https://music.apple.com/us/playlist/x/1440857781', null, 'invalid-id'],
    ['https://music.apple.com/us/album/thriller/1440857781?l=%3Cb%3E', null, 'invalid-id'],
    // Kinds that do not embed, other pages, wrong storefronts.
    ['https://music.apple.com/us/browse/1440857781', null, 'invalid-id'],
    ['https://music.apple.com/us/artist/michael-jackson/32940', null, 'invalid-id'],
    ['https://music.apple.com/us/__proto__/x/1440857781', null, 'invalid-id'],
    ['https://music.apple.com/usa/album/thriller/1440857781', null, 'invalid-id'],
    ['https://music.apple.com/album/thriller/1440857781', null, 'invalid-id'],
    // Encoded slashes, dot segments, extra segments.
    ['https://music.apple.com/us/album/thr%2Fller/1440857781', null, 'invalid-id'],
    ['https://music.apple.com/us/album/%2E%2E/1440857781', null, 'invalid-id'],
    ['https://music.apple.com/us/album/thriller/1440857781/extra', null, 'invalid-id'],
    ['https://music.apple.com/us/album/thriller/extra/1440857781', null, 'invalid-id'],
    // iTunes look-alikes, numbers without their `id` (or with it off iTunes), quotes and encoded slashes in them.
    ['https://itunes.apple.com.evil.example/us/album/thriller/id1440857781', null, 'unknown-provider'],
    ['https://itunes.apple.com/us/album/thriller/1440857781', null, 'invalid-id'],
    ['https://itunes.apple.com/us/album/thriller/idid1440857781', null, 'invalid-id'],
    ['https://itunes.apple.com/us/album/thriller/id', null, 'invalid-id'],
    ['https://music.apple.com/us/album/thriller/id1440857781', null, 'invalid-id'],
    ['https://itunes.apple.com/us/album/thriller/id1440"857781', null, 'invalid-id'],
    ['https://itunes.apple.com/us/album/thriller/id1440%2F857781', null, 'invalid-id'],
    ['https://itunes.apple.com/us/album/thr%2Fller/id1440857781', null, 'invalid-id'],
    ['https://itunes.apple.com/us/playlist/x/pl.b28c3a5975b04436b42680595f6983ad', null, 'invalid-id'],
    ['https://itunes.apple.com/us/album/thriller/id1440857781?i=id1440857785', null, 'invalid-id'],
    // A storefront is needed: an album's catalogue differs from country to country.
    ['https://itunes.apple.com/album/thriller/id1440857781', null, 'invalid-id'],
    // The iTunes Store's other shelves: apps, books, films, artists, and podcasts (Apple Podcasts cannot share the host).
    ['https://itunes.apple.com/us/app/garageband/id682658836', null, 'invalid-id'],
    ['https://itunes.apple.com/us/artist/michael-jackson/id32940', null, 'invalid-id'],
    ['https://itunes.apple.com/us/movie/thriller/id1440857781', null, 'invalid-id'],
    ['https://itunes.apple.com/us/podcast/the-daily/id1200361736', null, 'invalid-id'],
  ],
});
