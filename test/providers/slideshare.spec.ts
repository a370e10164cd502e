import { describeProvider } from '../support/providers.js';

const KEY = 'DvhB5fUUbdUpPq';
const EMBED = `https://www.slideshare.net/slideshow/embed_code/key/${KEY}`;

describeProvider('slideshare', {
  defaults: {
    tag: 'iframe',
    src: EMBED,
    allow: '',
    referrerPolicy: 'no-referrer',
    sandbox: null,
    title: 'T',
    loading: 'lazy',
    party: {
      key: 'slideshare',
      name: 'SlideShare',
      company: 'Scribd',
      kind: 'document',
      privacyPolicy: 'https://www.scribd.com/privacy',
      origins: ['https://www.slideshare.net'],
    },
    box: { ratio: '595 / 485' },
  },
  valid: [
    [EMBED, {}],
    [`${EMBED}/`, {}],
    [`https://slideshare.net/slideshow/embed_code/key/${KEY}`, {}],
    [`https://WWW.SLIDESHARE.NET/slideshow/embed_code/key/${KEY}`, {}],
    [`${EMBED}?startSlide=5`, { src: `${EMBED}?startSlide=5` }],
    // The first slide is where the player starts anyway; anything but a number is dropped.
    [`${EMBED}?startSlide=1&hostedIn=slideshare&page=upload`, {}],
    [`${EMBED}?startSlide=five`, {}],
    // Older embed codes name the deck's number.
    ['https://www.slideshare.net/slideshow/embed_code/16220047', { src: 'https://www.slideshare.net/slideshow/embed_code/16220047' }],
    [EMBED, 'slideshare', {}],
  ],
  invalid: [
    [`http://www.slideshare.net/slideshow/embed_code/key/${KEY}`, null, 'invalid-src'],
    [`https://user:pass@www.slideshare.net/slideshow/embed_code/key/${KEY}`, null, 'invalid-src'],
    [`https://www.slideshare.net:8443/slideshow/embed_code/key/${KEY}`, null, 'invalid-src'],
    [`https://www.slideshare.net.evil.example/slideshow/embed_code/key/${KEY}`, null, 'unknown-provider'],
    [`https://evilslideshare.net/slideshow/embed_code/key/${KEY}`, null, 'unknown-provider'],
    // A Cyrillic а in the host.
    [`https://www.slideshаre.net/slideshow/embed_code/key/${KEY}`, null, 'unknown-provider'],
    ['https://speakerdeck.com/player/ca752bab13514a9086ef3788f4c65676', 'slideshare', 'wrong-host'],
    // A deck's page names its slug (and, since 2023, its number), not the player's key.
    ['https://www.slideshare.net/hamishwatson/sql-injection-attacks', null, 'page-link'],
    ['https://de.slideshare.net/hamishwatson/sql-injection-attacks/', null, 'page-link'],
    ['https://www.slideshare.net/slideshow/custom-post-types-in-depth-at-wordcamp-montreal/8556704', null, 'page-link'],
    ['https://www.slideshare.net/hamishwatson', null, 'invalid-id'],
    [`https://de.slideshare.net/slideshow/embed_code/key/${KEY}`, null, 'invalid-id'],
    ['https://www.slideshare.net/slideshow/embed_code/key/', null, 'invalid-id'],
    ['https://www.slideshare.net/slideshow/embed_code/key/DvhB5', null, 'invalid-id'],
    [`https://www.slideshare.net/slideshow/embed_code/key/${KEY.repeat(3)}`, null, 'invalid-id'],
    ['https://www.slideshare.net/slideshow/embed_code/key/DvhB5fUU-dUpPq', null, 'invalid-id'],
    [`https://www.slideshare.net/slideshow/embed_code/key/${KEY}%2F..`, null, 'invalid-id'],
    [`https://www.slideshare.net/slideshow/embed_code/key/..%2F${KEY}`, null, 'invalid-id'],
    [`${EMBED}/extra`, null, 'invalid-id'],
    ['https://www.slideshare.net/slideshow/embed_code/1234567890123', null, 'invalid-id'],
    ['https://www.slideshare.net/slideshow/embed_code', null, 'invalid-id'],
  ],
});
