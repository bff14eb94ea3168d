"use client";
// One generic table for every list of the product: column sorting, a search box that filters
// across columns, paging, an empty state, and horizontal scrolling inside its own container on
// phones (the page itself never overflows).
import { ScrollBox } from "@/components/ui/scroll-box";
import { useState, type ReactNode } from "react";
import { useTable, type ColumnVisibilityState, type PaginationState, type RowData, type SortingState } from "@tanstack/react-table";
import { useI18n } from "@/lib/i18n/client";
import { dataTableFeatures, type DataTableColumns } from "./features";

const PAGE_SIZES = [20, 50, 100] as const;

export interface DataTableProps<Row extends RowData> {
  data: Row[];
  columns: DataTableColumns<Row>;
  /** Accessible name of the table (also used as its caption for screen readers). */
  label: string;
  getRowId?: (row: Row) => string;
  initialSorting?: SortingState;
  pageSize?: (typeof PAGE_SIZES)[number];
  emptyMessage?: string;
  /** Buttons shown beside the search box, e.g. "新建". */
  toolbar?: ReactNode;
  rowClassName?: (row: Row) => string;
  /** Offer a chooser of visible columns. */
  hidableColumns?: boolean;
  testId?: string;
}

export function DataTable<Row extends RowData>({ data, columns, label, getRowId, initialSorting = [], pageSize = 20, emptyMessage, toolbar, rowClassName, hidableColumns = false, testId }: DataTableProps<Row>) {
  const { t, locale } = useI18n();
  const [sorting, setSorting] = useState<SortingState>(initialSorting);
  const [globalFilter, setGlobalFilter] = useState("");
  const [pagination, setPagination] = useState<PaginationState>({ pageIndex: 0, pageSize });
  const [columnVisibility, setColumnVisibility] = useState<ColumnVisibilityState>({});

  const table = useTable({
    features: dataTableFeatures,
    columns,
    data,
    getRowId: getRowId ? (row: Row) => getRowId(row) : undefined,
    state: { sorting, globalFilter, pagination, columnVisibility },
    onSortingChange: setSorting,
    onGlobalFilterChange: setGlobalFilter,
    onPaginationChange: setPagination,
    onColumnVisibilityChange: setColumnVisibility,
    globalFilterFn: "includesString",
  });

  const rows = table.getRowModel().rows;
  const total = table.getFilteredRowModel().rows.length;
  const first = total === 0 ? 0 : pagination.pageIndex * pagination.pageSize + 1;
  const last = Math.min(total, (pagination.pageIndex + 1) * pagination.pageSize);
  const count = (n: number) => new Intl.NumberFormat(locale).format(n);

  return (
    <div className="space-y-3" data-testid={testId}>
      <div className="flex flex-wrap items-center gap-2">
        <input
          type="search"
          value={globalFilter}
          onChange={(e) => {
            setGlobalFilter(e.target.value);
            setPagination((p) => ({ ...p, pageIndex: 0 }));
          }}
          placeholder={t("table.search")}
          aria-label={t("table.searchLabel", { table: label })}
          className="min-w-0 flex-1 rounded-md border border-slate-300 px-3 py-1.5 text-sm outline-none focus:border-brand-600 focus:ring-2 focus:ring-brand-100 sm:max-w-xs"
        />
        {hidableColumns && (
          <details className="relative text-sm">
            <summary className="cursor-pointer rounded-md border border-slate-300 px-2 py-1.5">{t("table.columns")}</summary>
            <div className="absolute z-20 mt-1 min-w-44 space-y-1 rounded-md border border-slate-200 bg-white p-2 shadow">
              {table.getAllLeafColumns().map((column) => (
                <label key={column.id} className="flex items-center gap-2">
                  <input type="checkbox" checked={column.getIsVisible()} onChange={() => column.toggleVisibility()} />
                  {typeof column.columnDef.header === "string" ? column.columnDef.header : column.id}
                </label>
              ))}
            </div>
          </details>
        )}
        {toolbar && <div className="ml-auto flex flex-wrap gap-2">{toolbar}</div>}
      </div>
      <ScrollBox label={label} className="rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full text-left text-sm">
          <caption className="sr-only">{label}</caption>
          <thead className="bg-slate-50 text-slate-600">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const canSort = header.column.getCanSort();
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
                      className="whitespace-nowrap px-3 py-2 font-medium"
                    >
                      {header.isPlaceholder ? null : canSort ? (
                        <button type="button" onClick={header.column.getToggleSortingHandler()} className="inline-flex items-center gap-1 hover:text-slate-900">
                          <table.FlexRender header={header} />
                          <span aria-hidden="true" className="text-xs text-slate-400">
                            {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}
                          </span>
                        </button>
                      ) : (
                        <table.FlexRender header={header} />
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
                <td colSpan={table.getVisibleLeafColumns().length} className="px-3 py-8 text-center text-slate-500">
                  {globalFilter ? t("table.noMatches") : (emptyMessage ?? t("table.empty"))}
                </td>
              </tr>
            ) : (
              rows.map((row) => (
                <tr key={row.id} className={`align-top hover:bg-slate-50 ${rowClassName?.(row.original) ?? ""}`}>
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.id} className="px-3 py-2">
                      <table.FlexRender cell={cell} />
                    </td>
                  ))}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </ScrollBox>
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600">
        <p aria-live="polite">{t("table.range", { first: count(first), last: count(last), total: count(total) })}</p>
        <div className="flex items-center gap-2">
          <label className="flex items-center gap-1">
            <span>{t("table.pageSize")}</span>
            <select
              value={pagination.pageSize}
              onChange={(e) => setPagination({ pageIndex: 0, pageSize: Number(e.target.value) })}
              className="rounded-md border border-slate-300 px-1.5 py-1"
            >
              {PAGE_SIZES.map((size) => (
                <option key={size} value={size}>
                  {size}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => table.previousPage()} disabled={!table.getCanPreviousPage()} className="rounded-md border border-slate-300 px-2.5 py-1 disabled:opacity-40">
            {t("table.previous")}
          </button>
          <span>{t("table.page", { page: count(pagination.pageIndex + 1), pages: count(Math.max(1, table.getPageCount())) })}</span>
          <button type="button" onClick={() => table.nextPage()} disabled={!table.getCanNextPage()} className="rounded-md border border-slate-300 px-2.5 py-1 disabled:opacity-40">
            {t("table.next")}
          </button>
        </div>
      </div>
    </div>
  );
}

/** A placeholder while a table's data loads. */
export function DataTableSkeleton({ rows = 5 }: { rows?: number }) {
  return (
    <div className="animate-pulse space-y-2" aria-busy="true">
      <div className="h-8 w-64 rounded bg-slate-200" />
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="h-9 rounded bg-slate-100" />
      ))}
    </div>
  );
}
