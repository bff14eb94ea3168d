// GET /targets/export?format=csv|xlsx&<the list's filters>: the filtered targets table.
import { z } from "zod";
import { getRequestUser } from "@/lib/auth/request-user";
import { listTargets } from "@/lib/data/dashboard/targets-list";
import { attachment, toCsv } from "@/lib/export/csv";
import { targetTableHeader, targetTableRow } from "@/lib/export/target-table";
import { toXlsx } from "@/lib/export/xlsx";
import { notFound, parseQuery, unauthorized } from "@/lib/http";
import { getTranslator } from "@/lib/i18n/server";
import { targetFilterSchema } from "@/lib/validations/targets";

const querySchema = targetFilterSchema.extend({ format: z.enum(["csv", "xlsx"]) });

export async function GET(request: Request) {
  const query = parseQuery(querySchema, request.url);
  if (!query.ok) return query.response;
  const user = await getRequestUser(request);
  if (!user) return unauthorized();
  const [list, { t, locale }] = await Promise.all([listTargets(user, query.data), getTranslator()]);
  if (!list) return notFound("region");
  const { rows } = list;
  const header = targetTableHeader(t);
  const body = rows.map((r) => targetTableRow(t, locale, r));
  const filename = `${t("targets.exportName")}_${new Date().toISOString().slice(0, 10)}.${query.data.format}`;
  if (query.data.format === "csv") {
    return new Response(toCsv([header, ...body]), { headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": attachment(filename) } });
  }
  const xlsx = await toXlsx(t("targets.title"), header, body, { 13: "0.0%", 14: "0.0%" });
  return new Response(new Uint8Array(xlsx), {
    headers: { "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Content-Disposition": attachment(filename) },
  });
}
