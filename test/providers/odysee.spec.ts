import { describeProvider } from '../support/providers.js';

const CLAIM = '@Odysee:8/odysee-on-the-go:b';
const EMBED = `https://odysee.com/$/embed/${CLAIM}`;
const LONG = 'f162c59c2856239062d62789048d0e876acb0670';
const SIGNATURE = 'ab'.repeat(64);

describeProvider('odysee', {
  defaults: {
    tag: 'iframe',
    src: EMBED,
    allow: 'autoplay',
    referrerPolicy: 'no-referrer',
    sandbox: 'allow-scripts allow-same-origin allow-presentation allow-popups allow-popups-to-escape-sandbox',
    title: 'T',
    loading: 'lazy',
    party: { key: 'odysee', name: 'Odysee', company: 'Odysee', kind: 'video', origins: ['https://odysee.com'] },
    box: { ratio: '16 / 9' },
  },
  valid: [
    [`https://odysee.com/${CLAIM}`, {}],
    [`https://ODYSEE.COM/${CLAIM}`, {}],
    // A shared link's referral code credits whoever shared it; the player does not need it.
    [`https://odysee.com/${CLAIM}?r=3Bd9QvTWQRgmvmNtb6jBJcMzUuvMCxDp`, {}],
    [`https://odysee.com/${CLAIM}?t=90`, { src: `${EMBED}?t=90` }],
    [`https://odysee.com/${CLAIM}?t=soon`, {}],
    [EMBED, {}],
    // Odysee's embed code, its whole claim path percent-encoded.
    [`https://odysee.com/%24/embed/%40Odysee%3A8%2Fodysee-on-the-go%3Ab?r=3Bd9QvTW&autoplay=true`, {}],
    [
      'https://odysee.com/@Kona_and_Suba_Guinea_Pig_Adventures:c/dinner-time!:4',
      { src: 'https://odysee.com/$/embed/@Kona_and_Suba_Guinea_Pig_Adventures:c/dinner-time!:4' },
    ],
    [`https://odysee.com/@Odysee/odysee-on-the-go:b`, { src: 'https://odysee.com/$/embed/@Odysee/odysee-on-the-go:b' }],
    // Without a channel: the claim's name and id, or the player's name/long-id form.
    ['https://odysee.com/Odysee-Song:f', { src: 'https://odysee.com/$/embed/Odysee-Song:f' }],
    [`https://odysee.com/$/embed/Odysee-Song/${LONG}`, { src: `https://odysee.com/$/embed/Odysee-Song/${LONG}` }],
    // A name in another script stays percent-encoded.
    ['https://odysee.com/@%E6%B5%8B%E8%AF%95:1/%E8%A7%86%E9%A2%91:2', { src: 'https://odysee.com/$/embed/@%E6%B5%8B%E8%AF%95:1/%E8%A7%86%E9%A2%91:2' }],
    // An unlisted claim opens with its creator's signature, as Odysee's embed code carries it.
    [
      `${EMBED}?signature=${SIGNATURE}&signature_ts=1700000000`,
      { src: `${EMBED}?signature=${SIGNATURE}&signature_ts=1700000000` },
    ],
    [`https://odysee.com/${CLAIM}`, 'odysee', {}],
  ],
  invalid: [
    [`http://odysee.com/${CLAIM}`, null, 'invalid-src'],
    [`https://user:pass@odysee.com/${CLAIM}`, null, 'invalid-src'],
    [`https://odysee.com:8443/${CLAIM}`, null, 'invalid-src'],
    [`https://odysee.com.evil.example/${CLAIM}`, null, 'unknown-provider'],
    [`https://evilodysee.com/${CLAIM}`, null, 'unknown-provider'],
    // A Cyrillic о in the host name.
    [`https://\u043edysee.com/${CLAIM}`, null, 'unknown-provider'],
    ['https://vimeo.com/76979871', 'odysee', 'wrong-host'],
    // A channel, a claim without its id, pages of the site.
    ['https://odysee.com/@Odysee:8', null, 'invalid-id'],
    ['https://odysee.com/@Odysee:8/odysee-on-the-go', null, 'invalid-id'],
    ['https://odysee.com/$/settings', null, 'invalid-id'],
    ['https://odysee.com/$/download/odysee-on-the-go/b', null, 'invalid-id'],
    ['https://odysee.com/$/embed/', null, 'invalid-id'],
    // Ids are hex, at most 40 digits; names keep LBRY's reserved characters out.
    ['https://odysee.com/@Odysee:8/odysee-on-the-go:xyz', null, 'invalid-id'],
    [`https://odysee.com/@Odysee:8/odysee-on-the-go:${LONG}0`, null, 'invalid-id'],
    ['https://odysee.com/@Odysee:8/odysee%22on:b', null, 'invalid-id'],
    ['https://odysee.com/@Odysee:8/odysee-on-the-go:b/extra', null, 'invalid-id'],
    // Encoded slashes and dot segments never become path pieces.
    ['https://odysee.com/@Odysee:8%2Fodysee-on-the-go:b', null, 'invalid-id'],
    ['https://odysee.com/$/embed/..%2F..%2Fodysee-on-the-go:b', null, 'invalid-id'],
    ['https://odysee.com/$/embed/@Odysee:8/..:b', null, 'invalid-id'],
    ['https://odysee.com/$/embed/%E0%A4%A', null, 'invalid-id'],
    // A signature must come whole.
    [`${EMBED}?signature=${SIGNATURE}`, null, 'invalid-id'],
    [`${EMBED}?signature=xyz&signature_ts=1700000000`, null, 'invalid-id'],
  ],
});
