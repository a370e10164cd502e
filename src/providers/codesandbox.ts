import { createFrame, type EmbedContext, type ProviderData } from './provider.js';

export interface CodeSandboxTarget {
  /** The sandbox's id, or its alias: its title's words before the id (`todo-app-mzg96r`). */
  readonly id: string;
  /**
   * `embed` for a browser sandbox's classic link (`/s/`, `/embed/`); `sandbox`
   * or `devbox` for the newer editor's, whose sandboxes may run in a VM that
   * only its own embed plays.
   */
  readonly editor: 'embed' | 'sandbox' | 'devbox';
  /** The file the link opens: classic links name it `module`, newer ones `file`. */
  readonly file?: string;
  /** What a classic embed shows at first: the editor, the preview, or both. */
  readonly view?: 'editor' | 'split' | 'preview';
}

// Ids are a few lowercase letters and digits (`mzg96r`); aliases put the title's
// words before them; templates have names (`react-new`).
const ID = /^[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?$/i;
/** `/s/ID`, `/embed/ID`, `/p/sandbox/ID`, `/p/devbox/ID`. */
const PATH = /^\/(s|embed|p\/sandbox|p\/devbox)\/([^/]+)\/?$/;
/** A path in the sandbox, as the links write it (`/src/App.js`); a selection after it (`:1,1-55,1`) is dropped. */
const FILE = /^\/?[\w.@-]{1,100}(?:\/[\w.@-]{1,100}){0,20}$/;
const VIEWS = ['editor', 'split', 'preview'] as const;
const CODESANDBOX = 'https://codesandbox.io';

/**
 * CodeSandbox sandboxes and devboxes.
 *
 * @accepts `codesandbox.io/s/ID` (also `/embed/ID`, `/p/sandbox/ID`, `/p/devbox/ID`; an alias `title-words-ID`);
 * `file=` or `module=`, `view=preview`
 */
export const data: ProviderData = {
  id: 'codesandbox',
  name: 'CodeSandbox',
  company: 'CodeSandbox (Together AI)',
  kind: 'code',
  brand: '#151515',
  privacyPolicy: 'https://codesandbox.io/legal/privacy',
  // CodeSandbox's "Copy embed code" frame is 500px high.
  box: { height: 500 },
  hosts: ['codesandbox.io'],
  origins: [CODESANDBOX],
};

export function parse(url: URL): CodeSandboxTarget | null {
  const [, form, id] = PATH.exec(url.pathname) ?? [];
  // `/s/github/OWNER/REPO` imports a repository; alone, `github` is the page that asks for one.
  if (!form || !id || !ID.test(id) || id.toLowerCase() === 'github') return null;
  const editor = form === 'p/sandbox' ? 'sandbox' : form === 'p/devbox' ? 'devbox' : 'embed';
  const file = (url.searchParams.get('module') ?? url.searchParams.get('file'))?.replace(/:[\d,-]*$/, '');
  const view = editor === 'embed' ? VIEWS.find((v) => v === url.searchParams.get('view')) : undefined;
  return { id, editor, ...(file && FILE.test(file) ? { file } : {}), ...(view ? { view } : {}) };
}

export function embed(target: CodeSandboxTarget, { title }: EmbedContext): HTMLElement {
  const id = encodeURIComponent(target.id);
  const classic = target.editor === 'embed';
  const src = new URL(classic ? `/embed/${id}` : `/p/${target.editor}/${id}`, CODESANDBOX);
  if (!classic) src.searchParams.set('embed', '1');
  if (target.file) src.searchParams.set(classic ? 'module' : 'file', target.file);
  if (target.view) src.searchParams.set('view', target.view);
  return createFrame(data, {
    src,
    title,
    // CodeSandbox's embed code delegates sensors, camera, microphone, MIDI,
    // payment and USB to whatever code the sandbox runs; showing and running a
    // demo needs none of them, and the visitor agreed to a demo, not to those.
    allow: '',
    referrerPolicy: 'no-referrer',
    // The tokens of CodeSandbox's own "Copy embed code" for the classic embed;
    // its documented embed code for the newer editor (VMs) sets no sandbox,
    // and nothing shows that editor working in one.
    ...(classic ? { sandbox: 'allow-forms allow-modals allow-popups allow-presentation allow-same-origin allow-scripts' } : {}),
  });
}
