import { describeProvider } from '../support/providers.js';

const EMBED = 'https://form.typeform.com/to/CCYUp2cx?disable-tracking=true';

describeProvider('typeform', {
  defaults: {
    tag: 'iframe',
    src: EMBED,
    allow: 'microphone; camera',
    referrerPolicy: 'no-referrer',
    sandbox: 'allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox',
    title: 'T',
    loading: 'lazy',
    party: {
      key: 'typeform',
      name: 'Typeform',
      company: 'Typeform',
      kind: 'form',
      privacyPolicy: 'https://www.typeform.com/privacy-policy/',
      origins: ['https://form.typeform.com'],
    },
    box: { height: 400 },
  },
  valid: [
    ['https://form.typeform.com/to/CCYUp2cx', {}],
    ['https://form.typeform.com/to/CCYUp2cx/', {}],
    ['https://FORM.TYPEFORM.COM/to/CCYUp2cx', {}],
    ['https://form.typeform.com/to/CCYUp2cx', 'typeform', {}],
    // An account's own subdomain serves the same form.
    ['https://acme.typeform.com/to/CCYUp2cx', {}],
    ['https://acme-events.typeform.com/to/CCYUp2cx?utm_source=newsletter', {}],
    // What the embed SDK added is replaced, not repeated: its tracking stays off.
    [
      'https://form.typeform.com/to/CCYUp2cx?typeform-embed-id=42519322876785104&typeform-embed=embed-widget&typeform-source=example.org&typeform-medium=snippet&disable-tracking=false',
      {},
    ],
    ['https://form.typeform.com/to/uj4OO3nW?typeform-medium=embed-snippet', { src: 'https://form.typeform.com/to/uj4OO3nW?disable-tracking=true' }],
  ],
  invalid: [
    ['http://form.typeform.com/to/CCYUp2cx', null, 'invalid-src'],
    ['https://user:pass@form.typeform.com/to/CCYUp2cx', null, 'invalid-src'],
    ['https://form.typeform.com:8443/to/CCYUp2cx', null, 'invalid-src'],
    ['https://form.typeform.com.evil.example/to/CCYUp2cx', null, 'unknown-provider'],
    ['https://eviltypeform.com/to/CCYUp2cx', null, 'unknown-provider'],
    ['https://form.typef\u043erm.com/to/CCYUp2cx', null, 'unknown-provider'],
    ['https://vimeo.com/76979871', 'typeform', 'wrong-host'],
    ['https://typeform.com/to/CCYUp2cx', null, 'unknown-provider'],
    // One name under typeform.com, no deeper.
    ['https://evil.form.typeform.com/to/CCYUp2cx', null, 'invalid-id'],
    ['https://form.typeform.com/to/abc', null, 'invalid-id'],
    [`https://form.typeform.com/to/${'a'.repeat(65)}`, null, 'invalid-id'],
    ['https://form.typeform.com/to/CCYU.p2cx', null, 'invalid-id'],
    ['https://form.typeform.com/to/..%2FCCYUp2cx', null, 'invalid-id'],
    ['https://form.typeform.com/to/CCYUp2cx/extra', null, 'invalid-id'],
    ['https://form.typeform.com/to/', null, 'invalid-id'],
    ['https://admin.typeform.com/form/CCYUp2cx/create', null, 'invalid-id'],
  ],
});
