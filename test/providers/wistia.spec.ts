import { describeProvider } from '../support/providers.js';

const ID = 'g5pnf59ala';
const EMBED = `https://fast.wistia.net/embed/iframe/${ID}?doNotTrack=true`;

describeProvider('wistia', {
  defaults: {
    tag: 'iframe',
    src: EMBED,
    allow: 'autoplay',
    referrerPolicy: 'no-referrer',
    sandbox: 'allow-scripts allow-same-origin allow-presentation allow-popups allow-popups-to-escape-sandbox allow-forms',
    title: 'T',
    loading: 'lazy',
    party: { key: 'wistia', name: 'Wistia', company: 'Wistia', kind: 'video', origins: ['https://fast.wistia.net'] },
    box: { ratio: '16 / 9' },
  },
  valid: [
    [`https://home.wistia.com/medias/${ID}`, {}],
    [`https://how-2-drive.wistia.com/medias/${ID}/`, {}],
    [`https://HOME.WISTIA.COM/medias/${ID}?wvideo=${ID}`, {}],
    [`https://fast.wistia.net/embed/iframe/${ID}`, {}],
    [`https://fast.wistia.net/embed/iframe/${ID}?videoFoam=true&seo=true`, {}],
    [`https://fast.wistia.com/embed/medias/${ID}`, {}],
    [`https://fast.wistia.com/embed/iframe/${ID}`, {}],
    [`https://home.wistia.com/medias/${ID}`, 'wistia', {}],
  ],
  invalid: [
    [`http://home.wistia.com/medias/${ID}`, null, 'invalid-src'],
    [`https://user:pass@home.wistia.com/medias/${ID}`, null, 'invalid-src'],
    [`https://fast.wistia.net:8443/embed/iframe/${ID}`, null, 'invalid-src'],
    [`https://home.wistia.com.evil.example/medias/${ID}`, null, 'unknown-provider'],
    [`https://fast.wistia.net.evil.example/embed/iframe/${ID}`, null, 'unknown-provider'],
    [`https://evilwistia.com/medias/${ID}`, null, 'unknown-provider'],
    [`https://wistia.com/medias/${ID}`, null, 'unknown-provider'],
    [`https://vimeo.com/76979871`, 'wistia', 'wrong-host'],
    ['https://home.wistia.com/medias/g5pnf59al', null, 'invalid-id'],
    ['https://home.wistia.com/medias/g5pnf59alaa', null, 'invalid-id'],
    ['https://home.wistia.com/medias/G5PNF59ALA', null, 'invalid-id'],
    [`https://home.wistia.com/medias/${ID}/extra`, null, 'invalid-id'],
    [`https://home.wistia.com/medias/..%2F${ID}`, null, 'invalid-id'],
    [`https://fast.wistia.com/embed/medias/${ID}.jsonp`, null, 'invalid-id'],
    [`https://home.wistia.com/projects/${ID}`, null, 'invalid-id'],
  ],
});
