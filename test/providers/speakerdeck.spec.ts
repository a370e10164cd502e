import { describeProvider } from '../support/providers.js';

const ID = 'ca752bab13514a9086ef3788f4c65676';
const PLAYER = `https://speakerdeck.com/player/${ID}`;

describeProvider('speakerdeck', {
  defaults: {
    tag: 'iframe',
    src: PLAYER,
    allow: '',
    referrerPolicy: 'no-referrer',
    sandbox: 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox',
    title: 'T',
    loading: 'lazy',
    party: {
      key: 'speakerdeck',
      name: 'Speaker Deck',
      company: 'Speaker Deck',
      kind: 'document',
      privacyPolicy: 'https://speakerdeck.com/privacy',
      origins: ['https://speakerdeck.com'],
    },
    box: { ratio: '16 / 9' },
  },
  valid: [
    [PLAYER, {}],
    [`${PLAYER}/`, {}],
    // The embed code's src ends in a bare `?`.
    [`${PLAYER}?`, {}],
    [`https://SPEAKERDECK.COM/player/${ID}`, {}],
    [`${PLAYER}?slide=2`, { src: `${PLAYER}?slide=2` }],
    [`${PLAYER}?slide=1`, {}],
    [`${PLAYER}?slide=two&utm_source=x`, {}],
    [PLAYER, 'speakerdeck', {}],
  ],
  invalid: [
    [`http://speakerdeck.com/player/${ID}`, null, 'invalid-src'],
    [`https://user:pass@speakerdeck.com/player/${ID}`, null, 'invalid-src'],
    [`https://speakerdeck.com:8443/player/${ID}`, null, 'invalid-src'],
    [`https://speakerdeck.com.evil.example/player/${ID}`, null, 'unknown-provider'],
    [`https://evilspeakerdeck.com/player/${ID}`, null, 'unknown-provider'],
    // A Cyrillic е in the host.
    [`https://speakerdеck.com/player/${ID}`, null, 'unknown-provider'],
    ['https://www.slideshare.net/slideshow/embed_code/key/DvhB5fUUbdUpPq', 'speakerdeck', 'wrong-host'],
    // A deck's page names its slug, not the player's id.
    ['https://speakerdeck.com/yamano357/tokyor49-stringr-stringi', null, 'page-link'],
    ['https://speakerdeck.com/jnunemaker/mongodb-for-ruby-developers/', null, 'page-link'],
    ['https://speakerdeck.com/yamano357', null, 'invalid-id'],
    ['https://speakerdeck.com/player/', null, 'invalid-id'],
    [`https://speakerdeck.com/player/${ID.slice(1)}`, null, 'invalid-id'],
    [`https://speakerdeck.com/player/${ID}0`, null, 'invalid-id'],
    [`https://speakerdeck.com/player/${ID.toUpperCase()}`, null, 'invalid-id'],
    [`https://speakerdeck.com/player/${ID.slice(1)}g`, null, 'invalid-id'],
    [`https://speakerdeck.com/player/..%2F${ID}`, null, 'invalid-id'],
    [`${PLAYER}/extra`, null, 'invalid-id'],
    ['https://speakerdeck.com/yamano357/tokyor49%2Fstringr', null, 'invalid-id'],
  ],
});
