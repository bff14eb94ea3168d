import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { ADMIN_SECTIONS } from "@/components/admin/sections";
import { SectionTabs } from "@/components/admin/section-tabs";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/permissions";

// Each page and data function checks its own capability too; this only hides the area.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const sections = ADMIN_SECTIONS.filter((s) => can(user, s.capability));
  if (sections.length === 0) notFound();
  return (
    <div className="space-y-4">
      <SectionTabs sections={sections} />
      {children}
    </div>
  );
}
