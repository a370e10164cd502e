import { describeProvider } from '../support/providers.js';

const ID = 'aa5a315d61ae9438b18d';
const frame = (script: string) =>
  'data:text/html;charset=utf-8,' +
  encodeURIComponent(
    `<!doctype html><meta name="referrer" content="no-referrer"><script src="${script}"></script>`
  );

describeProvider('gist', {
  defaults: {
    tag: 'iframe',
    allow: '',
    referrerPolicy: 'no-referrer',
    sandbox: 'allow-scripts allow-popups allow-popups-to-escape-sandbox',
    loading: 'lazy',
    party: {
      key: 'gist',
      name: 'GitHub Gist',
      kind: 'code',
      origins: ['https://gist.github.com', 'https://github.githubassets.com'],
    },
    box: { height: 400 },
  },
  valid: [
    [`https://gist.github.com/mbostock/${ID}`, { src: frame(`https://gist.github.com/mbostock/${ID}.js`) }],
    [`https://gist.github.com/mbostock/${ID}/`, { src: frame(`https://gist.github.com/mbostock/${ID}.js`) }],
    [`https://gist.github.com/mbostock/${ID}.js`, { src: frame(`https://gist.github.com/mbostock/${ID}.js`) }],
    [`https://gist.github.com/${ID}`, { src: frame(`https://gist.github.com/${ID}.js`) }],
    [
      `https://gist.github.com/mbostock/${ID}?file=index.html`,
      { src: frame(`https://gist.github.com/mbostock/${ID}.js?file=index.html`) },
    ],
    [`https://gist.github.com/mbostock/${ID}?file=<script>`, { src: frame(`https://gist.github.com/mbostock/${ID}.js`) }],
    [`https://gist.github.com/mbostock/${ID}`, 'gist', { src: frame(`https://gist.github.com/mbostock/${ID}.js`) }],
  ],
  invalid: [
    [`https://gist.github.com.evil.example/mbostock/${ID}`, null, 'unknown-provider'],
    [`https://github.com/mbostock/${ID}`, null, 'unknown-provider'],
    [`https://www.youtube.com/watch?v=dQw4w9WgXcQ`, 'gist', 'wrong-host'],
    [`http://gist.github.com/mbostock/${ID}`, null, 'invalid-src'],
    [`https://gist.github.com/mbostock/${ID}/raw`, null, 'invalid-id'],
    [`https://gist.github.com/mbostock/not-hex`, null, 'invalid-id'],
    [`https://gist.github.com/mbo%22stock/${ID}`, null, 'invalid-id'],
    [`https://gist.github.com/mbostock%2F${ID}`, null, 'invalid-id'],
    [`https://gist.github.com/mbostock/${'a'.repeat(41)}`, null, 'invalid-id'],
    ['https://gist.github.com/', null, 'invalid-id'],
  ],
});
