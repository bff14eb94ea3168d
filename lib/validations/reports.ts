// Parameters of the summary report, shared by the /reports page, the print page and the export API.
import { z } from "zod";
import { parseReportPeriod } from "@/lib/domain/report-period";
import { LOCALES } from "@/lib/i18n/locales";
import { regionCodeParam } from "./dashboard";

/** The optional parts of a report, in the order they appear. The title block and overview always do. */
export const REPORT_SECTIONS = ["targets", "charts", "problems", "subregions", "subregionTargets", "completeness"] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

export const reportPeriodParam = z
  .string()
  .refine((v) => parseReportPeriod(v) !== null, { message: "badReportPeriod" })
  .transform((v) => parseReportPeriod(v) ?? { kind: "YEAR" as const, year: 0 });

/** "targets,charts" or repeated ?sections=…; absent means every section; unknown names are a 400. */
export const reportSectionsParam = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(",")).map((s) => s.trim()).filter(Boolean)))
  .pipe(z.array(z.enum(REPORT_SECTIONS, { error: "badSection" })))
  .transform((list) => (list.length === 0 ? [...REPORT_SECTIONS] : REPORT_SECTIONS.filter((s) => list.includes(s))));

export const reportQuerySchema = z.object({
  region: regionCodeParam,
  period: reportPeriodParam,
  sections: reportSectionsParam,
  lang: z.enum(LOCALES).optional(),
});

export type ReportQuery = z.output<typeof reportQuerySchema>;

/** Search parameters as Next hands them to pages, read with the same rules as the API's. */
export function readSearchParams(params: Record<string, string | string[] | undefined>) {
  return Object.fromEntries(Object.entries(params).flatMap(([k, v]) => (v === undefined ? [] : [[k, k === "sections" ? v : Array.isArray(v) ? v[0] : v]])));
}

/** The query string of a report URL (sections omitted when all are chosen). */
export function reportSearch(q: { region: string; period: string; sections: readonly ReportSection[]; lang?: string }): string {
  const params = new URLSearchParams({ region: q.region, period: q.period });
  if (q.sections.length !== REPORT_SECTIONS.length) params.set("sections", q.sections.join(","));
  if (q.lang) params.set("lang", q.lang);
  return params.toString();
}
