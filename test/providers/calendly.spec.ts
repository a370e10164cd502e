import { describeProvider } from '../support/providers.js';

const EMBED = '?embed_domain=www.example.org&embed_type=Inline';
const PAGE = `https://calendly.com/acme-sales/intro-call${EMBED}`;

describeProvider('calendly', {
  defaults: {
    tag: 'iframe',
    src: PAGE,
    allow: '',
    referrerPolicy: 'no-referrer',
    sandbox: null,
    title: 'T',
    loading: 'lazy',
    party: {
      key: 'calendly',
      name: 'Calendly',
      company: 'Calendly',
      kind: 'calendar',
      privacyPolicy: 'https://calendly.com/legal/privacy-notice',
      origins: ['https://calendly.com'],
    },
    box: { height: 700 },
  },
  valid: [
    ['https://calendly.com/acme-sales/intro-call', {}],
    ['https://calendly.com/acme-sales/intro-call/', {}],
    ['https://www.calendly.com/acme-sales/intro-call', {}],
    ['https://CALENDLY.COM/acme-sales/intro-call', {}],
    ['https://calendly.com/acme-sales/intro-call?utm_source=newsletter&back=1', {}],
    ['https://calendly.com/acme-sales', { src: `https://calendly.com/acme-sales${EMBED}` }],
    ['https://calendly.com/jane_doe/30min', { src: `https://calendly.com/jane_doe/30min${EMBED}` }],
    ['https://calendly.com/acme-sales/intro-call?month=2026-03', { src: `${PAGE}&month=2026-03` }],
    ['https://calendly.com/acme-sales/intro-call?month=2026-03&date=2026-03-17', { src: `${PAGE}&month=2026-03&date=2026-03-17` }],
    ['https://calendly.com/acme-sales/intro-call?date=2028-02-29', { src: `${PAGE}&date=2028-02-29` }],
    // What an earlier embed left in the link is replaced, not repeated.
    ['https://calendly.com/acme-sales/intro-call?embed_domain=evil.example&embed_type=Popup', {}],
    // Out-of-range options are dropped, the page stays.
    ['https://calendly.com/acme-sales/intro-call?month=2026-13&date=2026-02-30', {}],
    ['https://calendly.com/acme-sales/intro-call?month=March', {}],
    ['https://calendly.com/acme-sales/intro-call', 'calendly', {}],
  ],
  invalid: [
    ['http://calendly.com/acme-sales/intro-call', null, 'invalid-src'],
    ['https://user:pass@calendly.com/acme-sales/intro-call', null, 'invalid-src'],
    ['https://calendly.com:8443/acme-sales/intro-call', null, 'invalid-src'],
    ['https://calendly.com.evil.example/acme-sales/intro-call', null, 'unknown-provider'],
    ['https://evilcalendly.com/acme-sales/intro-call', null, 'unknown-provider'],
    ['https://calendly.com/acme-sales/intro-call', 'codepen', 'wrong-host'],
    ['https://evil.example/acme-sales/intro-call', 'calendly', 'wrong-host'],
    ['https://calendly.com/', null, 'invalid-id'],
    ['https://calendly.com/acme-sales/intro-call/extra', null, 'invalid-id'],
    ['https://calendly.com/acme%2Fsales/intro-call', null, 'invalid-id'],
    ['https://calendly.com/acme-sales/..%2Fapp', null, 'invalid-id'],
    ['https://calendly.com/acme.sales/intro-call', null, 'invalid-id'],
    ['https://calendly.com/acme-sales/intro%20call', null, 'invalid-id'],
    [`https://calendly.com/${'a'.repeat(65)}/intro-call`, null, 'invalid-id'],
    ['https://calendly.com/app/login', null, 'invalid-id'],
    ['https://calendly.com/legal/privacy-notice', null, 'invalid-id'],
    ['https://calendly.com/d/ck9m-5mz-ndk', null, 'invalid-id'],
  ],
});
