// The office's other pages: completeness with the reminder text, reporting periods, the audit log,
// and the entry and review pages on a phone. Reads only, except 2020Q4's due date.
import { expect as baseExpect, test } from "@playwright/test";
import { signIn } from "./support/auth";

// Each step saves, recomputes and re-renders on a machine shared with other builds: allow for it.
test.describe.configure({ mode: "serial", timeout: 180_000 });
const expect = baseExpect.configure({ timeout: 30_000 });

test("the completeness matrix shows what each department owes, with a copyable reminder", async ({ page }) => {
  await signIn(page, "office");
  await page.goto("/completeness?period=2020Q3");
  await expect(page.getByTestId("completeness-summary")).toContainText("已逾期");
  const scj = page.getByTestId("completeness-SCJ");
  await expect(scj).toContainText("市场监督管理局");
  await expect(scj.getByTestId("cell-450602")).toHaveText(/\d+\/\d+/);
  const reminder = page.getByTestId("reminder-text");
  await expect(reminder).toHaveValue(/报送截止日期（2020\/10\/15）已过/);
  await expect(reminder).toHaveValue(/文化和旅游局（尚缺 \d+ 项）：.*港口区：/);
});

// Reporting periods are installation-wide: the administrator's, not an office's (issue 14).
test("the administrator sets a due date, and the change is in the audit log", async ({ page }) => {
  await signIn(page, "admin");
  await page.goto("/periods");
  const row = page.getByTestId("period-2020Q4");
  await row.getByLabel("2020年第4季度报送截止日期").fill("2021-01-20");
  await row.getByRole("button", { name: "保存截止日期" }).click();
  await expect(page.getByTestId("period-notice")).toHaveText("2020年第4季度截止日期已保存。");
  await page.goto("/audit?entityType=ReportingPeriod");
  await expect(page.getByTestId("audit-row").first()).toContainText("修改截止日期");
  await expect(page.getByTestId("audit-row").first()).toContainText("2021-01-20");
});

test("the office cannot reach the periods page", async ({ page }) => {
  await signIn(page, "office");
  await page.goto("/periods");
  await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
  await expect(page.getByRole("link", { name: "报告期管理" })).toHaveCount(0);
});

test("department users cannot reach the office's pages", async ({ page }) => {
  await signIn(page, "dept-scj");
  for (const path of ["/review", "/completeness", "/periods", "/audit"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
  }
  await expect(page.getByRole("link", { name: "数据审核" })).toHaveCount(0);
});

test("the office's pages fit a phone: the page never scrolls sideways", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await signIn(page, "office");
  for (const path of ["/entry", "/review", "/completeness", "/audit"]) {
    await page.goto(path);
    await expect(page.locator("h1")).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test("the entry page is in English when asked", async ({ page }) => {
  await signIn(page, "dept-scj");
  await page.getByTestId("language-switch").click();
  await expect(page.getByTestId("language-switch")).toHaveText("中文");
  await page.goto("/entry");
  await expect(page.getByRole("heading", { name: "Data entry" })).toBeVisible();
  await expect(page.getByTestId("entry-heading")).toContainText("Administration for Market Regulation · Q3 2020");
  await page.getByTestId("language-switch").click();
  await expect(page.getByRole("heading", { name: "数据填报" })).toBeVisible();
});
