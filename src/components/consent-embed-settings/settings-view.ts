import { adoptStyles, type ReactiveController } from '@lit/reactive-element';
import { revoke, revokeAll } from '../../core/api.js';
import type { ConsentInfo } from '../../core/choices.js';
import { defaultStore } from '../../core/default-store.js';
import { build, place, setText, toggle } from '../../core/page.js';
import { readText, warn } from '../../core/warn.js';
import { onSettingsChange, siteSettings } from '../../core/config.js';
import { onTranslationsChange, pageLanguage, textsFor } from '../../i18n/languages.js';
import { settings } from '../../i18n/en-settings.js';
import type { SettingsTexts, Translation } from '../../i18n/translation.js';
import { known, type Party } from '../../providers/registry.js';
import type { ConsentEmbedSettingsElement as Host } from './consent-embed-settings.js';
import { styles } from './consent-embed-settings.styles.js';

/** Granting and listing: the file the page's API loads too, shared rather than copied into this one. */
const choices = () => import('../../core/choices.js');

/** One row: a choice the visitor made, or a provider they may allow in advance. */
type Row = { readonly provider: string; readonly name: string; readonly company: string; readonly choice: ConsentInfo | undefined };

/**
 * What `<consent-embed-settings>` shows and does: a file of its own, loaded the
 * first time a page has the element. It renders into the element's shadow
 * root, as a controller of the element.
 */
export class SettingsView implements ReactiveController {
  readonly #host: Host;
  /** The texts in the element's language; undefined while that language loads. */
  #translation: Translation | undefined;
  #rows: Row[] | undefined;
  #unsubscribe: (() => void) | undefined;
  /** Counts refreshes, so that an older list answering late is dropped. */
  #refreshes = 0;
  /** After an action: the row whose button should hold focus next, once a list read after the action is shown. */
  #focus: { row: number; after: number } | undefined;
  /** The refresh whose list is shown. */
  #shown = 0;
  #status = '';
  /** The `providers` attribute last seen: a new one is listed anew. */
  #providers: unknown;
  /** Ids of the `providers` attribute already warned about: once each, not on every refresh. */
  readonly #warned = new Set<string>();

  constructor(host: Host) {
    this.#host = host;
    this.#view.withdrawAll.addEventListener('click', () => this.#withdrawAll());
    adoptStyles(host.renderRoot as ShadowRoot, [styles]);
    host.addController(this);
  }

  hostConnected(): void {
    const update = () => this.#host.requestUpdate();
    // Settings may change what counts (a new policy version): the list is read again.
    // Every change, reads from storage too: a grant storage failed to keep is told as one.
    const stops = [defaultStore().subscribe(() => void this.#refresh()), onSettingsChange(() => void this.#refresh()), onTranslationsChange(update)];
    this.#unsubscribe = () => stops.forEach((stop) => stop());
    void this.#refresh();
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  hostUpdate(): void {
    const providers = this.#host.providers;
    if (providers !== this.#providers) {
      if (this.#providers !== undefined) void this.#refresh();
      this.#providers = providers;
    }
    // As <consent-embed>: its own lang, the site's setting, then the page around it.
    const site = siteSettings();
    this.#translation = textsFor(this.#host.getAttribute('lang') || site.lang || pageLanguage(this.#host), site.texts);
  }

  get #text(): SettingsTexts {
    return this.#translation!.settings ?? settings;
  }

  hostUpdated(): void {
    // A list read before the action (a refresh another tab caused) would put focus on a row about to go.
    if (!this.#focus || !this.#rows || this.#shown <= this.#focus.after) return;
    const index = this.#focus.row;
    this.#focus = undefined;
    const buttons = [...this.#host.renderRoot.querySelectorAll<HTMLElement>('[part~=item] button')];
    const target = buttons[Math.min(index, buttons.length - 1)] ?? this.#host.renderRoot.querySelector<HTMLElement>('[part=empty], [part=note]');
    target?.focus();
  }

  async #refresh(): Promise<void> {
    const refresh = ++this.#refreshes;
    // Loaded with this view (see the element), so this does not wait on the network.
    const { list, partyFor } = await choices();
    const listed = await list();
    if (refresh !== this.#refreshes) return;
    const rows: Row[] = listed.map((choice) => ({ provider: choice.provider, name: choice.name, company: choice.company, choice }));
    for (const id of this.#listed(partyFor)) {
      if (rows.some((row) => row.provider === id)) continue;
      const party = partyFor(id);
      if (party) rows.push({ provider: id, name: party.name, company: party.company, choice: undefined });
    }
    this.#rows = rows;
    this.#shown = refresh;
    this.#host.requestUpdate();
  }

  /** The ids the `providers` attribute names; one warning for each it names wrongly. */
  #listed(partyFor: (key: string) => Party | undefined): string[] {
    const read = readText(this.#host.providers);
    const text = 'text' in read ? (read.text ?? '') : '';
    if (text.trim() === 'all') return known().filter((p) => !p.instances).map((p) => p.id);
    const ids = text.split(/\s+/).filter(Boolean);
    for (const id of ids) {
      if (partyFor(id) || this.#warned.has(id)) continue;
      this.#warned.add(id);
      warn('invalid-provider', 'settings-unknown-provider', id);
    }
    return ids;
  }

  #withdraw(row: Row, index: number): void {
    this.#focus = { row: index, after: this.#refreshes };
    this.#status = this.#text.withdrawn(this.#named(row));
    void revoke(row.provider, { source: 'settings' }).then(() => this.#refresh());
  }

  #allow(row: Row, index: number): void {
    const remember = this.#host.renderRoot.querySelector<HTMLInputElement>('[part=remember] input')?.checked === true;
    this.#focus = { row: index, after: this.#refreshes };
    this.#status = this.#text.allowed(this.#named(row));
    void choices().then(({ grant }) => grant(row.provider, { remember, source: 'settings' })).then(() => this.#refresh());
  }

  /** What a row is called: its party's name, or for a provider's previews, a choice of their own, "YouTube previews". */
  #named(row: Row): string {
    return row.choice?.previews ? this.#text.previews(row.name) : row.name;
  }

  #withdrawAll(): void {
    this.#focus = { row: 0, after: this.#refreshes };
    this.#status = this.#text.withdrawnAll;
    void revokeAll({ source: 'settings' }).then(() => this.#refresh());
  }

  #scope(choice: ConsentInfo): string {
    if (!choice.stored) return this.#text.page;
    if (choice.scope !== 'remember' || choice.expiresAt === undefined) return this.#text.session;
    // In the language of the sentence it goes into, whatever the browser's own.
    let until: string;
    try {
      until = new Intl.DateTimeFormat(this.#translation!.lang, { dateStyle: 'long' }).format(choice.expiresAt);
    } catch {
      until = new Date(choice.expiresAt).toISOString().slice(0, 10);
    }
    return this.#text.remembered(until);
  }

  /** The view's elements, made once and kept, so that focus and the remember box stay through every refresh. */
  readonly #view = {
    box: build(['div', {}]),
    note: build(['p', { part: 'note', id: 'unreadable', tabindex: '-1' }]),
    list: build(['ul', { part: 'list' }]),
    empty: build(['p', { part: 'empty', tabindex: '-1' }]),
    actions: build(['div', { class: 'actions' }]),
    withdrawAll: build(['button', { part: 'withdraw-all', type: 'button' }]),
    remember: build(['label', { part: 'remember' }, ['input', { type: 'checkbox' }], ['span', {}]]),
    status: build(['p', { part: 'status', role: 'status' }]),
    rows: [] as { readonly item: HTMLElement; readonly who: HTMLElement; readonly name: HTMLElement; readonly company: HTMLElement; readonly scope: HTMLElement; readonly button: HTMLElement }[],
  };

  /** What the element shows: nothing until the list and the language are here, so no flash of an empty state, or of English. */
  render(): Node[] {
    const rows = this.#rows;
    if (!rows || !this.#translation) return [];
    const view = this.#view;
    const t = this.#text;
    const { lang, dir } = this.#translation;
    view.box.lang = lang;
    view.box.dir = dir;
    const decided = rows.some((row) => row.choice);
    const undecided = rows.some((row) => !row.choice);
    // Storage that cannot be read is no empty list: say what is known, and that choices end with the page.
    const readable = defaultStore().canRemember;
    setText(view.note, t.unreadable);
    view.list.setAttribute('aria-label', t.label);
    setText(view.empty, t.empty);
    setText(view.withdrawAll, t.withdrawAll);
    const input = view.remember.firstElementChild as HTMLInputElement;
    input.disabled = !readable;
    toggle(input, 'aria-describedby', readable ? '' : 'unreadable');
    setText(view.remember.lastElementChild!, t.rememberAllowed);
    setText(view.status, this.#status);
    place(view.list, rows.map((row, i) => this.renderRow(row, i)));
    place(view.actions, [...(decided ? [view.withdrawAll] : []), ...(undecided ? [view.remember] : [])]);
    place(view.box, [
      ...(readable ? [] : [view.note]),
      ...(rows.length ? [view.list] : []),
      ...(decided || !readable ? [] : [view.empty]),
      view.actions,
      view.status,
    ]);
    return [view.box];
  }

  /** Row `index`, kept from render to render like the rest: a button with focus keeps it while the list is read again. */
  renderRow(row: Row, index: number): HTMLElement {
    const t = this.#text;
    let made = this.#view.rows[index];
    if (!made) {
      const item = build(['li', { part: 'item' }, ['span', { class: 'who' }, ['span', { part: 'name' }]], ['span', { part: 'scope' }], ['button', { type: 'button' }]]);
      const [who, scope, button] = item.children as unknown as [HTMLElement, HTMLElement, HTMLElement];
      button.addEventListener('click', () => {
        const shown = this.#rows?.[index];
        if (shown) (shown.choice ? this.#withdraw(shown, index) : this.#allow(shown, index));
      });
      made = this.#view.rows[index] = { item, who, name: who.firstElementChild as HTMLElement, company: build(['span', { part: 'company' }]), scope, button };
    }
    const { item, who, name, company, scope, button } = made;
    const named = this.#named(row);
    setText(name, named);
    setText(company, row.company);
    place(who, row.company !== row.name ? [name, company] : [name]);
    setText(scope, row.choice ? this.#scope(row.choice) : t.undecided);
    button.setAttribute('part', row.choice ? 'withdraw' : 'allow');
    button.setAttribute('aria-label', row.choice ? t.withdrawLabel(named) : t.allowLabel(named));
    setText(button, row.choice ? t.withdraw : t.allow);
    return item;
  }
}
