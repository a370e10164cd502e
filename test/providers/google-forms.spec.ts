import { describeProvider } from '../support/providers.js';

const PUBLISHED = '1FAIpQLSdxW-9LuQdfQ_Q8tboh9IFXnG-tszv9OGKGRITbDbCmU_UJ-g';
const OWN = '1aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789_-AbCdE';
const EMBED = `https://docs.google.com/forms/d/e/${PUBLISHED}/viewform?embedded=true`;

describeProvider('google-forms', {
  defaults: {
    tag: 'iframe',
    src: EMBED,
    allow: '',
    referrerPolicy: 'no-referrer',
    sandbox: 'allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox allow-storage-access-by-user-activation',
    title: 'T',
    loading: 'lazy',
    party: {
      key: 'google-forms',
      name: 'Google Forms',
      company: 'Google',
      kind: 'form',
      privacyPolicy: 'https://policies.google.com/privacy',
      origins: ['https://docs.google.com'],
    },
    box: { height: 800 },
  },
  valid: [
    // Google's embed code, and the responders' link it is made from.
    [EMBED, {}],
    [`https://docs.google.com/forms/d/e/${PUBLISHED}/viewform`, {}],
    [`https://docs.google.com/forms/d/e/${PUBLISHED}/viewform?usp=sf_link`, {}],
    [`https://docs.google.com/forms/d/e/${PUBLISHED}/viewform/`, {}],
    [`https://DOCS.GOOGLE.COM/forms/d/e/${PUBLISHED}/viewform?usp=header`, {}],
    [`https://docs.google.com/forms/u/1/d/e/${PUBLISHED}/viewform`, {}],
    [`https://docs.google.com/forms/d/e/${PUBLISHED}/formResponse`, {}],
    [EMBED, 'google-forms', {}],
    // A pre-filled link keeps its answers, in order, a checkbox's twice.
    [
      `https://docs.google.com/forms/d/e/${PUBLISHED}/viewform?usp=pp_url&entry.1234567=Jane+Doe&entry.89=A&entry.89=B%20%26%20C`,
      { src: `${EMBED}&usp=pp_url&entry.1234567=Jane+Doe&entry.89=A&entry.89=B+%26+C` },
    ],
    // A paragraph answer keeps its line breaks.
    [
      `https://docs.google.com/forms/d/e/${PUBLISHED}/viewform?usp=pp_url&entry.1234567=first+line%0Asecond+line`,
      { src: `${EMBED}&usp=pp_url&entry.1234567=first+line%0Asecond+line` },
    ],
    // An editor's link, as the form's own viewform.
    [`https://docs.google.com/forms/d/${OWN}/edit`, { src: `https://docs.google.com/forms/d/${OWN}/viewform?embedded=true` }],
    [`https://docs.google.com/forms/d/${OWN}/viewform?edit_requested=true`, { src: `https://docs.google.com/forms/d/${OWN}/viewform?embedded=true` }],
  ],
  invalid: [
    [EMBED.replace('https:', 'http:'), null, 'invalid-src'],
    [`https://user:pass@docs.google.com/forms/d/e/${PUBLISHED}/viewform`, null, 'invalid-src'],
    [`https://docs.google.com:8443/forms/d/e/${PUBLISHED}/viewform`, null, 'invalid-src'],
    [`https://docs.google.com.evil.example/forms/d/e/${PUBLISHED}/viewform`, null, 'unknown-provider'],
    [`https://evildocs.google.com/forms/d/e/${PUBLISHED}/viewform`, null, 'unknown-provider'],
    [`https://docs.g\u043e\u043egle.com/forms/d/e/${PUBLISHED}/viewform`, null, 'unknown-provider'],
    ['https://vimeo.com/76979871', 'google-forms', 'wrong-host'],
    ['https://www.google.com/maps/place/Eiffel+Tower', 'google-forms', 'wrong-host'],
    ['https://forms.gle/FzcHPa5vikMnW51H7', null, 'short-link'],
    [`https://docs.google.com/forms/d/e/${PUBLISHED.slice(0, 12)}/viewform`, null, 'invalid-id'],
    [`https://docs.google.com/forms/d/e/${PUBLISHED}${'x'.repeat(60)}/viewform`, null, 'invalid-id'],
    [`https://docs.google.com/forms/d/e/${PUBLISHED.replace('Q8', 'Q.')}/viewform`, null, 'invalid-id'],
    [`https://docs.google.com/forms/d/e/..%2F${PUBLISHED}/viewform`, null, 'invalid-id'],
    [`https://docs.google.com/forms/d/e/${PUBLISHED}/viewform/extra`, null, 'invalid-id'],
    [`https://docs.google.com/forms/d/e/${PUBLISHED}/edit`, null, 'invalid-id'],
    [`https://docs.google.com/forms/d/e/${PUBLISHED}/viewform?entry.1=%00`, null, 'invalid-id'],
    [`https://docs.google.com/forms/d/e/${PUBLISHED}/viewform?entry.1=a%0Db`, null, 'invalid-id'],
    ['https://docs.google.com/forms/u/0/', null, 'invalid-id'],
    [`https://docs.google.com/document/d/${OWN}/edit`, null, 'invalid-id'],
  ],
});
