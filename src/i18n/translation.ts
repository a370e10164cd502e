import type { WarningCode } from '../core/warn.js';
import type { EmbedKind } from '../providers/provider.js';

/** The names a translation needs to speak of who hosts an embed. */
export interface ProviderNames {
  readonly name: string;
  readonly company: string;
  readonly kind: EmbedKind;
  /** For one server of software anyone runs: the software ("Mastodon"); `name` is then the server. */
  readonly software?: string;
}

/**
 * Every text the library shows, in one language. One file per language
 * implements it; texts with parameters are functions, so that each language
 * can put words in its own order, agree them with the kind's gender, and
 * choose plural forms (`Intl.PluralRules`).
 */
export interface Translation {
  /** The language's BCP 47 tag, as `<html lang>` would give it: `en`, `de`, `ar`. */
  readonly lang: string;
  /** Arabic is `rtl`: the placeholder lays out right to left. */
  readonly dir: 'ltr' | 'rtl';
  /** Visible label of the load button: "Load video", "Join call". */
  load(kind: EmbedKind): string;
  /** Accessible name of the load button, naming what loads. */
  loadLabel(kind: EmbedKind, title: string): string;
  /** The notice: who hosts it and who receives the visitor's data. */
  notice(p: ProviderNames): string;
  /** The notice in small boxes: one short sentence that still names who receives the data. */
  noticeShort(p: ProviderNames): string;
  /** The hosts an author's own embed code contacts, when the author listed them. */
  contacts(hosts: readonly string[]): string;
  privacyLink(p: ProviderNames): string;
  /** The checkbox that keeps the choice beyond the browsing session, for that many days. */
  remember(p: ProviderNames, days: number): string;
  /** Said when a site offers only remembering: how long the choice is kept. */
  rememberedFor(p: ProviderNames, days: number): string;
  /** Shown beside a disabled remember control when storage is unusable. */
  cannotRemember: string;
  /** Shown when the browser sends Global Privacy Control. */
  gpc: string;
  /** Shown when the site's own settings cancelled the load. */
  blocked(p: ProviderNames): string;
  /** The control on a loaded embed that withdraws the choice: "Stop loading YouTube". */
  withdraw(p: ProviderNames): string;
  /** Announced politely once the embed has loaded. */
  loaded(p: ProviderNames, title: string): string;
  /** Accessible name of the frame when the page gave no title. */
  untitled(p: ProviderNames): string;
  /** What the placeholder says for bad input, by warning code. */
  error(code: WarningCode): string;
  /** The texts of `<consent-embed-settings>`; English's where absent (they are a file of their own, loaded with that element). */
  settings?: SettingsTexts;
  /** The texts of the previews offer (`previews` setting); English's where absent (a file of their own, loaded with previews). */
  previews?: PreviewTexts;
}

/** What the placeholder says of a provider's previews, offered only where the site turned them on. */
export interface PreviewTexts {
  /** The control that allows the provider's previews: "Show previews from YouTube". */
  show(p: ProviderNames): string;
  /** Said beside it, before anything is requested: where the images come from, and who receives what. */
  notice(p: ProviderNames): string;
}

export interface SettingsTexts {
  /** Accessible name of the list of choices. */
  label: string;
  /** Shown when no choice is stored. */
  empty: string;
  /** The scope of a choice that lasts for the browsing session. */
  session: string;
  /** The scope of a choice storage could not keep: it ends with the page. */
  page: string;
  /** Shown when storage cannot be read or written: earlier choices are unknown, new ones end with the page. */
  unreadable: string;
  /** The scope of a remembered choice, with its expiry formatted for the page's language. */
  remembered(until: string): string;
  /** Shown for a provider with no choice, when the element lists providers in advance. */
  undecided: string;
  withdraw: string;
  withdrawLabel(name: string): string;
  withdrawAll: string;
  allow: string;
  allowLabel(name: string): string;
  /** The checkbox that makes "Allow" remember. */
  rememberAllowed: string;
  /** Announced after a change: "YouTube: consent withdrawn." */
  withdrawn(name: string): string;
  allowed(name: string): string;
  withdrawnAll: string;
  /** A provider's previews, as a choice in the list: "YouTube previews". */
  previews(name: string): string;
}
