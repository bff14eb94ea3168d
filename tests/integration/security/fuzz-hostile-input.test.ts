// Hostile input at every trust boundary (issue 14, "Bad input"): every zod schema exported from
// lib/validations, every API route through its real handler with an API token, and the import
// parsers, driven by fast-check with huge and tiny numbers, NaN, -0, 10 MB strings, control and
// bidi characters, lone surrogates, SQL and HTML fragments, wrong types and deep nesting.
// Properties: no answer is a 500 (errors have the one JSON error shape), a 400 speaks the request's
// language, an invalid figure save writes nothing, and the parsers return a failure, never throw.
import { readdirSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { figurePutSchema } from "@/lib/validations/figure";
import { parseJsonBody } from "@/lib/http/json-body";
import { parseImportRows } from "@/lib/domain/figure-import/parse-rows";
import { readTable } from "@/lib/files/read-table";
import { db } from "@/lib/db";
import { apiErrorSchema } from "@/lib/http/errors";
import type { RouteSpec } from "@/lib/http/spec";
import type { Role } from "@/lib/auth/session-user";
import { callRoute, createRoleTokens, loadHandlers, pathParams, type Handler } from "../../support/api-callers";

const root = path.resolve(import.meta.dirname, "../../..");
const TEN_MB = 10 * 1024 * 1024;
const CJK = /[\u3400-\u9fff]/;
const ROLES: Role[] = ["ADMIN", "OFFICE", "LEADERSHIP", "DEPARTMENT", "VIEWER"];

const tally = { cases: 0, requests: 0, serverErrors: 0, statuses: {} as Record<number, number> };

// ---- hostile values ----
const FRAGMENTS = [
  "' OR 1=1 --", "\"; DROP TABLE Figure; --", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
  "\u202e\u2066gnp.exe\u2069", "\u0000", "\u0001\u001f\u007f\u0085", "\r\n\t", "\ufeff", "\ud800", "a\udfffb",
  "NaN", "-0", "1e308", "-1e308", "1e-324", "Infinity", "99999999999999999999", "-1", "0x10", "%E0%A4%A", "%",
  "../../etc/passwd", "", " ", "２０２０Ｑ３", "1,234.5", "null", "undefined", "__proto__", "constructor",
  // real codes, so that some cases reach the handlers' own checks
  "450600", "450621", "450681", "130000", "2020Q3", "2020", "2020Q5", "MFG_SPOT_PASS", "FOOD_SPOT_PASS", "summary.json", "summary.xlsx",
  "export.csv", "export.xlsx", "1", "true", "en", "zh-CN",
];
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const controlOrBidi = fc.constantFrom("\u0000", "\u0007", "\u001b", "\u200b", "\u202a", "\u202e", "\u2066", "\u2069", "\u2028");
const hostileString = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 60 }) },
  { weight: 1, arbitrary: fc.array(fc.oneof(loneSurrogate, controlOrBidi, fc.constantFrom(...FRAGMENTS)), { maxLength: 8 }).map((parts) => parts.join("")) },
  { weight: 1, arbitrary: fc.integer({ min: 100, max: 5000 }).map((n) => "9".repeat(n)) },
);
const hostileNumber = fc.oneof(
  fc.constantFrom(Number.NaN, -0, 1e308, -1e308, Number.MIN_VALUE, Number.MAX_SAFE_INTEGER + 2, Infinity, -Infinity, 0.1 + 0.2),
  fc.double(),
  fc.integer(),
);
const deep = (depth: number, leaf: unknown): unknown => { let value = leaf; for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value }; return value; };
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: hostileString },
  { weight: 2, arbitrary: hostileNumber },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, true, false, [], {}, [1, "2"], { $gt: "" }) },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.integer({ min: 10, max: 3000 }).map((n) => deep(n, "x")) },
);

/** The keys a schema reads, when it is an object (directly or under checks). */
function keysOf(schema: z.ZodType | undefined): string[] {
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

/** An object with the schema's own keys (some dropped, some extra) holding hostile values. */
function hostileObject(keys: string[], value: fc.Arbitrary<unknown> = hostileValue) {
  const model = Object.fromEntries([...keys, "extra"].map((k) => [k, value]));
  return fc.record(model, { requiredKeys: [] });
}

// ---- 1. zod schemas ----
describe("every zod schema of lib/validations", () => {
  const schemas: { name: string; schema: z.ZodType }[] = [];
  beforeAll(async () => {
    const dir = path.join(root, "lib/validations");
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
      const exports = (await import(path.join(dir, file))) as Record<string, unknown>;
      for (const [name, value] of Object.entries(exports)) if (value instanceof z.ZodType) schemas.push({ name: `${file}:${name}`, schema: value });
    }
  });

  it("never throws on hostile input; a refusal is a list of issues with messages", async () => {
    expect(schemas.length).toBeGreaterThan(30);
    for (const { name, schema } of schemas) {
      const input = fc.oneof(hostileValue, hostileObject(keysOf(schema)));
      await fc.assert(
        fc.asyncProperty(input, async (value) => {
          tally.cases++;
          const result = await schema.safeParseAsync(value);
          if (!result.success) for (const issue of result.error.issues) expect(typeof issue.message, name).toBe("string");
        }),
        { numRuns: 60 },
      );
    }
  });

  it("1 MB strings in every field of every object schema, 10 MB in the figure save: a result, never a crash", async () => {
    const big = "\u202e<script>".repeat(2 ** 20 / 9);
    const huge = "\u202e<script>".repeat(TEN_MB / 9);
    for (const { name, schema } of schemas.filter((s) => keysOf(s.schema).length > 0)) {
      tally.cases++;
      const text = schema === figurePutSchema ? huge : big;
      const result = await schema.safeParseAsync(Object.fromEntries(keysOf(schema).map((k) => [k, text])));
      expect(typeof result.success, name).toBe("boolean");
    }
  });
});

// ---- 2. API routes ----
let tokens: Awaited<ReturnType<typeof createRoleTokens>>;
let routes: { spec: RouteSpec; handler: Handler }[] = [];
beforeAll(async () => {
  tokens = await createRoleTokens("fuzz");
  routes = await loadHandlers();
});
afterAll(async () => {
  await tokens.remove();
  console.log(`fuzz: ${tally.cases.toLocaleString("en")} cases, ${tally.requests.toLocaleString("en")} requests, ${tally.serverErrors} server errors (answers by status: ${JSON.stringify(tally.statuses)})`);
});

/** Checks one answer: no 5xx, the one error shape, a 400 in `lang` (null: either language). */
async function checkAnswer(response: Response, lang: string | null, label: string) {
  tally.requests++;
  tally.statuses[response.status] = (tally.statuses[response.status] ?? 0) + 1;
  if (response.status >= 500) tally.serverErrors++;
  expect(response.status, label).toBeLessThan(500);
  expect(response.headers.get("cache-control")).toBe("private, no-store");
  if (response.status < 400) return;
  const body = apiErrorSchema.safeParse(await response.json());
  expect(body.error?.issues ?? [], label).toEqual([]);
  if (response.status === 400 && body.data && lang) expect(CJK.test(body.data.error.message), `${label}: ${body.data.error.message}`).toBe(lang === "zh-CN");
}

/** A handler that throws is a 500 in Next: counted, and the test fails with the error. */
function counted(answer: Promise<Response>): Promise<Response> {
  return answer.catch((error: unknown) => {
    tally.requests++;
    tally.serverErrors++;
    throw error;
  });
}

const roleArb = fc.constantFrom(...ROLES);
const langArb = fc.constantFrom("zh-CN", "en");

function queryArb(spec: RouteSpec) {
  const value = fc.oneof(hostileString, fc.array(hostileString, { minLength: 2, maxLength: 3 }));
  return fc.tuple(hostileObject(keysOf(spec.query), value), fc.boolean()).map(([query, malformed]) => {
    const search = new URLSearchParams();
    for (const [key, v] of Object.entries(query)) for (const item of [v].flat()) search.append(key, String(item));
    // Malformed %-escapes, as a client may send them.
    return `${search.toString()}${malformed ? "&%E0%A4%A=%ZZ&region=%" : ""}`;
  });
}

function paramsArb(spec: RouteSpec) {
  // summary.pdf is left out: it starts Chromium (its queue is tested in tests/integration/reports).
  const param = hostileString.filter((s) => s !== "summary.pdf");
  return fc.record(Object.fromEntries(pathParams(spec).map((name) => [name, param])));
}

describe("every API route through its real handler", () => {
  it("GET routes: hostile path parameters and query strings never give a 500", async () => {
    for (const { spec, handler } of routes.filter((r) => r.spec.method === "GET")) {
      await fc.assert(
        fc.asyncProperty(roleArb, langArb, paramsArb(spec), queryArb(spec), async (role, lang, params, query) => {
          tally.cases++;
          const response = await counted(callRoute(handler, spec, { token: tokens.secrets[role], lang, params, query }));
          const label = `${role} ${spec.path} ${JSON.stringify(params)} ?${query}`;
          // A report's own valid ?lang= decides the language of the handler's answers (not of the wrapper's).
          const reportLang = new URLSearchParams(query).getAll("lang");
          const ownLang = reportLang.length === 1 && (reportLang[0] === "zh-CN" || reportLang[0] === "en");
          await checkAnswer(response, ownLang ? null : lang, label);
        }),
        { numRuns: 120 },
      );
    }
  });
});

// ---- 3. the write routes ----
const figureKeys = keysOf(figurePutSchema);
const VALID_PUT = { indicator: "MFG_SPOT_PASS", region: "450602", period: "2020Q3", numerator: 95, denominator: 100, note: "", version: 0 };
/** A body: a valid save with one field made hostile, an object of hostile fields, any value, or text that is not JSON. */
const putBody = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...figureKeys, "extra"), hostileValue).map(([key, value]) => JSON.stringify({ ...VALID_PUT, [key]: value }) ?? "") },
  { weight: 2, arbitrary: hostileObject(figureKeys).map((o) => JSON.stringify(o)) },
  { weight: 1, arbitrary: hostileValue.map((v) => JSON.stringify(v) ?? "") },
  { weight: 1, arbitrary: fc.constantFrom("{not json", "", "NaN", "1e999", "[".repeat(5000) + "]".repeat(5000), "{\"indicator\":\"\\ud800\"}", "\u0000") },
);

async function counts() {
  const [figures, figureAudits, denied] = await Promise.all([
    db.figure.count(),
    db.auditEvent.count({ where: { entityType: "Figure", NOT: { action: "figure.denied" } } }),
    db.auditEvent.count({ where: { action: "figure.denied" } }),
  ]);
  return { figures, figureAudits, denied };
}

/** What the body is to the route: not JSON (or nested too deep), refused by the schema, or a parsed save. */
function judge(text: string): "badJson" | "invalid" | "valid" {
  const raw = parseJsonBody(text);
  if (raw === undefined) return "badJson";
  return figurePutSchema.safeParse(raw).success ? "valid" : "invalid";
}

describe("PUT /api/v1/figures with hostile bodies", () => {
  const route = () => routes.find((r) => r.spec.path === "/api/v1/figures" && r.spec.method === "PUT")!;

  it("an invalid body is a 400 and writes nothing, not even a figure.denied row; a refused role writes exactly one figure.denied row", async () => {
    const { spec, handler } = route();
    await fc.assert(
      fc.asyncProperty(roleArb, langArb, putBody, async (role, lang, body) => {
        tally.cases++;
        const before = await counts();
        const response = await counted(callRoute(handler, spec, { token: tokens.secrets[role], lang, body, contentType: "application/json" }));
        const after = await counts();
        const kind = judge(body);
        await checkAnswer(response, lang, `${role} PUT ${body.slice(0, 200)}`);
        if (kind !== "valid") {
          // The wrapper parses the body before it looks at the caller: nothing is written.
          expect(response.status).toBe(400);
          expect(after).toEqual(before);
        } else if (role === "VIEWER" || role === "LEADERSHIP") {
          // The permission's onDenied audits the refused attempt (the parsed change, bounded).
          expect(response.status).toBe(403);
          expect(after).toEqual({ ...before, denied: before.denied + 1 });
        } else if (response.status >= 400) {
          expect(after.figures).toBe(before.figures);
          expect(after.figureAudits).toBe(before.figureAudits);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("a lone surrogate in a code is not a crash (it reached the database engine, which threw)", async () => {
    const { spec, handler } = route();
    const before = await counts();
    const response = await counted(callRoute(handler, spec, { token: tokens.secrets.ADMIN, body: JSON.stringify({ ...VALID_PUT, indicator: "\ud800" }), contentType: "application/json" }));
    await checkAnswer(response, "zh-CN", "lone surrogate");
    // It arrives as U+FFFD, an indicator code that cannot exist.
    expect(response.status).toBe(400);
    expect((await counts()).figures).toBe(before.figures);
  });

  it("10 MB fields are refused with a 400 and write nothing", async () => {
    const { spec, handler } = route();
    const huge = "\u202e' OR 1=1 --<script>".repeat(TEN_MB / 24);
    for (const [role, field] of [["DEPARTMENT", "note"], ["VIEWER", "indicator"], ["ADMIN", "numerator"]] as const) {
      tally.cases++;
      const before = await counts();
      const response = await counted(callRoute(handler, spec, { token: tokens.secrets[role], lang: "en", body: JSON.stringify({ ...VALID_PUT, [field]: huge }), contentType: "application/json" }));
      await checkAnswer(response, "en", `${role} 10 MB ${field}`);
      expect(response.status).toBe(400);
      expect(await counts()).toEqual(before);
    }
  });
});

describe("POST /api/v1/figure-imports with hostile files", () => {
  it("random bytes, random CSV text and hostile form fields never give a 500", async () => {
    const { spec, handler } = routes.find((r) => r.spec.path === "/api/v1/figure-imports")!;
    const file = fc.tuple(fc.constantFrom("a.csv", "a.xlsx", "a.xls", "a.txt", "a", "<script>.csv"), fileBytes);
    await fc.assert(
      fc.asyncProperty(roleArb, langArb, file, fc.oneof(fc.constant("2020Q3"), hostileString), fc.option(hostileString), async (role, lang, [name, bytes], period, department) => {
        tally.cases++;
        const form = new FormData();
        form.set("file", new File([bytes], name));
        form.set("period", period);
        if (department !== null) form.set("department", department);
        const response = await counted(callRoute(handler, spec, { token: tokens.secrets[role], lang, body: form }));
        await checkAnswer(response, lang, `${role} import ${name} ${period}`);
      }),
      { numRuns: 100 },
    );
  });
});

// ---- 4. import parsers ----
const csvCell = fc.oneof(hostileString, fc.constantFrom("MFG_SPOT_PASS", "450602", "2020Q3", "95", "100", "\"a,\"\"b\"", "\"unterminated", "=1+1", "@SUM(A1)"));
const csvText = fc.array(fc.array(csvCell, { maxLength: 9 }), { maxLength: 30 }).map((rows) => rows.map((r) => r.join(",")).join("\r\n"));
const zipLike = fc.uint8Array({ maxLength: 400 }).map((tail) => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...tail]));
const fileBytes = fc.oneof(
  fc.uint8Array({ maxLength: 2000 }),
  csvText.map((text) => new TextEncoder().encode(text)),
  csvText.map((text) => Uint8Array.from([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...text].map((c) => c.charCodeAt(0))).buffer)])),
  zipLike,
);

describe("import parsers", () => {
  it("readTable and parseImportRows return a value for any bytes, never throw", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom("a.csv", "a.xlsx", "a.xls", "a.txt", "a.pdf", ""), fileBytes, async (name, bytes) => {
        tally.cases++;
        const table = await readTable(name, bytes);
        expect(typeof table.ok).toBe("boolean");
        if (table.ok) expect(Array.isArray(parseImportRows(table.rows).issues)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("parseImportRows takes any table of text cells", () => {
    const table = fc.array(fc.record({ line: fc.integer({ min: 1, max: 1e6 }), cells: fc.array(csvCell, { maxLength: 10 }) }), { maxLength: 40 });
    fc.assert(
      fc.property(table, (rows) => {
        tally.cases++;
        const parsed = parseImportRows(rows);
        expect(parsed.rows.length + parsed.issues.length + parsed.skipped).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });

  it("a 10 MB file is refused as too large, not read", async () => {
    tally.cases++;
    expect(await readTable("a.csv", new Uint8Array(TEN_MB).fill(0x41))).toEqual({ ok: false, reason: "tooLarge" });
  });
});
