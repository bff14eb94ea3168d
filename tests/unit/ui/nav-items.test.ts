import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ADMIN_SECTIONS } from "@/components/admin/sections";
import { NAV_ITEMS, navItemsFor } from "@/components/layout/nav-items";
import { can, type Capability } from "@/lib/permissions";
import { ROLES } from "@/lib/validations/enums";

const root = path.resolve(import.meta.dirname, "../../..");

/**
 * The capabilities a page's own guard lets in with: `if (!can(user, "…")) notFound()`, the period
 * pages' `loadPeriodPage("…", …)` (which does the same), or the admin area's sections.
 */
function pageGate(href: string): Capability[] {
  const source = readFileSync(path.join(root, "app/(dashboard)", href, "page.tsx"), "utf8");
  if (source.includes("ADMIN_SECTIONS.filter((s) => can(user, s.capability))")) return ADMIN_SECTIONS.map((s) => s.capability);
  const guards = [/if \(!can\(user, "([\w.]+)"\)\) notFound\(\)/g, /loadPeriodPage\("([\w.]+)"/g];
  return guards.flatMap((guard) => [...source.matchAll(guard)].map((m) => m[1] as Capability));
}

describe("navigation", () => {
  it("names for each entry the capability its page checks", () => {
    for (const item of NAV_ITEMS) {
      const gate = pageGate(item.href);
      expect(gate.length, item.href).toBeGreaterThan(0);
      expect(new Set(item.capabilities), item.href).toEqual(new Set(gate));
    }
  });

  it("shows each entry to exactly the roles its page lets in", () => {
    for (const role of ROLES) {
      const shown = new Set(navItemsFor({ role }).map((item) => item.href));
      for (const item of NAV_ITEMS) {
        const opens = pageGate(item.href).some((capability) => can({ role }, capability));
        expect(shown.has(item.href), `${role} ${item.href}`).toBe(opens);
      }
    }
  });

  it("gives each role its pages", () => {
    const hrefs = (role: (typeof ROLES)[number]) => navItemsFor({ role }).map((item) => item.href);
    const everything = ["/", "/targets", "/entry", "/review", "/completeness", "/periods", "/audit", "/admin", "/reports", "/assessment", "/warnings"];
    expect(hrefs("ADMIN")).toEqual(everything);
    // Reporting periods are installation-wide: the administrator's (issue 14).
    expect(hrefs("OFFICE")).toEqual(everything.filter((href) => href !== "/periods"));
    expect(hrefs("LEADERSHIP")).toEqual(["/", "/targets", "/reports", "/assessment", "/warnings"]);
    expect(hrefs("DEPARTMENT")).toEqual(["/", "/targets", "/entry", "/warnings"]);
    expect(hrefs("VIEWER")).toEqual(["/", "/targets", "/warnings"]);
  });
});
