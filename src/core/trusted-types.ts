import { warn } from './warn.js';

/** The name of the script-tag build's Trusted Types policy: `trusted-types consent-embed` allows it. */
export const POLICY = 'consent-embed';

/** Set on `globalThis` by the first copy of the script that tried to create the policy. */
const CLAIMED = Symbol.for('consent-embed.trusted-types');

interface Policy {
  createHTML(s: string): unknown;
  createScriptURL(s: string): unknown;
}
type Factory = { createPolicy(name: string, rules: { createHTML(s: string): string; createScriptURL(s: string): string }): Policy };

let refused = false;
let policy: Policy | undefined;
/** The only script URLs the policy passes: the bridge files the script tag asked for, next to the script itself. */
const scripts = new Set<string>();

/**
 * The policy the script-tag build's inlined Lit uses for its templates.
 *
 * Lit creates a policy named `lit-html` when its module loads. Inlined into
 * this bundle, that collides with a site that uses Lit itself, or with a
 * second copy of the script: a policy name created twice throws. So the build
 * (rollup.config.js) makes the inlined Lit call this instead, which creates
 * the policy under the library's own name, once per page. Lit passes it only
 * its own template strings, never a value from the page; it stays inside this
 * bundle's closure.
 */
export function litPolicy(): Pick<Policy, 'createHTML'> | undefined {
  const factory = (globalThis as { trustedTypes?: Factory }).trustedTypes;
  // An element with id="trustedTypes" is not the browser's factory (named access on window).
  const Real = (globalThis as { TrustedTypePolicyFactory?: new () => Factory }).TrustedTypePolicyFactory;
  if (!factory || typeof Real !== 'function' || !(factory instanceof Real)) return undefined;
  const page = globalThis as unknown as Record<symbol, unknown>;
  // A copy loaded earlier holds the policy and the tag: this one renders nothing.
  if (page[CLAIMED]) {
    refused = page[CLAIMED] === 'refused';
    return undefined;
  }
  try {
    policy = factory.createPolicy(POLICY, {
      createHTML: (s) => s,
      createScriptURL: (s) => {
        if (!scripts.has(s)) throw new TypeError(`consent-embed: ${s} is not a script this library loads.`);
        return s;
      },
    });
    page[CLAIMED] = 'created';
    return policy;
  } catch {
    page[CLAIMED] = 'refused';
    refused = true;
    warn(
      'trusted-types',
      `this page's Content-Security-Policy does not allow the Trusted Types policy "${POLICY}", so <consent-embed> is not defined and its fallback content stays. Allow it with \`trusted-types ${POLICY}\`.`
    );
    return undefined;
  }
}

/** Whether Trusted Types are in force and refused the policy: the elements could not render. */
export function policyRefused(): boolean {
  return refused;
}

/** A script URL the library itself chose (a bridge file next to its own script), typed for a Trusted Types sink. */
export function scriptURL(url: string): string {
  scripts.add(url);
  return (policy?.createScriptURL(url) ?? url) as string;
}
