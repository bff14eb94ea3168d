import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { signIn } from "./support/auth";

test("leader drills from the overview into a county, an indicator, sorts the ranking and downloads it", async ({ page }) => {
  await signIn(page, "leader");
  await expect(page.getByTestId("status-counts")).toBeVisible();
  await expect(page.getByTestId("status-matrix")).toBeVisible();
  // A matrix cell is a plain link whose one accessible name (its title) says region, indicator and status.
  await expect(page.getByTestId("status-matrix").getByRole("link", { name: "上思县 · 规模以上食品生产企业食品抽查合格率: 进度滞后", exact: true })).toHaveAttribute(
    "href",
    "/indicators/FOOD_SPOT_PASS?region=450621",
  );
  await expect(page.getByTestId("most-behind").locator("tbody tr")).toHaveCount(10);
  await expect(page.getByTestId("cards-list")).toContainText("上思县");

  await page.getByTestId("matrix-region-450621").click();
  await expect(page).toHaveURL(/\/regions\/450621/);
  await expect(page.getByTestId("region-title")).toContainText("上思县");
  await expect(page.getByTestId("region-targets").locator("tbody tr").first()).toBeVisible();

  await page.getByTestId("region-targets").getByRole("link", { name: "规模以上食品生产企业食品抽查合格率" }).click();
  await expect(page).toHaveURL(/\/indicators\/FOOD_SPOT_PASS\?region=450621/);
  await expect(page.getByTestId("indicator-title")).toHaveText("规模以上食品生产企业食品抽查合格率");

  const ranking = page.getByTestId("ranking-table");
  const valueColumn = async () => (await ranking.locator("tbody tr td:nth-child(3)").allTextContents()).map((v) => Number.parseFloat(v));
  // Numbers sort highest first on the first click, then lowest first.
  await ranking.getByRole("button", { name: /数值/ }).click();
  const descending = await valueColumn();
  expect(descending).toEqual([...descending].sort((a, b) => b - a));
  await ranking.getByRole("button", { name: /数值/ }).click();
  const ascending = await valueColumn();
  expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
  expect(ascending).not.toEqual(descending);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("ranking-csv").click()]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const csv = fs.readFileSync((await download.path())!, "utf8");
  expect(csv.split("\r\n")[0]).toContain("排名,地区,区划代码");
  expect(csv).toContain("上思县");
  expect(csv).toContain("东兴市");
  // The target carries its unit, as on the page.
  expect(csv).toMatch(/,≥ \d+\.\d%,/);
});

test("a county viewer cannot reach a neighbouring county: 404 on the page and the API", async ({ page }) => {
  await signIn(page, "viewer-dx");
  const response = await page.goto("/regions/450603");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
  expect((await page.request.get("/api/v1/targets?region=450603")).status()).toBe(404);
  expect((await page.request.get("/api/v1/regions/450603/scorecard")).status()).toBe(404);
  const own = await page.request.get("/api/v1/targets?region=450681");
  expect(own.status()).toBe(200);
});

test("the API answers targets and scorecards in the documented shape", async ({ page, request }) => {
  expect((await request.get("/api/v1/targets?region=450621")).status()).toBe(401);
  await signIn(page, "leader");
  expect((await page.request.get("/api/v1/targets?region=45")).status()).toBe(400);
  const targets = await (await page.request.get("/api/v1/targets?region=450621")).json();
  expect(targets.length).toBeGreaterThan(10);
  expect(targets[0]).toEqual(
    expect.objectContaining({
      id: expect.any(Number),
      indicator: expect.objectContaining({ code: expect.any(String), name: expect.any(String), unit: expect.any(String) }),
      region: { code: "450621", name: "上思县" },
      comparator: expect.stringMatching(/^(>=|<=|=|>|<)$/),
      target: expect.any(Number),
      status: expect.stringMatching(/^(ACHIEVED|ON_TRACK|AT_RISK|OFF_TRACK|MISSED|NO_DATA)$/),
    }),
  );
  const scorecard = await (await page.request.get("/api/v1/regions/450621/scorecard")).json();
  expect(scorecard).toMatchObject({ region: { code: "450621", name: "上思县" }, rank: expect.any(Number), of: 4 });
  expect(Object.keys(scorecard.counts).sort()).toEqual(["ACHIEVED", "AT_RISK", "MISSED", "NO_DATA", "OFF_TRACK", "ON_TRACK"]);
  expect(scorecard.cards[0]).toMatchObject({ color: "RED" });
});

test("the targets list filters by status and exports the filtered table", async ({ page }) => {
  await signIn(page, "office");
  await page.goto("/targets?status=OFF_TRACK&group=region");
  const badges = page.getByTestId("targets-table").locator("[data-status]");
  await expect(badges.first()).toBeVisible();
  expect(new Set(await badges.evaluateAll((els) => els.map((e) => e.getAttribute("data-status"))))).toEqual(new Set(["OFF_TRACK"]));
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-xlsx").click()]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  expect(fs.statSync((await download.path())!).size).toBeGreaterThan(1000);
});

test("provisional figures can be switched on and are marked", async ({ page }) => {
  await signIn(page, "office");
  await page.getByTestId("provisional-toggle").click();
  await expect(page.getByTestId("provisional-marker")).toBeVisible();
  await expect(page).toHaveURL(/provisional=1/);
});
