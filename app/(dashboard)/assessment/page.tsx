// The year's assessment of the regions below an assessing region: the regions × 一级 items table
// (sortable), the publication with its notice, a chart of the totals by grade and one against last
// year's, each with its numbers in a table.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { Card } from "@/components/ui/card";
import { QuerySelect } from "@/components/layout/query-select";
import { requireUser } from "@/lib/auth/session";
import { getAssessmentYear, listAssessmentChoices } from "@/lib/data/assessment/year";
import { formatPeriodLabel } from "@/lib/i18n/display";
import { localizedName } from "@/lib/i18n/format";
import { getTranslator } from "@/lib/i18n/server";
import { can } from "@/lib/permissions";
import { ComparisonCard } from "./_components/comparison-card";
import { GradesCard } from "./_components/grades-card";
import { PublicationCard } from "./_components/publication-card";
import { ScoresTable } from "./_components/scores-table";
import { defaultDir, type SortDir } from "./_components/sort";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("assessment.title") };
}

const searchSchema = z.object({
  region: z.string().regex(/^\d{6}$/).optional().catch(undefined),
  year: z.coerce.number().int().min(1990).max(2100).optional().catch(undefined),
  sort: z.string().regex(/^(rank|region|total|self|bonus|deductions|g\.[A-Z][A-Z0-9_]*)$/).optional().catch(undefined),
  dir: z.enum(["asc", "desc"]).optional().catch(undefined),
});

export default async function AssessmentPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  if (!can(user, "assessment.view")) notFound();
  const params = searchSchema.parse(await searchParams);
  const [{ t, locale }, choices] = await Promise.all([getTranslator(), listAssessmentChoices(user)]);
  const choice = choices.find((c) => c.code === params.region) ?? choices[0];
  if (!choice) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">{t("assessment.title")}</h1>
        <p className="text-sm text-slate-600">{t("assessment.none")}</p>
      </div>
    );
  }
  const year = params.year !== undefined && choice.years.includes(params.year) ? params.year : (choice.years[0] as number);
  const hasPrevious = choice.years.includes(year - 1);
  const [result, previous] = await Promise.all([getAssessmentYear(user, year, choice.code), hasPrevious ? getAssessmentYear(user, year - 1, choice.code) : null]);
  if (!result.ok) notFound();
  const data = result.data;
  const sort = params.sort ?? "rank";
  const dir: SortDir = params.dir ?? defaultDir(sort);
  const hrefFor = (s: string, d: SortDir) => `/assessment?${new URLSearchParams({ region: choice.code, year: String(year), sort: s, dir: d }).toString()}`;
  const regionName = localizedName(locale, data.region.name, data.region.nameEn);

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="min-w-0">
          <h1 className="text-2xl font-semibold">{t("assessment.title")}</h1>
          <p className="mt-1 text-sm text-slate-600">{t("assessment.intro", { region: regionName, asOf: formatPeriodLabel(t, data.asOf) })}</p>
          <p className="mt-1 text-sm text-slate-600" data-testid="assessment-scheme">
            {t("assessment.scheme", { title: data.scheme.title, version: data.scheme.version })}
            {data.scheme.locked && <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs">{t("assessment.locked")}</span>}
          </p>
        </div>
        <div className="flex flex-wrap gap-3">
          {choices.length > 1 && (
            <QuerySelect name="region" label={t("assessment.assessingRegion")} value={choice.code} options={choices.map((c) => ({ value: c.code, label: localizedName(locale, c.name, c.nameEn) }))} />
          )}
          <QuerySelect
            name="year"
            testId="assessment-year"
            label={t("assessment.year")}
            value={String(year)}
            options={choice.years.map((y) => ({ value: String(y), label: t("assessment.yearOption", { year: y }) }))}
          />
        </div>
      </div>
      {data.regions.length < data.assessedCount && <p className="rounded-md bg-sky-50 px-3 py-2 text-sm text-sky-900">{t("assessment.ownRowOnly", { count: data.assessedCount })}</p>}
      <Card title={t("assessment.table.heading", { year })}>
        <ScoresTable data={data} sort={sort} dir={dir} hrefFor={hrefFor} t={t} locale={locale} />
      </Card>
      <PublicationCard data={data} years={choice.years} t={t} locale={locale} />
      <GradesCard data={data} t={t} locale={locale} />
      <ComparisonCard data={data} previous={previous?.ok ? previous.data : null} t={t} locale={locale} />
    </div>
  );
}
