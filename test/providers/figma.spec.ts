import { describeProvider } from '../support/providers.js';

const KEY = 'nrPSsILSYjesyc5UHjYYa4';
const EMBED = 'https://embed.figma.com';
const DESIGN = `${EMBED}/design/${KEY}?node-id=0-1&embed-host=share`;

describeProvider('figma', {
  defaults: {
    tag: 'iframe',
    src: DESIGN,
    allow: '',
    referrerPolicy: 'no-referrer',
    sandbox: 'allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox allow-storage-access-by-user-activation',
    title: 'T',
    loading: 'lazy',
    party: {
      key: 'figma',
      name: 'Figma',
      company: 'Figma',
      kind: 'design',
      privacyPolicy: 'https://www.figma.com/privacy/',
      origins: ['https://embed.figma.com'],
    },
    box: { ratio: '16 / 9' },
  },
  valid: [
    // Share links: the name after the key is Figma's and is left out; the share tracking `t` is dropped.
    [`https://www.figma.com/design/${KEY}/Design-System?node-id=0-1&t=8pkkHhJwW1aZIrAk-11`, {}],
    [`https://figma.com/design/${KEY}/Design-System/?node-id=0-1`, {}],
    [`https://WWW.FIGMA.COM/design/${KEY}?node-id=0-1`, {}],
    [`https://www.figma.com/design/${KEY}/Design-System?node-id=0-1`, 'figma', {}],
    [`https://www.figma.com/design/${KEY}`, { src: `${EMBED}/design/${KEY}?embed-host=share` }],
    [`https://www.figma.com/file/${KEY}/Old-Link?node-id=12%3A34`, { src: `${EMBED}/file/${KEY}?node-id=12%3A34&embed-host=share` }],
    [`https://www.figma.com/board/${KEY}/Retro`, { src: `${EMBED}/board/${KEY}?embed-host=share` }],
    [`https://www.figma.com/slides/${KEY}/Kickoff?node-id=1-42`, { src: `${EMBED}/slides/${KEY}?node-id=1-42&embed-host=share` }],
    // A prototype keeps where it starts and how it scales; the viewport and unknown options are dropped.
    [
      `https://www.figma.com/proto/${KEY}/Flow?node-id=4-4108&p=f&viewport=575%2C347%2C0.06&scaling=scale-down&content-scaling=fixed&page-id=0%3A1&starting-point-node-id=4%3A4094&show-proto-sidebar=1`,
      {
        src: `${EMBED}/proto/${KEY}?node-id=4-4108&scaling=scale-down&content-scaling=fixed&page-id=0%3A1&starting-point-node-id=4%3A4094&show-proto-sidebar=1&embed-host=share`,
      },
    ],
    // Figma's "Copy embed code", as it is.
    [DESIGN, {}],
    [`${EMBED}/design/${KEY}/Design-System?node-id=0-1&embed-host=share`, {}],
    [`${EMBED}/design/${KEY}?node-id=0-1&embed-host=evil&client-id=abc`, {}],
    // The older embed code, which wraps the link.
    [`https://www.figma.com/embed?embed_host=share&url=${encodeURIComponent(`https://www.figma.com/design/${KEY}/Design-System?node-id=0-1`)}`, {}],
    [`https://www.figma.com/design/${KEY}?node-id=I1:2;3:4`, { src: `${EMBED}/design/${KEY}?node-id=I1%3A2%3B3%3A4&embed-host=share` }],
    [`https://www.figma.com/design/${KEY}?node-id=0-1&node-id=9-9&m=dev`, {}],
  ],
  invalid: [
    [`http://www.figma.com/design/${KEY}`, null, 'invalid-src'],
    [`https://user:pass@www.figma.com/design/${KEY}`, null, 'invalid-src'],
    [`https://www.figma.com:8443/design/${KEY}`, null, 'invalid-src'],
    [`https://www.figma.com.evil.example/design/${KEY}`, null, 'unknown-provider'],
    [`https://evilfigma.com/design/${KEY}`, null, 'unknown-provider'],
    [`https://www.f\u0456gma.com/design/${KEY}`, null, 'unknown-provider'],
    ['https://vimeo.com/76979871', 'figma', 'wrong-host'],
    [`https://www.figma.com/design/${KEY.slice(1)}`, null, 'invalid-id'],
    [`https://www.figma.com/design/${'a'.repeat(129)}`, null, 'invalid-id'],
    [`https://www.figma.com/design/${KEY.slice(0, -1)}_`, null, 'invalid-id'],
    [`https://www.figma.com/design/..%2F${KEY}`, null, 'invalid-id'],
    [`https://www.figma.com/design/${KEY}/Name/extra`, null, 'invalid-id'],
    [`https://www.figma.com/design/${KEY}/branch/${KEY}/Name`, null, 'invalid-id'],
    [`https://www.figma.com/community/file/1035203688168086460/material-3-design-kit`, null, 'invalid-id'],
    [`https://www.figma.com/files/recents-and-sharing`, null, 'invalid-id'],
    // The older embed code may wrap only Figma's own links.
    [`https://www.figma.com/embed?embed_host=share&url=${encodeURIComponent(`https://evil.example/design/${KEY}`)}`, null, 'invalid-id'],
    [`https://www.figma.com/embed?embed_host=share&url=${encodeURIComponent(`http://www.figma.com/design/${KEY}`)}`, null, 'invalid-id'],
    [`https://www.figma.com/embed?embed_host=share&url=${encodeURIComponent(`https://www.figma.com/embed?url=https://www.figma.com/design/${KEY}`)}`, null, 'invalid-id'],
  ],
});
