// Client component tests: jest-dom matchers, and the web platform pieces jsdom lacks.
import '@testing-library/jest-dom';
import { runInThisContext } from 'node:vm';
import { TextDecoder, TextEncoder } from 'node:util';

// Node's own fetch classes (jsdom has none); tests replace globalThis.fetch itself per test.
type FetchClasses = Pick<typeof globalThis, 'Request' | 'Response' | 'Headers' | 'AbortController'>;
const node = runInThisContext('({ Request, Response, Headers, AbortController })') as FetchClasses;

/** Node's Request only takes Node's AbortSignal; the router hands it jsdom's, so bridge the two. */
class BridgedRequest extends node.Request {
  constructor(input: RequestInfo | URL, init?: RequestInit) {
    const signal = init?.signal;
    if (signal && !(signal instanceof runInThisContext('AbortSignal'))) {
      const bridge = new node.AbortController();
      if (signal.aborted) bridge.abort(signal.reason);
      else signal.addEventListener('abort', () => bridge.abort(signal.reason), { once: true });
      init = { ...init, signal: bridge.signal };
    }
    super(input, init);
  }
}

Object.assign(globalThis, { TextEncoder, TextDecoder, Request: BridgedRequest, Response: node.Response, Headers: node.Headers });

// jsdom does not lay out or scroll pages.
window.scrollTo = () => {};
Element.prototype.scrollIntoView = () => {};

// The server's session hint cookie: tests start as a returning visitor, so the client asks the
// (faked) refresh endpoint on start; a test of an anonymous first visit removes it.
beforeEach(() => {
  document.cookie = 'sabor_session=1; Path=/';
});
