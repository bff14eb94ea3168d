import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BUTTON_PRIMARY, PageHeader } from "@/components/admin/page-header";
import { requireUser } from "@/lib/auth/session";
import { listIndicatorsForAdmin } from "@/lib/data/admin/indicators";
import { getTranslator } from "@/lib/i18n/server";
import { can } from "@/lib/permissions";
import { IndicatorsTable } from "./_components/indicators-table";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("admin.sections.indicators") };
}

export default async function IndicatorsPage() {
  const [user, { t }] = await Promise.all([requireUser(), getTranslator()]);
  if (!can(user, "plan.manage")) notFound();
  const rows = await listIndicatorsForAdmin(user);
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("admin.sections.indicators")}
        description={t("admin.indicators.intro")}
        actions={
          <Link href="/admin/indicators/new" className={BUTTON_PRIMARY}>
            {t("admin.indicators.new")}
          </Link>
        }
      />
      <IndicatorsTable rows={rows} />
    </div>
  );
}
