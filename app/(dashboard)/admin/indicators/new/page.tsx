import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/admin/page-header";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { can } from "@/lib/permissions";
import { saveIndicator } from "../actions";
import { IndicatorForm } from "../_components/indicator-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("admin.indicators.new") };
}

export default async function NewIndicatorPage() {
  const [user, { t }] = await Promise.all([requireUser(), getTranslator()]);
  if (!can(user, "plan.manage")) notFound();
  return (
    <div className="space-y-4">
      <PageHeader title={t("admin.indicators.new")} />
      <Card>
        <IndicatorForm action={saveIndicator.bind(null, null)} isNew />
      </Card>
    </div>
  );
}
