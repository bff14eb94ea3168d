// The year's assessment as the city's office and as an assessed county's office see it: every
// county with its grade, a county's items, sorting, the county's own row only, and a phone screen.
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/auth";

const COUNTIES = ["450602", "450603", "450621", "450681"];

async function expectNoSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(1);
}

test("the office sees 防城港市's four counties with grades and opens one county's items", async ({ page }) => {
  await signIn(page, "office");
  await page.getByRole("link", { name: "年度考核" }).first().click();
  await expect(page).toHaveURL(/\/assessment/);
  await expect(page.getByRole("heading", { level: 1, name: "年度考核" })).toBeVisible();
  await expect(page.getByTestId("assessment-year")).toHaveValue("2020");
  for (const code of COUNTIES) {
    const row = page.getByTestId(`assessment-row-${code}`);
    await expect(row.getByTestId("assessment-grade")).toHaveText(/^[ABCD] (优秀|良好|合格|不合格)$/);
    await expect(row.getByTestId("assessment-total")).toHaveText(/^\d+\.\d\*?$/);
  }
  // 上思县's veto forces grade D and puts it last.
  await expect(page.getByTestId("assessment-row-450621")).toContainText("否决");
  await expect(page.getByTestId("assessment-row-450621").getByTestId("assessment-grade")).toHaveText(/^D /);
  // The grades table counts every county once.
  const counts = await page.getByTestId("assessment-grades").locator("tbody tr td:nth-child(3)").allTextContents();
  expect(counts.reduce((sum, c) => sum + Number(c), 0)).toBe(4);

  // Sorting by total from the column heading, highest first, kept in the URL.
  await page.getByRole("link", { name: /按总分排序/ }).click();
  await expect(page).toHaveURL(/sort=total&dir=desc/);
  const totals = (await page.getByTestId("assessment-total").allTextContents()).map((text) => Number.parseFloat(text));
  expect(totals).toEqual([...totals].sort((a, b) => b - a));

  await page.getByRole("link", { name: "东兴市考核详情" }).click();
  await expect(page).toHaveURL(/\/assessment\/2020\/450681$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("东兴市 · 2020年度考核");
  await expect(page.getByTestId("assessment-summary")).toContainText(/总分 \d+\.\d/);
  const food = page.getByTestId("item-SAFETY_FOOD_SPOT");
  await expect(food).toContainText("每差 1% 扣 1 分");
  await expect(food.getByTestId("item-inputs").first()).toContainText("实际");
  await expect(page.getByTestId("item-ORG_LEADERSHIP")).toContainText("待评分");
  await expect(page.getByTestId("item-BONUS_QUALITY_AWARD").getByTestId("item-points")).toHaveText("4");
  await page.getByRole("link", { name: /返回2020年度考核/ }).click();
  await page.getByTestId("assessment-year").selectOption("2019");
  await page.getByTestId("assessment-year-go").click();
  await expect(page).toHaveURL(/year=2019/);
  await expect(page.getByTestId("assessment-row-450602").getByTestId("assessment-grade")).toHaveText(/^[ABCD] /);
});

test("东兴市's office sees only its own row and not a sibling's details", async ({ page }) => {
  await signIn(page, "office-dx");
  await page.goto("/assessment");
  await expect(page.getByTestId("assessment-row-450681")).toBeVisible();
  await expect(page.getByTestId("assessment-table").locator("tbody tr")).toHaveCount(1);
  await expect(page.getByText("排名在全部 4 个被考核地区中计算")).toBeVisible();
  const response = await page.goto("/assessment/2020/450603");
  expect(response?.status()).toBe(404);
  await page.goto("/assessment/2020/450681");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("东兴市 · 2020年度考核");
});

test("both assessment pages fit a phone screen without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, "office");
  await page.goto("/assessment");
  await expect(page.getByTestId("assessment-table")).toBeVisible();
  await expectNoSidewaysScroll(page);
  await page.goto("/assessment/2020/450603");
  await expect(page.getByTestId("deduction-items")).toBeVisible();
  await expectNoSidewaysScroll(page);
});
