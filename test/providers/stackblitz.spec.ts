import { describeProvider } from '../support/providers.js';

const ID = 'vitejs-vite-y8mdxg';
const EDIT = `https://stackblitz.com/edit/${ID}?embed=1`;

describeProvider('stackblitz', {
  defaults: {
    tag: 'iframe',
    src: EDIT,
    allow: '',
    referrerPolicy: 'no-referrer',
    sandbox: 'allow-forms allow-modals allow-popups allow-presentation allow-same-origin allow-scripts',
    title: 'T',
    loading: 'lazy',
    party: {
      key: 'stackblitz',
      name: 'StackBlitz',
      company: 'StackBlitz',
      kind: 'code',
      privacyPolicy: 'https://stackblitz.com/privacy-policy',
      origins: ['https://stackblitz.com'],
    },
    box: { height: 400 },
  },
  valid: [
    [`https://stackblitz.com/edit/${ID}`, {}],
    [`https://stackblitz.com/edit/${ID}/`, {}],
    [`https://STACKBLITZ.COM/edit/${ID}`, {}],
    [`https://stackblitz.com/edit/${ID}?embed=1`, {}],
    [`https://stackblitz.com/edit/${ID}?embed=1&ctl=1&hideExplorer=1&theme=light`, {}],
    ['https://stackblitz.com/edit/9feplu?embed=1', { src: 'https://stackblitz.com/edit/9feplu?embed=1' }],
    ['https://stackblitz.com/edit/cst7dxnw-o5i8shu5', { src: 'https://stackblitz.com/edit/cst7dxnw-o5i8shu5?embed=1' }],
    [`https://stackblitz.com/edit/${ID}?file=index.html`, { src: `${EDIT}&file=index.html` }],
    [`https://stackblitz.com/edit/${ID}?file=src%2FApp.tsx&view=preview`, { src: `${EDIT}&file=src%2FApp.tsx&view=preview` }],
    [`https://stackblitz.com/edit/${ID}?file=main.js,package.json&view=editor`, { src: `${EDIT}&file=main.js%2Cpackage.json&view=editor` }],
    // A view that is not one of the two, and a file list that is not one, are dropped.
    [`https://stackblitz.com/edit/${ID}?view=%22onload&file=%3Cx%3E`, {}],
    ['https://stackblitz.com/github/withastro/astro', { src: 'https://stackblitz.com/github/withastro/astro?embed=1' }],
    [
      'https://stackblitz.com/github/withastro/astro/tree/latest/examples/minimal?file=src/pages/index.astro',
      { src: 'https://stackblitz.com/github/withastro/astro/tree/latest/examples/minimal?embed=1&file=src%2Fpages%2Findex.astro' },
    ],
    ['https://stackblitz.com/github/Eonasdan/angular-har-generator', { src: 'https://stackblitz.com/github/Eonasdan/angular-har-generator?embed=1' }],
    [`https://stackblitz.com/edit/${ID}`, 'stackblitz', {}],
  ],
  invalid: [
    [`http://stackblitz.com/edit/${ID}`, null, 'invalid-src'],
    [`https://user:pass@stackblitz.com/edit/${ID}`, null, 'invalid-src'],
    [`https://stackblitz.com:8443/edit/${ID}`, null, 'invalid-src'],
    [`https://stackblitz.com.evil.example/edit/${ID}`, null, 'unknown-provider'],
    [`https://evilstackblitz.com/edit/${ID}`, null, 'unknown-provider'],
    [`https://stackbl\u0456tz.com/edit/${ID}`, null, 'unknown-provider'],
    [`https://${ID}.stackblitz.io/`, null, 'unknown-provider'],
    [`https://evil.example/edit/${ID}`, 'stackblitz', 'wrong-host'],
    ['https://codepen.io/Mamboleoo/pen/XWJPxpZ', 'stackblitz', 'wrong-host'],
    ['https://stackblitz.com/', null, 'invalid-id'],
    ['https://stackblitz.com/edit/', null, 'invalid-id'],
    [`https://stackblitz.com/edit/${ID}/extra`, null, 'invalid-id'],
    [`https://stackblitz.com/edit/..%2F${ID}`, null, 'invalid-id'],
    ['https://stackblitz.com/edit/vite_js', null, 'invalid-id'],
    [`https://stackblitz.com/edit/${'a'.repeat(101)}`, null, 'invalid-id'],
    [`https://stackblitz.com/fork/${ID}`, null, 'invalid-id'],
    ['https://stackblitz.com/@artcab', null, 'invalid-id'],
    ['https://stackblitz.com/github/withastro', null, 'invalid-id'],
    ['https://stackblitz.com/github/with_astro/astro', null, 'invalid-id'],
    ['https://stackblitz.com/github/withastro/astro/blob/main/README.md', null, 'invalid-id'],
    ['https://stackblitz.com/github/withastro/astro/tree', null, 'invalid-id'],
    // The URL parser resolves dot segments before any provider reads the path: this is `/tree/`.
    ['https://stackblitz.com/github/withastro/astro/tree/main/..', null, 'invalid-id'],
    ['https://stackblitz.com/github/withastro/astro/tree/ma%2Fin/examples', null, 'invalid-id'],
    ['https://stackblitz.com/github/withastro/astro/tree/main/ex%5Camples', null, 'invalid-id'],
    ['https://stackblitz.com/github/withastro/as%2Ftro', null, 'invalid-id'],
  ],
});
