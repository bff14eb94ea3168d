import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/admin/page-header";
import { RecordActions } from "@/components/admin/record-actions";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { listDepartmentOptions, listIndicatorOptions, listRegionOptions } from "@/lib/data/admin/form-options";
import { getPlanForAdmin } from "@/lib/data/admin/plans";
import { getTargetForAdmin } from "@/lib/data/admin/targets";
import { getCascade } from "@/lib/data/cascade/read";
import { getTranslator } from "@/lib/i18n/server";
import { can } from "@/lib/permissions";
import { parseIdParam } from "@/lib/validations/fields";
import { saveTarget, setTargetArchivedAction } from "../../../actions";
import { TargetForm } from "../../../_components/target-form";
import { CascadeChildrenCard } from "./cascade/_components/children-card";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("admin.targets.edit") };
}

export default async function TargetPage({ params }: { params: Promise<{ id: string; targetId: string }> }) {
  const [user, { t, locale }, raw] = await Promise.all([requireUser(), getTranslator(), params]);
  const planId = parseIdParam(raw.id);
  const targetId = parseIdParam(raw.targetId);
  if (!can(user, "plan.manage") || planId === null || targetId === null) notFound();
  const [plan, target, indicators, regions, departments, cascade] = await Promise.all([
    getPlanForAdmin(user, planId),
    getTargetForAdmin(user, targetId),
    listIndicatorOptions(user),
    listRegionOptions(user),
    listDepartmentOptions(user),
    getCascade(user, targetId),
  ]);
  if (!plan || !target || target.planId !== planId) notFound();
  const isArchived = target.archivedAt !== null;
  return (
    <div className="space-y-4">
      <PageHeader title={t("admin.targets.edit")} description={plan.title} />
      {isArchived && <p className="rounded-md border border-slate-300 bg-slate-100 px-3 py-2 text-sm text-slate-700">{t("admin.targets.archivedNotice")}</p>}
      <Card>
        <TargetForm
          action={saveTarget.bind(null, planId, targetId)}
          planId={planId}
          values={target}
          choices={{ areas: plan.areas, indicators, regions, departments }}
          defaultYear={target.deadlineYear}
        />
      </Card>
      {cascade && cascade.children.length > 0 && !isArchived && (
        <CascadeChildrenCard t={t} locale={locale} cascade={cascade} href={`/admin/plans/${planId}/targets/${targetId}/cascade`} />
      )}
      <Card title={t("admin.statusActions")}>
        <p className="mb-3 text-sm text-slate-600">{t("admin.targets.archiveHint")}</p>
        <RecordActions
          actions={[
            isArchived
              ? { label: t("admin.restore"), run: setTargetArchivedAction.bind(null, planId, targetId, false), testId: "restore" }
              : { label: t("admin.archive"), run: setTargetArchivedAction.bind(null, planId, targetId, true), confirm: t("admin.confirm.archiveTarget"), testId: "archive" },
          ]}
        />
      </Card>
    </div>
  );
}
