"use client";
import Link from "next/link";
import { useMemo } from "react";
import { formatTarget } from "@/lib/i18n/display";
import { StatusBadge } from "@/components/status/status-badge";
import { DataTable } from "@/components/data-table/data-table";
import { columnHelper } from "@/components/data-table/features";
import type { PlanTargetRow } from "@/lib/data/admin/targets";
import { useI18n } from "@/lib/i18n/client";
import { localizedName } from "@/lib/i18n/format";

const helper = columnHelper<PlanTargetRow>();

/** The plan's targets with their source sentences, the evidence each target rests on. */
export function PlanTargetsTable({ planId, rows }: { planId: number; rows: PlanTargetRow[] }) {
  const { t, locale } = useI18n();
  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor((r) => (r.area ? localizedName(locale, r.area.name, r.area.nameEn) : "—"), { id: "area", header: t("admin.fields.area"), cell: (c) => <span className="whitespace-nowrap">{c.getValue()}</span> }),
        helper.accessor((r) => localizedName(locale, r.indicator.name, r.indicator.nameEn), {
          id: "indicator",
          header: t("admin.fields.indicator"),
          cell: (c) => (
            <span className="block min-w-[10rem]">
              <Link href={`/admin/plans/${planId}/targets/${c.row.original.id}`} className="font-medium text-brand-700 hover:underline">
                {c.getValue()}
              </Link>
              {c.row.original.archivedAt && <span className="ml-2 rounded bg-slate-200 px-1.5 py-0.5 text-xs text-slate-700">{t("admin.archived")}</span>}
            </span>
          ),
        }),
        helper.accessor((r) => localizedName(locale, r.region.name, r.region.nameEn), { id: "region", header: t("admin.fields.region"), cell: (c) => <span className="whitespace-nowrap">{c.getValue()}</span> }),
        helper.accessor("targetValue", {
          header: t("admin.targets.target"),
          cell: (c) => <span className="whitespace-nowrap tabular-nums">{formatTarget(locale, c.row.original, c.row.original.indicator)}</span>,
        }),
        helper.accessor("deadlineYear", { header: t("admin.targets.deadlineYear") }),
        helper.accessor((r) => r.leadDepartment?.shortName ?? "—", { id: "lead", header: t("admin.targets.lead") }),
        helper.accessor((r) => (r.status ? t(`status.${r.status}`) : "—"), {
          id: "status",
          header: t("admin.targets.status"),
          cell: (c) => {
            const status = c.row.original.status;
            return status ? <StatusBadge status={status} label={c.getValue()} /> : "—";
          },
        }),
        helper.accessor("sourceSentence", {
          header: t("admin.targets.sourceSentence"),
          cell: (c) => <q className="block min-w-[14rem] max-w-md text-slate-700" data-testid="source-sentence">{c.getValue() || "—"}</q>,
        }),
      ]),
    [t, locale, planId],
  );
  return (
    <DataTable
      data={rows}
      columns={columns}
      label={t("admin.plans.targetList")}
      getRowId={(r) => String(r.id)}
      emptyMessage={t("admin.plans.noTargets")}
      rowClassName={(r) => (r.archivedAt ? "opacity-60" : "")}
      testId="plan-targets"
    />
  );
}
