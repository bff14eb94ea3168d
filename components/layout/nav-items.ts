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
];

export function navItemsFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => item.roles === "all" || item.roles.includes(role));
}
