import { ZhText } from "@/components/ui/zh-text";
import { ScrollBox } from "@/components/ui/scroll-box";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import type { CompletenessCount } from "@/lib/data/completeness";
import { getCompletenessMatrix, type CompletenessMatrix } from "@/lib/data/completeness-matrix";
import { isOverdue } from "@/lib/domain";
import { formatDate, formatNumber, localizedName } from "@/lib/i18n/format";
import { getTranslator } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { PeriodPicker } from "../_components/period-picker";
import { loadPeriodPage, periodQuery } from "../_lib/period-page";
import { CopyText } from "./_components/copy-text";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("completeness.title") };
}

const searchSchema = z.object({ period: periodQuery });

function cellTone(cell: CompletenessCount, isPastDue: boolean): string {
  if (cell.submitted >= cell.expected) return "bg-emerald-50 text-emerald-900";
  return isOverdue(cell, isPastDue) ? "bg-red-50 text-red-800 font-medium" : "bg-amber-50 text-amber-900";
}

/** Above this many figures owed, a department's line counts them per region instead of naming each (a province owes thousands). */
const MAX_NAMED_ITEMS = 100;

/** The reminder the office sends round: what each department still owes, by region. */
function reminderText(t: Translate, locale: Locale, data: CompletenessMatrix): string {
  const owing = data.rows.filter((r) => r.owed.length > 0);
  if (owing.length === 0) return t("completeness.reminder.none", { period: t("entry.periodLabel", { year: data.period.year, quarter: data.period.quarter }) });
  const lines = owing.map((row, i) => {
    const byRegion = new Map<string, string[]>();
    for (const o of row.owed) {
      const region = localizedName(locale, o.region.name, o.region.nameEn);
      const list = byRegion.get(region) ?? [];
      list.push(t("completeness.reminder.item", { indicator: localizedName(locale, o.indicator.name, o.indicator.nameEn), status: t(`entry.figureStatus.${o.status}`) }));
      byRegion.set(region, list);
    }
    const isLong = row.owed.length > MAX_NAMED_ITEMS;
    const detail = [...byRegion]
      .map(([region, items]) =>
        isLong ? t("completeness.reminder.regionCount", { region, count: items.length }) : t("completeness.reminder.region", { region, items: items.join(t("entry.listSeparator")) }),
      )
      .join(t("completeness.reminder.regionSeparator"));
    return t("completeness.reminder.line", { n: i + 1, department: localizedName(locale, row.department.name, row.department.nameEn), count: row.owed.length, detail });
  });
  return [
    t("completeness.reminder.title", { period: t("entry.periodLabel", { year: data.period.year, quarter: data.period.quarter }) }),
    t(data.period.isPastDue ? "completeness.reminder.overdue" : "completeness.reminder.due", { date: formatDate(locale, data.period.dueDate) }),
    ...lines,
    t("completeness.reminder.closing"),
  ].join("\n");
}

export default async function CompletenessPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [{ t, locale }, { user, period, periods }] = await Promise.all([getTranslator(), loadPeriodPage("figure.review", searchSchema, searchParams)]);
  const data = await getCompletenessMatrix(user, period);
  if (!data) notFound();
  const { isPastDue } = data.period;
  const fmt = (n: number) => formatNumber(locale, n);

  return (
    <div className="space-y-4">
      <PageHeader title={t("completeness.title")} actions={<PeriodPicker t={t} periods={periods} value={period.label} />}>
        <p className="mt-1 text-sm text-slate-600" data-testid="completeness-summary">
          {t("completeness.summary", {
            period: t("entry.periodLabel", { year: data.period.year, quarter: data.period.quarter }),
            expected: fmt(data.total.expected),
            submitted: fmt(data.total.submitted),
            approved: fmt(data.total.approved),
            date: formatDate(locale, data.period.dueDate),
          })}
          {isPastDue && <span className="ml-2 rounded bg-red-100 px-1.5 py-0.5 text-xs font-medium text-red-800">{t("completeness.overdue")}</span>}
        </p>
      </PageHeader>
      <Card title={t("completeness.matrix")}>
        <p className="mb-2 text-xs text-slate-500">{t("completeness.legend")}</p>
        <ScrollBox label={t("completeness.matrix")}>
          <table className="w-full min-w-[40rem] border-collapse text-sm" data-testid="completeness-matrix">
            <caption className="sr-only">{t("completeness.matrix")}</caption>
            <thead className="text-left text-xs text-slate-600">
              <tr>
                <th scope="col" className="sticky left-0 bg-white px-2 py-2 font-medium">{t("completeness.department")}</th>
                {data.regions.map((r) => (
                  <th key={r.code} scope="col" className="px-2 py-2 text-center font-medium"><ZhText text={localizedName(locale, r.name, r.nameEn)} /></th>
                ))}
                <th scope="col" className="px-2 py-2 text-center font-medium">{t("completeness.total")}</th>
              </tr>
            </thead>
            <tbody>
              {data.rows.map((row) => (
                <tr key={row.department.id} className="border-t border-slate-100" data-testid={`completeness-${row.department.code}`}>
                  <th scope="row" className="sticky left-0 bg-white px-2 py-1.5 text-left font-medium"><ZhText text={localizedName(locale, row.department.name, row.department.nameEn)} /></th>
                  {data.regions.map((r) => {
                    const cell = row.cells[r.code];
                    return (
                      <td key={r.code} className="px-1 py-1 text-center">
                        {cell ? (
                          <span className={`block rounded px-1.5 py-1 tabular-nums ${cellTone(cell, isPastDue)}`} data-testid={`cell-${r.code}`} title={t("completeness.cellTitle", { expected: cell.expected, submitted: cell.submitted, approved: cell.approved })}>
                            {fmt(cell.submitted)}/{fmt(cell.expected)}
                            <span className="block text-xs opacity-80">{t("completeness.approvedShort", { count: fmt(cell.approved) })}</span>
                          </span>
                        ) : (
                          <span className="text-slate-300">—</span>
                        )}
                      </td>
                    );
                  })}
                  <td className="px-1 py-1 text-center">
                    <span className={`block rounded px-1.5 py-1 tabular-nums ${cellTone(row.total, isPastDue)}`}>
                      {fmt(row.total.submitted)}/{fmt(row.total.expected)}
                      <span className="block text-xs opacity-80">{t("completeness.approvedShort", { count: fmt(row.total.approved) })}</span>
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      </Card>
      <Card title={t("completeness.reminder.heading")}>
        <CopyText text={reminderText(t, locale, data)} label={t("completeness.reminder.heading")} />
      </Card>
    </div>
  );
}
