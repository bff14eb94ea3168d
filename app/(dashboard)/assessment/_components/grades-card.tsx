// The year's grades: each region's total as a bar in its grade's colour (SVG), and the same numbers
// in a table: every grade's threshold, how many regions have it, and which.
import { Card } from "@/components/ui/card";
import { ScrollBox } from "@/components/ui/scroll-box";
import type { AssessmentYear } from "@/lib/data/assessment/year";
import { localizedName } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { GradeChartSvg } from "./grade-chart";
import { formatTotal } from "./scores-table";

export function GradesCard({ data, t, locale }: { data: AssessmentYear; t: Translate; locale: Locale }) {
  const { grades, total } = data.scheme.definition;
  const ranked = [...data.regions].sort((a, b) => a.score.rank - b.score.rank);
  const name = (r: (typeof ranked)[number]) => localizedName(locale, r.name, r.nameEn);
  return (
    <Card title={t("assessment.grades.heading")}>
      <div className="grid gap-4 lg:grid-cols-2">
        <ScrollBox label={t("assessment.scores.chartLabel", { year: data.year })} className="min-w-0">
          <GradeChartSvg
            label={t("assessment.scores.chartLabel", { year: data.year })}
            bands={grades}
            max={total}
            rows={ranked.map((r) => ({ label: name(r), total: r.score.total, grade: r.score.grade, vetoed: r.score.vetoes.length > 0 }))}
          />
        </ScrollBox>
        <ScrollBox label={t("assessment.grades.tableCaption")} className="min-w-0">
          <table className="w-full text-sm" data-testid="assessment-grades">
            <caption className="mb-2 text-left text-xs text-slate-500">{t("assessment.grades.tableCaption")}</caption>
            <thead className="whitespace-nowrap text-left text-xs text-slate-600">
              <tr>
                <th scope="col" className="px-2 py-1 font-medium">{t("assessment.grades.band")}</th>
                <th scope="col" className="px-2 py-1 font-medium">{t("assessment.grades.min")}</th>
                <th scope="col" className="px-2 py-1 text-right font-medium">{t("assessment.grades.count")}</th>
                <th scope="col" className="px-2 py-1 font-medium">{t("assessment.grades.regions")}</th>
              </tr>
            </thead>
            <tbody>
              {grades.map((band) => {
                const inBand = ranked.filter((r) => r.score.grade === band.code);
                return (
                  <tr key={band.code} className="border-t border-slate-100" data-testid={`grade-${band.code}`}>
                    <th scope="row" className="whitespace-nowrap px-2 py-1 text-left font-medium">{`${band.code} ${band.label}`}</th>
                    <td className="whitespace-nowrap px-2 py-1 tabular-nums">{t("assessment.grades.minValue", { min: band.min })}</td>
                    <td className="px-2 py-1 text-right tabular-nums">{inBand.length}</td>
                    <td className="px-2 py-1">{inBand.map((r) => `${name(r)} ${formatTotal(locale, r.score.total)}`).join(t("assessment.rule.listSeparator"))}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollBox>
      </div>
    </Card>
  );
}
