// What each warning says in full. A page with nothing wrong never loads this
// file: a warning names its message here by an id, with the values it is
// about, and is printed once this file has come (see warn.ts). A bridge's
// faults, worded by each bridge, are passed whole.
import { MAX_REMEMBER_DAYS } from './record.js';

/** What a setting must be, by its name, where config.ts says no more than that. */
const EXPECTED: Record<string, string> = {
  lang: 'a language tag such as "de" or "pt-BR"',
  texts: 'an object of texts by key',
  text: 'text of 500 characters at most',
  rememberDays: `a number of days from 1 to ${MAX_REMEMBER_DAYS}`,
  policyVersion: 'short text such as "2026-11"',
  previews: 'true or false (an attribute without a value is true)',
  posterTemplate: 'a path from the site\'s root with {id} in it, such as "/posters/{provider}/{id}.jpg", without ., .., ?, # or %',
};

/**
 * Each message of the core by its id: the sentence, given the values it is
 * about. What came from the page is quoted here, shortened and without any
 * user name or password in it.
 */
export const messages = {
  // <consent-embed>
  'src-not-text': (type: string) => `the src property was set to ${type}, not a URL or text.`,
  'provider-not-text': (type: string) => `the provider property was set to ${type}, not a provider id.`,
  'title-not-text': (type: string) => `the title property was set to ${type}, not text, so the embed has no title.`,
  'poster-not-text': (type: string) => `the poster property was set to ${type}, not a URL or text.`,
  'size-not-number': (name: string, type: string) => `the ${name} property was set to ${type}, not a number.`,
  'lang-not-tag': (type: string) => `the lang property was set to ${type}, not a language tag; the page's language is used.`,
  'render-failed': (why: string) => `<consent-embed> could not update (${why}); it shows a message instead.`,
  'part-failed': (error: string) => `a file of the library beside its script could not be loaded (${error}).`,
  'poster-part-failed': (error: string) => `a file of the library beside its script could not be loaded (${error}); posters and previews are not shown.`,
  'provider-failed': (id: string, error: string) => `the provider "${id}" failed: ${error}`,
  'settings-part-failed': (error: string) => `<consent-embed-settings> could not load its file beside the script (${error}).`,
  'settings-unknown-provider': (id: string) => `<consent-embed-settings providers> names ${quote(id)}, which is no provider this page knows.`,

  // Posters: core/poster.ts
  'poster-elsewhere': (poster: string) => `the poster ${quote(poster)} is not on this site, so it is not shown.`,
  'poster-slot-shape': () =>
    'the poster slot takes one <img>, or one <picture> of <source> and <img>, without a style attribute; it is not shown.',
  'poster-unfetched': (poster: string) =>
    `the poster ${quote(poster)} leads to another site, or cannot be fetched (a Content-Security-Policy needs \`connect-src 'self'\`), so it is not shown.`,
  'poster-not-image': (poster: string, type: string) => `the poster ${quote(poster)} is not an image (${quote(type)}), so it is not shown.`,
  'poster-answered': (poster: string, status: string) => `the poster ${quote(poster)} answered ${status}, so it is not shown.`,
  'poster-unread': (poster: string) => `the poster ${quote(poster)} could not be read, so it is not shown.`,
  'poster-undecoded': (poster: string) =>
    `the poster ${quote(poster)} could not be shown: it is not a valid image, or the page's Content-Security-Policy lacks \`img-src blob:\`.`,

  // The author's own embed code: providers/template.ts
  'template-was-root': () =>
    'its embed code is in a <template shadowrootmode>, which is not inert: the browser made it a shadow root while parsing and loaded what it holds before any choice. Use a plain <template>.',
  'template-root-mode': () =>
    "its <template> has a shadowrootmode attribute: in the page's markup the browser makes such a template a shadow root and loads what it holds before any choice. Remove the attribute.",
  'template-no-provider': () => 'a <template> needs a provider attribute that names who its code loads.',
  'template-bad-provider': (id: string) => `the provider attribute ${quote(id)} is not a provider name: lowercase letters, digits and dashes.`,
  'template-per-server': (name: string) => `consent to ${name} is given per server: give the server's link in src instead.`,
  'template-bad-origin': (host: string) => `the origins attribute lists ${quote(host)}, which is not a host name.`,
  'template-bad-policy': (url: string) => `the privacy-policy attribute ${quote(url)} is not an https:// URL.`,
  'template-bad-kind': (kind: string, kinds: string) => `the kind attribute ${quote(kind)} is not one of ${kinds}.`,
  'declared-root': () =>
    'the element came with a declarative shadow root (server-rendered markup, or a <template shadowrootmode> child), whose content the browser loaded while parsing; it is replaced by the placeholder.',

  // Reading a src: providers/registry.ts
  'no-src': () => 'the element has no src attribute.',
  'not-url': (src: string) => `${quote(src)} is not a URL.`,
  'not-https': (src: string) => `${quote(src)} is not an https:// URL.`,
  'has-credentials': (src: string) => `${quote(src)} has a user name or password in it.`,
  'has-port': (src: string) => `${quote(src)} names a port.`,
  'trailing-dot': (src: string) => `${quote(src)} ends its host name with a dot.`,
  'no-such-provider': (id: string, supported: string) => `the provider attribute ${quote(id)} names no provider. Supported: ${supported}.`,
  'not-provider-host': (host: string, name: string) => `${quote(host)} is not a ${name} address.`,
  'no-provider-serves': (host: string, supported: string) => `no provider serves ${quote(host)}. Supported: ${supported}.`,
  'provider-threw': (id: string, src: string, error: string) => `the provider "${id}" failed to read ${quote(src)}: ${error}`,
  'not-provider-link': (src: string, name: string) => `${quote(src)} is not a valid ${name} link.`,
  'short-link': (src: string, name: string) => `${quote(src)} is a ${name} short link; following it would tell ${name} of the visitor. Use the full address it opens.`,
  'page-link': (src: string, name: string) =>
    `${quote(src)} is a ${name} page whose address lacks an id only ${name} knows, which its player needs. Use the link from ${name}'s embed code.`,
  'provider-replaced': (id: string) => `the provider "${id}" was registered again and replaced.`,
  'provider-invalid': (id: string, field: string, value: string) =>
    `the provider ${quote(id)} was not registered: ${
      {
        id: 'its id must be lowercase letters, digits and dashes, 32 at most',
        name: 'it needs a name, as text',
        company: 'it needs a company, as text',
        code: 'it needs parse and embed functions',
        kind: `its kind ${quote(value)} is not one of video, map, post, audio, call, calendar, code, content, image, document, chart, form, design`,
        brand: `its brand colour ${quote(value)} is not of the form #rrggbb`,
        box: 'its box is not a valid ratio or height',
        privacyPolicy: `its privacy policy ${quote(value)} is not an https URL`,
        origin: `its origin ${quote(value)} is not an https origin`,
        host: `its host ${quote(value)} is not a host name`,
        hosts: 'it needs hosts and origins',
        short: `its short link ${quote(value)} is not one of its hosts and a path ending in /`,
      }[field] ?? 'its definition is not an object of the documented shape'
    }.`,

  // Previews, after the visitor allowed them: core/previews.ts
  'preview-unfetched': (address: string) =>
    `the preview data at ${quote(address)} could not be fetched (offline, too slow, too large, not JSON, or a Content-Security-Policy without its host in connect-src); no preview is shown.`,
  'preview-answered': (address: string, status: string) => `the preview data at ${quote(address)} answered ${status}; no preview is shown.`,
  'preview-elsewhere': (address: string) => `the thumbnail ${quote(address)} is not on a host of its provider, so it is not requested.`,
  'preview-undecoded': (address: string) =>
    `the thumbnail ${quote(address)} could not be shown: it is missing, not a valid image, or the page's Content-Security-Policy lacks its host in img-src.`,

  // Settings: core/config.ts
  'not-a-setting': (where: string, name: string, settings: string) => `${where}: ${quote(name)} is not a setting. Settings: ${settings}.`,
  'bad-setting': (where: string, name: string, expected: string, type: string, text: string, key: string) =>
    `${where}: ${quote(name)} must be ${Object.hasOwn(EXPECTED, expected) ? EXPECTED[expected] : expected}${key ? ` for ${quote(key)}` : ''}; ${type === 'string' ? quote(text) : type} is ignored.`,
  'configure-not-object': () => 'configure() takes an object of settings.',

  // Texts and translations: i18n/texts.ts, i18n/validate.ts
  'no-such-text': (key: string) => `there is no text ${quote(key)} to replace.`,
  'translation-text-failed': (key: string, failure: string) => `the text ${quote(key)} of a registered translation failed (${failure}); English is shown for it.`,
  'not-a-translation': (lang: string) => `registerTranslation() was given something that is not a translation (lang ${quote(lang)}).`,
  'translation-incomplete': (lang: string, missing: string) => `the ${lang} translation has no ${missing} of the right type; English is used for those.`,

  // The API: core/api.ts, core/choices.ts and auto.ts
  'bad-source': () => `a choice's source must be api, settings, placeholder, embed or bridge:<name>; "api" is used.`,
  'not-consent-key': (call: string, type: string, text: string) =>
    `${call}(${type === 'string' ? quote(text) : type}): not a provider id (such as "youtube", or "mastodon:mastodon.social").`,
  'api-part-failed': (error: string) =>
    `a file of the API beside its script could not be loaded (${error}): grant granted nothing, registerProvider added nothing, and list and listProviders could not answer.`,

  // Storage: core/store.ts
  'bad-policy-version': (version: string) => `the policy version ${quote(version)} is not short printable text; it is ignored.`,
  'storage-failed': (why: string) => `IndexedDB cannot be used on this browser (${why}). Choices are kept until this page is closed.`,

  // Texts: i18n/languages.ts
  'check-part-failed': (error: string) => `registerTranslation() could not load its check (${error}).`,
  'texts-part-failed': (error: string) => `the site's own texts could not be applied (${error}).`,
  'language-failed': (lang: string, error: string) => `the ${lang} texts could not be loaded (${error}); English is shown.`,

  // The script tag: auto.ts
  'bridge-map-not-json': (error: string) => `data-bridge-map is not a JSON object of provider ids to categories (${error}); the bridge's defaults apply.`,
  'no-such-bridge': (name: string, known: string) => `data-bridge names ${quote(name)}; known bridges are ${known}.`,
  'bridge-failed': (name: string, error: string) => `the ${name} bridge could not be loaded or connected (${error}).`,

  // Trusted Types: core/trusted-types.ts
  'policy-refused': (policy: string) =>
    `this page's Content-Security-Policy does not allow the Trusted Types policy "${policy}", which runs the scripts of embed code in a <template>. Allow it with \`trusted-types ${policy}\`.`,
} satisfies Record<string, (...values: string[]) => string>;

export type MessageId = keyof typeof messages;

/** The sentence for `message` (an id above, or a sentence passed whole) with its values. */
export function say(message: string, values: readonly string[]): string {
  return Object.hasOwn(messages, message) ? (messages as Record<string, (...values: string[]) => string>)[message]!(...values) : message;
}

/**
 * Quotes what a page gave us for a message: shortened, and with any user name
 * or password taken out, since a console is often shared or sent to a logger.
 */
export function quote(value: string): string {
  let safe = value;
  if (URL.canParse(value)) {
    // Redacted from what the URL parser reads, which skips leading spaces and
    // takes backslashes for slashes: a pattern on the raw text would miss those.
    const url = new URL(value);
    if (url.username || url.password) {
      url.username = url.password = '';
      safe = url.href.replace('//', '//…@');
    }
  } else {
    // Not a URL (port 99999, an unclosed `[`), but it may still hold one's
    // credentials: everything up to the last `@` of the authority goes.
    // The URL parser skips leading controls and spaces (U+0000 to U+0020): so does this.
    safe = value.replace(/^([\x00-\x20]*)([a-z][a-z\d+.-]*:)?([\\/]*)[^\\/?#]*@/i, '$1$2$3…@');
  }
  return JSON.stringify(safe.length > 80 ? `${safe.slice(0, 80)}…` : safe);
}
