// The layer boundaries of eslint.config.mjs, checked on sample sources: the domain stays pure and
// the database stays in the data layer.
import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../../..");
let eslint: ESLint;

/** The rule ids and the offending module of every error the config reports for `code` at `file`. */
async function restrictedImports(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-imports").map((m) => /'([^']+)'/.exec(m.message)?.[1] ?? m.message);
}

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
}, 60_000);

describe("lib/domain is pure", () => {
  const forbidden = [
    "@/lib/data/regions",
    "@/lib/data",
    "../data/figures",
    "../../data/figures",
    "@/lib/db",
    "@/lib/db-client",
    "@/generated/prisma/client",
    "react",
    "react-dom",
    "next",
    "next/navigation",
    "server-only",
  ];

  it.each(forbidden)("refuses an import of %s", async (module) => {
    expect(await restrictedImports("lib/domain/plan-import/probe.ts", `import "${module}";\n`)).toContain(module);
  }, 60_000);

  it("allows the domain's own modules and plain libraries", async () => {
    const code = ['import "./period";', 'import "../extract";', 'import "@/lib/domain/status";', 'import "@/lib/result";', ""].join("\n");
    expect(await restrictedImports("lib/domain/plan-import/probe.ts", code)).toEqual([]);
  }, 60_000);
});

describe("the database only in the data layer", () => {
  it("refuses the database client outside lib/data and allows it inside", async () => {
    expect(await restrictedImports("app/(dashboard)/probe.ts", 'import "@/lib/db";\n')).toEqual(["@/lib/db"]);
    expect(await restrictedImports("lib/export/probe.ts", 'import "@/lib/db-client";\n')).toEqual(["@/lib/db-client"]);
    expect(await restrictedImports("lib/data/probe.ts", 'import "@/lib/db";\n')).toEqual([]);
  }, 60_000);
});
