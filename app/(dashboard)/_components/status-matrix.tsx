"use client";
// A client leaf although it fetches nothing: a province's matrix has over a thousand cells, and as
// server markup each would be sent twice (HTML and the flight data); as a client component the
// flight data carries only the matrix's statuses and names.
import { ScrollBox } from "@/components/ui/scroll-box";
import Link from "next/link";
import type { Overview } from "@/lib/data/dashboard/overview";
import { useI18n } from "@/lib/i18n/client";
import { formatNumber, localizedName } from "@/lib/i18n/format";
import { STATUS_STYLE } from "@/lib/ui/status-style";

/** Regions (rows) × indicators (columns), each cell the target's status; a cell opens that region's indicator. */
export function StatusMatrix({ matrix }: { matrix: Overview["matrix"] }) {
  const { t, locale } = useI18n();
  return (
    <ScrollBox label={t("overview.matrix")} className="max-w-full" testId="status-matrix">
      <table className="border-separate border-spacing-0 text-sm">
        <caption className="sr-only">{t("overview.matrix")}</caption>
        <thead>
          <tr>
            <th scope="col" className="sticky left-0 z-10 min-w-28 bg-white px-2 py-1 text-left align-bottom font-medium text-slate-600">{t("overview.region")}</th>
            <th scope="col" className="px-2 py-1 text-right align-bottom font-medium text-slate-600">{t("overview.score")}</th>
            {matrix.columns.map((c) => (
              <th key={c.code} scope="col" className="px-0.5 align-bottom font-normal text-slate-600">
                {/* Set vertically and never cut: a long name wraps into a second vertical line. */}
                <Link href={`/indicators/${c.code}`} className="block max-h-52 text-xs leading-snug hover:text-brand-700 [writing-mode:vertical-rl]" data-testid="matrix-column">
                  {localizedName(locale, c.name, c.nameEn)}
                </Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr key={row.code}>
              <th scope="row" className="sticky left-0 z-10 whitespace-nowrap bg-white px-2 py-1 text-left font-medium">
                <Link href={`/regions/${row.code}`} className="text-brand-700 hover:underline" data-testid={`matrix-region-${row.code}`}>
                  {localizedName(locale, row.name, row.nameEn)}
                </Link>
              </th>
              <td className="px-2 py-1 text-right tabular-nums">{row.score?.score === null || !row.score ? "—" : formatNumber(locale, row.score.score, 0)}</td>
              {row.cells.map((status, i) => {
                const column = matrix.columns[i];
                if (!column) return null;
                // One accessible name per cell, the title: its tooltip too. Plain links with one short
                // class (globals.css) keep the page small.
                const label = `${localizedName(locale, row.name, row.nameEn)} · ${localizedName(locale, column.name, column.nameEn)}: ${status ? t(`status.${status}`) : t("overview.noTarget")}`;
                return (
                  <td key={column.code} className="p-0.5">
                    {status ? (
                      <a href={`/indicators/${column.code}?region=${row.code}`} title={label} data-status={status} className="matrix-cell" style={{ backgroundColor: STATUS_STYLE[status].color, color: STATUS_STYLE[status].onColor }}>
                        <span aria-hidden="true">{STATUS_STYLE[status].icon}</span>
                      </a>
                    ) : (
                      <span className="matrix-empty" title={label} />
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
