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

test("in the English interface every Chinese text is marked lang=zh", async ({ browser }) => {
  const context = await browser.newContext({ locale: "en" });
  await context.addCookies([{ name: "locale", value: "en", url: test.info().project.use.baseURL ?? "" }]);
  const page = await context.newPage();
  await signIn(page, "office");
  const unmarked: string[] = [];
  for (const path of ["/", "/completeness?period=2020Q3", "/review?period=2020Q3"]) {
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    const texts = await page.evaluate(() => {
      const found: string[] = [];
      const walker = document.createTreeWalker(document.querySelector("main") ?? document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? "";
        if (!/[\u3400-\u9fff]/u.test(text)) continue;
        const parent = node.parentElement;
        if (!parent || parent.closest("[aria-hidden='true'], script, style, textarea, option")) continue;
        const lang = parent.closest("[lang]")?.getAttribute("lang") ?? "";
        if (!lang.startsWith("zh")) found.push(text.trim().slice(0, 40));
      }
      return found;
    });
    unmarked.push(...texts.map((t) => `${path}: ${t}`));
  }
  expect(unmarked).toEqual([]);
  await context.close();
});

test("the overview matrix: column names whole, a caption, header scopes", async ({ page }) => {
  await signIn(page, "office");
  await page.goto("/");
  const matrix = page.getByTestId("status-matrix");
  await expect(matrix.locator("caption")).toHaveText("地区 × 指标状态矩阵");
  const names = matrix.getByTestId("matrix-column");
  expect(await names.count()).toBeGreaterThan(5);
  const cut = await names.evaluateAll((links) => links.filter((a) => a.scrollHeight > a.clientHeight + 1 || a.scrollWidth > a.clientWidth + 1 || getComputedStyle(a).textOverflow === "ellipsis").map((a) => a.textContent));
  expect(cut).toEqual([]);
  await expect(matrix.locator("thead th:not([scope='col'])")).toHaveCount(0);
  await expect(matrix.locator("tbody th:not([scope='row'])")).toHaveCount(0);
});

test("the language switch keeps focus after switching", async ({ page }) => {
  await signIn(page, "office");
  await page.goto("/");
  const sw = page.getByTestId("language-switch");
  await sw.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(sw).toHaveText("中文");
  await expect(sw).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(sw).toBeFocused();
});
