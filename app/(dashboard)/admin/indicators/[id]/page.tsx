import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader, StatusBadge } from "@/components/admin/page-header";
import { RecordActions } from "@/components/admin/record-actions";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { getIndicatorForAdmin } from "@/lib/data/admin/indicators";
import { getTranslator } from "@/lib/i18n/server";
import { can } from "@/lib/permissions";
import { parseIdParam } from "@/lib/validations/fields";
import { deleteIndicatorAction, saveIndicator, setIndicatorActiveAction } from "../actions";
import { IndicatorForm } from "../_components/indicator-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("admin.indicators.edit") };
}

export default async function IndicatorPage({ params }: { params: Promise<{ id: string }> }) {
  const [user, { t }, { id: rawId }] = await Promise.all([requireUser(), getTranslator(), params]);
  const id = parseIdParam(rawId);
  if (!can(user, "plan.manage") || id === null) notFound();
  const indicator = await getIndicatorForAdmin(user, id);
  if (!indicator) notFound();
  return (
    <div className="space-y-4">
      <PageHeader
        title={
          <>
            {indicator.name} <StatusBadge active={indicator.active} activeLabel={t("admin.status.active")} inactiveLabel={t("admin.status.inactive")} />
          </>
        }
        description={t("admin.indicators.editIntro")}
      />
      <Card>
        <IndicatorForm action={saveIndicator.bind(null, id)} values={indicator} isNew={false} />
      </Card>
      <Card title={t("admin.statusActions")}>
        <RecordActions
          actions={[
            indicator.active
              ? { label: t("admin.deactivate"), run: setIndicatorActiveAction.bind(null, id, false), confirm: t("admin.confirm.deactivate", { name: indicator.name }), testId: "deactivate" }
              : { label: t("admin.activate"), run: setIndicatorActiveAction.bind(null, id, true), testId: "activate" },
            { label: t("admin.delete"), run: deleteIndicatorAction.bind(null, id), confirm: t("admin.confirm.delete", { name: indicator.name }), tone: "danger", redirectTo: "/admin/indicators", testId: "delete" },
          ]}
        />
      </Card>
    </div>
  );
}
