import { describeProvider } from '../support/providers.js';

const CODE = 'C8H5FiCtESk';
const FRAME = `https://www.threads.com/@zuck/post/${CODE}/embed`;

describeProvider('threads', {
  defaults: {
    tag: 'iframe',
    src: FRAME,
    allow: '',
    referrerPolicy: 'no-referrer',
    sandbox: 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox',
    title: 'T',
    loading: 'lazy',
    party: { key: 'threads', name: 'Threads', company: 'Meta', kind: 'post', origins: ['https://www.threads.com'] },
    box: { height: 600 },
  },
  valid: [
    [`https://www.threads.com/@zuck/post/${CODE}`, {}],
    [`https://www.threads.com/@zuck/post/${CODE}/`, {}],
    [`https://threads.com/@zuck/post/${CODE}?xmt=AQGzAbCd`, {}],
    [`https://www.threads.net/@zuck/post/${CODE}`, {}],
    [`https://threads.net/@zuck/post/${CODE}?igshid=NTc4MTIwNjQ2YQ==`, {}],
    [`https://www.threads.net/@zuck/post/${CODE}/embed`, {}],
    [`https://www.threads.com/@zuck/post/${CODE}/embed/`, {}],
    [`https://WWW.THREADS.NET/@zuck/post/${CODE}`, {}],
    [
      `https://www.threads.com/@nat.geo_1/post/${CODE}`,
      { src: `https://www.threads.com/@nat.geo_1/post/${CODE}/embed` },
    ],
    [`https://www.threads.com/@zuck/post/${CODE}`, 'threads', {}],
  ],
  invalid: [
    [`http://www.threads.com/@zuck/post/${CODE}`, null, 'invalid-src'],
    [`https://a:b@www.threads.com/@zuck/post/${CODE}`, null, 'invalid-src'],
    [`https://www.threads.com:8443/@zuck/post/${CODE}`, null, 'invalid-src'],
    [`https://www.threads.com.evil.example/@zuck/post/${CODE}`, null, 'unknown-provider'],
    [`https://www.threads.org/@zuck/post/${CODE}`, null, 'unknown-provider'],
    [`https://www.instagram.com/@zuck/post/${CODE}`, 'threads', 'wrong-host'],
    [`https://www.threads.com/zuck/post/${CODE}`, null, 'invalid-id'],
    [`https://www.threads.com/@zuck/post/abc`, null, 'invalid-id'],
    [`https://www.threads.com/@zuck/post/${'a'.repeat(65)}`, null, 'invalid-id'],
    [`https://www.threads.com/@${'z'.repeat(31)}/post/${CODE}`, null, 'invalid-id'],
    [`https://www.threads.com/@zu%2Fck/post/${CODE}`, null, 'invalid-id'],
    [`https://www.threads.com/@zuck/post/..%2F${CODE}`, null, 'invalid-id'],
    [`https://www.threads.com/@zuck/post/${CODE}/extra`, null, 'invalid-id'],
    [`https://www.threads.com/@zuck/post/${CODE}/embed/more`, null, 'invalid-id'],
    ['https://www.threads.com/@zuck', null, 'invalid-id'],
    [`https://www.threads.com/t/${CODE}`, null, 'short-link'],
    [`https://www.threads.net/t/${CODE}/`, null, 'short-link'],
    [`https://threads.net/t/${CODE}`, null, 'short-link'],
    [`https://threads.com/t/${CODE}`, null, 'short-link'],
    [`https://www.threads.com/tt/${CODE}`, null, 'invalid-id'],
  ],
});
