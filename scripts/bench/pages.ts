// Every page, API route and report of the product at province scale, each with the capability it
// needs, the region it is about and the demo account that uses it. The bench times each as that
// account; the every-page test (scripts/test-province-pages.ts) requests each as every account.
import type { Capability } from "@/lib/permissions";

export const DEMO_USERS = ["admin", "office", "leader", "dept-scj", "office-dx", "viewer-dx"] as const;
export type DemoUser = (typeof DEMO_USERS)[number];

/** The province data set's codes: its root, the first city, a county of it (office-dx's and viewer-dx's scope). */
export const PROVINCE = { province: "990000", city: "990100", county: "990102" } as const;

/** Each demo account's scope region on the province data set. */
export const SCOPE_OF: Record<DemoUser, string> = {
  admin: PROVINCE.province,
  office: PROVINCE.province,
  leader: PROVINCE.province,
  "dept-scj": PROVINCE.province,
  "office-dx": PROVINCE.county,
  "viewer-dx": PROVINCE.county,
};

export type CaseKind = "page" | "api" | "report";

export interface PageCase {
  name: string;
  path: string;
  kind: CaseKind;
  /** What the caller must be allowed (null: any signed-in user). */
  capability: Capability | null;
  /** The region the URL is about: a caller whose scope does not hold it is refused. */
  region?: string;
  /** The account the bench times it as. */
  as: DemoUser;
  method?: "GET" | "PUT" | "POST";
  body?: string;
  /** The answer every caller gets whatever its role (e.g. 400 for a body that fails validation). */
  fixedStatus?: number;
  /** The answer an allowed caller gets, when not 200 (a write with a body that fails validation). */
  allowedStatus?: number;
}

/** Ids of records the detail pages show, read from the database under test. */
export interface CaseIds {
  indicatorCode: string;
  planId: number;
  targetId: number;
  figureId: number;
  indicatorId: number;
  regionId: number;
  departmentId: number;
  userId: number;
  year: number;
}

/** The list screens and dashboards: what the bench times and the concurrency run mixes. */
export function pageCases(ids: Pick<CaseIds, "indicatorCode">): PageCase[] {
  const page = (name: string, path: string, capability: Capability | null, as: DemoUser, region?: string): PageCase => ({ name, path, kind: "page", capability, as, region });
  return [
    page("overview", "/", "dashboard.view", "leader"),
    page("region page", `/regions/${PROVINCE.city}`, null, "leader", PROVINCE.city),
    page("indicator page", `/indicators/${encodeURIComponent(ids.indicatorCode)}`, null, "leader"),
    page("targets", "/targets", "dashboard.view", "leader"),
    page("targets city", `/targets?region=${PROVINCE.city}`, "dashboard.view", "office", PROVINCE.city),
    page("entry", "/entry", "figure.enter", "dept-scj"),
    page("review", "/review", "figure.review", "office"),
    page("completeness", "/completeness", "figure.review", "office"),
    page("audit", "/audit", "audit.view", "admin"),
    page("reports page", "/reports", "report.export", "leader"),
    page("assessment", "/assessment", "assessment.view", "leader"),
    page("periods", "/periods", "period.manage", "admin"),
    page("admin", "/admin", "plan.manage", "office"),
    page("admin plans", "/admin/plans", "plan.manage", "office"),
    page("admin indicators", "/admin/indicators", "plan.manage", "office"),
    page("admin regions", "/admin/regions", "master.manage", "admin"),
    page("admin departments", "/admin/departments", "master.manage", "admin"),
    page("admin duties", "/admin/responsibilities", "master.manage", "admin"),
    page("admin users", "/admin/users", "user.manage", "admin"),
    page("admin tokens", "/admin/tokens", "token.manage", "admin"),
    { name: "API targets", path: `/api/v1/targets?region=${PROVINCE.city}`, kind: "api", capability: "dashboard.view", as: "leader", region: PROVINCE.city },
    { name: "API scorecard", path: `/api/v1/regions/${PROVINCE.city}/scorecard`, kind: "api", capability: "dashboard.view", as: "leader", region: PROVINCE.city },
  ];
}

export const REPORT_FORMATS = ["json", "xlsx", "docx", "pdf"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The summary report of the province, a city and a county, for a past year and a past quarter, in every format. */
export function reportCases(year: number, formats: readonly ReportFormat[] = REPORT_FORMATS): (PageCase & { format: ReportFormat; level: "province" | "city" | "county" })[] {
  const levels = [["province", PROVINCE.province], ["city", PROVINCE.city], ["county", PROVINCE.county]] as const;
  return levels.flatMap(([level, region]) =>
    [String(year), `${year}Q3`].flatMap((period) =>
      formats.map((format) => ({
        name: `report ${level} ${period} ${format}`,
        path: `/api/v1/reports/summary.${format}?region=${region}&period=${period}`,
        kind: "report" as const,
        capability: "report.export" as const,
        region,
        as: "leader" as const,
        format,
        level,
      })),
    ),
  );
}

/** Detail pages, forms and the remaining API routes: requested by the every-page test, not timed. */
export function detailCases(ids: CaseIds): PageCase[] {
  const page = (name: string, path: string, capability: Capability | null, region?: string): PageCase => ({ name, path, kind: "page", capability, as: "admin", region });
  const api = (name: string, path: string, capability: Capability | null, region?: string): PageCase => ({ name, path, kind: "api", capability, as: "admin", region });
  return [
    page("api docs", "/api-docs", null),
    page("figure history", `/figures/${ids.figureId}`, null, PROVINCE.county),
    page("indicator page at a quarter", `/indicators/${encodeURIComponent(ids.indicatorCode)}?period=${ids.year}Q2&region=${PROVINCE.city}`, null, PROVINCE.city),
    page("region page county", `/regions/${PROVINCE.county}`, null, PROVINCE.county),
    // A region picker outside the scope falls back to the scope: 200 for every account that may review or enter.
    page("review department", `/review?department=${ids.departmentId}&region=${PROVINCE.city}`, "figure.review"),
    page("entry city", `/entry?region=${PROVINCE.city}`, "figure.enter"),
    // The province's plan: outside a county office's scope.
    page("admin plan", `/admin/plans/${ids.planId}`, "plan.manage", PROVINCE.province),
    page("admin target", `/admin/plans/${ids.planId}/targets/${ids.targetId}`, "plan.manage", PROVINCE.province),
    page("admin new target", `/admin/plans/${ids.planId}/targets/new`, "plan.manage", PROVINCE.province),
    page("admin new plan", "/admin/plans/new", "plan.manage"),
    page("admin plan import", "/admin/plans/import", "plan.manage"),
    page("admin indicator", `/admin/indicators/${ids.indicatorId}`, "plan.manage"),
    page("admin new indicator", "/admin/indicators/new", "plan.manage"),
    page("admin region", `/admin/regions/${ids.regionId}`, "master.manage"),
    page("admin new region", "/admin/regions/new", "master.manage"),
    page("admin department", `/admin/departments/${ids.departmentId}`, "master.manage"),
    page("admin new department", "/admin/departments/new", "master.manage"),
    page("admin user", `/admin/users/${ids.userId}`, "user.manage"),
    page("admin new user", "/admin/users/new", "user.manage"),
    page("print report", `/reports/print?region=${PROVINCE.city}&period=${ids.year}`, "report.export", PROVINCE.city),
    api("API me", "/api/v1/me", null),
    api("API targets csv", `/api/v1/targets/export.csv?region=${PROVINCE.city}`, "dashboard.view", PROVINCE.city),
    api("API targets xlsx", `/api/v1/targets/export.xlsx?region=${PROVINCE.city}`, "dashboard.view", PROVINCE.city),
    api("API ranking csv", `/api/v1/indicators/${encodeURIComponent(ids.indicatorCode)}/ranking.csv?region=${PROVINCE.city}`, null, PROVINCE.city),
    api("API import template", `/api/v1/figure-imports/template?period=${ids.year}Q4`, "figure.enter"),
    api("API openapi", "/api/v1/openapi.json", null),
    api("API health", "/api/health", null),
    // Write routes with a body that fails validation: 400 for everyone, never a server error.
    { ...api("API figures PUT", "/api/v1/figures", null), method: "PUT", body: JSON.stringify({ indicatorCode: "", regionCode: "x" }), fixedStatus: 400 },
    // The import checks the caller's role before it reads the upload.
    { ...api("API figure import POST", "/api/v1/figure-imports", "figure.enter"), method: "POST", body: "", allowedStatus: 400 },
  ];
}

/** Whether this account may have the case: its role has the capability and its scope holds the region. */
export function isAllowed(user: DemoUser, c: PageCase, can: (user: DemoUser, capability: Capability) => boolean, regionPath: (code: string) => string): boolean {
  if (c.capability !== null && !can(user, c.capability)) return false;
  return c.region === undefined || regionPath(c.region).startsWith(regionPath(SCOPE_OF[user]));
}
