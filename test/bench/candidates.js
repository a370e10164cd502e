// The candidates: this library, the libraries people use instead, and the floor. Node side; the page side
// (ready conditions, load controls) is in probe.js under the same names.
//
//   library   path prefixes of the files that are the library (their JS and CSS are its bytes)
//   site      the site's own setup files some libraries need (a config, an app.js): counted apart
//   package   the npm package whose version is printed
//   reference one of the references, not a candidate: measured only when asked for
//   page      the page, when not the candidate's name, and `query` what its address adds
export const candidates = [
  { name: 'consent-embed', label: 'consent-embed', package: null, library: ['/dist/'], site: [] },
  { name: 'lite-youtube-embed', label: 'lite-youtube-embed', package: 'lite-youtube-embed', library: ['/node_modules/lite-youtube-embed/'], site: [] },
  {
    name: 'justinribeiro-lite-youtube',
    label: '@justinribeiro/lite-youtube',
    package: '@justinribeiro/lite-youtube',
    library: ['/node_modules/@justinribeiro/lite-youtube/'],
    site: [],
  },
  {
    name: 'iframemanager',
    label: 'iframemanager',
    package: '@orestbida/iframemanager',
    library: ['/node_modules/@orestbida/iframemanager/'],
    site: ['/test/bench/pages/iframemanager-app.js'],
  },
  { name: 'klaro', label: 'klaro', package: 'klaro', library: ['/node_modules/klaro/'], site: ['/test/bench/pages/klaro-config.js'] },
  { name: 'embetty', label: 'embetty', package: '@heise/embetty', library: ['/node_modules/@heise/embetty/'], site: [] },
  { name: 'floor', label: 'floor (hand-written)', package: null, library: ['/test/bench/pages/floor.'], site: [] },
  // References, run only when named (--only, or --reference): consent-embed's own placeholder in a bare element,
  // to read the targets against what the stack costs by itself (test/bench/pages/reference.js).
  {
    name: 'custom-element',
    label: 'reference: custom element',
    package: null,
    library: ['/test/bench/pages/reference.js'],
    site: [],
    reference: true,
    page: 'reference',
    query: '&element=custom',
  },
  {
    name: 'lit-element',
    label: 'reference: Lit element',
    package: null,
    library: ['/test/bench/pages/reference', '/node_modules/@lit/reactive-element/'],
    site: [],
    reference: true,
    page: 'reference',
    query: '&element=lit',
  },
];
