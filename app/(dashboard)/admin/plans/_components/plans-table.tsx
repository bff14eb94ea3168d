"use client";
import Link from "next/link";
import { useMemo } from "react";
import { DataTable } from "@/components/data-table/data-table";
import { columnHelper } from "@/components/data-table/features";
import type { AdminPlanRow } from "@/lib/data/admin/plans";
import { useI18n } from "@/lib/i18n/client";
import { formatDate, localizedName } from "@/lib/i18n/format";

const helper = columnHelper<AdminPlanRow>();

export function PlansTable({ rows }: { rows: AdminPlanRow[] }) {
  const { t, locale } = useI18n();
  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor("title", {
          header: t("admin.plans.title"),
          cell: (c) => (
            <span className="block min-w-[16rem]">
              <Link href={`/admin/plans/${c.row.original.id}`} className="font-medium text-brand-700 hover:underline">
                {c.getValue()}
              </Link>
              {c.row.original.isDemo && <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900">{t("app.demoBadge")}</span>}
              {c.row.original.archivedAt && <span className="ml-2 rounded bg-slate-200 px-1.5 py-0.5 text-xs text-slate-700">{t("admin.archived")}</span>}
            </span>
          ),
        }),
        helper.accessor((r) => r.docNumber ?? "", { id: "docNumber", header: t("admin.plans.docNumber"), cell: (c) => <span className="whitespace-nowrap">{c.getValue() || "—"}</span> }),
        helper.accessor((r) => localizedName(locale, r.issuingRegion.name, r.issuingRegion.nameEn), { id: "region", header: t("admin.plans.issuingRegion") }),
        helper.accessor("issueDate", { header: t("admin.plans.issueDate"), sortFn: "datetime", sortUndefined: "last", cell: (c) => <span className="whitespace-nowrap">{formatDate(locale, c.getValue())}</span> }),
        helper.accessor((r) => r.deadline.getUTCFullYear(), { id: "deadline", header: t("admin.plans.deadlineYear") }),
        helper.accessor("targetCount", { header: t("admin.plans.targets") }),
      ]),
    [t, locale],
  );
  return <DataTable data={rows} columns={columns} label={t("admin.sections.plans")} getRowId={(r) => String(r.id)} emptyMessage={t("admin.plans.empty")} testId="plans-table" />;
}
