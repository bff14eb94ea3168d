// The whole engine: totals, caps, vetoes, grades from the printed total, ranks, given scores.
import { describe, expect, it } from "vitest";
import { scoreAssessment, type AssessmentScheme, type ManualRule, type RankRule, type RegionInput, type ShareRule } from "@/lib/domain/assessment";
import { indicator, item, region, scheme, target } from "./factories";

const manual = { kind: "manual", levels: null } as const;
const oneManual = scheme([item("WORK", 100, manual)]);
const scored = (points: number, reason = "见自评材料") => region("R", { given: { WORK: { points, reason } } });
const only = (s: AssessmentScheme, input: RegionInput) => {
  const [result] = scoreAssessment(s, [input]);
  if (!result) throw new Error("no result");
  return result;
};

describe("grade from the printed total", () => {
  it.each([
    [89.95, 90, "A"],
    [89.94, 89.9, "B"],
    [90, 90, "A"],
    [79.95, 80, "B"],
    [79.94, 79.9, "C"],
    [60, 60, "C"],
    [59.95, 60, "C"],
    [59.94, 59.9, "D"],
  ])("%s points print as %s, grade %s", (points, total, grade) => {
    const result = only(oneManual, scored(points));
    expect(result.total).toBe(total);
    expect(result.grade).toBe(grade);
  });

  it("adds items as exact hundredths (no float drift in the sum)", () => {
    const s = scheme([item("A", 30, manual), item("B", 30, manual), item("C", 40, manual)]);
    const result = only(s, region("R", { given: { A: { points: 29.95, reason: "r" }, B: { points: 20.1, reason: "r" }, C: { points: 39.9, reason: "r" } } }));
    expect(result.base).toBe(89.95);
    expect(result.total).toBe(90);
    expect(result.grade).toBe("A");
  });

  it("rounds each item to 2 decimals before adding", () => {
    const share: ShareRule = { kind: "share", area: "X", credited: ["ACHIEVED"], noTarget: "ZERO" };
    const s = scheme([item("S", 10, share), item("W", 90, manual)]);
    const input = region("R", {
      indicators: {
        A: indicator({ target: target({ area: "X", status: "ACHIEVED" }) }),
        B: indicator({ target: target({ area: "X", status: "ACHIEVED" }) }),
        C: indicator({ target: target({ area: "X", status: "MISSED" }) }),
      },
      given: { W: { points: 83.33, reason: "r" } },
    });
    const result = only(s, input);
    expect(result.items[0]?.points).toBe(6.67);
    expect(result.base).toBe(90);
    expect(result.grade).toBe("A");
  });
});

describe("bonus, deductions and vetoes", () => {
  const award = { kind: "count", source: { counter: "AWARD" }, perItem: 2 } as const;
  const demo = { kind: "count", source: { counter: "DEMO_ZONE" }, perItem: 2 } as const;
  const incident = { kind: "count", source: { counter: "INCIDENT" }, perItem: 3 } as const;
  const redCard = { kind: "count", source: { counter: "RED_CARD_OPEN" }, perItem: 2 } as const;
  const full = scheme([item("WORK", 100, manual)], {
    bonus: { cap: 5, items: [item("AWARD", 4, award), item("DEMO", 3, demo)] },
    deductions: { cap: 8, items: [item("INCIDENT", 6, incident), item("RED_CARD", 4, redCard)] },
    vetoes: [
      { code: "VETO_INCIDENT", name: "区域性、系统性质量安全事件" },
      { code: "VETO_FALSE_DATA", name: "弄虚作假" },
    ],
  });
  const withCounters = (points: number, counters: Record<string, number>, vetoes: string[] = []) =>
    only(full, region("R", { given: { WORK: { points, reason: "r" } }, counters, vetoes }));

  it("adds bonus within each item's points and within the total cap", () => {
    expect(withCounters(80, { AWARD: 1 })).toMatchObject({ bonus: { earned: 2, counted: 2, cap: 5 }, total: 82 });
    const capped = withCounters(80, { AWARD: 3, DEMO_ZONE: 2 });
    expect(capped.items.find((i) => i.code === "AWARD")?.points).toBe(4);
    expect(capped.bonus).toEqual({ earned: 7, counted: 5, cap: 5 });
    expect(capped.total).toBe(85);
  });

  it("lets bonus lift a total over 100", () => {
    expect(withCounters(98, { AWARD: 2 }).total).toBe(102);
  });

  it("subtracts deductions within each item's points and within the total cap", () => {
    expect(withCounters(90, { INCIDENT: 1 })).toMatchObject({ deductions: { incurred: 3, counted: 3, cap: 8 }, total: 87, grade: "B" });
    const capped = withCounters(90, { INCIDENT: 5, RED_CARD_OPEN: 1 });
    expect(capped.items.find((i) => i.code === "INCIDENT")?.points).toBe(6);
    expect(capped.deductions).toEqual({ incurred: 8, counted: 8, cap: 8 });
    expect(withCounters(90, { INCIDENT: 5, RED_CARD_OPEN: 3 }).deductions).toEqual({ incurred: 10, counted: 8, cap: 8 });
  });

  it("costs points for open red cards", () => {
    const result = withCounters(91, { RED_CARD_OPEN: 1 });
    expect(result.items.find((i) => i.code === "RED_CARD")).toMatchObject({ section: "DEDUCTION", points: 2 });
    expect(result).toMatchObject({ total: 89, grade: "B" });
  });

  it("never prints a negative total", () => {
    expect(withCounters(3, { INCIDENT: 2 }).total).toBe(0);
  });

  it("forces grade D on a veto whatever the score, keeping the total", () => {
    const result = withCounters(95, { AWARD: 1 }, ["VETO_INCIDENT"]);
    expect(result).toMatchObject({ total: 97, grade: "D", vetoes: ["VETO_INCIDENT"] });
  });

  it("ignores veto codes the scheme does not have, and repeats", () => {
    expect(withCounters(95, {}, ["NOT_IN_SCHEME"])).toMatchObject({ grade: "A", vetoes: [] });
    expect(withCounters(95, {}, ["VETO_FALSE_DATA", "VETO_FALSE_DATA"]).vetoes).toEqual(["VETO_FALSE_DATA"]);
  });
});

describe("given scores", () => {
  const status = { kind: "status", indicatorCode: "P", shares: { ACHIEVED: 1, ON_TRACK: 0.8 }, noTarget: "ZERO" } as const;
  const graded: ManualRule = { kind: "manual", levels: [1, 0.5, 0] };
  const s = scheme([item("P", 10, status), item("M", 4, graded)]);
  const onTrack = { P: indicator({ target: target({ status: "ON_TRACK" }) }) };
  const score = (given: RegionInput["given"]) => only(s, region("R", { indicators: onTrack, given }));

  it("counts 0 for a manual item without a score and says it is missing", () => {
    const result = score({});
    expect(result.items[1]).toMatchObject({ code: "M", computed: null, points: 0, issues: ["SCORE_MISSING"] });
    expect(result.items[0]).toMatchObject({ code: "P", computed: 8, points: 8, issues: [] });
    expect(result.hasIssues).toBe(true);
  });

  it("counts a manual bonus or deduction item without a score as nothing claimed, not as an issue", () => {
    const extra = { ...s, bonus: { cap: 3, items: [item("BONUS", 3, manual)] }, deductions: { cap: 3, items: [item("MEDIA", 3, manual)] } };
    const result = only(extra, region("R", { indicators: onTrack, given: { M: { points: 4, reason: "r" } } }));
    expect(result.items.filter((i) => i.section !== "MAIN")).toMatchObject([
      { code: "BONUS", points: 0, issues: [] },
      { code: "MEDIA", points: 0, issues: [] },
    ]);
    expect(result).toMatchObject({ hasIssues: false, total: 12 });
    const found = only(extra, region("R", { indicators: onTrack, given: { M: { points: 4, reason: "r" }, MEDIA: { points: 1.5, reason: "媒体曝光一次" } } }));
    expect(found).toMatchObject({ deductions: { incurred: 1.5, counted: 1.5, cap: 3 }, total: 10.5 });
  });

  it("requires a reason for a manual score", () => {
    expect(score({ M: { points: 2, reason: "  " } }).items[1]).toMatchObject({ points: 2, issues: ["REASON_REQUIRED"] });
    expect(score({ M: { points: 2, reason: "会议纪要" } })).toMatchObject({ hasIssues: false, total: 10 });
  });

  it("replaces the computed points, needing a reason only when it differs", () => {
    expect(score({ M: { points: 4, reason: "r" }, P: { points: 8, reason: null } }).items[0]).toMatchObject({ computed: 8, points: 8, issues: [] });
    expect(score({ M: { points: 4, reason: "r" }, P: { points: 10, reason: null } }).items[0]).toMatchObject({ points: 10, issues: ["REASON_REQUIRED"] });
    const changed = score({ M: { points: 4, reason: "r" }, P: { points: 6, reason: "抽查发现数据有误" } });
    expect(changed.items[0]).toMatchObject({ computed: 8, points: 6, given: { points: 6, reason: "抽查发现数据有误" }, issues: [] });
    expect(changed.total).toBe(10);
  });

  it("clamps a score to 0..max and reports it", () => {
    expect(score({ M: { points: 4, reason: "r" }, P: { points: 12, reason: "r" } }).items[0]).toMatchObject({ points: 10, issues: ["OUT_OF_RANGE"] });
    expect(score({ M: { points: -1, reason: "r" } }).items[1]).toMatchObject({ points: 0, issues: ["OUT_OF_RANGE"] });
    expect(score({ M: { points: Number.NaN, reason: "r" } }).items[1]).toMatchObject({ points: 0, issues: ["OUT_OF_RANGE"] });
  });

  it("reports a manual score that is not one of the item's levels", () => {
    expect(score({ M: { points: 2, reason: "r" } }).items[1]?.issues).toEqual([]);
    expect(score({ M: { points: 3, reason: "r" } }).items[1]?.issues).toEqual(["NOT_A_LEVEL"]);
  });
});

describe("groups and ranks", () => {
  it("totals each 一级 item from its 二级 items", () => {
    const s: AssessmentScheme = {
      ...scheme([item("A", 60, manual)]),
      total: 100,
      groups: [
        { code: "G1", name: "组织领导", points: 40, items: [item("A", 25, manual), item("B", 15, manual)] },
        { code: "G2", name: "质量安全", points: 60, items: [item("C", 60, manual)] },
      ],
    };
    const result = only(s, region("R", { given: { A: { points: 20, reason: "r" }, B: { points: 15, reason: "r" }, C: { points: 50.5, reason: "r" } } }));
    expect(result.groups).toEqual([
      { code: "G1", points: 35, max: 40 },
      { code: "G2", points: 50.5, max: 60 },
    ]);
    expect(result.items.map((i) => i.groupCode)).toEqual(["G1", "G1", "G2"]);
  });

  it("ranks by printed total, ties sharing a rank (1, 2, 2, 4), vetoed regions last", () => {
    const s = { ...oneManual, vetoes: [{ code: "VETO", name: "一票否决" }] };
    const give = (code: string, points: number, vetoes: string[] = []) => region(code, { given: { WORK: { points, reason: "r" } }, vetoes });
    const results = scoreAssessment(s, [give("a", 85.04), give("b", 92), give("c", 84.96), give("d", 70), give("e", 99, ["VETO"])]);
    expect(results.map((r) => [r.regionCode, r.total, r.rank, r.of])).toEqual([
      ["a", 85, 2, 5],
      ["b", 92, 1, 5],
      ["c", 85, 2, 5],
      ["d", 70, 4, 5],
      ["e", 99, 5, 5],
    ]);
  });

  it("ranks a rank rule's figure among the regions scored together", () => {
    const rank: RankRule = { kind: "rank", indicatorCode: "X", bands: [{ upTo: 1 / 3, share: 1 }, { upTo: 2 / 3, share: 2 / 3 }, { upTo: 1, share: 1 / 3 }] };
    const s = scheme([item("RANK", 6, rank)]);
    const at = (code: string, yearValue: number | null) => region(code, { indicators: { X: indicator({ yearValue, direction: "LOWER_IS_BETTER" }) } });
    const results = scoreAssessment(s, [at("a", 3), at("b", 1), at("c", 2), at("d", null)]);
    expect(results.map((r) => r.items[0]?.points)).toEqual([2, 6, 4, 0]);
    expect(results[1]?.items[0]?.explanation).toEqual({ kind: "rank", outcome: "SCORED", value: 1, rank: 1, of: 3, share: 1 });
  });

  it("scores an empty batch as nothing", () => {
    expect(scoreAssessment(oneManual, [])).toEqual([]);
  });
});
