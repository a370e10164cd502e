import { describeProvider } from '../support/providers.js';

const ID = '110799637';
const SLUG = 'Synthesis-of-Knowledge-Effects-of-Fire-and-Thinning-Treatments-on-Understory-Vegetation-in-Dry-U-S-Forests';
const EMBED = `https://www.scribd.com/embeds/${ID}/content`;

describeProvider('scribd', {
  defaults: {
    tag: 'iframe',
    src: EMBED,
    allow: '',
    referrerPolicy: 'no-referrer',
    sandbox: null,
    title: 'T',
    loading: 'lazy',
    party: {
      key: 'scribd',
      name: 'Scribd',
      company: 'Scribd',
      kind: 'document',
      privacyPolicy: 'https://www.scribd.com/privacy',
      origins: ['https://www.scribd.com'],
    },
    box: { height: 600 },
  },
  valid: [
    [`https://www.scribd.com/document/${ID}/${SLUG}`, {}],
    [`https://www.scribd.com/document/${ID}`, {}],
    [`https://scribd.com/document/${ID}/${SLUG}/`, {}],
    [`https://es.scribd.com/document/${ID}/${SLUG}`, {}],
    [`https://WWW.SCRIBD.COM/document/${ID}/${SLUG}?utm_source=share`, {}],
    [`https://www.scribd.com/doc/${ID}/${SLUG}`, {}],
    [`https://www.scribd.com/presentation/${ID}/${SLUG}`, {}],
    [EMBED, {}],
    [
      `${EMBED}?start_page=3&view_mode=slideshow&access_key=key-112z96nfr7ixzj76rb3x`,
      { src: `${EMBED}?start_page=3&view_mode=slideshow&access_key=key-112z96nfr7ixzj76rb3x` },
    ],
    // The embed code's defaults, and values that are not Scribd's, are dropped.
    [`${EMBED}?start_page=1&view_mode=scroll`, { src: `${EMBED}?view_mode=scroll` }],
    [`${EMBED}?start_page=first&view_mode=%22onload`, {}],
    [`https://www.scribd.com/document/${ID}/${SLUG}`, 'scribd', {}],
  ],
  invalid: [
    [`http://www.scribd.com/document/${ID}/${SLUG}`, null, 'invalid-src'],
    [`https://user:pass@www.scribd.com/document/${ID}/${SLUG}`, null, 'invalid-src'],
    [`https://www.scribd.com:8443/document/${ID}/${SLUG}`, null, 'invalid-src'],
    [`https://www.scribd.com.evil.example/document/${ID}/${SLUG}`, null, 'unknown-provider'],
    [`https://evilscribd.com/document/${ID}/${SLUG}`, null, 'unknown-provider'],
    // A Cyrillic с in the host.
    [`https://www.sсribd.com/document/${ID}/${SLUG}`, null, 'unknown-provider'],
    ['https://issuu.com/bayerischestaatsoper/docs/programmheft_rusalka', 'scribd', 'wrong-host'],
    [`https://www.scribd.com/document/${ID}a/${SLUG}`, null, 'invalid-id'],
    [`https://www.scribd.com/document/1234567890123/${SLUG}`, null, 'invalid-id'],
    [`https://www.scribd.com/document/%2E%2E%2F${ID}/${SLUG}`, null, 'invalid-id'],
    [`https://www.scribd.com/document/${ID}/${SLUG}/extra`, null, 'invalid-id'],
    [`https://www.scribd.com/embeds/${ID}`, null, 'invalid-id'],
    [`https://www.scribd.com/embeds/${ID}/content/extra`, null, 'invalid-id'],
    ['https://www.scribd.com/document/', null, 'invalid-id'],
    // A private document's key that is not one.
    [`${EMBED}?access_key=key-%3Cb%3E`, null, 'invalid-id'],
    [`${EMBED}?access_key=112z96nfr7ixzj76rb3x`, null, 'invalid-id'],
    [`${EMBED}?start_page=3&access_key=`, null, 'invalid-id'],
    // Books and audiobooks are read with a subscription, not embedded.
    ['https://www.scribd.com/book/163646054/Steve-Jobs', null, 'invalid-id'],
    ['https://www.scribd.com/user/151878975/Joint-Fire-Science-Program', null, 'invalid-id'],
  ],
});
