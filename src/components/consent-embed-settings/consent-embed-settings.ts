import { ReactiveElement, type PropertyValues } from '@lit/reactive-element';
import { place } from '../../core/page.js';
import { warn } from '../../core/warn.js';
import type { SettingsView } from './settings-view.js';

/** The view: a file loaded the first time a page has the element (most pages never do). */
const view = () => import('./settings-view.js');
/** The verbs the view lists and changes choices with: the file the page's API uses, fetched alongside the view. */
const choices = () => import('../../core/choices.js');

/**
 * Every choice the visitor made on this site, each with a control to
 * withdraw it, for the site's privacy page. Live in every tab: a choice made
 * or withdrawn anywhere shows here at once.
 *
 * @summary The visitor's choices, to see and withdraw.
 *
 * @attr providers - Also lists these providers when no choice is stored for them, so a visitor can allow one in
 *   advance: provider ids separated by spaces, or `all` for every provider this page knows.
 *
 * @csspart list - The list of providers.
 * @csspart item - One provider's row.
 * @csspart name - The provider's name.
 * @csspart company - Who receives the visitor's data.
 * @csspart scope - What was chosen, and until when.
 * @csspart withdraw - A row's withdraw button.
 * @csspart allow - A row's allow button, for a provider with no choice.
 * @csspart withdraw-all - The button that withdraws every choice.
 * @csspart remember - The checkbox that makes "Allow" remember.
 * @csspart empty - The text shown when no choice is stored.
 * @csspart note - The text shown when this browser does not let the site read or keep choices.
 * @csspart status - What the last action did, announced to screen readers.
 *
 * @cssproperty --consent-embed-accent - Button background.
 * @cssproperty --consent-embed-accent-color - Button text colour.
 * @cssproperty --consent-embed-focus-color - Focus ring colour.
 */
export class ConsentEmbedSettingsElement extends ReactiveElement {
  static override properties = { providers: {} };

  /** Providers to list even without a choice: ids separated by spaces, or `all`. */
  declare providers: string | null;

  #view: SettingsView | undefined;

  constructor() {
    super();
    this.providers = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Nothing shows until the view and the list are here: no flash of an empty state.
    if (!this.#view) {
      void Promise.all([view(), choices()]).then(
        ([{ SettingsView }]) => (this.#view ??= new SettingsView(this)),
        (error: unknown) => warn('part-unavailable', 'settings-part-failed', String(error))
      );
    }
  }

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    place(this.renderRoot, this.#view?.render() ?? []);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'consent-embed-settings': ConsentEmbedSettingsElement;
  }
}
