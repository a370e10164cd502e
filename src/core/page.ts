/**
 * The page, read through what markup cannot shadow.
 *
 * `Document` is `[LegacyOverrideBuiltIns]`: an `<img name="currentScript">`,
 * `<form name="cookie">` or `<embed name="querySelector">` anywhere in the
 * markup replaces `document.currentScript`, `document.cookie` or
 * `document.querySelector` for every script on the page, and a `<form>` does
 * the same for its controls' names. The accessors and methods on the
 * prototypes cannot be replaced by markup, so they are taken once, when this
 * module loads, and called on the real objects.
 *
 * Nothing here runs at import outside a browser: a server render that
 * imports the library finds no `Document` and touches nothing.
 */
const browser = typeof Document === 'function';

type Getter<T> = (this: unknown) => T;

function accessor<T>(proto: object | undefined, name: string): PropertyDescriptor & { get: Getter<T> } {
  return (proto && Object.getOwnPropertyDescriptor(proto, name)) as PropertyDescriptor & { get: Getter<T> };
}

const doc = browser ? Document.prototype : undefined;
const currentScript = accessor<HTMLOrSVGScriptElement | null>(doc, 'currentScript');
const readyState = accessor<DocumentReadyState>(doc, 'readyState');
const documentElement = accessor<HTMLElement | null>(doc, 'documentElement');
const cookie = accessor<string>(doc, 'cookie');
const baseURI = accessor<string>(browser ? Node.prototype : undefined, 'baseURI');
const parentElement = accessor<Element | null>(browser ? Node.prototype : undefined, 'parentElement');
const querySelector = doc?.querySelector as Document['querySelector'] | undefined;
const createElement = doc?.createElement as Document['createElement'] | undefined;
const createElementNS = doc?.createElementNS as Document['createElementNS'] | undefined;
const importNode = doc?.importNode as Document['importNode'] | undefined;
const head = accessor<HTMLHeadElement | null>(doc, 'head');
const target = browser ? EventTarget.prototype : undefined;
const getAttribute = browser ? Element.prototype.getAttribute : undefined;
const getRootNode = browser ? Node.prototype.getRootNode : undefined;

/** The script element running now (classic scripts only), whatever the markup names `currentScript`. */
export const runningScript = (): HTMLOrSVGScriptElement | null => currentScript.get.call(document);

export const readyStateOf = (): DocumentReadyState => readyState.get.call(document);

export const root = (): HTMLElement | null => documentElement.get.call(document);

export const baseOf = (): string => baseURI.get.call(document);

export const readCookies = (): string => cookie.get.call(document);

export const writeCookie = (value: string): void => cookie.set!.call(document, value);

export const find = <E extends Element = Element>(selector: string): E | null => querySelector!.call(document, selector) as E | null;

export const make = <K extends keyof HTMLElementTagNameMap>(tag: K): HTMLElementTagNameMap[K] =>
  createElement!.call(document, tag) as HTMLElementTagNameMap[K];

const makeSvg = (tag: string): SVGElement => createElementNS!.call(document, 'http://www.w3.org/2000/svg', tag) as SVGElement;

/** Elements as data: a tag, its attributes, and what it holds. */
export type Made = readonly [tag: string, attributes: Readonly<Record<string, string>>, ...children: (Made | string)[]];

/**
 * Builds elements from their data with the DOM's own calls. No markup is
 * parsed: nothing here is an HTML sink, so no Trusted Types policy is needed,
 * in the script-tag build or in an app's.
 */
export function build([tag, attributes, ...children]: Made): HTMLElement {
  const element = tag === 'svg' || tag === 'path' ? makeSvg(tag) : make(tag as 'div');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children.map((child) => (typeof child === 'string' ? child : build(child))));
  return element as HTMLElement;
}

/**
 * Makes `parent` end with `nodes` (each once), in that order, moving only
 * what is out of place: focus stays in what stays, and a frame that stays is
 * never taken out of the document (which would reload it). Placed from the
 * last, so that of two nodes that swapped, the one before moves. What goes is
 * removed after what comes is in, so that the parent is never empty between
 * two views. `<style>` elements are left alone: Lit adds them where a browser
 * cannot adopt sheets.
 */
export function place(parent: ParentNode & Node, nodes: readonly Node[]): void {
  let next: Node | null = null;
  for (let i = nodes.length; i--; next = nodes[i]!) {
    let after = nodes[i]!.nextSibling;
    // What is still to go does not count: the nodes around it are in place (a list's row that stays is not moved).
    while (after && !nodes.includes(after)) after = after.nextSibling;
    if (nodes[i]!.parentNode !== parent || after !== next) parent.insertBefore(nodes[i]!, next);
  }
  for (const child of [...parent.childNodes]) if (!nodes.includes(child) && (child as Element).localName !== 'style') child.remove();
}

/** Sets an element's text when it differs: a live region told the same words again may say them again. */
export function setText(element: Element, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}

/** Sets an attribute to `value`, or removes it for the empty string. */
export function toggle(element: Element, name: string, value: string): void {
  if (value) element.setAttribute(name, value);
  else element.removeAttribute(name);
}

export const copyOf = <T extends Node>(node: T): T => importNode!.call(document, node, true) as T;

export const headOf = (): HTMLHeadElement | null => head.get.call(document);

export const tellDocument = (event: Event): boolean => target!.dispatchEvent.call(document, event);

/**
 * Listens on `window` (or another target). `window.addEventListener` is no
 * safer than `document.x`: `EventTarget.prototype` comes after the window's
 * named properties in its prototype chain, so `<div id="addEventListener">`
 * replaces it.
 */
export const listen = (on: EventTarget, type: string, listener: EventListener): void => target!.addEventListener.call(on, type, listener);

export const unlisten = (on: EventTarget, type: string, listener: EventListener): void =>
  target!.removeEventListener.call(on, type, listener);

/** An element's attribute; a `<form>` whose control is named `getAttribute` cannot change what it answers. */
export const attributeOf = (element: Element, name: string): string | null => getAttribute!.call(element, name);

/** The root a node is in (a shadow root, or the document), read as `attributeOf` is. */
export const rootOf = (node: Node): Node => getRootNode!.call(node);

/** An element's parent element, read as `attributeOf` is. */
export const parentOf = (node: Node): Element | null => parentElement.get.call(node);

/**
 * What every copy of the library on the page must see alike, under one
 * page-wide key. Two copies (a script tag beside an npm build, or the script
 * twice) share one element definition, the first one registered, but not
 * their modules' state: whatever the copy that renders the elements knows and
 * the copy that runs a bridge must both see lives here. Keep what is stored
 * plain, since the copies may be of different versions.
 */
export function pageWide<T extends object>(name: string, make: () => T): T {
  const page = globalThis as unknown as Record<symbol, T | undefined>;
  const key = Symbol.for(`consent-embed.${name}`);
  return (page[key] ??= make());
}
