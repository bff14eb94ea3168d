// PUT /api/v1/figures: field errors, scope (refused and audited), conflicts, closed periods.
import { expect, test } from "@playwright/test";
import { signIn } from "./support/auth";

test.describe.configure({ mode: "serial" });

test("signed-out callers get 401", async ({ request }) => {
  const response = await request.put("/api/v1/figures", { data: { indicator: "MFG_SPOT_PASS", region: "450602", period: "2020Q3", numerator: 1, denominator: 2 } });
  expect(response.status()).toBe(401);
});

test("a department user's write outside its scope is refused", async ({ page }) => {
  await signIn(page, "dept-scj");
  const outside = await page.request.put("/api/v1/figures", {
    data: { indicator: "HB_PRODUCT_SPOT_PASS", region: "130000", period: "2020Q3", numerator: 90, denominator: 100, version: 0 },
  });
  expect(outside.status()).toBe(403);
  expect((await outside.json()).error).toMatchObject({ code: "FORBIDDEN", reason: "outOfScope", message: "该地区不在您的管辖范围内，无权填报。" });
  const notTheirs = await page.request.put("/api/v1/figures", {
    data: { indicator: "AGRI_MONITOR_PASS", region: "450602", period: "2020Q3", numerator: 90, denominator: 100 },
  });
  expect(notTheirs.status()).toBe(403);
  expect((await notTheirs.json()).error.reason).toBe("notResponsible");
});

test("…and the office finds the refused attempt in the audit log", async ({ page }) => {
  await signIn(page, "office");
  await page.goto("/audit?action=figure.denied");
  const attempt = page.getByTestId("audit-row").filter({ hasText: "HB_PRODUCT_SPOT_PASS|130000|2020Q3" });
  await expect(attempt).toHaveCount(1);
  await expect(attempt).toContainText("陈志强 (dept-scj)");
  await expect(attempt).toContainText("越权填报被拒绝");
  await expect(attempt).toContainText("outOfScope");
});

test("bad values get field errors in the caller's language", async ({ page }) => {
  await signIn(page, "dept-scj");
  const zh = await page.request.put("/api/v1/figures", { data: { indicator: "MFG_SPOT_PASS", region: "450602", period: "2020Q3", numerator: 120, denominator: 100 } });
  expect(zh.status()).toBe(400);
  expect((await zh.json()).error.fieldErrors).toEqual({ numerator: ["分子不能大于分母"] });
  const en = await page.request.put("/api/v1/figures", {
    headers: { cookie: "", "accept-language": "en-GB" },
    data: { indicator: "MFG_SPOT_PASS", region: "4506", period: "2020-Q3", value: "abc" },
  });
  const body = await en.json();
  expect(en.status()).toBe(400);
  expect(body.error.fieldCodes).toMatchObject({ region: ["badRegionCode"], period: ["badPeriod"], value: ["notANumber"] });
});

test("a closed period answers 423", async ({ page }) => {
  await signIn(page, "dept-scj");
  const response = await page.request.put("/api/v1/figures", { data: { indicator: "GX_BRAND_NEW", region: "450602", period: "2020Q2", value: 1, version: 1 } });
  expect(response.status()).toBe(423);
  expect((await response.json()).error.reason).toBe("periodClosed");
});

test("the office saves on a department's behalf, and a stale version answers 409 with the stored figure", async ({ page }) => {
  await signIn(page, "office");
  const figure = { indicator: "AGRI_MONITOR_PASS", region: "450600", period: "2020Q3", department: "NY", numerator: 480, denominator: 500, note: "市级例行监测" };
  const created = await page.request.put("/api/v1/figures", { data: { ...figure, version: 0 } });
  expect(created.status()).toBe(200);
  const body = await created.json();
  expect(body.figure).toMatchObject({ indicator: "AGRI_MONITOR_PASS", region: "450600", status: "DRAFT", value: 96, version: 1, isOnBehalf: true, department: { code: "NY" } });

  const stale = await page.request.put("/api/v1/figures", { data: { ...figure, numerator: 470, version: 0 } });
  expect(stale.status()).toBe(409);
  expect((await stale.json()).error.current).toMatchObject({ numerator: 480, version: 1, enteredBy: "王晓梅" });

  const next = await page.request.put("/api/v1/figures", { data: { ...figure, numerator: 470, version: 1 } });
  expect(next.status()).toBe(200);
  expect((await next.json()).figure).toMatchObject({ numerator: 470, version: 2 });
});
