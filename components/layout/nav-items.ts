// The sidebar's entries and which roles see them (the pages enforce access themselves too).
import type { Role } from "@/lib/auth/session-user";

export interface NavItem {
  href: string;
  labelKey: string;
  roles: readonly Role[] | "all";
}

export const NAV_ITEMS: readonly NavItem[] = [
  { href: "/", labelKey: "nav.home", roles: "all" },
  { href: "/targets", labelKey: "nav.targets", roles: "all" },
  { href: "/entry", labelKey: "entry.nav.entry", roles: ["DEPARTMENT", "OFFICE", "ADMIN"] },
  { href: "/review", labelKey: "entry.nav.review", roles: ["OFFICE", "ADMIN"] },
  { href: "/completeness", labelKey: "entry.nav.completeness", roles: ["OFFICE", "ADMIN"] },
  { href: "/periods", labelKey: "entry.nav.periods", roles: ["ADMIN"] },
  { href: "/audit", labelKey: "entry.nav.audit", roles: ["OFFICE", "ADMIN"] },
  { href: "/admin", labelKey: "admin.nav", roles: ["ADMIN", "OFFICE"] },
  { href: "/reports", labelKey: "reports.nav", roles: ["LEADERSHIP", "OFFICE", "ADMIN"] },
];

export function navItemsFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => item.roles === "all" || item.roles.includes(role));
}
