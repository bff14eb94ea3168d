"use client";
import Link from "next/link";
import { useMemo } from "react";
import { StatusBadge } from "@/components/admin/page-header";
import { DataTable } from "@/components/data-table/data-table";
import { columnHelper } from "@/components/data-table/features";
import type { AdminUserRow } from "@/lib/data/admin/users";
import { useI18n } from "@/lib/i18n/client";
import { formatDate, localizedName } from "@/lib/i18n/format";

const helper = columnHelper<AdminUserRow>();

export function UsersTable({ rows }: { rows: AdminUserRow[] }) {
  const { t, locale } = useI18n();
  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor("username", {
          header: t("admin.users.username"),
          cell: (c) => (
            <Link href={`/admin/users/${c.row.original.id}`} className="font-mono font-medium text-brand-700 hover:underline">
              {c.getValue()}
            </Link>
          ),
        }),
        helper.accessor("name", { header: t("admin.fields.name") }),
        helper.accessor((r) => t(`roles.${r.role}`), { id: "role", header: t("admin.users.role") }),
        helper.accessor((r) => localizedName(locale, r.scopeRegion.name, r.scopeRegion.nameEn), { id: "scope", header: t("admin.users.scope") }),
        helper.accessor((r) => r.department?.name ?? "—", { id: "department", header: t("admin.fields.department") }),
        helper.accessor((r) => (r.active ? t("admin.status.active") : t("admin.status.inactive")), {
          id: "active",
          header: t("admin.fields.status"),
          cell: (c) => <StatusBadge active={c.row.original.active} activeLabel={t("admin.status.active")} inactiveLabel={t("admin.status.inactive")} />,
        }),
        helper.accessor("updatedAt", { header: t("admin.fields.updatedAt"), sortFn: "datetime", cell: (c) => formatDate(locale, c.getValue()) }),
      ]),
    [t, locale],
  );
  return <DataTable data={rows} columns={columns} label={t("admin.sections.users")} getRowId={(r) => String(r.id)} testId="users-table" />;
}
