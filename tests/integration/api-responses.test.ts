// The API's answers, from its real handlers against the demo database with API tokens: each
// success matches the route's declared response schema, each error the one error shape, every
// answer is `private, no-store`, malformed input is a 400 (never a 500), and the CSV/XLSX exports
// accept a bearer token.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { GET as health } from "@/app/api/health/route";
import { GET as template } from "@/app/api/v1/figure-imports/template/route";
import { PUT as putFigure } from "@/app/api/v1/figures/route";
import { figuresRoute } from "@/app/api/v1/figures/schema";
import { GET as ranking } from "@/app/api/v1/indicators/[code]/ranking.csv/route";
import { GET as me } from "@/app/api/v1/me/route";
import { meRoute } from "@/app/api/v1/me/schema";
import { GET as openapi } from "@/app/api/v1/openapi.json/route";
import { openApiRoute } from "@/app/api/v1/openapi.json/schema";
import { GET as scorecard } from "@/app/api/v1/regions/[code]/scorecard/route";
import { scorecardRoute } from "@/app/api/v1/regions/[code]/scorecard/schema";
import { GET as reports } from "@/app/api/v1/reports/[file]/route";
import { reportsRoute } from "@/app/api/v1/reports/[file]/schema";
import { GET as targetsExport } from "@/app/api/v1/targets/[file]/route";
import { GET as targets } from "@/app/api/v1/targets/route";
import { targetsRoute } from "@/app/api/v1/targets/schema";
import { healthRoute } from "@/app/api/health/schema";
import { hashToken } from "@/lib/data/token-users";
import { db } from "@/lib/db";
import { apiErrorSchema } from "@/lib/http/errors";

// Next hands a route without dynamic segments no `params` at all: call those the same way.
type Handler = (request: Request, context: { params?: Promise<Record<string, string>> }) => Promise<Response>;

const LEADER = "api-responses-leader";
const DEPT = "api-responses-dept";
const tokenIds: number[] = [];

beforeAll(async () => {
  const byName = (username: string) => db.user.findUniqueOrThrow({ where: { username } });
  const admin = await byName("admin");
  for (const [secret, user] of [[LEADER, await byName("leader")], [DEPT, await byName("dept-scj")]] as const) {
    const token = await db.apiToken.create({
      data: { name: secret, tokenHash: hashToken(secret), prefix: secret.slice(0, 4), role: user.role, scopeRegionId: user.scopeRegionId, departmentId: user.departmentId, createdById: admin.id },
    });
    tokenIds.push(token.id);
  }
});

afterAll(async () => {
  await db.apiToken.deleteMany({ where: { id: { in: tokenIds } } });
});

async function call(handler: Handler, url: string, options: { token?: string; params?: Record<string, string>; method?: string; body?: string; lang?: string } = {}) {
  const headers: Record<string, string> = { "accept-language": options.lang ?? "zh-CN" };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers["content-type"] = "application/json";
  const response = await handler(new Request(`http://localhost${url}`, { method: options.method ?? "GET", headers, body: options.body }), options.params ? { params: Promise.resolve(options.params) } : {});
  expect(response.headers.get("cache-control")).toBe("private, no-store");
  return response;
}

async function expectJson<S extends z.ZodType>(response: Response, schema: S): Promise<z.output<S>> {
  expect(response.status).toBe(200);
  const parsed = schema.safeParse(await response.json());
  expect(parsed.error?.issues ?? []).toEqual([]);
  return parsed.data as z.output<S>;
}

async function expectError(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  const body = apiErrorSchema.parse(await response.json());
  expect(body.error.code).toBe(code);
  return body.error;
}

describe("successful answers match their declared schemas", () => {
  it("me, targets, scorecard, report JSON, health, openapi.json", async () => {
    expect(await expectJson(await call(me, "/api/v1/me", { token: LEADER }), meRoute.response.schema)).toMatchObject({ role: "LEADERSHIP", scope: { code: "450600" } });
    const rows = await expectJson(await call(targets, "/api/v1/targets?region=450621", { token: LEADER }), targetsRoute.response.schema);
    expect(rows.length).toBeGreaterThan(0);
    await expectJson(await call(scorecard, "/api/v1/regions/450621/scorecard", { token: LEADER, params: { code: "450621" } }), scorecardRoute.response.schema);
    await expectJson(await call(reports, "/api/v1/reports/summary.json?region=450600&period=2020", { token: LEADER, params: { file: "summary.json" } }), reportsRoute.response.schema);
    await expectJson(await call(health, "/api/health"), healthRoute.response.schema);
    const document = await expectJson(await call(openapi, "/api/v1/openapi.json", { lang: "en" }), openApiRoute.response.schema);
    expect(Object.keys(document.paths)).toContain("/api/v1/targets/{file}");
  });

  it("a figure saved through PUT /api/v1/figures", async () => {
    const where = { indicator: { code: "MFG_SPOT_PASS" }, region: { code: "450602" }, year: 2020, quarter: 3 };
    const stored = await db.figure.findFirst({ where, select: { version: true } });
    const body = JSON.stringify({ indicator: "MFG_SPOT_PASS", region: "450602", period: "2020Q3", numerator: 95, denominator: 100, note: "接口测试", version: stored?.version ?? 0 });
    const saved = await expectJson(await call(putFigure, "/api/v1/figures", { token: DEPT, method: "PUT", body }), figuresRoute.response.schema);
    expect(saved.figure).toMatchObject({ indicator: "MFG_SPOT_PASS", region: "450602", numerator: 95, status: "DRAFT" });
    const stale = await expectError(await call(putFigure, "/api/v1/figures", { token: DEPT, method: "PUT", body }), 409, "CONFLICT");
    expect(stale).toMatchObject({ reason: "conflict", current: { version: saved.figure.version } });
  });
});

describe("errors", () => {
  it("401 without a caller, 403 for a role without the permission, 404 outside the scope, in the caller's language", async () => {
    expect((await expectError(await call(targets, "/api/v1/targets?region=450621", { token: "revoked-or-made-up", lang: "en" }), 401, "UNAUTHORIZED")).message).toMatch(/API token/);
    const refused = await expectError(await call(template, "/api/v1/figure-imports/template?period=2020Q3", { token: LEADER }), 403, "FORBIDDEN");
    expect(refused.message).toBe("您的账号没有填报权限。");
    expect((await expectError(await call(targets, "/api/v1/targets?region=130000", { token: LEADER, lang: "en" }), 404, "NOT_FOUND")).message).toBe("No such region in your scope.");
  });

  it("reports: the role check and the messages are translated", async () => {
    const dept = await expectError(await call(reports, "/api/v1/reports/summary.json?region=450600&period=2020", { token: DEPT, params: { file: "summary.json" } }), 403, "FORBIDDEN");
    expect(dept.message).toBe("您的角色无权导出报告。");
    await expectError(await call(reports, "/api/v1/reports/summary.odt?region=450600&period=2020", { token: LEADER, params: { file: "summary.odt" } }), 404, "NOT_FOUND");
  });

  it("malformed input is a 400 with field messages, never a 500", async () => {
    const badJson = await expectError(await call(putFigure, "/api/v1/figures", { token: DEPT, method: "PUT", body: "{not json" }), 400, "BAD_REQUEST");
    expect(badJson.message).toBe("请求体不是有效的 JSON。");
    const escapes = await expectError(await call(targets, "/api/v1/targets?region=%E0%A4%A", { token: LEADER }), 400, "BAD_REQUEST");
    expect(escapes.fieldCodes).toEqual({ region: ["badRegionCode"] });
    const huge = await expectError(await call(template, "/api/v1/figure-imports/template?period=2020Q3&department=99999999999999999999", { token: DEPT }), 400, "BAD_REQUEST");
    expect(huge.fieldCodes).toEqual({ department: ["badId"] });
    const period = await expectError(await call(reports, "/api/v1/reports/summary.json?region=450600&period=20x", { token: LEADER, params: { file: "summary.json" }, lang: "en" }), 400, "BAD_REQUEST");
    expect(period.fieldErrors).toEqual({ period: ["The period must be a year (2020) or a quarter (2020Q4)"] });
    const hugeFilter = await call(targetsExport, "/api/v1/targets/export.csv?plan=99999999999999999999&page=99999999999999999999", { token: LEADER, params: { file: "export.csv" } });
    expect(hugeFilter.status).toBe(200);
  });
});

describe("exports accept an API token", () => {
  it("targets as CSV and Excel", async () => {
    const csv = await call(targetsExport, "/api/v1/targets/export.csv?region=450621", { token: LEADER, params: { file: "export.csv" } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(await csv.text()).toContain("上思县");
    const xlsx = await call(targetsExport, "/api/v1/targets/export.xlsx", { token: LEADER, params: { file: "export.xlsx" } });
    expect(xlsx.status).toBe(200);
    expect(Buffer.from(await xlsx.arrayBuffer()).subarray(0, 2).toString()).toBe("PK");
    await expectError(await call(targetsExport, "/api/v1/targets/export.csv", { token: "made-up", params: { file: "export.csv" } }), 401, "UNAUTHORIZED");
  });

  it("an indicator's ranking as CSV", async () => {
    const csv = await call(ranking, "/api/v1/indicators/FOOD_SPOT_PASS/ranking.csv?period=2020Q2", { token: LEADER, params: { code: "FOOD_SPOT_PASS" } });
    expect(csv.status).toBe(200);
    expect(await csv.text()).toContain("450621");
    await expectError(await call(ranking, "/api/v1/indicators/NO_SUCH/ranking.csv", { token: LEADER, params: { code: "NO_SUCH" } }), 404, "NOT_FOUND");
  });
});
