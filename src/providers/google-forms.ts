import { createFrame, type EmbedContext, type ProviderData } from './provider.js';

export interface GoogleFormsTarget {
  /** The form's id: its published id (the `/d/e/` of Google's embed code) or, from an editor's link, the form's own. */
  readonly id: string;
  /** True for the published id, the one Google's embed code uses. */
  readonly published: boolean;
  /** Prefilled answers (`entry.123=…`, Google's "Get pre-filled link"), in the link's order. */
  readonly entries: readonly (readonly [name: string, value: string])[];
}

// Published ids are 56 characters (`1FAIpQL…`), a form's own 44; both base64url.
const ID = /^[A-Za-z0-9_-]{20,100}$/;
/**
 * `/forms/d/e/ID/viewform` (the responders' link and the embed code), and the
 * form's own `/forms/d/ID/edit` or `/viewform`; `/u/1/` is the account index
 * Google adds for a second signed-in account.
 */
const PATH = /^\/forms(?:\/u\/\d{1,2})?\/d\/(?:(e)\/([^/]+)\/(?:viewform|formResponse)|([^/]+)\/(?:viewform|edit))\/?$/;
const ENTRY = /^entry\.\d{1,12}$/;
/** An answer as text: no control or format characters but the line breaks of a paragraph answer (`%0A`). */
const ANSWER = /^(?:[^\p{Cc}\p{Cf}]|\n){0,500}$/u;
const DOCS = 'https://docs.google.com';

/**
 * Google Forms.
 *
 * @accepts `docs.google.com/forms/d/e/ID/viewform` (the responders' link and the embed code), an editor's
 * `docs.google.com/forms/d/ID/edit`; prefilled answers `entry.N=…`; `forms.gle` short links are explained, not followed
 */
export const data: ProviderData = {
  id: 'google-forms',
  name: 'Google Forms',
  company: 'Google',
  kind: 'form',
  brand: '#7248b9',
  privacyPolicy: 'https://policies.google.com/privacy',
  // Google's embed code gives each form the height of its questions; the link does not say it.
  box: { height: 800 },
  // docs.google.com also serves Docs, Sheets and Slides: a provider for those
  // would share this host, and this code answers only for /forms/ paths.
  hosts: ['docs.google.com', 'forms.gle'],
  short: ['forms.gle/'],
  origins: [DOCS],
};

export function parse(url: URL): GoogleFormsTarget | null {
  const [, e, published, own] = PATH.exec(url.pathname) ?? [];
  const id = e ? published : own;
  if (!id || !ID.test(id)) return null;
  const entries: [string, string][] = [];
  for (const [name, value] of url.searchParams) {
    if (!ENTRY.test(name)) continue;
    // A prefilled answer that is not one is refused, not dropped: the author asked for it.
    if (!ANSWER.test(value) || entries.length === 100) return null;
    entries.push([name, value]);
  }
  return { id, published: !!e, entries };
}

export function embed(target: GoogleFormsTarget, { title }: EmbedContext): HTMLElement {
  const id = encodeURIComponent(target.id);
  // An editor's link embeds as the form's own viewform, which Outline's Google Forms embed has relied on.
  const src = new URL(target.published ? `/forms/d/e/${id}/viewform` : `/forms/d/${id}/viewform`, DOCS);
  // What Google's "Send > Embed HTML" code asks for: the form without Google's page around it.
  src.searchParams.set('embedded', 'true');
  // As Google's pre-filled link writes its answers.
  if (target.entries.length) src.searchParams.set('usp', 'pp_url');
  for (const [name, value] of target.entries) src.searchParams.append(name, value);
  return createFrame(data, {
    src,
    title,
    // Google's embed code grants nothing.
    allow: '',
    referrerPolicy: 'no-referrer',
    // The sandbox Outline gives every embed, Google Forms among them, less
    // downloads; forms to submit, storage access for forms that ask
    // respondents to sign in where third-party cookies are blocked.
    sandbox: 'allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox allow-storage-access-by-user-activation',
  });
}
