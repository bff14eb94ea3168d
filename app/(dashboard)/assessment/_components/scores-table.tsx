// The year's regions × 一级 items table: points per item, bonus, deductions, total, grade, rank and
// veto mark, sortable by links in the column headings (aria-sort tells which column is sorted).
import Link from "next/link";
import { ScrollBox } from "@/components/ui/scroll-box";
import type { AssessmentYear } from "@/lib/data/assessment/year";
import { localizedName } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { gradeFill } from "./grade-chart";
import { points } from "./item-words";
import { defaultDir, sortRows, type SortDir, type SortKey } from "./sort";

interface Props {
  data: AssessmentYear;
  sort: SortKey;
  dir: SortDir;
  hrefFor: (sort: SortKey, dir: SortDir) => string;
  t: Translate;
  locale: Locale;
}

type SortProps = Pick<Props, "sort" | "dir" | "hrefFor" | "t">;

function SortHeader({ column, label, className = "", sort, dir, hrefFor, t }: SortProps & { column: SortKey; label: string; className?: string }) {
  const active = sort === column;
  const next: SortDir = active ? (dir === "asc" ? "desc" : "asc") : defaultDir(column);
  return (
    <th scope="col" className={`px-2 py-2 font-medium ${className}`} aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : undefined}>
      <Link href={hrefFor(column, next)} className="inline-flex items-center gap-1 hover:underline" aria-label={`${t("assessment.table.sortBy", { column: label })}, ${t(`assessment.table.${next === "asc" ? "ascending" : "descending"}`)}`}>
        {label}
        <span aria-hidden="true" className="text-slate-400">{active ? (dir === "asc" ? "▲" : "▼") : "↕"}</span>
      </Link>
    </th>
  );
}

export function ScoresTable({ data, sort, dir, hrefFor, t, locale }: Props) {
  const { definition } = data.scheme;
  const gradeLabel = (code: string) => definition.grades.find((g) => g.code === code)?.label ?? code;
  const rows = sortRows(data.regions, sort, dir);
  const sortProps: SortProps = { sort, dir, hrefFor, t };

  return (
    <div>
      <p id="assessment-table-caption" className="mb-2 text-xs text-slate-500">{t("assessment.table.caption")}</p>
      <ScrollBox label={t("assessment.table.heading", { year: data.year })}>
      <table className="w-full min-w-[48rem] border-collapse text-sm" data-testid="assessment-table" aria-describedby="assessment-table-caption">
        <thead className="whitespace-nowrap text-left text-xs text-slate-600">
          <tr>
            <SortHeader {...sortProps} column="region" label={t("assessment.table.region")} className="sticky left-0 bg-white" />
            <SortHeader {...sortProps} column="rank" label={t("assessment.table.rank")} />
            {definition.groups.map((g) => (
              <SortHeader {...sortProps} key={g.code} column={`g.${g.code}`} label={`${g.name} (${points(locale, g.points)})`} className="text-right" />
            ))}
            <SortHeader {...sortProps} column="bonus" label={t("assessment.table.bonus")} className="text-right" />
            <SortHeader {...sortProps} column="deductions" label={t("assessment.table.deductions")} className="text-right" />
            <SortHeader {...sortProps} column="self" label={t("assessment.table.selfTotal")} className="text-right" />
            <SortHeader {...sortProps} column="total" label={t("assessment.table.total")} className="text-right" />
            <th scope="col" className="px-2 py-2 font-medium">{t("assessment.table.grade")}</th>
            <th scope="col" className="px-2 py-2 font-medium">{t("assessment.table.veto")}</th>
            <th scope="col" className="px-2 py-2 font-medium">{t("assessment.table.status")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ code, name, nameEn, status, score, selfScore }) => {
            const regionName = localizedName(locale, name, nameEn);
            return (
              <tr key={code} className="border-t border-slate-100" data-testid={`assessment-row-${code}`}>
                <th scope="row" className="sticky left-0 whitespace-nowrap bg-white px-2 py-1.5 text-left font-medium">
                  <Link href={`/assessment/${data.year}/${code}`} className="text-sky-700 hover:underline" aria-label={t("assessment.table.detailLink", { region: regionName })}>
                    {regionName}
                  </Link>
                </th>
                <td className="px-2 py-1.5 tabular-nums">{t("assessment.table.rankOf", { rank: score.rank, of: score.of })}</td>
                {score.groups.map((g) => (
                  <td key={g.code} className="px-2 py-1.5 text-right tabular-nums">{points(locale, g.points)}</td>
                ))}
                <td className="px-2 py-1.5 text-right tabular-nums">{score.bonus.counted > 0 ? `+${points(locale, score.bonus.counted)}` : "0"}</td>
                <td className="px-2 py-1.5 text-right tabular-nums">{score.deductions.counted > 0 ? `−${points(locale, score.deductions.counted)}` : "0"}</td>
                <td className="px-2 py-1.5 text-right tabular-nums text-slate-600" data-testid="assessment-self-total">{formatTotal(locale, selfScore.total)}</td>
                <td className="px-2 py-1.5 text-right font-semibold tabular-nums" data-testid="assessment-total">
                  {formatTotal(locale, score.total)}
                  {score.hasIssues && (
                    <abbr title={t("assessment.table.pending")} aria-label={t("assessment.table.pending")} className="ml-0.5 text-amber-700 no-underline">*</abbr>
                  )}
                </td>
                <td className="whitespace-nowrap px-2 py-1.5" data-testid="assessment-grade">
                  <span className="inline-flex items-center gap-1">
                    <span aria-hidden="true" className="inline-block h-2.5 w-2.5 rounded-full" style={{ background: gradeFill(definition.grades, score.grade) }} />
                    <span className="font-semibold">{score.grade}</span>{" "}
                    <span className="text-slate-600">{gradeLabel(score.grade)}</span>
                  </span>
                </td>
                <td className="whitespace-nowrap px-2 py-1.5">{score.vetoes.length > 0 ? <span className="font-medium text-red-700">✕ {t("assessment.vetoMark")}</span> : ""}</td>
                <td className="whitespace-nowrap px-2 py-1.5 text-slate-600">{t(`assessment.resultStatus.${status ?? "NONE"}`)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      </ScrollBox>
      {rows.some((r) => r.score.hasIssues) && <p className="mt-2 text-xs text-slate-500">* {t("assessment.table.pending")}</p>}
    </div>
  );
}

/** A total as the notice prints it: one decimal. */
export const formatTotal = (locale: Locale, total: number) => new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(total);
