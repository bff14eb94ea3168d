"use client";
import Link from "next/link";
import { useMemo } from "react";
import { StatusBadge } from "@/components/admin/page-header";
import { DataTable } from "@/components/data-table/data-table";
import { columnHelper } from "@/components/data-table/features";
import type { AdminDepartmentRow } from "@/lib/data/admin/departments";
import { useI18n } from "@/lib/i18n/client";

const helper = columnHelper<AdminDepartmentRow>();

export function DepartmentsTable({ rows }: { rows: AdminDepartmentRow[] }) {
  const { t } = useI18n();
  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor("code", { header: t("admin.fields.code"), cell: (c) => <span className="font-mono">{c.getValue()}</span> }),
        helper.accessor("name", {
          header: t("admin.fields.name"),
          cell: (c) => (
            <Link href={`/admin/departments/${c.row.original.id}`} className="font-medium text-brand-700 hover:underline">
              {c.getValue()}
            </Link>
          ),
        }),
        helper.accessor("shortName", { header: t("admin.fields.shortName") }),
        helper.accessor("leadTargets", { header: t("admin.departments.leadTargets") }),
        helper.accessor("users", { header: t("admin.departments.users") }),
        helper.accessor((r) => (r.active ? t("admin.status.active") : t("admin.status.inactive")), {
          id: "active",
          header: t("admin.fields.status"),
          cell: (c) => <StatusBadge active={c.row.original.active} activeLabel={t("admin.status.active")} inactiveLabel={t("admin.status.inactive")} />,
        }),
      ]),
    [t],
  );
  return <DataTable data={rows} columns={columns} label={t("admin.sections.departments")} getRowId={(r) => String(r.id)} testId="departments-table" />;
}
