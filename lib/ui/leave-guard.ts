"use client";
// Asks before leaving a page with unsaved changes: the browser's own prompt when the page unloads,
// a confirm before in-app navigation (the page's links and its query pickers' "Go" buttons).
import { useEffect } from "react";

let pendingMessage: string | null = null;

/** True when there is nothing unsaved on the page or the user agrees to leave it. */
export function confirmLeave(): boolean {
  return pendingMessage === null || window.confirm(pendingMessage);
}

function isInAppLinkClick(event: MouseEvent): HTMLAnchorElement | null {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const anchor = event.target instanceof Element ? event.target.closest("a[href]") : null;
  if (!(anchor instanceof HTMLAnchorElement) || (anchor.target && anchor.target !== "_self") || anchor.hasAttribute("download")) return null;
  const url = new URL(anchor.href, window.location.href);
  if (url.origin !== window.location.origin) return null;
  // A link to a place on the same page leaves nothing behind.
  if (url.pathname === window.location.pathname && url.search === window.location.search && url.hash) return null;
  return anchor;
}

/** While `isDirty`, leaving the page asks `message` first. */
export function useLeaveGuard(isDirty: boolean, message: string) {
  useEffect(() => {
    if (!isDirty) return;
    pendingMessage = message;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = "";
    };
    // Capturing on the document runs before Next's <Link> handler, which skips prevented clicks.
    const onClick = (event: MouseEvent) => {
      if (isInAppLinkClick(event) && !window.confirm(message)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClick, true);
    return () => {
      pendingMessage = null;
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
    };
  }, [isDirty, message]);
}
