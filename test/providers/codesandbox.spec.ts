import { describeProvider } from '../support/providers.js';

const ID = 'dreamy-lehmann-mzg96r';
const EMBED = `https://codesandbox.io/embed/${ID}`;
const SANDBOX = 'allow-forms allow-modals allow-popups allow-presentation allow-same-origin allow-scripts';

describeProvider('codesandbox', {
  defaults: {
    tag: 'iframe',
    src: EMBED,
    allow: '',
    referrerPolicy: 'no-referrer',
    sandbox: SANDBOX,
    title: 'T',
    loading: 'lazy',
    party: {
      key: 'codesandbox',
      name: 'CodeSandbox',
      company: 'CodeSandbox (Together AI)',
      kind: 'code',
      privacyPolicy: 'https://codesandbox.io/legal/privacy',
      origins: ['https://codesandbox.io'],
    },
    box: { height: 500 },
  },
  valid: [
    [`https://codesandbox.io/s/${ID}`, {}],
    [`https://codesandbox.io/s/${ID}/`, {}],
    [`https://CODESANDBOX.IO/s/${ID}`, {}],
    [`https://codesandbox.io/embed/${ID}`, {}],
    [`https://codesandbox.io/embed/${ID}?fontsize=14&hidenavigation=1&theme=dark`, {}],
    ['https://codesandbox.io/s/df90h', { src: 'https://codesandbox.io/embed/df90h' }],
    ['https://codesandbox.io/s/q9m26noky6', { src: 'https://codesandbox.io/embed/q9m26noky6' }],
    [`https://codesandbox.io/embed/${ID}?view=preview&module=%2Fsrc%2FApp.js`, { src: `${EMBED}?module=%2Fsrc%2FApp.js&view=preview` }],
    [`https://codesandbox.io/s/${ID}?file=/src/index.js`, { src: `${EMBED}?module=%2Fsrc%2Findex.js` }],
    // A view that is not one of the three, and a file that is not a path, are dropped.
    [`https://codesandbox.io/embed/${ID}?view=%22onload&module=..%5C..%5Cx`, {}],
    // The newer editor's links play in its own embed, which CodeSandbox documents without a sandbox.
    [`https://codesandbox.io/p/sandbox/${ID}`, { src: `https://codesandbox.io/p/sandbox/${ID}?embed=1`, sandbox: null }],
    ['https://codesandbox.io/p/sandbox/react-new?file=/src/index.js', { src: 'https://codesandbox.io/p/sandbox/react-new?embed=1&file=%2Fsrc%2Findex.js', sandbox: null }],
    ['https://codesandbox.io/p/sandbox/cards-with-border-radius-9s2wd9?file=%2Fsrc%2Futil.js%3A1%2C1-55%2C1', { src: 'https://codesandbox.io/p/sandbox/cards-with-border-radius-9s2wd9?embed=1&file=%2Fsrc%2Futil.js', sandbox: null }],
    ['https://codesandbox.io/p/devbox/hp3887?embed=1', { src: 'https://codesandbox.io/p/devbox/hp3887?embed=1', sandbox: null }],
    ['https://codesandbox.io/p/devbox/python-qrcode-generator-5767mg?file=%2Fmain.py%3A32%2C34', { src: 'https://codesandbox.io/p/devbox/python-qrcode-generator-5767mg?embed=1&file=%2Fmain.py', sandbox: null }],
    [`https://codesandbox.io/s/${ID}`, 'codesandbox', {}],
  ],
  invalid: [
    [`http://codesandbox.io/s/${ID}`, null, 'invalid-src'],
    [`https://user:pass@codesandbox.io/s/${ID}`, null, 'invalid-src'],
    [`https://codesandbox.io:8443/s/${ID}`, null, 'invalid-src'],
    [`https://codesandbox.io.evil.example/s/${ID}`, null, 'unknown-provider'],
    [`https://evilcodesandbox.io/s/${ID}`, null, 'unknown-provider'],
    [`https://codesandb\u043ex.io/s/${ID}`, null, 'unknown-provider'],
    [`https://${ID}.csb.app/`, null, 'unknown-provider'],
    [`https://evil.example/s/${ID}`, 'codesandbox', 'wrong-host'],
    ['https://codepen.io/Mamboleoo/pen/XWJPxpZ', 'codesandbox', 'wrong-host'],
    ['https://codesandbox.io/s/', null, 'invalid-id'],
    ['https://codesandbox.io/s/github', null, 'invalid-id'],
    ['https://codesandbox.io/s/github/withastro/astro/tree/latest/examples/minimal', null, 'invalid-id'],
    [`https://codesandbox.io/s/${ID}/extra`, null, 'invalid-id'],
    [`https://codesandbox.io/s/..%2F${ID}`, null, 'invalid-id'],
    ['https://codesandbox.io/s/..', null, 'invalid-id'],
    ['https://codesandbox.io/s/-mzg96r', null, 'invalid-id'],
    ['https://codesandbox.io/s/mzg_96r', null, 'invalid-id'],
    [`https://codesandbox.io/s/${'a'.repeat(101)}`, null, 'invalid-id'],
    [`https://codesandbox.io/p/github/${ID}`, null, 'invalid-id'],
    ['https://codesandbox.io/u/someone', null, 'invalid-id'],
    ['https://codesandbox.io/dashboard', null, 'invalid-id'],
  ],
});
