import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader, StatusBadge } from "@/components/admin/page-header";
import { RecordActions } from "@/components/admin/record-actions";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { listRegionOptions } from "@/lib/data/admin/form-options";
import { getRegionForAdmin } from "@/lib/data/admin/regions";
import { getTranslator } from "@/lib/i18n/server";
import { can } from "@/lib/permissions";
import { parseIdParam } from "@/lib/validations/fields";
import { deleteRegionAction, saveRegion, setRegionActiveAction } from "../actions";
import { RegionForm } from "../_components/region-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("admin.regions.edit") };
}

export default async function RegionPage({ params }: { params: Promise<{ id: string }> }) {
  const [user, { t }, { id: rawId }] = await Promise.all([requireUser(), getTranslator(), params]);
  const id = parseIdParam(rawId);
  if (!can(user, "master.manage") || id === null) notFound();
  const [region, parents] = await Promise.all([getRegionForAdmin(user, id), listRegionOptions(user, { includeInactive: true })]);
  if (!region) notFound();
  const isOwnScope = region.id === user.scopeRegionId;
  return (
    <div className="space-y-4">
      <PageHeader
        title={
          <>
            {region.name} <StatusBadge active={region.active} activeLabel={t("admin.status.active")} inactiveLabel={t("admin.status.inactive")} />
          </>
        }
        description={isOwnScope ? t("admin.regions.ownScope") : t("admin.regions.editIntro")}
      />
      <Card>
        <RegionForm action={saveRegion.bind(null, id)} values={region} parents={parents} isNew={false} />
      </Card>
      {!isOwnScope && (
        <Card title={t("admin.statusActions")}>
          <RecordActions
            actions={[
              region.active
                ? { label: t("admin.deactivate"), run: setRegionActiveAction.bind(null, id, false), confirm: t("admin.confirm.deactivate", { name: region.name }), testId: "deactivate" }
                : { label: t("admin.activate"), run: setRegionActiveAction.bind(null, id, true), testId: "activate" },
              { label: t("admin.delete"), run: deleteRegionAction.bind(null, id), confirm: t("admin.confirm.delete", { name: region.name }), tone: "danger", redirectTo: "/admin/regions", testId: "delete" },
            ]}
          />
        </Card>
      )}
    </div>
  );
}
