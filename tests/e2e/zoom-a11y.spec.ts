// Issue 18, problems 4, 5 and 7: the entry grid at 200 % zoom and at 320 px, focus never hidden
// under a sticky column, overdue badges not cut off in English, scroll boxes reachable by keyboard.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn } from "./support/auth";

async function signedInPage(browser: Browser, user: string, viewport: { width: number; height: number }, deviceScaleFactor = 1, language = "zh-CN") {
  const context = await browser.newContext({ viewport, deviceScaleFactor, locale: language });
  await context.addCookies([{ name: "locale", value: language, url: test.info().project.use.baseURL ?? "" }]);
  const page = await context.newPage();
  await signIn(page, user);
  return page;
}

/** Whether the focused element is painted on top at its centre (not under a sticky cell or off screen). */
async function focusedIsUncovered(page: Page): Promise<{ ok: boolean; what: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { ok: false, what: "body" };
    const box = el.getBoundingClientRect();
    const x = box.left + Math.min(box.width / 2, 6);
    const y = box.top + box.height / 2;
    const hit = document.elementFromPoint(x, y);
    const ok = x >= 0 && x <= window.innerWidth && !!hit && (el === hit || el.contains(hit));
    return { ok, what: `${el.tagName} ${el.getAttribute("aria-label") ?? el.textContent?.slice(0, 30)} hit ${hit?.tagName} ${hit?.textContent?.slice(0, 20)}` };
  });
}

for (const zoom of [
  { name: "200 % zoom of a 1280 px screen", viewport: { width: 640, height: 400 }, scale: 2 },
  { name: "320 px", viewport: { width: 320, height: 640 }, scale: 1 },
]) {
  test(`entry grid at ${zoom.name}: cards with value, note and status on screen`, async ({ browser }) => {
    const page = await signedInPage(browser, "dept-scj", zoom.viewport, zoom.scale);
    await page.goto("/entry?period=2020Q3");
    const grid = page.getByTestId("entry-grid");
    await expect(grid.locator("thead")).toBeHidden();
    const row = page.getByTestId("row-FOOD_SPOT_PASS-450681");
    for (const part of [row.getByLabel(/东兴市 分子$/), row.getByLabel(/东兴市 说明$/), row.getByTestId("figure-status")]) {
      await part.scrollIntoViewIfNeeded();
      const box = await part.boundingBox();
      expect(box).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(zoom.viewport.width);
    }
    const scroll = page.getByTestId("entry-grid-scroll");
    expect(await scroll.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
    await page.context().close();
  });
}

test("moving backwards through the overview matrix at 320 px, no focused cell hides under the sticky region column", async ({ browser }) => {
  const page = await signedInPage(browser, "office", { width: 320, height: 640 });
  await page.goto("/");
  const cells = page.getByTestId("status-matrix").locator("a.matrix-cell");
  await cells.last().focus();
  const hidden: string[] = [];
  for (let i = 0; i < 60; i += 1) {
    const inMatrix = await page.evaluate(() => !!document.activeElement?.closest('[data-testid="status-matrix"]'));
    if (!inMatrix) break;
    const result = await focusedIsUncovered(page);
    if (!result.ok) hidden.push(result.what);
    await page.keyboard.press("Shift+Tab");
  }
  expect(hidden).toEqual([]);
  await page.context().close();
});

test("moving backwards through the entry grid where it scrolls, no focused input hides under the sticky region column", async ({ browser }) => {
  const page = await signedInPage(browser, "dept-scj", { width: 1024, height: 700 });
  await page.goto("/entry?period=2020Q3");
  const inputs = page.getByTestId("entry-grid").locator("input:not([disabled])");
  await inputs.last().focus();
  const hidden: string[] = [];
  for (let i = 0; i < 60; i += 1) {
    const inGrid = await page.evaluate(() => !!document.activeElement?.closest('[data-testid="entry-grid"]'));
    if (!inGrid) break;
    const result = await focusedIsUncovered(page);
    if (!result.ok) hidden.push(result.what);
    await page.keyboard.press("Shift+Tab");
  }
  expect(hidden).toEqual([]);
  await page.context().close();
});

test("English overview at 1366 px: every overdue badge is shown whole", async ({ browser }) => {
  const page = await signedInPage(browser, "office", { width: 1366, height: 900 }, 1, "en");
  await page.goto("/");
  const overdue = page.getByTestId("completeness").locator("li[data-overdue]");
  const count = await overdue.count();
  expect(count).toBeGreaterThan(0);
  await expect(page.getByTestId("completeness").getByTestId("overdue-badge")).toHaveCount(count);
  for (let i = 0; i < count; i += 1) {
    const badge = overdue.nth(i).getByTestId("overdue-badge");
    await expect(badge).toContainText(/overdue/i);
    await badge.scrollIntoViewIfNeeded();
    const whole = await badge.evaluate((el) => {
      const box = el.getBoundingClientRect();
      // Each corner of the badge is painted by the badge itself: nothing clips or covers it.
      const points = [[box.left + 3, box.top + 3], [box.right - 3, box.top + 3], [box.left + 3, box.bottom - 3], [box.right - 3, box.bottom - 3]] as const;
      return box.width > 0 && points.every(([x, y]) => el.contains(document.elementFromPoint(x, y)));
    });
    expect(whole, `badge ${i}`).toBe(true);
  }
  await page.context().close();
});

test("every box that scrolls sideways is a named region the keyboard can focus and scroll", async ({ browser }) => {
  test.setTimeout(180_000); // four pages as two users
  const visits: [string, string][] = [
    ["office", "/"],
    ["office", "/completeness?period=2020Q3"],
    ["leader", "/reports?region=450600&period=2020"],
    ["leader", "/regions/450600"],
  ];
  let checked = 0;
  for (const [user, path] of visits) {
    const page = await signedInPage(browser, user, { width: 320, height: 640 });
    await page.goto(path);
    await page.waitForTimeout(300);
    const boxes = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>("main *")]
        .filter((el) => ["auto", "scroll"].includes(getComputedStyle(el).overflowX) && el.scrollWidth > el.clientWidth + 1 && el.getClientRects().length > 0)
        .map((el) => ({ tabIndex: el.tabIndex, role: el.getAttribute("role"), label: el.getAttribute("aria-label") ?? "", html: el.outerHTML.slice(0, 80) })),
    );
    expect(boxes.length, path).toBeGreaterThan(0);
    for (const box of boxes) {
      expect(box, `${path}: ${box.html}`).toMatchObject({ tabIndex: 0, role: "region" });
      expect(box.label, `${path}: ${box.html}`).not.toBe("");
    }
    checked += boxes.length;
    // The arrow key scrolls a focused box.
    const first = page.locator('main [role="region"][tabindex="0"]').first();
    await first.focus();
    const before = await first.evaluate((el) => el.scrollLeft);
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => first.evaluate((el) => el.scrollLeft)).toBeGreaterThan(before);
    await page.context().close();
  }
  console.log(`scroll boxes checked at 320 px: ${checked}`);
});
