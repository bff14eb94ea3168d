// GET /api/v1/targets/export.{csv,xlsx}?<the list's filters>: the filtered targets table, for a
// session or an API token.
import { listTargets } from "@/lib/data/dashboard/targets-list";
import { attachment, toCsv } from "@/lib/export/csv";
import { targetTableHeader, targetTableRow } from "@/lib/export/target-table";
import { toXlsx } from "@/lib/export/xlsx";
import { handle } from "@/lib/http";
import { targetsExportRoute } from "./schema";

export const GET = handle(targetsExportRoute, async ({ user, params, query, t, locale, error }) => {
  const format = params.file === "export.csv" ? "csv" : "xlsx";
  const list = await listTargets(user, query);
  if (!list) return error("NOT_FOUND", "api.errors.regionNotFound");
  const { rows } = list;
  const header = targetTableHeader(t);
  const body = rows.map((r) => targetTableRow(t, locale, r));
  const filename = `${t("targets.exportName")}_${new Date().toISOString().slice(0, 10)}.${format}`;
  if (format === "csv") {
    return new Response(toCsv([header, ...body]), { headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": attachment(filename) } });
  }
  const xlsx = await toXlsx(t("targets.title"), header, body, { 13: "0.0%", 14: "0.0%" });
  return new Response(new Uint8Array(xlsx), {
    headers: { "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Content-Disposition": attachment(filename) },
  });
});
