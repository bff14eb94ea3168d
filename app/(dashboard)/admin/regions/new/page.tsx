import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/admin/page-header";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { listRegionOptions } from "@/lib/data/admin/form-options";
import { getTranslator } from "@/lib/i18n/server";
import { can } from "@/lib/permissions";
import { saveRegion } from "../actions";
import { RegionForm } from "../_components/region-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("admin.regions.new") };
}

export default async function NewRegionPage() {
  const [user, { t }] = await Promise.all([requireUser(), getTranslator()]);
  if (!can(user, "master.manage")) notFound();
  const parents = await listRegionOptions(user);
  return (
    <div className="space-y-4">
      <PageHeader title={t("admin.regions.new")} description={t("admin.regions.newIntro")} />
      <Card>
        <RegionForm action={saveRegion.bind(null, null)} parents={parents} isNew />
      </Card>
    </div>
  );
}
