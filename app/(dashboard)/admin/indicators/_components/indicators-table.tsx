"use client";
import Link from "next/link";
import { useMemo } from "react";
import { StatusBadge } from "@/components/admin/page-header";
import { DataTable } from "@/components/data-table/data-table";
import { columnHelper } from "@/components/data-table/features";
import type { AdminIndicatorRow } from "@/lib/data/admin/indicators";
import { useI18n } from "@/lib/i18n/client";
import { localizedName } from "@/lib/i18n/format";

const helper = columnHelper<AdminIndicatorRow>();

export function IndicatorsTable({ rows }: { rows: AdminIndicatorRow[] }) {
  const { t, locale } = useI18n();
  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor("code", { header: t("admin.fields.code"), cell: (c) => <span className="font-mono text-xs">{c.getValue()}</span> }),
        helper.accessor((r) => localizedName(locale, r.name, r.nameEn), {
          id: "name",
          header: t("admin.fields.name"),
          cell: (c) => (
            <Link href={`/admin/indicators/${c.row.original.id}`} className="font-medium text-brand-700 hover:underline">
              {c.getValue()}
            </Link>
          ),
        }),
        helper.accessor("unit", { header: t("admin.indicators.unit") }),
        helper.accessor((r) => t(`admin.kinds.${r.kind}`), { id: "kind", header: t("admin.indicators.kind") }),
        helper.accessor((r) => t(`admin.directions.${r.direction}`), { id: "direction", header: t("admin.indicators.direction") }),
        helper.accessor("targets", { header: t("admin.indicators.targets") }),
        helper.accessor("figures", { header: t("admin.indicators.figures") }),
        helper.accessor((r) => (r.active ? t("admin.status.active") : t("admin.status.inactive")), {
          id: "active",
          header: t("admin.fields.status"),
          cell: (c) => <StatusBadge active={c.row.original.active} activeLabel={t("admin.status.active")} inactiveLabel={t("admin.status.inactive")} />,
        }),
      ]),
    [t, locale],
  );
  return <DataTable data={rows} columns={columns} label={t("admin.sections.indicators")} getRowId={(r) => String(r.id)} testId="indicators-table" />;
}
