// The sections of the administration area and the capability each needs.
import type { Capability } from "@/lib/permissions";

export interface AdminSection {
  href: string;
  labelKey: string;
  capability: Capability;
}

export const ADMIN_SECTIONS: readonly AdminSection[] = [
  { href: "/admin/plans", labelKey: "admin.sections.plans", capability: "plan.manage" },
  { href: "/admin/plans/import", labelKey: "admin.sections.import", capability: "plan.manage" },
  { href: "/admin/indicators", labelKey: "admin.sections.indicators", capability: "plan.manage" },
  { href: "/admin/regions", labelKey: "admin.sections.regions", capability: "master.manage" },
  { href: "/admin/departments", labelKey: "admin.sections.departments", capability: "master.manage" },
  { href: "/admin/responsibilities", labelKey: "admin.sections.responsibilities", capability: "master.manage" },
  { href: "/admin/users", labelKey: "admin.sections.users", capability: "user.manage" },
  { href: "/admin/tokens", labelKey: "admin.sections.tokens", capability: "token.manage" },
  { href: "/admin/notifications", labelKey: "notifications.admin.title", capability: "user.manage" },
  { href: "/admin/security", labelKey: "security.title", capability: "user.manage" },
];
