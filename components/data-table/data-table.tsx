"use client";
// The one generic table: click a header to sort, a search box, a column chooser, an empty state.
import { FlexRender, useTable, type ColumnDef, type SortingState, type ColumnVisibilityState } from "@tanstack/react-table";
import { useState } from "react";
import { useI18n } from "@/lib/i18n/client";
import type { DataTableFeatures } from "./features";
import { dataTableFeatures } from "./features";

export function DataTable<Row extends object>({
  columns,
  data,
  initialSorting = [],
  testId,
}: {
  columns: ColumnDef<DataTableFeatures, Row>[];
  data: Row[];
  initialSorting?: SortingState;
  testId?: string;
}) {
  const { t } = useI18n();
  const [sorting, setSorting] = useState<SortingState>(initialSorting);
  const [globalFilter, setGlobalFilter] = useState("");
  const [columnVisibility, setColumnVisibility] = useState<ColumnVisibilityState>({});
  const table = useTable({
    features: dataTableFeatures,
    columns,
    data,
    state: { sorting, globalFilter, columnVisibility },
    onSortingChange: setSorting,
    onGlobalFilterChange: setGlobalFilter,
    onColumnVisibilityChange: setColumnVisibility,
    globalFilterFn: "includesString",
  });
  const rows = table.getRowModel().rows;

  return (
    <div className="space-y-2" data-testid={testId}>
      <div className="no-print flex flex-wrap items-center gap-2">
        <input
          type="search"
          value={globalFilter}
          onChange={(e) => setGlobalFilter(e.target.value)}
          placeholder={t("table.search")}
          aria-label={t("table.search")}
          className="w-48 rounded-md border border-slate-300 px-2 py-1 text-sm"
        />
        <details className="relative text-sm">
          <summary className="cursor-pointer rounded-md border border-slate-300 px-2 py-1">{t("table.columns")}</summary>
          <div className="absolute z-20 mt-1 min-w-44 space-y-1 rounded-md border border-slate-200 bg-white p-2 shadow">
            {table.getAllLeafColumns().map((column) => (
              <label key={column.id} className="flex items-center gap-2">
                <input type="checkbox" checked={column.getIsVisible()} onChange={() => column.toggleVisibility()} />
                {typeof column.columnDef.header === "string" ? column.columnDef.header : column.id}
              </label>
            ))}
          </div>
        </details>
      </div>
      <div className="max-w-full overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-slate-200 text-slate-600">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  return (
                    <th key={header.id} className="py-2 pr-3 font-medium whitespace-nowrap" aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : "none"}>
                      {header.isPlaceholder ? null : header.column.getCanSort() ? (
                        <button type="button" className="inline-flex items-center gap-1 hover:text-slate-900" onClick={header.column.getToggleSortingHandler()}>
                          <FlexRender header={header} />
                          <span aria-hidden="true" className="text-xs">{sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}</span>
                        </button>
                      ) : (
                        <FlexRender header={header} />
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.length === 0 ? (
              <tr>
                <td colSpan={table.getVisibleLeafColumns().length} className="py-6 text-center text-slate-500">
                  {t("table.empty")}
                </td>
              </tr>
            ) : (
              rows.map((row) => (
                <tr key={row.id}>
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.id} className="py-2 pr-3">
                      <FlexRender cell={cell} />
                    </td>
                  ))}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <p className="text-xs text-slate-500">{t("table.count", { shown: rows.length, total: data.length })}</p>
    </div>
  );
}
