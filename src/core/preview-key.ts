// The consent key of a provider's previews, in the files that grant, list and
// show them. Copied into each (see rollup.config.js `inlined`): no chunk of its own.

/** The choice to see a provider's previews: `youtube/previews`. A `/` is in no provider id or host, so it names no embed. */
export const previewKey = (provider: string): string => `${provider}/previews`;

/** The provider whose previews `key` names; undefined for any other key. */
export const previewOf = (key: string): string | undefined => /^([a-z0-9-]+)\/previews$/.exec(key)?.[1];
