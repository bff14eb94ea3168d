// The review screen's state → import payload, and server messages → the fields they belong to.
import { describe, expect, it } from "vitest";
import { extractTargets } from "@/lib/domain/extract";
import { importSchema } from "@/lib/validations/plan-import-input";
import { prepareCandidates } from "@/lib/domain/plan-import/review";
import { buildPayload, candidateState, initialPlan, manualCandidate, NEW_INDICATOR, routeErrors } from "@/app/(dashboard)/admin/plans/import/_components/review-state";

const TEXT = "到2020年,全市制造业产品质量监督抽查合格率稳定在93%以上,新增广西名牌30个以上。";
const INDICATORS = [{ id: 7, code: "MFG", name: "制造业产品质量监督抽查合格率", unit: "%" }];
const DEFAULTS = { regionId: "5", year: 2020 };

function states() {
  return prepareCandidates(TEXT, extractTargets(TEXT), { indicators: INDICATORS, departments: [] }).map((c, i) => candidateState(c, `c${i}`, DEFAULTS));
}

describe("candidate state", () => {
  it("starts accepted, mapped to a close indicator or to a new one", () => {
    const [mfg, brand] = states();
    expect(mfg).toMatchObject({ accepted: true, indicatorChoice: "7", value: "93", deadlineYear: "2020", regionId: "5", isMaintain: true });
    expect(brand).toMatchObject({ indicatorChoice: NEW_INDICATOR, newIndicator: { unit: "个", kind: "FLOW" } });
  });

  it("prefills a passage the extractor missed when it holds a number, and leaves it blank otherwise", () => {
    const start = TEXT.indexOf("新增");
    const manual = manualCandidate(TEXT, start, TEXT.length - 1, "m1", INDICATORS, DEFAULTS);
    expect(manual).toMatchObject({ quote: "新增广西名牌30个以上", value: "30", indicatorChoice: "" });
    expect(manualCandidate(TEXT, 0, 7, "m2", INDICATORS, DEFAULTS)).toMatchObject({ value: "", quote: "到2020年," });
  });
});

describe("buildPayload", () => {
  it("sends only accepted candidates, in a shape the import schema accepts", () => {
    const [mfg, brand] = states();
    const plan = { ...initialPlan({ title: "测试规划", docNumber: null, issuer: null, issueDate: null, periodStart: "2017-01-01", deadline: "2020-12-31" }, "5", null) };
    const { payload, keys } = buildPayload(TEXT, plan, [mfg!, { ...brand!, accepted: false }]);
    expect(keys).toEqual(["c0"]);
    const parsed = importSchema.safeParse(payload);
    expect(parsed.success).toBe(true);
    if (parsed.success) expect(parsed.data.targets[0]).toMatchObject({ quote: mfg!.quote, indicator: { mode: "existing", indicatorId: 7 }, targetValue: 93, regionId: 5, isMaintain: true });
  });

  it("drops the lead department from the supporters", () => {
    const [mfg] = states();
    const { payload } = buildPayload(TEXT, initialPlan({ title: "x", docNumber: null, issuer: null, issueDate: null, periodStart: null, deadline: null }, "5", "9"), [
      { ...mfg!, leadDepartmentId: "3", supportDepartmentIds: [3, 4] },
    ]);
    expect(payload.plan).toEqual({ mode: "existing", planId: "9" });
    expect(payload.targets[0]?.supportDepartmentIds).toEqual([4]);
  });
});

describe("routeErrors", () => {
  it("puts plan messages on plan fields and target messages on the candidate they came from", () => {
    const routed = routeErrors(
      { "plan.title": [{ code: "a" }], "targets.1.regionId": [{ code: "b" }], "targets.1.indicator.name": [{ code: "c" }], "targets.0.indicatorId": [{ code: "d" }], targets: [{ code: "e" }] },
      ["c3", "c7"],
    );
    expect(routed).toEqual({ plan: { title: ["a"] }, byCandidate: { c7: { regionId: ["b"], indicator: ["c"] }, c3: { indicator: ["d"] } }, other: ["e"] });
  });
});
