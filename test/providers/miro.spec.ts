import { describeProvider } from '../support/providers.js';

const BOARD = 'uXjVOD9fRhI=';
const EMBED = `https://miro.com/app/live-embed/${BOARD}/`;

describeProvider('miro', {
  defaults: {
    tag: 'iframe',
    src: EMBED,
    allow: '',
    referrerPolicy: 'no-referrer',
    sandbox: 'allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox allow-storage-access-by-user-activation',
    title: 'T',
    loading: 'lazy',
    party: {
      key: 'miro',
      name: 'Miro',
      company: 'Miro',
      kind: 'design',
      privacyPolicy: 'https://miro.com/legal/privacy-policy/',
      origins: ['https://miro.com'],
    },
    box: { ratio: '16 / 9' },
  },
  valid: [
    // The board's link, and a share link's id, which the embed does not need.
    [`https://miro.com/app/board/${BOARD}/`, {}],
    [`https://miro.com/app/board/${BOARD}`, {}],
    [`https://MIRO.COM/app/board/${BOARD}/?share_link_id=123456789012`, {}],
    [`https://miro.com/app/board/${BOARD}/`, 'miro', {}],
    [`https://miro.com/app/board/o9J_kkQxX78=/`, { src: 'https://miro.com/app/live-embed/o9J_kkQxX78=/' }],
    [`https://miro.com/app/board/${BOARD}/?moveToWidget=3458764602344774073&cot=14`, { src: `${EMBED}?moveToWidget=3458764602344774073` }],
    // Miro's embed code: where it opens and how are kept, its embedId dropped.
    [`${EMBED}?moveToViewport=-493,-244,1884,1120&embedId=180873830308`, { src: `${EMBED}?moveToViewport=-493%2C-244%2C1884%2C1120` }],
    [`${EMBED}?embedMode=view_only_without_ui&autoplay=true`, { src: `${EMBED}?embedMode=view_only_without_ui` }],
    [`${EMBED}?embedMode=edit&moveToViewport=1,2,3`, {}],
    // The older embed code.
    [`https://miro.com/app/embed/${BOARD}/?pres=1&frameId=3458764602344774073&embedId=395755079405`, {}],
  ],
  invalid: [
    [`http://miro.com/app/board/${BOARD}/`, null, 'invalid-src'],
    [`https://user:pass@miro.com/app/board/${BOARD}/`, null, 'invalid-src'],
    [`https://miro.com:8443/app/board/${BOARD}/`, null, 'invalid-src'],
    [`https://miro.com.evil.example/app/board/${BOARD}/`, null, 'unknown-provider'],
    [`https://evilmiro.com/app/board/${BOARD}/`, null, 'unknown-provider'],
    [`https://m\u0456ro.com/app/board/${BOARD}/`, null, 'unknown-provider'],
    ['https://vimeo.com/76979871', 'miro', 'wrong-host'],
    [`https://miro.com/app/board/uXjV/`, null, 'invalid-id'],
    [`https://miro.com/app/board/${'a'.repeat(33)}=/`, null, 'invalid-id'],
    [`https://miro.com/app/board/uXjV.D9fRhI=/`, null, 'invalid-id'],
    [`https://miro.com/app/board/uXjVOD9fRhI===/`, null, 'invalid-id'],
    [`https://miro.com/app/board/..%2F${BOARD}/`, null, 'invalid-id'],
    [`https://miro.com/app/board/${BOARD}/extra/`, null, 'invalid-id'],
    ['https://miro.com/app/dashboard/', null, 'invalid-id'],
    ['https://miro.com/welcomeonboard/abc123', null, 'invalid-id'],
  ],
});
