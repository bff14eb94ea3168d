import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BUTTON_PRIMARY, BUTTON_SECONDARY, PageHeader } from "@/components/admin/page-header";
import { requireUser } from "@/lib/auth/session";
import { listPlansForAdmin } from "@/lib/data/admin/plans";
import { getTranslator } from "@/lib/i18n/server";
import { can } from "@/lib/permissions";
import { PlansTable } from "./_components/plans-table";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("admin.sections.plans") };
}

export default async function PlansPage() {
  const [user, { t }] = await Promise.all([requireUser(), getTranslator()]);
  if (!can(user, "plan.manage")) notFound();
  const rows = await listPlansForAdmin(user);
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("admin.sections.plans")}
        description={t("admin.plans.intro")}
        actions={
          <>
            <Link href="/admin/plans/import" className={BUTTON_PRIMARY}>
              {t("admin.sections.import")}
            </Link>
            <Link href="/admin/plans/new" className={BUTTON_SECONDARY}>
              {t("admin.plans.new")}
            </Link>
          </>
        }
      />
      <PlansTable rows={rows} />
    </div>
  );
}
