import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { getCard, listIndicatorNames, listTaskDepartments } from "@/lib/data/warnings/list";
import { formatDate, localizedName } from "@/lib/i18n/format";
import { getTranslator } from "@/lib/i18n/server";
import { can } from "@/lib/permissions";
import { CardChip } from "../_components/card-chip";
import { CloseCardForm, ConfirmLiftForm } from "../_components/card-forms";
import { cardReason } from "@/lib/i18n/card-reason";
import { CardTasks } from "../_components/card-tasks";
import { Timeline } from "../_components/timeline";
import { TaskForm } from "../_components/task-forms";

const idParam = z.coerce.number().int().positive();

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("warnings.title") };
}

export default async function WarningCardPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  if (!can(user, "dashboard.view")) notFound();
  const id = idParam.safeParse((await params).id);
  if (!id.success) notFound();
  const [{ t, locale }, card] = await Promise.all([getTranslator(), getCard(user, id.data)]);
  if (!card) notFound();
  const [indicators, departments] = await Promise.all([listIndicatorNames(card.indicatorCodes), card.canSetTasks ? listTaskDepartments() : Promise.resolve([])]);
  const region = localizedName(locale, card.region.name, card.region.nameEn);
  const isOpen = card.status === "OPEN" || card.status === "LIFT_PROPOSED";

  return (
    <div className="space-y-6">
      <PageHeader
        title={
          <span className="flex flex-wrap items-center gap-2">
            <CardChip t={t} color={card.color} /> {region}
          </span>
        }
        above={
          <Link href="/warnings" className="text-sm text-brand-700 hover:underline">
            ← {t("warnings.detail.back")}
          </Link>
        }
      >
        <p className="mt-1 text-sm text-slate-600" data-testid="card-status">
          {t(`warnings.status.${card.status}`)} · {cardReason(t, card)} · {t(`warnings.source.${card.source}`)}
          {card.asOfPeriod && card.source === "RULE" && <> · {t("warnings.asOf", { period: card.asOfPeriod })}</>}
        </p>
        <p className="text-sm text-slate-500">
          {card.issuedBy
            ? t("warnings.detail.issued", { when: formatDate(locale, card.issuedAt), who: card.issuedBy.name })
            : t("warnings.detail.issuedByRule", { when: formatDate(locale, card.issuedAt) })}
        </p>
        {card.closedAt && (
          <p className="text-sm text-slate-500">
            {t("warnings.detail.closed", { when: formatDate(locale, card.closedAt), who: card.closedBy?.name ?? "—", status: t(`warnings.status.${card.status}`), reason: card.closeReason || "—" })}
          </p>
        )}
      </PageHeader>

      {card.indicatorCodes.length > 0 && (
        <p className="text-sm">
          <span className="font-medium">{t("warnings.detail.indicators")}：</span>
          {indicators.map((i) => localizedName(locale, i.name, i.nameEn)).join(t("entry.listSeparator"))}
        </p>
      )}

      {card.status === "LIFT_PROPOSED" && (
        <div className="rounded-lg border border-emerald-200 bg-emerald-50 p-4 text-sm text-emerald-900" data-testid="lift-proposed">
          <p className="mb-2">{t("warnings.detail.liftProposed")}</p>
          {card.canJudge && <ConfirmLiftForm cardId={card.id} version={card.version} region={region} />}
        </div>
      )}

      <div className="grid grid-cols-1 gap-4 lg:grid-cols-3">
        <div className="min-w-0 space-y-4 lg:col-span-2">
          <Card title={t("warnings.detail.tasks")}>
            <CardTasks t={t} locale={locale} card={card} />
          </Card>
          {card.canSetTasks && (
            <Card title={t("warnings.task.add")}>
              <TaskForm cardId={card.id} departments={departments.map((d) => ({ value: String(d.id), label: localizedName(locale, d.name, d.nameEn) }))} />
            </Card>
          )}
          {card.canJudge && isOpen && (
            <Card title={`${t("warnings.decide.lift")} / ${t("warnings.decide.withdraw")}`}>
              <CloseCardForm cardId={card.id} version={card.version} region={region} />
            </Card>
          )}
        </div>
        <Card title={t("warnings.detail.timeline")}>
          <Timeline t={t} locale={locale} events={card.timeline} />
        </Card>
      </div>
    </div>
  );
}
