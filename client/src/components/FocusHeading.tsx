import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';

/**
 * The page's h1 for a view that replaces another on the same address (a confirmation after a
 * form): it takes focus when it appears, so screen reader users hear the new state.
 */
export function FocusHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}

/** How long a page may take to load (its code, then its data) before its h1 gets focus anyway. */
const SETTLE_MS = 10_000;

function focusElement(target: HTMLElement) {
  if (!target.hasAttribute('tabindex') && target.tabIndex < 0) target.setAttribute('tabindex', '-1');
  target.focus();
}

/**
 * Focus after a move to another page, for keyboard and screen reader users:
 * - a client-side navigation (a link, a button, back/forward) moves focus to the new page's h1
 *   once the page has loaded — no "loading" status left in `#main` — so the reader starts at the
 *   real title, not at a placeholder heading that is then replaced, nor at `<body>`;
 * - the first load (a direct link, a reload, a new tab) leaves focus where the browser puts it,
 *   at the start of the document, as on any other site (the skip link comes first);
 * - if the person moves focus themselves while the page loads, or the page focuses a control of
 *   its own (the check-in page's code field), it stays there;
 * - an in-page link (`#id`) moves focus to its target, so the next Tab continues from there; a
 *   link to a part of another page (`/me#shortcuts`) focuses that part once the page has loaded.
 */
export function useFocusOnNavigation(mainId = 'main') {
  const { pathname, hash } = useLocation();
  const previous = useRef(pathname);

  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const main = document.getElementById(mainId);
    if (!main) return;
    const focusedAtStart = document.activeElement;
    // the new page put focus somewhere itself (the check-in page's code field, for a scanner)
    if (focusedAtStart && focusedAtStart !== main && main.contains(focusedAtStart)) return;
    // a link to a part of another page (`/me#shortcuts`) focuses that part, once it is there
    const part = hash.length > 1 ? decodeURIComponent(hash.slice(1)) : null;
    const settled = () => {
      const heading = main.querySelector<HTMLElement>('h1');
      if (!heading || main.querySelector('.loading')) return null;
      return (part && document.getElementById(part)) || heading;
    };
    const movedByPerson = () => {
      const now = document.activeElement;
      return now !== focusedAtStart && now !== document.body && now !== null && now.isConnected;
    };
    let done = false;
    const finish = (target: HTMLElement | null) => {
      if (done) return;
      done = true;
      observer.disconnect();
      window.clearTimeout(timer);
      if (target && !movedByPerson()) focusElement(target);
    };
    const observer = new MutationObserver(() => {
      const heading = settled();
      if (heading) finish(heading);
    });
    const timer = window.setTimeout(() => finish(main.querySelector<HTMLElement>('h1') ?? main), SETTLE_MS);
    observer.observe(main, { childList: true, subtree: true, characterData: true });
    const now = settled();
    if (now) finish(now);
    return () => {
      done = true;
      observer.disconnect();
      window.clearTimeout(timer);
    };
    // the hash is read when the page changes; a new hash on the same page is an in-page link (below)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pathname, mainId]);

  useEffect(() => {
    function onClick(event: MouseEvent) {
      // a link that handles itself (the error summary, the skip link) has prevented the default
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href]') : null;
      if (!link || !link.hash || link.hash === '#' || link.origin !== window.location.origin) return;
      if (link.pathname !== window.location.pathname || link.search !== window.location.search) return;
      const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
      if (!target) return;
      // after the browser (or the router) has scrolled to it
      window.setTimeout(() => focusElement(target), 0);
    }
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, []);
}
