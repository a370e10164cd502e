import { publicHost } from './names.js';
import { getProvider, partyOf, type Party } from './registry.js';

// Read only by files beside the core (the settings view, the list of
// choices), which carry their own copy of this: the registry lends them
// getProvider and partyOf.

/**
 * The party a consent key stands for, when this page knows it: a provider's
 * id, or `id:host` for one server of a provider of many. Keys of an author's
 * own embed code (a `<template>` with an unregistered provider) are not known here.
 */
export function partyFor(key: string): Party | undefined {
  const [id = '', host] = key.split(':');
  const provider = getProvider(id);
  if (!provider || !provider.instances !== (host === undefined)) return undefined;
  if (host === undefined) return partyOf(provider);
  return publicHost(host) ? partyOf(provider, `https://${host}`) : undefined;
}
