// The table features every data table of the product shares: sorting, a search across columns,
// column visibility and paging, all processed in the browser (lists hold hundreds of rows, not millions).
import {
  columnFilteringFeature,
  columnVisibilityFeature,
  createFilteredRowModel,
  createPaginatedRowModel,
  createSortedRowModel,
  filterFn_includesString,
  globalFilteringFeature,
  rowPaginationFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  sortFn_datetime,
  sortFn_text,
  tableFeatures,
  type ColumnHelper,
  type RowData,
  createColumnHelper,
} from "@tanstack/react-table";

export const dataTableFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, text: sortFn_text, basic: sortFn_basic, datetime: sortFn_datetime },
  columnFilteringFeature,
  globalFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  filterFns: { includesString: filterFn_includesString },
  rowPaginationFeature,
  paginatedRowModel: createPaginatedRowModel(),
  columnVisibilityFeature,
});

export type DataTableFeatures = typeof dataTableFeatures;

/** Column definitions for a DataTable of `Row`s; build them with `columnHelper<Row>()`. */
export type DataTableColumns<Row extends RowData> = ReturnType<ColumnHelper<DataTableFeatures, Row>["columns"]>;

export function columnHelper<Row extends RowData>() {
  return createColumnHelper<DataTableFeatures, Row>();
}
