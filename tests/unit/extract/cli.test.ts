// The `extract` CLI reads a UTF-8 file (with or without BOM) and prints one JSON object per line.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import iconv from "iconv-lite";
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

describe("scripts/extract.ts on the seed documents", () => {
  const documents = path.join(root, "prisma/seed/documents");
  const files = ["fangchenggang-2017-14.txt", "hebei-2012-28.txt", "panan-quality-county.txt", "qinghai-2014-action-plan.txt", "city-product-quality-opinion.txt"];

  it("runs on every seed document: about as many targets as labelled, every quote from the text", () => {
    const out = execFileSync(path.join(root, "node_modules/.bin/tsx"), [path.join(root, "scripts/extract.ts"), ...files.map((f) => path.join(documents, f))], {
      encoding: "utf8",
    });
    const lines = out.trim().split("\n").map((l) => JSON.parse(l) as { quote: string; file: string });
    expect(lines.length).toBeGreaterThan(100);
    for (const file of files) {
      const own = lines.filter((l) => l.file.endsWith(file));
      const labelled = readFileSync(path.join(root, "tests/fixtures/extraction", file.replace(/\.txt$/, ".jsonl")), "utf8").trim().split("\n").filter(Boolean).length;
      expect(Math.abs(own.length - labelled), file).toBeLessThanOrEqual(Math.ceil(labelled * 0.1));
      const text = readFileSync(path.join(documents, file), "utf8");
      for (const line of own) expect(text.includes(line.quote), line.quote).toBe(true);
    }
  }, 60_000);

  it("reads a GB18030 file the way Chinese offices save them", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "extract-"));
    const file = path.join(dir, "gbk.txt");
    writeFileSync(file, iconv.encode("到2020年,全县食品抽检合格率达到97%以上。\r\n", "gb18030"));
    const out = execFileSync(path.join(root, "node_modules/.bin/tsx"), [path.join(root, "scripts/extract.ts"), file], { encoding: "utf8" });
    expect(JSON.parse(out.trim())).toMatchObject({ quote: "全县食品抽检合格率达到97%以上", value: 97, year: 2020 });
  }, 30_000);
});
