// The access matrix of the API, generated from one table of rules (issue 14, "Access"): every caller
// (each role signed in, each role's API token, signed out) × every route of app/api/routes.ts ×
// in-scope / out-of-scope region → the status lib/permissions.ts and the route's declaration call
// for, compared with what the real handler answers. A route missing from the table fails the test.
// Signed-in sessions are the data layer's session users; the cookie → session step itself is
// covered by tests/integration/security/session-expiry.test.ts.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { API_ROUTES } from "@/app/api/routes";
import type { Role, SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import type { RouteSpec } from "@/lib/http/spec";
import { can, isPathInScope } from "@/lib/permissions";
import { callRoute, createRoleTokens, DEMO_ACCOUNT, loadHandlers, type CallOptions, type Handler } from "../../support/api-callers";
import { userNamed } from "../../support/users";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({
  getSessionUser: async () => session.user,
  getReadySessionUser: async () => session.user,
  requireUser: async () => {
    if (!session.user) throw new Error("NEXT_REDIRECT /login");
    return session.user;
  },
}));

const ROLES = Object.keys(DEMO_ACCOUNT) as Role[];
const IN_SCOPE = "450681"; // 东兴市: in the scope of every demo account
const PERIOD = "2020Q3";

/** Where a route names a region, and what it answers for one outside the caller's scope. */
interface AccessRule {
  /** The request naming `region` (a county code); "none" routes ignore it. */
  request: (region: string) => Promise<CallOptions> | CallOptions;
  scope: "region" | "none";
  /**
   * The answer for a region outside the caller's scope: a read is not found (404), a single save is
   * refused and audited (403), a file import rejects the row with its "outOfScope" issue (400).
   */
  outOfScope?: 400 | 403 | 404;
  /** Routes that name a department: the request for `department`; another department than a department user's own is not found. */
  department?: (department: number) => CallOptions;
  /** What an allowed caller gets when it is not 200: 404 where the demo holds nothing to give (no notice published, no evidence file). */
  allowed?: 404;
}

/** The assessment routes name the assessing region: the city above 东兴市, or the out-of-scope region itself. */
const assessing = (region: string) => (region === IN_SCOPE ? "450600" : region);

const figureBody = async (region: string) => {
  const where = { indicator: { code: "MFG_SPOT_PASS" }, region: { code: region }, year: 2020, quarter: 3 };
  const stored = await db.figure.findFirst({ where, select: { version: true, numerator: true, denominator: true } });
  return JSON.stringify({ indicator: "MFG_SPOT_PASS", region, period: PERIOD, numerator: stored?.numerator ?? 95, denominator: stored?.denominator ?? 100, version: stored?.version ?? 0 });
};

const importForm = async (region: string) => {
  const where = { indicator: { code: "MFG_SPOT_PASS" }, region: { code: region }, year: 2020, quarter: 3 };
  const stored = await db.figure.findFirst({ where, select: { version: true, numerator: true, denominator: true } });
  const csv = `indicator,region,period,numerator,denominator,version\nMFG_SPOT_PASS,${region},${PERIOD},${stored?.numerator ?? 95},${stored?.denominator ?? 100},${stored?.version ?? 0}\n`;
  const form = new FormData();
  form.set("file", new File([csv], "figures.csv", { type: "text/csv" }));
  form.set("period", PERIOD);
  // The office and the administrator import on a department's behalf; a department user for its own.
  form.set("department", String(scjId));
  return { body: form };
};

/** The one table: each route of app/api/routes.ts by its path. */
const ACCESS: Record<string, AccessRule> = {
  "/api/v1/me": { scope: "none", request: () => ({}) },
  "/api/v1/targets": { scope: "region", request: (region) => ({ query: `region=${region}` }) },
  "/api/v1/regions/{code}/scorecard": { scope: "region", request: (region) => ({ params: { code: region } }) },
  "/api/v1/targets/{file}": { scope: "region", request: (region) => ({ params: { file: "export.csv" }, query: `region=${region}` }) },
  "/api/v1/indicators/{code}/ranking.csv": { scope: "region", request: (region) => ({ params: { code: "MFG_SPOT_PASS" }, query: `period=${PERIOD}&region=${region}` }) },
  "/api/v1/figures": { scope: "region", outOfScope: 403, request: async (region) => ({ body: await figureBody(region), contentType: "application/json" }) },
  "/api/v1/figure-imports/template": {
    scope: "none",
    request: () => ({ query: `period=${PERIOD}&department=${scjId}` }),
    department: (department) => ({ query: `period=${PERIOD}&department=${department}` }),
  },
  "/api/v1/figure-imports": { scope: "region", outOfScope: 400, request: importForm },
  "/api/v1/reports/{file}": { scope: "region", request: (region) => ({ params: { file: "summary.json" }, query: `region=${region}&period=2020` }) },
  "/api/v1/warnings": { scope: "region", request: (region) => ({ query: `region=${region}` }) },
  "/api/v1/assessments/{year}": { scope: "region", request: (region) => ({ params: { year: "2020" }, query: `region=${assessing(region)}` }) },
  "/api/v1/assessments/{year}/{file}": { scope: "region", allowed: 404, request: (region) => ({ params: { year: "2020", file: "notice.docx" }, query: `region=${assessing(region)}` }) },
  "/api/v1/evidence/{id}": { scope: "none", allowed: 404, request: () => ({ params: { id: "1" } }) },
  "/api/v1/openapi.json": { scope: "none", request: () => ({}) },
  "/api/health": { scope: "none", request: () => ({}) },
};

/**
 * The region outside the caller's scope: a county if there is one (for 东兴市's viewer, another
 * county of the city), else 河北 (for the city's accounts). Signed out, 河北. None for a caller
 * whose scope holds every region (the administrator): that cell does not exist.
 */
function outsideOf(user: SessionUser | null) {
  const outside = regions.filter((r) => !user || !isPathInScope(user, r.path));
  return outside.find((r) => r.level === "COUNTY") ?? outside.find((r) => r.code === "130000") ?? outside[0];
}

interface Caller {
  name: string;
  user: SessionUser | null;
  token?: string;
}

let scjId = 0;
let otherDepartmentId = 0;
let regions: { code: string; path: string; level: string }[] = [];
let inScopePath = "";
let callers: Caller[] = [];
let handlers: { spec: RouteSpec; handler: Handler }[] = [];
let tokens: Awaited<ReturnType<typeof createRoleTokens>>;

beforeAll(async () => {
  scjId = (await db.department.findUniqueOrThrow({ where: { code: "SCJ" } })).id;
  otherDepartmentId = (await db.department.findFirstOrThrow({ where: { active: true, NOT: { id: scjId }, responsibilities: { some: {} } } })).id;
  inScopePath = (await db.region.findUniqueOrThrow({ where: { code: IN_SCOPE } })).path;
  const users = await Promise.all(ROLES.map((role) => userNamed(DEMO_ACCOUNT[role])));
  regions = await db.region.findMany({ select: { code: true, path: true, level: true }, orderBy: { path: "asc" } });
  tokens = await createRoleTokens("matrix");
  handlers = await loadHandlers();
  callers = [
    ...ROLES.map((role, i) => ({ name: `session ${role}`, user: users[i] ?? null })),
    ...ROLES.map((role, i) => ({ name: `token ${role}`, user: users[i] ?? null, token: tokens.secrets[role] })),
    { name: "signed out", user: null },
  ];
});

afterAll(async () => {
  session.user = null;
  await tokens?.remove();
});

/** The status the rules call for. */
function expected(spec: RouteSpec, rule: AccessRule, caller: Caller, regionPath: string): number {
  if (spec.auth === "public") return 200;
  if (!caller.user) return 401;
  if (spec.permission && !can(caller.user, spec.permission.capability)) return 403;
  if (rule.scope === "region" && !isPathInScope(caller.user, regionPath)) return rule.outOfScope ?? 404;
  return rule.allowed ?? 200;
}

describe("API access matrix", () => {
  it("has a rule for every declared route, and no rule for a route that does not exist", () => {
    expect(new Set(Object.keys(ACCESS))).toEqual(new Set(API_ROUTES.map((spec) => spec.path)));
  });

  it("answers every caller × route × region as the rules say", async () => {
    const mismatches: string[] = [];
    let cells = 0;
    for (const { spec, handler } of handlers) {
      const rule = ACCESS[spec.path];
      if (!rule) continue;
      for (const caller of callers) {
        const outside = outsideOf(caller.user);
        const cases = [["in scope", { code: IN_SCOPE, path: inScopePath }], ...(outside ? [["out of scope", outside] as const] : [])] as const;
        for (const [where, region] of cases) {
          // Signed-in callers come through the session; token callers through the bearer header only.
          session.user = caller.token ? null : caller.user;
          const response = await callRoute(handler, spec, { ...(await rule.request(region.code)), token: caller.token, lang: "en" });
          const want = expected(spec, rule, caller, region.path);
          cells++;
          if (response.status !== want) mismatches.push(`${caller.name} ${spec.method} ${spec.path} ${where} (${region.code}): ${response.status}, expected ${want} — ${(await response.text()).slice(0, 200)}`);
        }
        if (rule.department) {
          session.user = caller.token ? null : caller.user;
          const response = await callRoute(handler, spec, { ...rule.department(otherDepartmentId), token: caller.token, lang: "en" });
          const base = expected(spec, rule, caller, inScopePath);
          const want = base === 200 && caller.user && !can(caller.user, "figure.enterOnBehalf") ? 404 : base;
          cells++;
          if (response.status !== want) mismatches.push(`${caller.name} ${spec.method} ${spec.path} other department: ${response.status}, expected ${want} — ${(await response.text()).slice(0, 200)}`);
        }
      }
    }
    session.user = null;
    console.log(`access matrix: ${cells} cells (${callers.length} callers × ${handlers.length} routes × in/out of scope, + another department where a route names one; the administrator has no out-of-scope region), ${mismatches.length} mismatches`);
    expect(mismatches).toEqual([]);
  });
});
