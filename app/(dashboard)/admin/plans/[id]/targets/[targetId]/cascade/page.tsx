import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/admin/page-header";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { getCascade } from "@/lib/data/cascade/read";
import { formatTarget } from "@/lib/i18n/display";
import { localizedName } from "@/lib/i18n/format";
import { getTranslator } from "@/lib/i18n/server";
import { can } from "@/lib/permissions";
import { parseIdParam } from "@/lib/validations/fields";
import { acceptCascade } from "./actions";
import { CascadeForm } from "./_components/cascade-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("cascade.title") };
}

export default async function CascadePage({ params }: { params: Promise<{ id: string; targetId: string }> }) {
  const [user, { t, locale }, raw] = await Promise.all([requireUser(), getTranslator(), params]);
  const planId = parseIdParam(raw.id);
  const targetId = parseIdParam(raw.targetId);
  if (!can(user, "plan.manage") || planId === null || targetId === null) notFound();
  const cascade = await getCascade(user, targetId);
  if (!cascade || cascade.parent.planId !== planId) notFound();
  const { parent } = cascade;
  const title = `${localizedName(locale, parent.indicator.name, parent.indicator.nameEn)} · ${localizedName(locale, parent.region.name, parent.region.nameEn)} ${formatTarget(locale, parent, parent.indicator)}`;
  return (
    <div className="space-y-4">
      <PageHeader title={t("cascade.title")} description={title} />
      <Link href={cascade.canEditPlan ? `/admin/plans/${planId}/targets/${targetId}` : `/regions/${parent.region.code}`} className="text-sm text-brand-700 hover:underline">
        ← {t(cascade.canEditPlan ? "cascade.back" : "cascade.backToRegion")}
      </Link>
      {cascade.isStale && <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">{t("cascade.stale")}</p>}
      <Card>
        {cascade.children.length === 0 ? (
          <p className="text-sm text-slate-600">{t("cascade.noChildren")}</p>
        ) : (
          <CascadeForm cascade={cascade} accept={acceptCascade.bind(null, planId, targetId)} />
        )}
      </Card>
    </div>
  );
}
