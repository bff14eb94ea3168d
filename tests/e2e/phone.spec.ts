// On a phone the entry grid and the target tables are cards: every input and status is inside the
// screen, with nothing to scroll sideways. Reads only; the values typed are not saved.
import { expect, test, type Locator } from "@playwright/test";
import { signIn } from "./support/auth";

const PHONE = { width: 390, height: 844 };
test.use({ viewport: PHONE });

async function expectOnScreen(locator: Locator) {
  await expect(locator).toBeVisible();
  const box = await locator.boundingBox();
  expect(box, "element has a box").not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
}

test("a department enters figures on a phone without scrolling sideways", async ({ page }) => {
  await signIn(page, "dept-scj");
  await page.goto("/entry");
  const row = page.getByTestId("row-FOOD_SPOT_PASS-450681");
  const numerator = row.getByLabel(/东兴市 分子$/);
  const denominator = row.getByLabel(/东兴市 分母$/);
  await expectOnScreen(numerator);
  await expectOnScreen(denominator);
  await expectOnScreen(row.getByTestId("figure-status"));
  await numerator.fill("90");
  await denominator.fill("100");
  await expect(row.getByTestId("rate")).toHaveText("90.0%");
  await expectOnScreen(row.getByTestId("rate"));
  const grid = page.getByTestId("entry-grid-scroll");
  expect(await grid.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
});

test("a region's targets read as cards on a phone", async ({ page }) => {
  await signIn(page, "leader");
  await page.goto("/regions/450600");
  const card = page.getByTestId("region-targets").locator("tr[data-indicator]").first();
  await expectOnScreen(card.getByText(/已完成|进度正常|存在风险|进度滞后|未完成|暂无数据/).first());
  await expectOnScreen(card.getByRole("img").first());
  const table = page.getByTestId("region-targets");
  expect(await table.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
});
