import { describeProvider } from '../support/providers.js';

const FRAME = 'https://flo.uri.sh/visualisation/18552565/embed?auto=1';
const SANDBOX =
  'allow-same-origin allow-forms allow-scripts allow-downloads allow-popups allow-popups-to-escape-sandbox ' +
  'allow-top-navigation-by-user-activation';

describeProvider('flourish', {
  defaults: {
    tag: 'iframe',
    src: FRAME,
    allow: '',
    referrerPolicy: 'no-referrer',
    sandbox: SANDBOX,
    title: 'T',
    loading: 'lazy',
    party: {
      key: 'flourish',
      name: 'Flourish',
      company: 'Canva',
      kind: 'chart',
      privacyPolicy: 'https://flourish.studio/privacy/',
      origins: ['https://flo.uri.sh'],
    },
    box: { height: 575 },
  },
  valid: [
    ['https://public.flourish.studio/visualisation/18552565/', {}],
    ['https://public.flourish.studio/visualisation/18552565', {}],
    ['https://PUBLIC.FLOURISH.STUDIO/visualisation/18552565/?utm_source=embed&utm_campaign=visualisation/18552565', {}],
    ['https://flo.uri.sh/visualisation/18552565/embed', {}],
    ['https://flo.uri.sh/visualisation/18552565/embed?auto=1', {}],
    ['https://flo.uri.sh/visualisation/18552565/', {}],
    ['https://public.flourish.studio/story/1767962/', { src: 'https://flo.uri.sh/story/1767962/embed?auto=1' }],
    ['https://flo.uri.sh/story/1767962/embed', { src: 'https://flo.uri.sh/story/1767962/embed?auto=1' }],
    ['https://flo.uri.sh/visualisation/18552565/embed', 'flourish', {}],
  ],
  invalid: [
    ['http://public.flourish.studio/visualisation/18552565/', null, 'invalid-src'],
    ['https://user:pass@public.flourish.studio/visualisation/18552565/', null, 'invalid-src'],
    ['https://public.flourish.studio:8443/visualisation/18552565/', null, 'invalid-src'],
    ['https://public.flourish.studio.evil.example/visualisation/18552565/', null, 'unknown-provider'],
    ['https://evilflo.uri.sh/visualisation/18552565/embed', null, 'unknown-provider'],
    // A Cyrillic о in the host.
    ['https://flо.uri.sh/visualisation/18552565/embed', null, 'unknown-provider'],
    ['https://datawrapper.dwcdn.net/WpAbK/2/', 'flourish', 'wrong-host'],
    ['https://public.flourish.studio/visualisation/18552565a/', null, 'invalid-id'],
    ['https://public.flourish.studio/visualisation/1234567890123/', null, 'invalid-id'],
    ['https://public.flourish.studio/visualisation/..%2F18552565/', null, 'invalid-id'],
    ['https://public.flourish.studio/visualisation/18552565/extra', null, 'invalid-id'],
    ['https://flo.uri.sh/visualisation/18552565/embed/extra', null, 'invalid-id'],
    ['https://public.flourish.studio/visualisation/', null, 'invalid-id'],
    ['https://public.flourish.studio/template/18552565/', null, 'invalid-id'],
    ['https://public.flourish.studio/resources/embed.js', null, 'invalid-id'],
  ],
});
