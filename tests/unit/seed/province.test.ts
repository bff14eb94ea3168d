import { describe, expect, it } from "vitest";
import { SeriesBook } from "@/lib/data/evaluation/series";
import { deadlineIndexOf, evaluateTarget, parseYearOrPeriod, periodIndex, type TargetStatus } from "@/lib/domain";
import { buildProvince, countyFigures, type ProvinceDataset } from "@/prisma/seed/province/dataset";
import { PROVINCE_INDICATORS } from "@/prisma/seed/province/indicators";
import { PROVINCE_SCALE, type ProvinceParams } from "@/prisma/seed/province/params";
import { citySizes } from "@/prisma/seed/province/regions";
import { sqlLiteral } from "@/prisma/seed/province/sql";

const SMALL: ProvinceParams = { cities: 2, counties: 6, indicators: 4, quarters: 8, seed: 7 };

function allFigures(data: ProvinceDataset) {
  return data.countyCodes.flatMap((county) => countyFigures(data, county));
}

describe("province generator at small scale", () => {
  const data = buildProvince(SMALL);
  const figures = allFigures(data);

  it("has the requested sizes", () => {
    expect(data.regions).toHaveLength(1 + 2 + 6);
    expect(data.cityCodes).toEqual(["990100", "990200"]);
    expect(data.countyCodes).toHaveLength(6);
    expect(data.indicators).toHaveLength(4);
    expect(data.targets).toHaveLength(9 * 4);
    expect(data.responsibilities).toHaveLength(6 * 4);
    expect(data.periods).toHaveLength(8);
    expect(figures).toHaveLength(6 * 4 * 8);
  });

  it("is identical on every run and changes with the seed", () => {
    const again = buildProvince(SMALL);
    expect(again.regions).toEqual(data.regions);
    expect(again.targets).toEqual(data.targets);
    expect(allFigures(again)).toEqual(figures);
    const other = allFigures(buildProvince({ ...SMALL, seed: 8 }));
    expect(other).toHaveLength(figures.length);
    expect(other).not.toEqual(figures);
  });

  it("nests counties under cities by division code, below 示范省 990000", () => {
    const byCode = new Map(data.regions.map((r) => [r.code, r]));
    expect(byCode.get("990000")).toMatchObject({ name: "示范省", level: "PROVINCE", parentCode: null });
    for (const code of data.countyCodes) {
      const county = byCode.get(code);
      expect(county?.level).toBe("COUNTY");
      expect(county?.parentCode?.slice(0, 4)).toBe(code.slice(0, 4));
    }
    expect(new Set(data.regions.map((r) => r.name)).size).toBe(data.regions.length);
  });

  it("ends at the open quarter 2026Q4, where figures are SUBMITTED or APPROVED", () => {
    expect(data.periods.at(-1)).toEqual({ year: 2026, quarter: 4, isOpen: true });
    expect(data.periods.filter((p) => p.isOpen)).toHaveLength(1);
    for (const f of figures) {
      const isOpen = f.year === 2026 && f.quarter === 4;
      expect(isOpen ? ["SUBMITTED", "APPROVED"] : ["APPROVED"]).toContain(f.status);
    }
  });

  it("draws rates as counts and levels as values", () => {
    const kinds = new Map(data.indicators.map((i) => [i.code, i.kind]));
    for (const f of figures) {
      if (kinds.get(f.indicatorCode) === "RATE") {
        expect(f.value).toBeNull();
        expect(f.numerator).toBeLessThanOrEqual(f.denominator ?? -1);
      } else {
        expect(f.value).toBeGreaterThanOrEqual(0);
        expect(f.denominator).toBeNull();
      }
    }
  });

  it("quotes each province target in the plan text", () => {
    const provinceTargets = data.targets.filter((t) => t.regionCode === "990000");
    expect(provinceTargets).toHaveLength(4);
    for (const t of provinceTargets) expect(data.plan.sourceText).toContain(t.sourceSentence);
  });
});

describe("province generator at full scale", () => {
  it("has 80 indicators with unique codes, 40 RATE, 20 STOCK and 20 FLOW", () => {
    expect(new Set(PROVINCE_INDICATORS.map((i) => i.code)).size).toBe(80);
    const count = (kind: string) => PROVINCE_INDICATORS.filter((i) => i.kind === kind).length;
    expect([count("RATE"), count("STOCK"), count("FLOW")]).toEqual([40, 20, 20]);
    expect(PROVINCE_INDICATORS[0]?.code).toBe("P_RATE_01");
  });

  it("spreads 110 counties over 14 cities, each with at least one", () => {
    const sizes = citySizes(14, 110, PROVINCE_SCALE.seed);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(110);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(1);
  });

  it("gives every region a target for every indicator and makes every status occur", () => {
    const data = buildProvince(PROVINCE_SCALE);
    expect(data.regions).toHaveLength(125);
    expect(data.targets).toHaveLength(10_000);
    const regionIds = new Map(data.regions.map((r, i) => [r.code, i + 1]));
    const indicatorIds = new Map(data.indicators.map((s, i) => [s.code, i + 1]));
    const figures = allFigures(data);
    expect(figures).toHaveLength(352_000);
    const rows = figures
      .filter((f) => f.status === "APPROVED")
      .map((f) => ({ ...f, indicatorId: indicatorIds.get(f.indicatorCode) ?? 0, regionId: regionIds.get(f.regionCode) ?? 0 }));
    const regions = data.regions.map((r) => ({ id: regionIds.get(r.code) ?? 0, parentId: r.parentCode ? (regionIds.get(r.parentCode) ?? null) : null }));
    const book = new SeriesBook(rows, regions, new Map(data.indicators.map((s) => [indicatorIds.get(s.code) ?? 0, s.kind])));
    const specs = new Map(data.indicators.map((s) => [s.code, s]));
    const statuses = new Set<TargetStatus>();
    for (const t of data.targets) {
      const spec = specs.get(t.indicatorCode);
      const baseline = t.baselinePeriod ? parseYearOrPeriod(t.baselinePeriod) : null;
      if (!spec) throw new Error(t.indicatorCode);
      const evaluation = evaluateTarget(
        {
          ...t,
          kind: spec.kind,
          direction: spec.direction,
          startIndex: baseline ? periodIndex(baseline) : 2017 * 4,
          planStartIndex: 2017 * 4,
          deadlineIndex: deadlineIndexOf(t.deadlineYear, null),
        },
        book.observations(indicatorIds.get(t.indicatorCode) ?? 0, regionIds.get(t.regionCode) ?? 0),
        2026 * 4 + 3,
      );
      statuses.add(evaluation.status);
    }
    expect([...statuses].sort()).toEqual(["ACHIEVED", "AT_RISK", "MISSED", "NO_DATA", "OFF_TRACK", "ON_TRACK"]);
  }, 60_000);
});

describe("sqlLiteral", () => {
  it("writes dates as Prisma's SQLite adapter does, booleans as both databases read them, and quotes strings", () => {
    expect(sqlLiteral(new Date(Date.UTC(2020, 3, 8)))).toBe("'2020-04-08T00:00:00.000+00:00'");
    expect(sqlLiteral("O'Brien")).toBe("'O''Brien'");
    expect(sqlLiteral(null)).toBe("NULL");
    // TRUE/FALSE: PostgreSQL's booleans; SQLite stores them as 1/0 (tests/integration/dialect.test.ts).
    expect(sqlLiteral(true)).toBe("TRUE");
    expect(sqlLiteral(false)).toBe("FALSE");
    expect(() => sqlLiteral(Number.NaN)).toThrow();
  });
});
