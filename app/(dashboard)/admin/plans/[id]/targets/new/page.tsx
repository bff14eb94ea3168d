import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/admin/page-header";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { listDepartmentOptions, listIndicatorOptions, listRegionOptions } from "@/lib/data/admin/form-options";
import { getPlanForAdmin } from "@/lib/data/admin/plans";
import { getTranslator } from "@/lib/i18n/server";
import { can } from "@/lib/permissions";
import { parseIdParam } from "@/lib/validations/fields";
import { saveTarget } from "../../../actions";
import { TargetForm } from "../../../_components/target-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("admin.targets.new") };
}

export default async function NewTargetPage({ params }: { params: Promise<{ id: string }> }) {
  const [user, { t }, { id: rawId }] = await Promise.all([requireUser(), getTranslator(), params]);
  const planId = parseIdParam(rawId);
  if (!can(user, "plan.manage") || planId === null) notFound();
  const [plan, indicators, regions, departments] = await Promise.all([getPlanForAdmin(user, planId), listIndicatorOptions(user), listRegionOptions(user), listDepartmentOptions(user)]);
  if (!plan) notFound();
  return (
    <div className="space-y-4">
      <PageHeader title={t("admin.targets.new")} description={plan.title} />
      <Card>
        <TargetForm action={saveTarget.bind(null, planId, null)} planId={planId} choices={{ areas: plan.areas, indicators, regions, departments }} defaultYear={plan.deadline.getUTCFullYear()} />
      </Card>
    </div>
  );
}
