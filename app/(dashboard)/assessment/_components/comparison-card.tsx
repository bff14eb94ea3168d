// Each region's total this year against last year's: paired bars (this year solid, last year
// outlined, each labelled with its number, so never colour alone) drawn as SVG on the server, and
// the same numbers with the grades and the change in a table.
import { Card } from "@/components/ui/card";
import { ScrollBox } from "@/components/ui/scroll-box";
import type { AssessmentYear } from "@/lib/data/assessment/year";
import { formatNumber, localizedName } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { textWidth } from "@/lib/ui/chart-scale";
import { gradeFill } from "./grade-chart";
import { formatTotal } from "./scores-table";

const FONT = 13;
const WIDTH = 420;
const ROW = 40;

export function ComparisonCard({ data, previous, t, locale }: { data: AssessmentYear; previous: AssessmentYear | null; t: Translate; locale: Locale }) {
  const rows = data.regions.map((r) => {
    const last = previous?.regions.find((p) => p.code === r.code)?.score ?? null;
    return { code: r.code, label: localizedName(locale, r.name, r.nameEn), now: r.score, last };
  });
  const left = Math.min(120, Math.max(50, ...rows.map((r) => textWidth(r.label, FONT) + 12)));
  const top = Math.max(data.scheme.definition.total, ...rows.flatMap((r) => [r.now.total, r.last?.total ?? 0]));
  const x = (v: number) => left + (v / (top || 1)) * (WIDTH - left - 60);
  const height = rows.length * ROW + 8;
  const bands = data.scheme.definition.grades;
  const previousYear = data.year - 1;
  return (
    <Card title={t("assessment.comparison.heading")}>
      {previous === null ? (
        <p className="text-sm text-slate-500">{t("assessment.comparison.none")}</p>
      ) : (
        <div className="grid gap-4 lg:grid-cols-2">
          <ScrollBox label={t("assessment.comparison.chartLabel", { year: data.year, previous: previousYear })} className="min-w-0">
            <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" style={{ minWidth: "18rem" }} role="img" aria-label={t("assessment.comparison.chartLabel", { year: data.year, previous: previousYear })} fontSize={FONT} fill="#334155">
              {rows.map((row, i) => {
                const y = i * ROW + 4;
                return (
                  <g key={row.code}>
                    <text x={left - 6} y={y + ROW / 2 + 4} textAnchor="end">{row.label}</text>
                    <rect x={left} y={y + 3} width={Math.max(0, x(row.now.total) - left)} height={15} fill={gradeFill(bands, row.now.grade)} />
                    <text x={x(row.now.total) + 4} y={y + 15} fontWeight={600}>{`${row.now.total} ${row.now.grade}`}</text>
                    {row.last && (
                      <>
                        <rect x={left} y={y + 21} width={Math.max(0, x(row.last.total) - left)} height={13} fill="white" stroke="#64748b" strokeDasharray="3 2" />
                        <text x={x(row.last.total) + 4} y={y + 32} fill="#64748b">{`${previousYear}: ${row.last.total} ${row.last.grade}`}</text>
                      </>
                    )}
                  </g>
                );
              })}
              <line x1={left} x2={left} y1={0} y2={height} stroke="#64748b" />
            </svg>
          </ScrollBox>
          <ScrollBox label={t("assessment.comparison.caption")} className="min-w-0">
            <table className="w-full text-sm" data-testid="assessment-comparison">
              <caption className="mb-2 text-left text-xs text-slate-500">{t("assessment.comparison.caption")}</caption>
              <thead className="whitespace-nowrap text-left text-xs text-slate-600">
                <tr>
                  <th scope="col" className="px-2 py-1 font-medium">{t("assessment.table.region")}</th>
                  <th scope="col" className="px-2 py-1 text-right font-medium">{t("assessment.comparison.thisYear", { year: data.year })}</th>
                  <th scope="col" className="px-2 py-1 text-right font-medium">{t("assessment.comparison.thisYear", { year: previousYear })}</th>
                  <th scope="col" className="px-2 py-1 text-right font-medium">{t("assessment.comparison.change")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.code} className="border-t border-slate-100">
                    <th scope="row" className="px-2 py-1 text-left font-medium whitespace-nowrap">{row.label}</th>
                    <td className="px-2 py-1 text-right tabular-nums whitespace-nowrap">{`${formatTotal(locale, row.now.total)} ${row.now.grade}`}</td>
                    <td className="px-2 py-1 text-right tabular-nums whitespace-nowrap">{row.last ? `${formatTotal(locale, row.last.total)} ${row.last.grade}` : "—"}</td>
                    <td className="px-2 py-1 text-right tabular-nums">{row.last ? formatNumber(locale, Math.round((row.now.total - row.last.total) * 10) / 10, 1) : "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        </div>
      )}
    </Card>
  );
}
