import { createFrame, type EmbedContext, type ProviderData } from './provider.js';

export interface StackBlitzTarget {
  /** `edit/ID` for a project; `github/OWNER/REPO`, and `tree/REF/…` after it, for a repository StackBlitz runs. */
  readonly path: string;
  /** The files the editor opens, as the link lists them: `src/App.tsx,index.html`. */
  readonly file?: string;
  /** Only the editor or only the preview; both when the link says neither. */
  readonly view?: 'editor' | 'preview';
}

// Project ids are a slug, often with random letters after it: `vitejs-vite-y8mdxg`.
const PROJECT = /^[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?$/i;
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
// A repository name, branch or folder; `.` and `..` are not names.
const NAME = /^(?!\.{1,2}$)[\w.-]{1,100}$/;
/** `/edit/ID`; `/github/OWNER/REPO`, with `/tree/REF/FOLDER…` after it. */
const EDIT = /^\/edit\/([^/]+)\/?$/;
const GITHUB = /^\/github\/([^/]+)\/([^/]+)(?:\/tree((?:\/[^/]+){1,20}))?\/?$/;
const FILE = /^[\w.@/-]{1,200}(?:,[\w.@/-]{1,200}){0,9}$/;
const VIEWS = ['editor', 'preview'] as const;
const STACKBLITZ = 'https://stackblitz.com';

function path(url: URL): string | null {
  const project = EDIT.exec(url.pathname)?.[1];
  if (project) return PROJECT.test(project) ? `edit/${project}` : null;
  const [, owner, repo, tree] = GITHUB.exec(url.pathname) ?? [];
  if (!owner || !repo || !OWNER.test(owner) || !NAME.test(repo)) return null;
  const folders = tree?.slice(1).split('/') ?? [];
  return folders.every((name) => NAME.test(name)) ? ['github', owner, repo, ...(tree ? ['tree', ...folders] : [])].join('/') : null;
}

/**
 * StackBlitz projects, and GitHub repositories StackBlitz runs.
 *
 * @accepts `stackblitz.com/edit/ID`, `stackblitz.com/github/OWNER/REPO` (also `/tree/BRANCH/FOLDER`);
 * `file=src/App.tsx`, `view=preview`
 */
export const data: ProviderData = {
  id: 'stackblitz',
  name: 'StackBlitz',
  company: 'StackBlitz',
  kind: 'code',
  brand: '#1269d3',
  privacyPolicy: 'https://stackblitz.com/privacy-policy',
  // The frame StackBlitz's oEmbed answers with is 400px high.
  box: { height: 400 },
  hosts: ['stackblitz.com'],
  origins: [STACKBLITZ],
};

export function parse(url: URL): StackBlitzTarget | null {
  const found = path(url);
  if (!found) return null;
  const file = url.searchParams.get('file');
  const view = VIEWS.find((v) => v === url.searchParams.get('view'));
  return { path: found, ...(file && FILE.test(file) ? { file } : {}), ...(view ? { view } : {}) };
}

export function embed(target: StackBlitzTarget, { title }: EmbedContext): HTMLElement {
  // Every piece of the path was checked against a strict pattern in `parse`.
  const src = new URL(`/${target.path}`, STACKBLITZ);
  // The embed layout, as StackBlitz's own embed code asks for it.
  src.searchParams.set('embed', '1');
  if (target.file) src.searchParams.set('file', target.file);
  if (target.view) src.searchParams.set('view', target.view);
  return createFrame(data, {
    src,
    title,
    // StackBlitz's embed code (its oEmbed answer) delegates no permissions.
    allow: '',
    referrerPolicy: 'no-referrer',
    // StackBlitz needs allow-same-origin in a sandbox and works with it
    // (stackblitz/core#117); these are the tokens sites give it (pmndrs/jotai's docs).
    sandbox: 'allow-forms allow-modals allow-popups allow-presentation allow-same-origin allow-scripts',
  });
}
