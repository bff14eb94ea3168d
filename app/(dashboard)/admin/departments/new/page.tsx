import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/admin/page-header";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { can } from "@/lib/permissions";
import { saveDepartment } from "../actions";
import { DepartmentForm } from "../_components/department-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("admin.departments.new") };
}

export default async function NewDepartmentPage() {
  const [user, { t }] = await Promise.all([requireUser(), getTranslator()]);
  if (!can(user, "master.manage")) notFound();
  return (
    <div className="space-y-4">
      <PageHeader title={t("admin.departments.new")} />
      <Card>
        <DepartmentForm action={saveDepartment.bind(null, null)} isNew />
      </Card>
    </div>
  );
}
