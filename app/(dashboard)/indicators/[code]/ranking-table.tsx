"use client";
import Link from "next/link";
import { useMemo } from "react";
import { DataTable } from "@/components/data-table/data-table";
import { columnHelper } from "@/components/data-table/features";
import { StatusBadge } from "@/components/status/status-badge";
import type { IndicatorRankingRow } from "@/lib/data/dashboard/indicator";
import { STATUS_ORDER } from "@/lib/domain";
import { useI18n } from "@/lib/i18n/client";
import { localizedName } from "@/lib/i18n/format";
import { formatProgress, formatTarget, formatValue } from "@/lib/i18n/display";

const helper = columnHelper<IndicatorRankingRow>();

/** Regions ranked by their value at the chosen quarter: sortable, searchable, columns can be hidden. */
export function RankingTable({ rows, unit, decimals }: { rows: IndicatorRankingRow[]; unit: string; decimals: number }) {
  const { t, locale } = useI18n();
  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor((r) => r.rank ?? Number.MAX_SAFE_INTEGER, { id: "rank", header: t("indicator.rank"), cell: (c) => c.row.original.rank ?? "—" }),
        helper.accessor((r) => localizedName(locale, r.region.name, r.region.nameEn), {
          id: "region",
          header: t("targets.region"),
          cell: (c) => (
            <Link href={`/regions/${c.row.original.region.code}`} className="text-brand-700 hover:underline">
              {c.getValue()}
            </Link>
          ),
        }),
        helper.accessor((r) => r.value ?? Number.NEGATIVE_INFINITY, {
          id: "value",
          header: t("indicator.value"),
          cell: (c) => <span className="tabular-nums">{formatValue(locale, c.row.original.value, decimals, unit)}</span>,
        }),
        helper.accessor("targetValue", {
          header: t("targets.target"),
          cell: (c) => <span className="tabular-nums whitespace-nowrap">{formatTarget(locale, c.row.original, { unit, decimals })}</span>,
        }),
        helper.accessor((r) => r.progress ?? Number.NEGATIVE_INFINITY, {
          id: "progress",
          header: t("targets.progress"),
          cell: (c) => formatProgress(locale, c.row.original.progress),
        }),
        helper.accessor((r) => STATUS_ORDER.indexOf(r.status), {
          id: "status",
          header: t("targets.status"),
          cell: (c) => <StatusBadge status={c.row.original.status} label={t(`status.${c.row.original.status}`)} />,
        }),
        helper.accessor((r) => (r.leadDepartment ? localizedName(locale, r.leadDepartment.shortName, r.leadDepartment.nameEn) : ""), { id: "lead", header: t("indicator.lead") }),
        helper.accessor((r) => (r.coverage ? `${r.coverage.reporting}/${r.coverage.expected}` : ""), { id: "coverage", header: t("indicator.coverage") }),
      ]),
    [t, locale, unit, decimals],
  );
  return <DataTable columns={columns} data={rows} label={t("indicator.rankingLabel")} hidableColumns pageSize={100} testId="ranking-table" />;
}
