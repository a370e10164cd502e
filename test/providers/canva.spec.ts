import { describeProvider } from '../support/providers.js';

const DESIGN = 'DAGlbdo33h8';
const KEY = '6j4Mb4am-r5h9953hHdaFw';
const EMBED = `https://www.canva.com/design/${DESIGN}/${KEY}/view?embed`;

describeProvider('canva', {
  defaults: {
    tag: 'iframe',
    src: EMBED,
    allow: '',
    referrerPolicy: 'no-referrer',
    sandbox: 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox',
    title: 'T',
    loading: 'lazy',
    party: {
      key: 'canva',
      name: 'Canva',
      company: 'Canva',
      kind: 'design',
      privacyPolicy: 'https://www.canva.com/policies/privacy-policy/',
      origins: ['https://www.canva.com'],
    },
    box: { ratio: '16 / 9' },
  },
  valid: [
    // Canva's embed code, and the view-only link with the tracking Canva adds to it.
    [EMBED, {}],
    [`https://www.canva.com/design/${DESIGN}/${KEY}/view?utm_content=${DESIGN}&utm_campaign=designshare&utm_medium=link&utm_source=publishsharelink`, {}],
    [`https://canva.com/design/${DESIGN}/${KEY}/view/`, {}],
    [`https://WWW.CANVA.COM/design/${DESIGN}/${KEY}/view`, {}],
    [EMBED, 'canva', {}],
    // Videos play at /watch.
    [`https://www.canva.com/design/DAGkIUS92Aw/F2u8hy708wL6AEDsnmWPRA/watch?embed`, { src: 'https://www.canva.com/design/DAGkIUS92Aw/F2u8hy708wL6AEDsnmWPRA/watch?embed' }],
    // A public design's view link has no key.
    [`https://www.canva.com/design/DAEmJOe-5O0/view?embed`, { src: 'https://www.canva.com/design/DAEmJOe-5O0/view?embed' }],
    [`https://www.canva.com/design/DAHFL_7oX_Y/view`, { src: 'https://www.canva.com/design/DAHFL_7oX_Y/view?embed' }],
  ],
  invalid: [
    [`http://www.canva.com/design/${DESIGN}/${KEY}/view`, null, 'invalid-src'],
    [`https://user:pass@www.canva.com/design/${DESIGN}/${KEY}/view`, null, 'invalid-src'],
    [`https://www.canva.com:8443/design/${DESIGN}/${KEY}/view`, null, 'invalid-src'],
    [`https://www.canva.com.evil.example/design/${DESIGN}/${KEY}/view`, null, 'unknown-provider'],
    [`https://evilcanva.com/design/${DESIGN}/${KEY}/view`, null, 'unknown-provider'],
    [`https://www.c\u0430nva.com/design/${DESIGN}/${KEY}/view`, null, 'unknown-provider'],
    ['https://vimeo.com/76979871', 'canva', 'wrong-host'],
    ['https://canva.link/a1b2c3d4e5f6', null, 'short-link'],
    // The editor's link gives whoever has it the design to edit: never embedded.
    [`https://www.canva.com/design/${DESIGN}/${KEY}/edit?utm_content=${DESIGN}&utm_campaign=designshare`, null, 'page-link'],
    [`https://www.canva.com/design/${DESIGN}/edit`, null, 'page-link'],
    [`https://www.canva.com/design/DAGlbdo33/${KEY}/view`, null, 'invalid-id'],
    [`https://www.canva.com/design/XYGlbdo33h8/${KEY}/view`, null, 'invalid-id'],
    [`https://www.canva.com/design/${DESIGN}/${'k'.repeat(65)}/view`, null, 'invalid-id'],
    [`https://www.canva.com/design/${DESIGN}/${KEY.replace('-', '.')}/view`, null, 'invalid-id'],
    [`https://www.canva.com/design/${DESIGN}/..%2F${KEY}/view`, null, 'invalid-id'],
    [`https://www.canva.com/design/${DESIGN}/${KEY}/view/extra`, null, 'invalid-id'],
    [`https://www.canva.com/design/${DESIGN}/${KEY}/extra/view`, null, 'invalid-id'],
    ['https://www.canva.com/templates/', null, 'invalid-id'],
  ],
});
