import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/admin/page-header";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { listDepartmentOptions, listIndicatorOptions, listRegionOptions } from "@/lib/data/admin/form-options";
import { listResponsibilities } from "@/lib/data/admin/responsibilities";
import { getTranslator } from "@/lib/i18n/server";
import { can } from "@/lib/permissions";
import { addResponsibility, removeResponsibility } from "./actions";
import { ResponsibilitiesTable, ResponsibilityForm } from "./_components/responsibilities";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("admin.sections.responsibilities") };
}

export default async function ResponsibilitiesPage() {
  const [user, { t }] = await Promise.all([requireUser(), getTranslator()]);
  if (!can(user, "master.manage")) notFound();
  const [rows, departments, indicators, regions] = await Promise.all([listResponsibilities(user), listDepartmentOptions(user), listIndicatorOptions(user), listRegionOptions(user)]);
  return (
    <div className="space-y-4">
      <PageHeader title={t("admin.sections.responsibilities")} description={t("admin.responsibilities.intro")} />
      <Card title={t("admin.responsibilities.add")}>
        <ResponsibilityForm action={addResponsibility} departments={departments} indicators={indicators} regions={regions} />
      </Card>
      <ResponsibilitiesTable rows={rows} remove={removeResponsibility} />
    </div>
  );
}
