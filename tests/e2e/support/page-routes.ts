// Every page of the app, read from the file system (app/**/page.tsx), so a page added on any branch
// is walked by the accessibility scan without editing a list. A dynamic route ("/regions/[code]")
// is opened through a link to it found on a page visited before; a route needing more is listed in
// ROUTE_URLS or, with the reason, in UNSCANNED.
import { readdirSync } from "node:fs";
import path from "node:path";

const APP = path.resolve(__dirname, "..", "..", "..", "app");

/** Pages not scanned, with the reason (the test fails on an unlisted page it cannot open). */
export const UNSCANNED: Record<string, string> = {
  "/reports/print": "opened only by the PDF renderer with a signed one-time token; it shows the report that /reports previews",
  "/assessment-notice": "shows a published assessment notice, and the demo data publishes none; assessment-process.spec.ts publishes 2020 (after these specs) and scans the notice there",
};

/** Addresses that show more of a page than its bare path (a chosen quarter, a built report). */
export const ROUTE_URLS: Record<string, readonly string[]> = {
  "/entry": ["/entry", "/entry?period=2020Q3"],
  "/review": ["/review", "/review?period=2020Q3&status=SUBMITTED"],
  "/completeness": ["/completeness", "/completeness?period=2020Q3"],
  "/reports": ["/reports", "/reports?region=450600&period=2020", "/reports?region=450681&period=2020Q2"],
};

/** Route patterns such as "/admin/departments/[id]", route groups removed, shortest first. */
export function pageRoutes(): string[] {
  const files = readdirSync(APP, { recursive: true, withFileTypes: true }).filter((f) => f.isFile() && f.name === "page.tsx");
  const routes = files.map((f) => {
    const dir = path.relative(APP, f.parentPath);
    const parts = dir === "" ? [] : dir.split(path.sep).filter((p) => !/^\(.*\)$/.test(p));
    return `/${parts.join("/")}`;
  });
  return [...new Set(routes)].sort((a, b) => a.split("/").length - b.split("/").length || a.localeCompare(b));
}

export const isDynamic = (route: string) => route.includes("[");

/** A matcher for the pathname of an address of this route. */
export function routeMatcher(route: string): RegExp {
  const pattern = route
    .split("/")
    .map((part) => (/^\[.+\]$/.test(part) ? "[^/?#]+" : part.replace(/[.*+?^${}()|\\]/g, "\\$&")))
    .join("/");
  return new RegExp(`^${pattern}(?:\\?.*)?$`);
}
