"use client";
import Link from "next/link";
import { useMemo } from "react";
import { StatusBadge } from "@/components/admin/page-header";
import { DataTable } from "@/components/data-table/data-table";
import { columnHelper } from "@/components/data-table/features";
import type { AdminRegionRow } from "@/lib/data/admin/regions";
import { useI18n } from "@/lib/i18n/client";
import { localizedName } from "@/lib/i18n/format";

const helper = columnHelper<AdminRegionRow>();

/** The region tree as a table: sorted by path by default, names indented by depth. */
export function RegionsTable({ rows }: { rows: AdminRegionRow[] }) {
  const { t, locale } = useI18n();
  const columns = useMemo(
    () =>
      helper.columns([
        // Searchable by name, sorted by the tree's path so that sorting keeps the hierarchy.
        helper.accessor((r) => localizedName(locale, r.name, r.nameEn), {
          id: "tree",
          header: t("admin.regions.tree"),
          sortFn: (a, b) => a.original.path.localeCompare(b.original.path),
          cell: (c) => {
            const r = c.row.original;
            return (
              <Link href={`/admin/regions/${r.id}`} className="whitespace-nowrap font-medium text-brand-700 hover:underline" style={{ paddingLeft: `${r.depth * 1.25}rem` }}>
                {c.getValue()}
              </Link>
            );
          },
        }),
        helper.accessor("code", { header: t("admin.regions.code"), cell: (c) => <span className="font-mono">{c.getValue()}</span> }),
        helper.accessor((r) => t(`levels.${r.level}`), { id: "level", header: t("admin.regions.level") }),
        helper.accessor("children", { header: t("admin.regions.children") }),
        helper.accessor("users", { header: t("admin.regions.users") }),
        helper.accessor("targets", { header: t("admin.regions.targets") }),
        helper.accessor((r) => (r.active ? t("admin.status.active") : t("admin.status.inactive")), {
          id: "active",
          header: t("admin.fields.status"),
          cell: (c) => <StatusBadge active={c.row.original.active} activeLabel={t("admin.status.active")} inactiveLabel={t("admin.status.inactive")} />,
        }),
      ]),
    [t, locale],
  );
  return <DataTable data={rows} columns={columns} label={t("admin.sections.regions")} getRowId={(r) => String(r.id)} initialSorting={[{ id: "tree", desc: false }]} pageSize={50} testId="regions-table" />;
}
