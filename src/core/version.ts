/** The library's version: it names the page-wide object each copy shares with the files it loads (see kit.ts). */
export const VERSION = '0.2.0';
