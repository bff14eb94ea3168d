import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { Pager } from "@/components/layout/pager";
import { QuerySelect } from "@/components/layout/query-select";
import { PageHeader } from "@/components/admin/page-header";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { listDepartmentOptions, listIndicatorOptions, listRegionOptions } from "@/lib/data/admin/form-options";
import { listResponsibilitiesPage } from "@/lib/data/admin/responsibilities";
import { listRegionChoices } from "@/lib/data/regions";
import { localizedName } from "@/lib/i18n/format";
import { getTranslator } from "@/lib/i18n/server";
import { can } from "@/lib/permissions";
import { addResponsibility, removeResponsibility } from "./actions";
import { ResponsibilitiesTable, ResponsibilityForm } from "./_components/responsibilities";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("admin.sections.responsibilities") };
}

const searchSchema = z.object({
  region: z.string().regex(/^\d{6}$/).optional().catch(undefined),
  department: z.string().regex(/^\d{1,9}$/).transform(Number).optional().catch(undefined),
  page: z.string().regex(/^\d{1,6}$/).transform(Number).optional().catch(undefined),
});

export default async function ResponsibilitiesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [user, { t, locale }] = await Promise.all([requireUser(), getTranslator()]);
  if (!can(user, "master.manage")) notFound();
  const params = searchSchema.parse(await searchParams);
  const [list, departments, indicators, regions] = await Promise.all([
    listResponsibilitiesPage(user, { regionCode: params.region, departmentId: params.department }, params.page),
    listDepartmentOptions(user),
    listIndicatorOptions(user),
    listRegionOptions(user),
  ]);
  if (!list) notFound();
  const choices = await listRegionChoices(user, list.region);
  const search = { region: list.region?.code, department: params.department?.toString() };
  const all = t("targets.all");
  return (
    <div className="space-y-4">
      <PageHeader title={t("admin.sections.responsibilities")} description={t("admin.responsibilities.intro")} />
      <Card title={t("admin.responsibilities.add")}>
        <ResponsibilityForm action={addResponsibility} departments={departments} indicators={indicators} regions={regions} />
      </Card>
      <div className="flex flex-wrap items-end gap-3" data-testid="responsibility-filters">
        <QuerySelect
          name="region"
          label={t("admin.fields.region")}
          value={list.region?.code ?? ""}
          options={[{ value: "", label: all }, ...choices.map((r) => ({ value: r.code, label: `${"\u3000".repeat(r.depth)}${localizedName(locale, r.name, r.nameEn)}` }))]}
        />
        <QuerySelect
          name="department"
          label={t("admin.fields.department")}
          value={params.department?.toString() ?? ""}
          options={[{ value: "", label: all }, ...departments.map((d) => ({ value: String(d.id), label: d.name }))]}
        />
      </div>
      <ResponsibilitiesTable rows={list.rows} remove={removeResponsibility} />
      <Pager page={list.page} pageCount={list.pageCount} total={list.total} pathname="/admin/responsibilities" search={search} testId="responsibilities-pager" />
    </div>
  );
}
