// The sidebar's entries, each with the capabilities that open its page (lib/permissions.ts): an entry
// is shown to exactly the users its page lets in, and the page checks the same capability itself.
import type { SessionUser } from "@/lib/auth/session-user";
import { can, type Capability } from "@/lib/permissions";
import { ADMIN_SECTIONS } from "@/components/admin/sections";

export interface NavItem {
  href: string;
  labelKey: string;
  /** The page opens for a user with any one of these. */
  capabilities: readonly Capability[];
}

export const NAV_ITEMS: readonly NavItem[] = [
  { href: "/", labelKey: "nav.home", capabilities: ["dashboard.view"] },
  { href: "/targets", labelKey: "nav.targets", capabilities: ["dashboard.view"] },
  { href: "/entry", labelKey: "entry.nav.entry", capabilities: ["figure.enter"] },
  { href: "/review", labelKey: "entry.nav.review", capabilities: ["figure.review"] },
  { href: "/completeness", labelKey: "entry.nav.completeness", capabilities: ["figure.review"] },
  { href: "/periods", labelKey: "entry.nav.periods", capabilities: ["period.manage"] },
  { href: "/audit", labelKey: "entry.nav.audit", capabilities: ["audit.view"] },
  // The administration area opens when any of its sections does.
  { href: "/admin", labelKey: "admin.nav", capabilities: [...new Set(ADMIN_SECTIONS.map((s) => s.capability))] },
  { href: "/reports", labelKey: "reports.nav", capabilities: ["report.export"] },
  { href: "/assessment", labelKey: "assessment.nav", capabilities: ["assessment.view"] },
  { href: "/warnings", labelKey: "warnings.nav", capabilities: ["dashboard.view"] },
];

export function navItemsFor(user: Pick<SessionUser, "role">): NavItem[] {
  return NAV_ITEMS.filter((item) => item.capabilities.some((capability) => can(user, capability)));
}
