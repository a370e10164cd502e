import { describeProvider } from '../support/providers.js';

const ID = 'e5b8c04bca094dd8a5507925ab887002';
const EMBED = `https://www.loom.com/embed/${ID}`;

describeProvider('loom', {
  defaults: {
    tag: 'iframe',
    src: EMBED,
    allow: 'autoplay',
    referrerPolicy: 'no-referrer',
    sandbox: null,
    title: 'T',
    loading: 'lazy',
    party: { key: 'loom', name: 'Loom', company: 'Atlassian', kind: 'video', origins: ['https://www.loom.com'] },
    box: { ratio: '16 / 9' },
  },
  valid: [
    [`https://www.loom.com/share/${ID}`, {}],
    [`https://loom.com/share/${ID}/`, {}],
    [`https://WWW.LOOM.COM/share/${ID}?sid=0b1c2d3e-aaaa-bbbb-cccc-1234567890ab`, {}],
    [`https://www.loom.com/share/Quarterly-Roadmap-Walkthrough-${ID}`, {}],
    [`https://www.loom.com/share/${ID}?t=90`, { src: `${EMBED}?t=90s` }],
    [`https://www.loom.com/share/${ID}?t=1m30s`, { src: `${EMBED}?t=90s` }],
    [`https://www.loom.com/share/${ID}?t=soon`, {}],
    [`https://www.loom.com/embed/${ID}`, {}],
    [`https://www.loom.com/embed/${ID}?hide_owner=true&hideEmbedTopBar=true&t=12`, { src: `${EMBED}?t=12s` }],
    [`https://www.loom.com/share/${ID}`, 'loom', {}],
  ],
  invalid: [
    [`http://www.loom.com/share/${ID}`, null, 'invalid-src'],
    [`https://user:pass@www.loom.com/share/${ID}`, null, 'invalid-src'],
    [`https://www.loom.com:8443/share/${ID}`, null, 'invalid-src'],
    [`https://www.loom.com.evil.example/share/${ID}`, null, 'unknown-provider'],
    [`https://evilloom.com/share/${ID}`, null, 'unknown-provider'],
    [`https://vimeo.com/76979871`, 'loom', 'wrong-host'],
    [`https://www.loom.com/share/${ID.slice(1)}`, null, 'invalid-id'],
    [`https://www.loom.com/share/${ID}0`, null, 'invalid-id'],
    [`https://www.loom.com/share/${ID.toUpperCase()}`, null, 'invalid-id'],
    [`https://www.loom.com/share/${ID}/extra`, null, 'invalid-id'],
    [`https://www.loom.com/share/..%2F${ID}`, null, 'invalid-id'],
    [`https://www.loom.com/share/Title%2F-${ID}`, null, 'invalid-id'],
    [`https://www.loom.com/share/${'a-'.repeat(120)}${ID}`, null, 'invalid-id'],
    [`https://www.loom.com/share/`, null, 'invalid-id'],
    [`https://www.loom.com/looms/videos`, null, 'invalid-id'],
  ],
});
