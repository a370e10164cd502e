import { createFrame, type EmbedContext, type ProviderData } from './provider.js';

export interface DiscordTarget {
  /** The server's (guild's) id. */
  readonly guild: string;
  readonly theme?: 'light' | 'dark';
}

// Discord's ids are snowflakes: 64-bit numbers, 17 to 20 digits today.
const GUILD = /^\d{17,20}$/;
const INVITE = /^[A-Za-z0-9-]{2,32}$/;
const THEMES = ['light', 'dark'] as const;
const DISCORD = 'https://discord.com';

/**
 * Discord server widgets (the server must turn its widget on).
 *
 * @accepts `discord.com/widget?id=ID` (also `discordapp.com`); `theme=light`
 */
export const data: ProviderData = {
  id: 'discord',
  name: 'Discord',
  company: 'Discord',
  kind: 'content',
  brand: '#5865f2',
  privacyPolicy: 'https://discord.com/privacy',
  // Discord's own widget code is 350 by 500 pixels.
  box: { height: 500 },
  hosts: ['discord.com', 'discordapp.com', 'discord.gg'],
  origins: [DISCORD],
};

export function parse(url: URL): DiscordTarget | null | false {
  const { hostname, pathname, searchParams: query } = url;
  // An invite names its server by a code only Discord can resolve, and a channel link a channel, which
  // has no embed: the widget's link is in the code of Server Settings › Widget, where it is turned on.
  const invite = hostname === 'discord.gg' ? /^\/([^/]+)\/?$/.exec(pathname)?.[1] : /^\/invite\/([^/]+)\/?$/.exec(pathname)?.[1];
  if (invite) return INVITE.test(invite) ? false : null;
  if (/^\/channels\/\d{17,20}(?:\/\d{17,20}){0,2}\/?$/.test(pathname)) return false;
  const guild = /^\/widget\/?$/.test(pathname) ? query.get('id') : null;
  if (hostname === 'discord.gg' || !guild || !GUILD.test(guild)) return null;
  const theme = THEMES.find((t) => t === query.get('theme'));
  return { guild, ...(theme ? { theme } : {}) };
}

export function embed(target: DiscordTarget, { title }: EmbedContext): HTMLElement {
  const src = new URL('/widget', DISCORD);
  src.searchParams.set('id', target.guild);
  // Discord's widget code asks for the dark theme.
  src.searchParams.set('theme', target.theme ?? 'dark');
  return createFrame(data, {
    src,
    title,
    // Discord's widget code delegates no permissions.
    allow: '',
    referrerPolicy: 'no-referrer',
    // The sandbox of Discord's own widget code; popups, out of it, for "Join" and "Connect".
    sandbox: 'allow-popups allow-popups-to-escape-sandbox allow-same-origin allow-scripts',
  });
}
