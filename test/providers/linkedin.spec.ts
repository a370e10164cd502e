import { describeProvider } from '../support/providers.js';

const ID = '7378805658780930048';
const FRAME = (type: string, id = ID) => `https://www.linkedin.com/embed/feed/update/urn:li:${type}:${id}`;

describeProvider('linkedin', {
  defaults: {
    tag: 'iframe',
    src: FRAME('activity'),
    allow: '',
    referrerPolicy: 'no-referrer',
    sandbox: null,
    title: 'T',
    loading: 'lazy',
    party: { key: 'linkedin', name: 'LinkedIn', company: 'LinkedIn', kind: 'post', origins: ['https://www.linkedin.com'] },
    box: { height: 600 },
  },
  valid: [
    [`https://www.linkedin.com/posts/prytaneum-partners_activity-${ID}-_bo9`, {}],
    [
      `https://www.linkedin.com/posts/prytaneum-partners_activity-${ID}-_bo9?utm_source=share&utm_medium=member_desktop&rcm=ACoAACSdvxYB`,
      {},
    ],
    [`https://www.linkedin.com/posts/williamhgates_a-title-with-words-activity-${ID}-AbCd/`, {}],
    [`https://linkedin.com/posts/j%C3%BCrgen-m%C3%BCller_activity-${ID}-x1Yz`, {}],
    [`https://www.linkedin.com/posts/someone_title-ugcPost-${ID}-Ab12`, { src: FRAME('ugcPost') }],
    [`https://www.linkedin.com/posts/someone_title-share-${ID}-Ab12`, { src: FRAME('share') }],
    [`https://www.linkedin.com/feed/update/urn:li:activity:${ID}/`, {}],
    [`https://www.linkedin.com/feed/update/urn:li:activity:${ID}`, {}],
    [`https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A${ID}/`, {}],
    [`https://www.linkedin.com/feed/update/urn:li:share:${ID}/?actorCompanyId=123`, { src: FRAME('share') }],
    [`https://www.linkedin.com/feed/update/urn:li:ugcPost:${ID}/`, { src: FRAME('ugcPost') }],
    [`https://www.linkedin.com/embed/feed/update/urn:li:share:${ID}`, { src: FRAME('share') }],
    [`https://www.linkedin.com/embed/feed/update/urn:li:share:${ID}?collapsed=1`, { src: `${FRAME('share')}?collapsed=1` }],
    [`https://www.linkedin.com/embed/feed/update/urn:li:share:${ID}?collapsed=yes`, { src: FRAME('share') }],
    [`https://WWW.LINKEDIN.COM/feed/update/urn:li:activity:${ID}/`, {}],
    [`https://www.linkedin.com/feed/update/urn:li:activity:${ID}/`, 'linkedin', {}],
  ],
  invalid: [
    [`http://www.linkedin.com/feed/update/urn:li:activity:${ID}/`, null, 'invalid-src'],
    [`https://a:b@www.linkedin.com/feed/update/urn:li:activity:${ID}/`, null, 'invalid-src'],
    [`https://www.linkedin.com:8443/feed/update/urn:li:activity:${ID}/`, null, 'invalid-src'],
    [`https://www.linkedin.com.evil.example/feed/update/urn:li:activity:${ID}/`, null, 'unknown-provider'],
    [`https://de.linkedin.com/feed/update/urn:li:activity:${ID}/`, null, 'unknown-provider'],
    [`https://x.com/feed/update/urn:li:activity:${ID}/`, 'linkedin', 'wrong-host'],
    [`https://www.linkedin.com/feed/update/urn:li:comment:${ID}/`, null, 'invalid-id'],
    ['https://www.linkedin.com/feed/update/urn:li:activity:123/', null, 'invalid-id'],
    ['https://www.linkedin.com/feed/update/urn:li:activity:123456789012345678901/', null, 'invalid-id'],
    [`https://www.linkedin.com/feed/update/urn:li:activity:${ID}x/`, null, 'invalid-id'],
    [`https://www.linkedin.com/feed/update/urn:li:activity:${ID}/extra`, null, 'invalid-id'],
    [`https://www.linkedin.com/posts/a%2Fb_activity-${ID}-AbCd`, null, 'invalid-id'],
    [`https://www.linkedin.com/posts/someone_activity-${ID}-AbCd/extra`, null, 'invalid-id'],
    [`https://www.linkedin.com/posts/someone_title-${ID}-AbCd`, null, 'invalid-id'],
    [`https://www.linkedin.com/posts/someone_activity-abc-AbCd`, null, 'invalid-id'],
    ['https://www.linkedin.com/in/williamhgates/', null, 'invalid-id'],
    [`https://www.linkedin.com/pulse/some-article-${ID}`, null, 'invalid-id'],
  ],
});
