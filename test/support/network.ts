import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

export interface ForeignRequest {
  readonly url: string;
  readonly type: string;
  readonly referer: string | undefined;
}

/** What a provider's frame receives after consent: a local page, never the internet. */
const STUB = '<!doctype html><title>provider stub</title><p>provider stub</p>';

/** This machine: the test server, a second local origin on another port, and `*.localhost` names. */
export function isLocal(url: URL): boolean {
  const host = url.hostname;
  return host === '127.0.0.1' || host.endsWith('.localhost') || url.protocol === 'data:' || url.protocol === 'blob:';
}

/**
 * The only foreign origins any test may see, and only after consent: every
 * built-in provider's, read from the build under test. A test that loads a
 * server of a provider of many servers, or an attacker's stub, allows it itself.
 */
const { builtins } = (await import('../../dist/providers/builtins.js')) as { builtins: readonly { data: { origins: readonly string[] } }[] };
const EMBED_ORIGINS = builtins.flatMap(({ data }) => data.origins.map((origin) => `${origin}/`));

/**
 * Records every request that leaves the page's own origin, answers provider
 * documents with a local stub and aborts everything else. Resource hints never
 * reach request interception, so an init script logs every <link> added to the
 * page; CSP violations and console output are collected too.
 */
export class Network {
  readonly foreign: ForeignRequest[] = [];
  readonly pageErrors: string[] = [];
  #console: string[] = [];
  #pages: Page[] = [];
  #allowed = [...EMBED_ORIGINS];

  static async attach(context: BrowserContext): Promise<Network> {
    const network = new Network();
    await context.route('**/*', (route) => {
      const request = route.request();
      const url = new URL(request.url());
      if (isLocal(url)) return route.continue();
      network.foreign.push({ url: url.href, type: request.resourceType(), referer: request.headers().referer });
      if (request.resourceType() === 'document') return route.fulfill({ contentType: 'text/html', body: STUB });
      return route.abort('blockedbyclient');
    });
    await context.addInitScript(() => {
      const log = ((window as any).__consentEmbedTest = { hints: [] as string[], csp: [] as string[] });
      const hints = new MutationObserver((records) => {
        for (const record of records)
          for (const node of record.addedNodes)
            if (node instanceof HTMLLinkElement) log.hints.push(`${node.rel} ${node.href}`);
      });
      hints.observe(document, { childList: true, subtree: true });
      // Shadow roots are out of the document observer's sight: watch each one as it is made.
      const attachShadow = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init) {
        const root = attachShadow.call(this, init);
        hints.observe(root, { childList: true, subtree: true });
        return root;
      };
      document.addEventListener('securitypolicyviolation', (e) => log.csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    for (const page of context.pages()) network.watch(page);
    context.on('page', (page) => network.watch(page));
    return network;
  }

  watch(page: Page): void {
    this.#pages.push(page);
    page.on('pageerror', (error) => this.pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'warning' || message.type() === 'error') this.#console.push(message.text());
    });
    page.on('websocket', (socket) => this.foreign.push({ url: socket.url(), type: 'websocket', referer: undefined }));
  }

  /** Lets this test contact more origins after consent (a server it embeds, an attacker's stub). */
  allow(...origins: string[]): void {
    this.#allowed.push(...origins.map((origin) => `${new URL(origin).origin}/`));
  }

  /**
   * Returns the console warnings and errors so far, and forgets them: the rest
   * must be none. The library prints a warning once its file of messages is
   * here (src/core/warn.ts): the warnings already given are waited for first.
   */
  async takeConsole(): Promise<string[]> {
    await this.#settled();
    return this.#console.splice(0);
  }

  /** Waits until no page has a warning of the library's on its way (the page-wide count warn.ts keeps). */
  async #settled(): Promise<void> {
    const open = this.#pages.filter((page) => !page.isClosed());
    await Promise.all(
      open.map((page) =>
        page
          .waitForFunction(
            () => {
              try {
                return !(globalThis as any)[Symbol.for('consent-embed.warnings')]?.pending;
              } catch {
                return true; // The page took the count over: nothing to wait on.
              }
            },
            undefined,
            { polling: 10, timeout: 5000 }
          )
          .catch(() => {
            // A page that navigated or closed meanwhile has nothing left to print.
          })
      )
    );
  }

  /** The provider documents requested so far. */
  frames(): string[] {
    return this.foreign.filter((r) => r.type === 'document').map((r) => r.url);
  }

  /**
   * Everything `page` sent, or prepared to send, to a host other than its own:
   * requests and WebSockets, resource timing entries, and resource hints.
   */
  async leaks(page: Page): Promise<{ requests: string[]; resources: string[]; hints: string[] }> {
    const seen = await page.evaluate(() => ({
      resources: performance.getEntriesByType('resource').map((e) => e.name),
      hints: (window as any).__consentEmbedTest.hints as string[],
    }));
    return {
      requests: this.foreign.map((r) => `${r.type} ${r.url}`),
      resources: seen.resources.filter((name) => !isLocal(new URL(name))),
      hints: seen.hints.filter((hint) => {
        const href = hint.slice(hint.lastIndexOf(' ') + 1);
        return !URL.canParse(href) || !isLocal(new URL(href));
      }),
    };
  }

  /** Asserts that `page` has contacted no host but its own, by every oracle. */
  async expectNoForeignRequests(page: Page): Promise<void> {
    expect(await this.leaks(page)).toEqual({ requests: [], resources: [], hints: [] });
  }

  /** Checked after every test: nothing thrown, nothing unasserted in the console, no wrong host. */
  async verify(): Promise<void> {
    expect(this.pageErrors, 'errors thrown at the page').toEqual([]);
    expect(await this.takeConsole(), 'unexpected console warnings').toEqual([]);
    const wrong = this.foreign.filter((r) => !this.#allowed.some((allowed) => r.url.startsWith(allowed)));
    expect(wrong, 'requests to a host no embed may contact').toEqual([]);
  }
}

export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as any).__consentEmbedTest.csp);
}

export const test = base.extend<{ network: Network }>({
  network: [
    async ({ context }, use) => {
      const network = await Network.attach(context);
      await use(network);
      await network.verify();
    },
    { auto: true },
  ],
});

export { expect };
