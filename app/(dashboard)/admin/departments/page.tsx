import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BUTTON_PRIMARY, PageHeader } from "@/components/admin/page-header";
import { requireUser } from "@/lib/auth/session";
import { listDepartmentsForAdmin } from "@/lib/data/admin/departments";
import { getTranslator } from "@/lib/i18n/server";
import { can } from "@/lib/permissions";
import { DepartmentsTable } from "./_components/departments-table";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("admin.sections.departments") };
}

export default async function DepartmentsPage() {
  const [user, { t }] = await Promise.all([requireUser(), getTranslator()]);
  if (!can(user, "master.manage")) notFound();
  const rows = await listDepartmentsForAdmin(user);
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("admin.sections.departments")}
        description={t("admin.departments.intro")}
        actions={
          <Link href="/admin/departments/new" className={BUTTON_PRIMARY}>
            {t("admin.departments.new")}
          </Link>
        }
      />
      <DepartmentsTable rows={rows} />
    </div>
  );
}
