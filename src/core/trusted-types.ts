/**
 * The name of the library's Trusted Types policy: `trusted-types consent-embed`
 * allows it. Only an author's own embed code in a `<template>` needs it: the
 * elements are built with DOM calls, never from markup, and render without it.
 */
export const POLICY = 'consent-embed';

/** Set on `globalThis` by the first copy of the library that tried to create the policy. */
const CLAIMED = Symbol.for('consent-embed.trusted-types');

interface Policy {
  createScript(s: string): unknown;
  createScriptURL(s: string): unknown;
}
type Rules = { [K in keyof Policy]: (s: string) => string };
type Factory = { createPolicy(name: string, rules: Rules): Policy };

/** Whether this copy tried to make the policy, or found it claimed: it tries once. */
let tried = false;
let policy: Policy | undefined;
/**
 * The only scripts and script URLs the policy passes: ones this library was
 * about to insert a moment ago (its own files beside it, the author's own
 * embed code from a `<template>`), never anything else that reaches it.
 */
const scripts = new Set<string>();
const urls = new Set<string>();

const only = (allowed: Set<string>, what: string) => (s: string) => {
  if (!allowed.delete(s)) throw new TypeError(`consent-embed: this ${what} is not one the library inserts.`);
  return s;
};

/** The browser's Trusted Types factory, when Trusted Types exist; an element with id="trustedTypes" (named access) is not it. */
function factory(): Factory | undefined {
  const found = (globalThis as { trustedTypes?: Factory }).trustedTypes;
  const Real = (globalThis as { TrustedTypePolicyFactory?: new () => Factory }).TrustedTypePolicyFactory;
  return found && typeof Real === 'function' && found instanceof Real ? found : undefined;
}

/**
 * The library's own policy, created once per page, on first need. Creating a
 * policy name twice throws, so a second copy of the library finds it claimed
 * and does without: the first copy renders the elements (see define.ts).
 */
function ownPolicy(): Policy | undefined {
  const types = factory();
  if (!types || tried) return policy;
  tried = true;
  const page = globalThis as unknown as Record<symbol, unknown>;
  // Another copy claimed it first (made it, or was refused it): that copy renders the elements.
  if (page[CLAIMED]) return undefined;
  try {
    policy = types.createPolicy(POLICY, {
      createScript: only(scripts, 'script'),
      createScriptURL: only(urls, 'script URL'),
    });
    page[CLAIMED] = 'created';
  } catch {
    page[CLAIMED] = 'refused';
  }
  return policy;
}

/**
 * Whether the library can insert scripts: Trusted Types are not in force, or
 * they allow its policy. An author's embed code with scripts needs it; the
 * caller says what is wrong when it cannot.
 */
export function scriptsAllowed(): boolean {
  return !factory() || ownPolicy() !== undefined;
}

/** A script URL the library itself chose, typed for a Trusted Types sink. */
export function scriptURL(url: string): string {
  const own = ownPolicy();
  if (!own) return url;
  urls.add(url);
  return own.createScriptURL(url) as string;
}

/** The text of a script the library inserts (the author's own, from their `<template>`), typed for a Trusted Types sink. */
export function scriptText(text: string): string {
  const own = ownPolicy();
  if (!own) return text;
  scripts.add(text);
  return own.createScript(text) as string;
}
