// Every route handler under app/api uses the one wrapper and is in the OpenAPI document; every
// declared route has its handler file. next-auth's own route is the one exception.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { API_ROUTES } from "@/app/api/routes";
import { openApiDocument } from "@/lib/http/openapi";
import { createTranslator, messagesFor } from "@/lib/i18n/translate";

const root = path.resolve(import.meta.dirname, "../../..");
const apiDir = path.join(root, "app/api");
const EXCEPTIONS = ["auth/[...nextauth]/route.ts"];
const METHODS = ["GET", "PUT", "POST", "PATCH", "DELETE"] as const;

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [path.relative(apiDir, full)] : [];
  });
}

/** "v1/regions/[code]/scorecard/route.ts" → "/api/v1/regions/{code}/scorecard". */
const openApiPath = (file: string) => `/api/${path.dirname(file).replace(/\[([^\]]+)\]/g, "{$1}")}`;

const files = routeFiles(apiDir).filter((f) => !EXCEPTIONS.includes(f));
const document = openApiDocument(API_ROUTES, createTranslator(messagesFor("zh-CN")));

describe("app/api route handlers", () => {
  it("finds the routes", () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  for (const file of files) {
    it(`${file} answers only through handle(…) and is documented`, () => {
      const source = fs.readFileSync(path.join(apiDir, file), "utf8");
      const exported = METHODS.filter((m) => new RegExp(`export (const|async function|function) ${m}\\b`).test(source));
      expect(exported.length, "exports a method handler").toBeGreaterThan(0);
      for (const method of exported) {
        expect(source, `${method} is built by handle()`).toMatch(new RegExp(`export const ${method} = handle\\(`));
        const operation = document.paths[openApiPath(file)]?.[method.toLowerCase()];
        expect(operation, `${method} ${openApiPath(file)} in openapi.json`).toBeDefined();
      }
    });
  }

  it("declares no route without a handler file", () => {
    const served = new Set(files.map(openApiPath));
    expect(API_ROUTES.map((r) => r.path).filter((p) => !served.has(p))).toEqual([]);
  });

  it("describes every route and parameter in both languages", () => {
    for (const locale of ["zh-CN", "en"] as const) {
      const text = JSON.stringify(openApiDocument(API_ROUTES, createTranslator(messagesFor(locale))));
      expect(text).not.toMatch(/"api\.[\w.]+"/);
    }
  });
});
