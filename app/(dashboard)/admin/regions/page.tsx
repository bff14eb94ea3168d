import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BUTTON_PRIMARY, PageHeader } from "@/components/admin/page-header";
import { requireUser } from "@/lib/auth/session";
import { listRegionsForAdmin } from "@/lib/data/admin/regions";
import { getTranslator } from "@/lib/i18n/server";
import { can } from "@/lib/permissions";
import { RegionsTable } from "./_components/regions-table";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("admin.sections.regions") };
}

export default async function RegionsPage() {
  const [user, { t }] = await Promise.all([requireUser(), getTranslator()]);
  if (!can(user, "master.manage")) notFound();
  const rows = await listRegionsForAdmin(user);
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("admin.sections.regions")}
        description={t("admin.regions.intro")}
        actions={
          <Link href="/admin/regions/new" className={BUTTON_PRIMARY}>
            {t("admin.regions.new")}
          </Link>
        }
      />
      <RegionsTable rows={rows} />
    </div>
  );
}
