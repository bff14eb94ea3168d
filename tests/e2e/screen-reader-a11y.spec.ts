// Issue 18, problem 9: what a screen reader announces — field messages tied to their input, a named
// reminder text, page titles that name the region or indicator, and one h1 on the report page.
import { expect, test } from "@playwright/test";
import { signIn } from "./support/auth";

test("an entry field's message is its input's accessible description", async ({ page }) => {
  await signIn(page, "dept-scj");
  await page.goto("/entry");
  const row = page.getByTestId("row-FOOD_SPOT_PASS-450681");
  await row.getByLabel(/东兴市 分子$/).fill("120");
  await row.getByLabel(/东兴市 分母$/).fill("100");
  await row.getByLabel(/东兴市 分母$/).blur();
  await expect(row.getByTestId("error-numerator")).toHaveText("分子不能大于分母");
  const input = row.getByLabel(/东兴市 分子$/);
  await expect(input).toHaveAccessibleDescription("分子不能大于分母");
  // Tied by aria-describedby to the message shown under it (not only a hover title).
  const describedBy = await input.getAttribute("aria-describedby");
  expect(describedBy).toBeTruthy();
  await expect(page.locator(`[id="${describedBy}"]`)).toHaveText("分子不能大于分母");
});

test("the completeness page's reminder text has a name", async ({ page }) => {
  await signIn(page, "office");
  await page.goto("/completeness?period=2020Q3");
  await expect(page.getByRole("textbox", { name: "催报通知" })).toHaveValue(/提醒/);
});

test("region and indicator pages are titled by name, not by code", async ({ page }) => {
  await signIn(page, "leader");
  await page.goto("/regions/450600");
  await expect(page).toHaveTitle(/^防城港市 · 地区 · /);
  await page.goto("/indicators/MFG_SPOT_PASS");
  await expect(page).toHaveTitle(/^制造业产品质量监督抽查合格率 · 指标 · /);
});

test("the report page has a single h1", async ({ page }) => {
  await signIn(page, "leader");
  await page.goto("/reports?region=450600&period=2020");
  await expect(page.getByTestId("report")).toBeVisible();
  await expect(page.locator("h1")).toHaveCount(1);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("汇报材料");
});
