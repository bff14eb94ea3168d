import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { Pager } from "@/components/layout/pager";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { getEntryGrid } from "@/lib/data/entry-grid";
import { listRegionChoices } from "@/lib/data/regions";
import { parsePeriod } from "@/lib/domain";
import { formatDate, localizedName } from "@/lib/i18n/format";
import { getTranslator } from "@/lib/i18n/server";
import { can } from "@/lib/permissions";
import { EntryFilters } from "./_components/entry-filters";
import { EntryGrid } from "./_components/entry-grid";
import { ImportPanel } from "./_components/import-panel";
import { idQueryParam } from "@/lib/validations/fields";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("entry.title") };
}

const searchSchema = z.object({
  period: z.string().optional().transform((v) => (v ? (parsePeriod(v) ?? undefined) : undefined)),
  department: idQueryParam(),
  region: z.string().regex(/^\d{6}$/).optional().catch(undefined),
  page: idQueryParam(),
});

export default async function EntryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  if (!can(user, "figure.enter")) notFound();
  const [{ t, locale }, params] = await Promise.all([getTranslator(), searchSchema.parseAsync(await searchParams).catch(() => ({ period: undefined, department: undefined, region: undefined, page: undefined }))]);
  const grid = await getEntryGrid(user, { period: params.period, departmentId: params.department, regionCode: params.region, page: params.page ?? 1 });

  if (!grid) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">{t("entry.title")}</h1>
        <Card>
          <p className="text-slate-600" data-testid="entry-empty">{t("entry.nothingToEnter")}</p>
        </Card>
      </div>
    );
  }
  const period = grid.period;
  const departmentName = localizedName(locale, grid.department.name, grid.department.nameEn);
  const isOnBehalf = can(user, "figure.enterOnBehalf");
  // A new grid for another quarter or department; a refresh of the same one keeps unsaved edits.
  const gridKey = `${period.label}:${grid.department.id}:${grid.region?.code ?? ""}:${grid.page}`;
  const regions = await listRegionChoices(user, grid.region);
  const search = { period: period.label, department: params.department?.toString(), region: grid.region?.code };

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="min-w-0">
          <h1 className="text-2xl font-semibold">{t("entry.title")}</h1>
          <p className="mt-1 text-sm text-slate-600" data-testid="entry-heading">
            {t("entry.heading", { department: departmentName, period: t("entry.periodLabel", { year: period.year, quarter: period.quarter }) })}
            {" · "}
            {t("entry.dueDate", { date: formatDate(locale, period.dueDate) })}
          </p>
        </div>
        <EntryFilters
          periods={grid.periods.map((p) => ({ value: p.label, label: t("entry.periodOption", { year: p.year, quarter: p.quarter, state: t(p.isOpen ? "entry.open" : "entry.closed") }) }))}
          period={period.label}
          departments={isOnBehalf ? grid.departments.map((d) => ({ value: String(d.id), label: localizedName(locale, d.name, d.nameEn) })) : []}
          department={String(grid.department.id)}
          regions={regions.length > 1 ? [{ value: "", label: t("entry.allRegions") }, ...regions.map((r) => ({ value: r.code, label: `${"\u3000".repeat(r.depth)}${localizedName(locale, r.name, r.nameEn)}` }))] : []}
          region={grid.region?.code ?? ""}
        />
      </div>
      {!period.isOpen && (
        <p className="rounded-lg border border-slate-300 bg-slate-100 px-3 py-2 text-sm text-slate-700" data-testid="period-closed">
          {t("entry.closedNotice")}
        </p>
      )}
      {isOnBehalf && (
        <p className="rounded-lg border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-900" data-testid="on-behalf">
          {t("entry.onBehalfNotice", { department: departmentName })}
        </p>
      )}
      <EntryGrid
        key={gridKey}
        rows={grid.rows}
        period={{ label: period.label, isOpen: period.isOpen }}
        department={{ id: grid.department.id, code: grid.department.code }}
        isOnBehalf={isOnBehalf}
      />
      <Pager page={grid.page} pageCount={grid.pageCount} total={grid.total} pathname="/entry" search={search} testId="entry-pager" />
      {period.isOpen && <ImportPanel period={period.label} departmentId={grid.department.id} />}
    </div>
  );
}
