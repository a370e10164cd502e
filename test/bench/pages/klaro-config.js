// The site's own klaro config: one YouTube service, asked for in context (klaro's contextual consent
// placeholders over iframes with data-name/data-src), as klaro's README and annotated config describe.
var klaroConfig = {
  version: 1,
  elementID: 'klaro',
  storageMethod: 'cookie',
  cookieName: 'klaro',
  default: false,
  mustConsent: false,
  acceptAll: true,
  translations: {
    zz: { privacyPolicyUrl: '/privacy' },
    en: {
      youtube: { description: 'Videos hosted by YouTube' },
      purposes: { marketing: 'Marketing' },
    },
  },
  services: [
    {
      name: 'youtube',
      title: 'YouTube',
      purposes: ['marketing'],
      default: false,
    },
  ],
};
