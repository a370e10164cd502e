import type { SettingsTexts } from './translation.js';

/** The English texts of `<consent-embed-settings>`: in its own file, loaded with the element's view. */
export const settings: SettingsTexts = {
  label: 'Your choices for third-party content on this site',
  empty: 'You have not allowed any third-party content on this site. No choice is stored.',
  session: 'Allowed for this browsing session',
  page: 'Allowed until you leave this page',
  unreadable: 'This browser does not let the site read or keep choices: none made earlier can be shown, and what you allow lasts until you leave the page.',
  remembered: (until) => `Allowed and remembered until ${until}`,
  undecided: 'Not allowed',
  withdraw: 'Withdraw',
  withdrawLabel: (name) => `Withdraw your consent for ${name}`,
  withdrawAll: 'Withdraw all',
  allow: 'Allow',
  allowLabel: (name) => `Allow ${name}`,
  rememberAllowed: 'Remember what I allow here',
  withdrawn: (name) => `${name}: consent withdrawn.`,
  allowed: (name) => `${name}: allowed.`,
  withdrawnAll: 'All consent withdrawn.',
  previews: (name) => `${name} previews`,
  };
