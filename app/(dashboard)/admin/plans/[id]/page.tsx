import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BUTTON_PRIMARY, BUTTON_SECONDARY, PageHeader } from "@/components/admin/page-header";
import { RecordActions } from "@/components/admin/record-actions";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { listRegionOptions } from "@/lib/data/admin/form-options";
import { getPlanForAdmin } from "@/lib/data/admin/plans";
import { listPlanTargets } from "@/lib/data/admin/targets";
import { formatDate, localizedName } from "@/lib/i18n/format";
import { getTranslator } from "@/lib/i18n/server";
import { can } from "@/lib/permissions";
import { parseIdParam } from "@/lib/validations/fields";
import { deleteAreaAction, deletePlanAction, saveArea, savePlan, setPlanArchivedAction } from "../actions";
import { AreasEditor } from "../_components/areas-editor";
import { PlanForm } from "../_components/plan-form";
import { PlanTargetsTable } from "../_components/plan-targets-table";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("admin.plans.detail") };
}

export default async function PlanPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [user, { t, locale }, { id: rawId }, search] = await Promise.all([requireUser(), getTranslator(), params, searchParams]);
  const imported = typeof search.imported === "string" ? parseIdParam(search.imported) : null;
  const id = parseIdParam(rawId);
  if (!can(user, "plan.manage") || id === null) notFound();
  const [plan, targets, regions] = await Promise.all([getPlanForAdmin(user, id), listPlanTargets(user, id), listRegionOptions(user)]);
  if (!plan) notFound();
  const isArchived = plan.archivedAt !== null;

  return (
    <div className="space-y-4">
      <PageHeader
        title={
          <span data-testid="plan-title">
            {plan.title}
            {isArchived && <span className="ml-2 rounded bg-slate-200 px-1.5 py-0.5 align-middle text-sm font-normal text-slate-700">{t("admin.archived")}</span>}
          </span>
        }
        description={
          <span className="flex flex-wrap gap-x-4 gap-y-1">
            {plan.docNumber && <span>{plan.docNumber}</span>}
            {plan.issuer && <span>{plan.issuer}</span>}
            <span>{localizedName(locale, plan.issuingRegion.name, plan.issuingRegion.nameEn)}</span>
            <span>{t("admin.plans.periodLine", { start: formatDate(locale, plan.periodStart), end: formatDate(locale, plan.deadline) })}</span>
          </span>
        }
        actions={
          !isArchived && (
            <>
              <Link href={`/admin/plans/${id}/targets/new`} className={BUTTON_PRIMARY}>
                {t("admin.targets.new")}
              </Link>
              <Link href={`/admin/plans/import?planId=${id}`} className={BUTTON_SECONDARY}>
                {t("admin.plans.importMore")}
              </Link>
            </>
          )
        }
      />
      {isArchived && <p className="rounded-md border border-slate-300 bg-slate-100 px-3 py-2 text-sm text-slate-700">{t("admin.plans.archivedNotice")}</p>}
      {imported !== null && (
        <p role="status" data-testid="imported-notice" className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-800">
          {t("admin.plans.imported", { n: imported })}
        </p>
      )}

      <Card title={t("admin.plans.targetList")}>
        <PlanTargetsTable planId={id} rows={targets} />
      </Card>

      <Card title={t("admin.plans.areas")}>
        <p className="mb-3 text-sm text-slate-600">{t("admin.plans.areasHint")}</p>
        <AreasEditor planId={id} areas={plan.areas} saveArea={saveArea} deleteArea={deleteAreaAction} />
      </Card>

      <details className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
        <summary className="cursor-pointer text-base font-semibold">{t("admin.plans.edit")}</summary>
        <div className="mt-4">
          <PlanForm action={savePlan.bind(null, id)} values={plan} regions={regions} isNew={false} />
        </div>
      </details>

      <Card title={t("admin.statusActions")}>
        <RecordActions
          actions={[
            isArchived
              ? { label: t("admin.restore"), run: setPlanArchivedAction.bind(null, id, false), testId: "restore" }
              : { label: t("admin.archive"), run: setPlanArchivedAction.bind(null, id, true), confirm: t("admin.confirm.archivePlan", { name: plan.title }), testId: "archive" },
            { label: t("admin.delete"), run: deletePlanAction.bind(null, id), confirm: t("admin.confirm.delete", { name: plan.title }), tone: "danger", redirectTo: "/admin/plans", testId: "delete" },
          ]}
        />
      </Card>
    </div>
  );
}
