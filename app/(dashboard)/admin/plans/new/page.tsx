import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/admin/page-header";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { listRegionOptions } from "@/lib/data/admin/form-options";
import { getTranslator } from "@/lib/i18n/server";
import { can } from "@/lib/permissions";
import { savePlan } from "../actions";
import { PlanForm } from "../_components/plan-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("admin.plans.new") };
}

export default async function NewPlanPage() {
  const [user, { t }] = await Promise.all([requireUser(), getTranslator()]);
  if (!can(user, "plan.manage")) notFound();
  const regions = await listRegionOptions(user);
  return (
    <div className="space-y-4">
      <PageHeader title={t("admin.plans.new")} description={t("admin.plans.newIntro")} />
      <Card>
        <PlanForm action={savePlan.bind(null, null)} regions={regions} isNew />
      </Card>
    </div>
  );
}
