// The `extract` CLI reads a UTF-8 file (with or without BOM) and prints one JSON object per line.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../../..");

describe("scripts/extract.ts", () => {
  it("prints the required fields first, one JSON object per line, and accepts a BOM", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "extract-"));
    const file = path.join(dir, "doc.txt");
    writeFileSync(file, "\ufeff到２０２０年，食品抽检合格率达到９７％以上；新增省级名牌１０个。（责任单位：市质监局）\n", "utf8");
    const out = execFileSync(path.join(root, "node_modules/.bin/tsx"), [path.join(root, "scripts/extract.ts"), file], {
      encoding: "utf8",
    });
    const lines = out.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    expect(Object.keys(lines[0] ?? {}).slice(0, 9)).toEqual([
      "quote", "indicator", "comparator", "value", "unit", "year", "scope", "leadDepartments", "supportDepartments",
    ]);
    expect(lines[0]).toMatchObject({ quote: "食品抽检合格率达到９７％以上", value: 97, unit: "%", year: 2020, leadDepartments: ["市质监局"] });
    expect(lines[1]).toMatchObject({ indicator: "省级名牌", value: 10, unit: "个", comparator: ">=" });
  }, 30_000);
});
