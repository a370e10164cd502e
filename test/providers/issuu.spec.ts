import { describeProvider } from '../support/providers.js';

const FRAME = 'https://e.issuu.com/embed.html?d=programmheft_rusalka&u=bayerischestaatsoper';
const SANDBOX =
  'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-forms allow-modals allow-downloads ' +
  'allow-top-navigation-by-user-activation';

describeProvider('issuu', {
  defaults: {
    tag: 'iframe',
    src: FRAME,
    allow: 'clipboard-write',
    referrerPolicy: 'no-referrer',
    sandbox: SANDBOX,
    title: 'T',
    loading: 'lazy',
    party: {
      key: 'issuu',
      name: 'Issuu',
      company: 'Issuu',
      kind: 'document',
      privacyPolicy: 'https://issuu.com/legal/privacy',
      origins: ['https://e.issuu.com'],
    },
    box: { ratio: '5 / 3' },
  },
  valid: [
    ['https://issuu.com/bayerischestaatsoper/docs/programmheft_rusalka', {}],
    ['https://issuu.com/bayerischestaatsoper/docs/programmheft_rusalka/', {}],
    ['https://www.issuu.com/bayerischestaatsoper/docs/programmheft_rusalka?fr=sZjE3NjY0MDA1', {}],
    ['https://ISSUU.COM/bayerischestaatsoper/docs/programmheft_rusalka', {}],
    ['https://issuu.com/bayerischestaatsoper/docs/programmheft_rusalka/12', { src: `${FRAME}&pageNumber=12` }],
    ['https://issuu.com/bayerischestaatsoper/docs/programmheft_rusalka/1', {}],
    ['https://issuu.com/the.daily-news_2/docs/2024.03.01-edition', { src: 'https://e.issuu.com/embed.html?d=2024.03.01-edition&u=the.daily-news_2' }],
    [FRAME, {}],
    // Issuu's embed code: its colour, logo and share options are dropped; the page is kept.
    [
      'https://e.issuu.com/embed.html?backgroundColor=%23ffffff&d=programmheft_rusalka&doAutoflipPages=true&hideIssuuLogo=true&pageNumber=4&u=bayerischestaatsoper',
      { src: `${FRAME}&pageNumber=4` },
    ],
    ['https://issuu.com/bayerischestaatsoper/docs/programmheft_rusalka', 'issuu', {}],
  ],
  invalid: [
    ['http://issuu.com/bayerischestaatsoper/docs/programmheft_rusalka', null, 'invalid-src'],
    ['https://user:pass@issuu.com/bayerischestaatsoper/docs/programmheft_rusalka', null, 'invalid-src'],
    ['https://issuu.com:8443/bayerischestaatsoper/docs/programmheft_rusalka', null, 'invalid-src'],
    ['https://issuu.com.evil.example/bayerischestaatsoper/docs/programmheft_rusalka', null, 'unknown-provider'],
    ['https://evilissuu.com/bayerischestaatsoper/docs/programmheft_rusalka', null, 'unknown-provider'],
    // A Cyrillic і in the host.
    ['https://іssuu.com/bayerischestaatsoper/docs/programmheft_rusalka', null, 'unknown-provider'],
    ['https://www.scribd.com/document/110799637', 'issuu', 'wrong-host'],
    ['https://issuu.com/bayerischestaatsoper', null, 'invalid-id'],
    ['https://issuu.com/bayerischestaatsoper/docs/', null, 'invalid-id'],
    ['https://issuu.com/bayerischestaatsoper/docs/programmheft_rusalka/12/extra', null, 'invalid-id'],
    ['https://issuu.com/bayerischestaatsoper/docs/programm%2Fheft', null, 'invalid-id'],
    ['https://issuu.com/bayerische%2Fstaatsoper/docs/programmheft_rusalka', null, 'invalid-id'],
    ['https://issuu.com/bayerischestaatsoper/docs/programm heft', null, 'invalid-id'],
    [`https://issuu.com/${'a'.repeat(65)}/docs/programmheft_rusalka`, null, 'invalid-id'],
    [`https://issuu.com/bayerischestaatsoper/docs/${'a'.repeat(201)}`, null, 'invalid-id'],
    ['https://e.issuu.com/embed.html?d=programmheft_rusalka', null, 'invalid-id'],
    ['https://e.issuu.com/embed.html?d=..&u=bayerischestaatsoper', null, 'invalid-id'],
    ['https://e.issuu.com/embed.html?d=a/b&u=bayerischestaatsoper', null, 'invalid-id'],
    ['https://e.issuu.com/other.html?d=programmheft_rusalka&u=bayerischestaatsoper', null, 'invalid-id'],
    ['https://issuu.com/bayerischestaatsoper/stacks/0123456789abcdef', null, 'invalid-id'],
  ],
});
