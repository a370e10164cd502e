import type { EmbedContext, ProviderData } from './provider.js';
import { createScriptFrame } from './script-frame.js';

export interface GistTarget {
  readonly user?: string;
  /** The gist's hex id. */
  readonly id: string;
  /** One file of the gist, when the link named it. */
  readonly file?: string;
}

const USER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const ID = /^[0-9a-f]{20,40}$/;
const FILE = /^[A-Za-z0-9._-]{1,100}$/;
const PATH = /^\/(?:([^/]+)\/)?([^/.]+)(?:\.js)?\/?$/;
const GIST = 'https://gist.github.com';

/**
 * GitHub Gists. Gist offers no frame, only a script that writes the gist into
 * the page as it is parsed, so it runs in a sandboxed frame of its own (see
 * `createScriptFrame`); its stylesheet comes from github.githubassets.com.
 *
 * @accepts `gist.github.com/user/ID`, `gist.github.com/ID`, `…/ID.js`; one file with `?file=name.ext`
 * @csp frame-src data:; script-src https://gist.github.com; style-src https://github.githubassets.com
 */
export const data: ProviderData = {
  id: 'gist',
  name: 'GitHub Gist',
  company: 'GitHub (Microsoft)',
  kind: 'code',
  brand: '#181717',
  privacyPolicy: 'https://docs.github.com/site-policy/privacy-policies/github-general-privacy-statement',
  box: { height: 400 },
  hosts: ['gist.github.com'],
  origins: [GIST, 'https://github.githubassets.com'],
};

export function parse(url: URL): GistTarget | null {
  const [, user, id] = PATH.exec(url.pathname) ?? [];
  if (!id || !ID.test(id) || (user !== undefined && !USER.test(user))) return null;
  const file = url.searchParams.get('file');
  return { ...(user ? { user } : {}), id, ...(file && FILE.test(file) ? { file } : {}) };
}

export function embed(target: GistTarget, { title }: EmbedContext): HTMLElement {
  const script = new URL(`${target.user ? `/${encodeURIComponent(target.user)}` : ''}/${encodeURIComponent(target.id)}.js`, GIST);
  if (target.file) script.searchParams.set('file', target.file);
  return createScriptFrame(data, { script, title });
}
