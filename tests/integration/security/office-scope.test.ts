// The office's writes stay inside its region: indicators that other regions use and the
// installation-wide reporting periods are the administrator's; region codes outside the scope on
// the targets list/export and the indicator page/export are not found, never the caller's own data.
import { describe, expect, it } from "vitest";
import { createIndicator, deleteIndicator, setIndicatorActive, updateIndicator } from "@/lib/data/admin/indicators";
import { getIndicatorDashboard } from "@/lib/data/dashboard/indicator";
import { listTargets } from "@/lib/data/dashboard/targets-list";
import { updatePeriod } from "@/lib/data/periods";
import { db } from "@/lib/db";
import { indicatorSchema } from "@/lib/validations/indicator";
import { targetFilterSchema } from "@/lib/validations/targets";
import { expectFailure, unique, unwrap, userNamed } from "../admin/helpers";

const HEBEI = "130000";

describe("the office's writes stay in its scope", () => {
  it("cannot deactivate, edit or delete an indicator that another region's targets use", async () => {
    const office = await userNamed("office");
    const hebei = await db.indicator.findFirstOrThrow({ where: { active: true, targets: { some: { region: { code: { startsWith: "13" } } } } } });
    expectFailure(await setIndicatorActive(office, hebei.id, false), "FORBIDDEN");
    expect(await setIndicatorActive(office, hebei.id, false)).toMatchObject({ reason: "usedOutsideScope" });
    expectFailure(await updateIndicator(office, hebei.id, { ...hebei, name: "改名" }), "FORBIDDEN");
    expectFailure(await deleteIndicator(office, hebei.id), "FORBIDDEN");
    expect(await db.indicator.findUniqueOrThrow({ where: { id: hebei.id } })).toMatchObject({ active: true, name: hebei.name });
    // The administrator still can.
    const admin = await userNamed("admin");
    unwrap(await setIndicatorActive(admin, hebei.id, false));
    unwrap(await setIndicatorActive(admin, hebei.id, true));
  });

  it("may change an indicator that only its own region uses", async () => {
    const office = await userNamed("office");
    const input = indicatorSchema.parse({ code: `own_${unique()}`, name: "本市指标", unit: "%", kind: "RATE", direction: "HIGHER_IS_BETTER", decimals: "1" });
    const own = unwrap(await createIndicator(office, input));
    unwrap(await updateIndicator(office, own.id, { ...input, name: "本市指标（改）" }));
    unwrap(await setIndicatorActive(office, own.id, false));
    const outside = { indicatorId: own.id, region: { path: { not: { startsWith: office.scopePath } } } };
    expect(await db.target.count({ where: outside })).toBe(0);
  });

  it("cannot open, close or re-date a reporting period (installation-wide)", async () => {
    const office = await userNamed("office");
    const before = await db.reportingPeriod.findUniqueOrThrow({ where: { year_quarter: { year: 2020, quarter: 3 } } });
    expect(await updatePeriod(office, { year: 2020, quarter: 3, isOpen: !before.isOpen })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await updatePeriod(office, { year: 2020, quarter: 3, dueDate: "2020-12-31" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await db.reportingPeriod.findUniqueOrThrow({ where: { year_quarter: { year: 2020, quarter: 3 } } })).toMatchObject({ isOpen: before.isOpen, dueDate: before.dueDate });
  });
});

describe("region codes outside the scope are not found", () => {
  it("the targets list and its exports", async () => {
    const office = await userNamed("office");
    expect(await listTargets(office, targetFilterSchema.parse({ region: HEBEI }))).toBeNull();
    expect(await listTargets(office, targetFilterSchema.parse({ region: "999999" }))).toBeNull();
    const own = await listTargets(office, targetFilterSchema.parse({ region: "450602" }));
    expect(own?.rows.length).toBeGreaterThan(0);
    expect(own?.rows.every((r) => r.region.code === "450602")).toBe(true);
  });

  it("the indicator page and its ranking export", async () => {
    const office = await userNamed("office");
    const indicator = await db.indicator.findFirstOrThrow({ where: { targets: { some: { region: { code: "450602" } } } } });
    const options = { provisional: false, period: null };
    expect(await getIndicatorDashboard(office, indicator.code, { ...options, focusRegionCode: "130100" })).toBeNull();
    expect(await getIndicatorDashboard(office, indicator.code, { ...options, focusRegionCode: null })).not.toBeNull();
    expect(await getIndicatorDashboard(office, indicator.code, { ...options, focusRegionCode: "450602" })).not.toBeNull();
  });
});
