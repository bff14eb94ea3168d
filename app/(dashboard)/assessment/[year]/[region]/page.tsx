// One assessed region's assessment in a year: total, grade, rank and vetoes, then every item with
// its rule in words, the inputs it was scored on, its points, the self-assessed and verified scores
// with reasons and evidence, and the process forms the user may use now.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { getProcessView } from "@/lib/data/assessment/process-view";
import { getAssessedRegion } from "@/lib/data/assessment/region-detail";
import { formatPeriodLabel } from "@/lib/i18n/display";
import { localizedName } from "@/lib/i18n/format";
import { getTranslator } from "@/lib/i18n/server";
import { can } from "@/lib/permissions";
import { ItemsTable } from "../../_components/items-table";
import { ProcessSection } from "../../_components/process-section";
import { points, type Words } from "../../_components/item-words";
import { formatTotal } from "../../_components/scores-table";

const paramsSchema = z.object({ year: z.coerce.number().int().min(1990).max(2100), region: z.string().regex(/^\d{6}$/) });

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("assessment.title") };
}

export default async function AssessedRegionPage({ params }: { params: Promise<{ year: string; region: string }> }) {
  const user = await requireUser();
  if (!can(user, "assessment.view")) notFound();
  const parsed = paramsSchema.safeParse(await params);
  if (!parsed.success) notFound();
  const { year, region } = parsed.data;
  const [{ t, locale }, result, processView] = await Promise.all([getTranslator(), getAssessedRegion(user, year, region), getProcessView(user, year, region)]);
  if (!result.ok || !processView.ok) notFound();
  const view = processView.data;
  const { scheme, result: row, indicators, departments } = result.data;
  const { definition } = scheme;
  const score = row.score;
  const words: Words = { t, locale, indicators: new Map(indicators.map((i) => [i.code, i])) };
  const bonusHeading = t("assessment.detail.bonusHeading", { earned: points(locale, score.bonus.earned), counted: points(locale, score.bonus.counted), cap: points(locale, score.bonus.cap) });
  const deductionsHeading = t("assessment.detail.deductionsHeading", { incurred: points(locale, score.deductions.incurred), counted: points(locale, score.deductions.counted), cap: points(locale, score.deductions.cap) });
  const name = localizedName(locale, row.name, row.nameEn);
  const gradeLabel = definition.grades.find((g) => g.code === score.grade)?.label ?? "";
  const vetoNames = definition.vetoes.filter((v) => score.vetoes.includes(v.code)).map((v) => v.name);
  const pending = score.items.filter((i) => i.issues.length > 0).length;
  const parent = result.data.region;

  return (
    <div className="space-y-4">
      <Link href={`/assessment?${new URLSearchParams({ region: parent.code, year: String(year) }).toString()}`} className="text-sm text-sky-700 hover:underline">
        ← {t("assessment.detail.back", { year })}
      </Link>
      <div>
        <h1 className="text-2xl font-semibold">{t("assessment.detail.title", { region: name, year })}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("assessment.scheme", { title: scheme.title, version: scheme.version })}</p>
        <p className="mt-2 text-base font-medium" data-testid="assessment-summary">
          {t("assessment.detail.summary", {
            total: formatTotal(locale, score.total),
            base: points(locale, score.base),
            bonus: points(locale, score.bonus.counted),
            deductions: points(locale, score.deductions.counted),
            grade: `${score.grade} ${gradeLabel}`,
            rank: score.rank,
            of: score.of,
          })}
        </p>
        <p className="mt-1 text-sm text-slate-600">{t("assessment.detail.asOf", { asOf: formatPeriodLabel(t, result.data.asOf) })}</p>
        {vetoNames.length > 0 && (
          <p className="mt-2 rounded-md bg-red-50 px-3 py-2 text-sm font-medium text-red-800" data-testid="assessment-veto">
            ✕ {t("assessment.detail.vetoed", { items: vetoNames.join(t("assessment.rule.listSeparator")) })}
          </p>
        )}
        {pending > 0 && <p className="mt-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">⚠ {t("assessment.detail.pending", { count: pending })}</p>}
      </div>
      <ProcessSection year={year} data={result.data} row={row} regionName={name} view={view} t={t} locale={locale} />
      {definition.groups.map((group) => {
        const groupScore = score.groups.find((g) => g.code === group.code);
        const heading = t("assessment.detail.groupHeading", { name: group.name, points: points(locale, groupScore?.points ?? 0), max: points(locale, group.points) });
        return (
          <Card key={group.code} title={heading}>
            <ItemsTable items={group.items} scores={score.items} words={words} departments={departments} testId={`group-${group.code}`} label={heading} process={view} />
          </Card>
        );
      })}
      {definition.bonus.items.length > 0 && (
        <Card title={bonusHeading}>
          <ItemsTable items={definition.bonus.items} scores={score.items} words={words} departments={departments} testId="bonus-items" label={bonusHeading} process={view} />
        </Card>
      )}
      {definition.deductions.items.length > 0 && (
        <Card title={deductionsHeading}>
          <ItemsTable items={definition.deductions.items} scores={score.items} words={words} departments={departments} testId="deduction-items" label={deductionsHeading} process={view} />
        </Card>
      )}
      {definition.vetoes.length > 0 && (
        <Card title={t("assessment.detail.vetoesHeading")}>
          <ul className="space-y-1 text-sm" data-testid="veto-items">
            {definition.vetoes.map((veto) => {
              const applies = score.vetoes.includes(veto.code);
              return (
                <li key={veto.code} className="flex flex-wrap justify-between gap-2 border-t border-slate-100 py-1.5 first:border-t-0">
                  <span>{veto.name}</span>
                  <span className={applies ? "font-medium text-red-700" : "text-slate-500"}>{applies ? `✕ ${t("assessment.detail.vetoApplies")}` : t("assessment.detail.vetoNotApplies")}</span>
                </li>
              );
            })}
          </ul>
        </Card>
      )}
    </div>
  );
}
