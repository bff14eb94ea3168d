// Red and yellow cards end to end: 上思县, with two pass-rate targets off track in the demo, has a red
// card issued by rule; the office sets a rectification task; 市场监督管理局 records progress with
// evidence files (downloaded again from the card's timeline) and marks it done; the targets recover
// (good figures entered and approved for 2020Q3 and, once the administrator opens it, 2020Q4);
// lifting is proposed and the office confirms it. The card's whole history stays visible. Runs after
// the main project: it opens 2020Q4, which moves every dashboard on.
import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/auth";
import { withE2eDatabase } from "./support/database";

const COUNTY = "450621";
const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const ACTIONS = "开展食品生产企业专项整治，复查不合格企业";
const FIGURES = [
  { indicator: "FOOD_SPOT_PASS", department: "SCJ" },
  { indicator: "CONSUMER_SERVICE_SAT", department: "SW" },
];

test.describe.configure({ mode: "serial" });

let cardUrl = "";

test("the office finds the red card issued by rule and sets a rectification task", async ({ page }) => {
  await signIn(page, "office");
  await page.goto("/warnings");
  const row = page.getByTestId(`card-row-${COUNTY}-RATE_OFF_TRACK_MULTIPLE`);
  await expect(row).toContainText("红牌");
  await expect(row).toContainText("两项及以上合格率类目标进度滞后");
  await row.getByRole("link", { name: "查看 红牌 · 上思县" }).click();
  await expect(page.getByTestId("card-status")).toContainText("整改中");
  cardUrl = new URL(page.url()).pathname;

  const form = page.getByTestId("task-form");
  await form.getByRole("button", { name: "布置任务" }).click();
  await expect(form.getByTestId("error-actions")).toContainText("必填");
  await form.getByLabel("责任单位").selectOption({ label: "市场监督管理局" });
  await form.getByLabel("整改期限").fill("2020-12-31");
  await form.getByLabel("整改要求").fill(ACTIONS);
  await form.getByRole("button", { name: "布置任务" }).click();
  await expect(page.getByTestId("card-tasks")).toContainText(ACTIONS);
  await expect(page.getByTestId("card-tasks")).toContainText("已逾期");
  await expect(page.getByTestId("card-timeline")).toContainText("布置整改任务");
});

test("the owner department sees the task on its home, records progress and marks it done", async ({ page }) => {
  await signIn(page, "dept-scj");
  await expect(page.getByTestId("my-tasks")).toContainText(ACTIONS);
  await expect(page.getByTestId("my-tasks")).toContainText("已逾期");
  await page.getByTestId("my-tasks").getByRole("link", { name: "查看 红牌 · 上思县" }).first().click();
  await page.getByLabel("进展说明").fill("已复查 32 家企业，整改完成");
  // Evidence with the note: a file that is not what its name says is refused, and the note with it.
  await page.getByLabel("见证材料").setInputFiles([{ name: "现场照片.png", mimeType: "image/png", buffer: Buffer.from("not a picture") }]);
  await page.getByRole("button", { name: "记录进展 · 市场监督管理局" }).click();
  await expect(page.getByTestId(/^error-file-/)).toContainText("不支持的文件类型");
  await expect(page.getByTestId("card-tasks")).not.toContainText("已复查 32 家企业，整改完成");
  await page.getByLabel("见证材料").setInputFiles([
    { name: "复查报告.pdf", mimeType: "application/pdf", buffer: PDF },
    { name: "现场照片.png", mimeType: "image/png", buffer: PNG },
  ]);
  await page.getByRole("button", { name: "记录进展 · 市场监督管理局" }).click();
  await expect(page.getByTestId("card-tasks")).toContainText("已复查 32 家企业，整改完成");
  const files = page.getByTestId("card-tasks").getByTestId("note-evidence");
  await expect(files).toHaveText(["复查报告.pdf", "现场照片.png"]);
  // Downloadable from the card's timeline too, with the bytes that were uploaded.
  const timeline = page.getByTestId("card-timeline");
  await expect(timeline.getByTestId("note-evidence")).toHaveText(["复查报告.pdf", "现场照片.png"]);
  const download = page.waitForEvent("download");
  await timeline.getByRole("link", { name: "下载 复查报告.pdf" }).click();
  const pdf = await download;
  expect(pdf.suggestedFilename()).toBe("复查报告.pdf");
  expect(fs.readFileSync(await pdf.path())).toEqual(PDF);
  const png = await page.request.get((await files.nth(1).getAttribute("href")) ?? "");
  expect(png.headers()["content-type"]).toBe("image/png");
  expect(Buffer.from(await png.body())).toEqual(PNG);
  // By keyboard.
  await page.getByRole("button", { name: "标记完成 · 市场监督管理局" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("card-tasks")).toContainText("完成");
  await expect(page.getByRole("button", { name: "标记完成 · 市场监督管理局" })).toHaveCount(0);
  // The targets are still off track: no lifting yet.
  await expect(page.getByTestId("card-status")).toContainText("整改中");
});

/** The figure's version as stored now (0: none yet): specs before this one may have resubmitted it. */
async function storedVersion(indicator: string, period: string): Promise<number> {
  const [year, quarter] = period.split("Q").map(Number);
  const rows = await withE2eDatabase((db) =>
    db.query<{ version: number }>(
      "SELECT f.version FROM figures f JOIN indicators i ON i.id = f.indicator_id JOIN regions r ON r.id = f.region_id WHERE i.code = ? AND r.code = ? AND f.year = ? AND f.quarter = ?",
      indicator,
      COUNTY,
      year ?? 0,
      quarter ?? 0,
    ),
  );
  return Number(rows[0]?.version ?? 0);
}

/** The office enters good pass rates for 上思县 on the departments' behalf, then approves them. */
async function recover(page: Page, period: string) {
  const origin = new URL(page.url()).origin;
  for (const f of FIGURES) {
    const response = await page.request.put("/api/v1/figures", {
      headers: { origin },
      data: { indicator: f.indicator, region: COUNTY, period, numerator: 99, denominator: 100, note: "整改后复查", department: f.department, version: await storedVersion(f.indicator, period), submit: true },
    });
    expect(response.status(), await response.text()).toBe(200);
  }
  await page.goto(`/review?period=${period}&status=SUBMITTED`);
  for (const f of FIGURES) {
    await page.getByTestId(`review-item-${f.indicator}-${COUNTY}`).getByTestId("approve").click();
    await expect(page.getByTestId("review-notice")).toHaveText("已通过 1 项。");
    await page.reload();
    await expect(page.getByTestId(`review-item-${f.indicator}-${COUNTY}`)).toHaveCount(0);
  }
}

test("the targets recover over two quarters, lifting is proposed and the office lifts the card", async ({ page, browser }) => {
  await signIn(page, "office");
  await recover(page, "2020Q3");

  const admin = await browser.newPage();
  await signIn(admin, "admin");
  await admin.goto("/periods");
  admin.once("dialog", (dialog) => void dialog.accept());
  await admin.getByTestId("period-2020Q4").getByTestId("open-period").click();
  await expect(admin.getByTestId("period-2020Q4").getByTestId("close-period")).toBeVisible();
  await admin.close();

  await recover(page, "2020Q4");
  await page.goto(cardUrl);
  await expect(page.getByTestId("card-status")).toContainText("待确认销号");
  await expect(page.getByTestId("lift-proposed")).toContainText("销号条件已满足");
  await page.getByRole("button", { name: "确认销号 · 上思县" }).click();
  await expect(page.getByTestId("card-status")).toContainText("已销号");
  const timeline = page.getByTestId("card-timeline");
  for (const step of ["发出", "布置整改任务", "记录整改进展", "整改任务完成", "提出销号建议", "确认销号"]) await expect(timeline).toContainText(step);

  await page.goto("/warnings?status=closed");
  await expect(page.getByTestId(`card-row-${COUNTY}-RATE_OFF_TRACK_MULTIPLE`)).toContainText("已销号");
  const api = await (await page.request.get(`/api/v1/warnings?region=${COUNTY}&status=closed`)).json();
  expect(api.cards).toEqual(expect.arrayContaining([expect.objectContaining({ status: "LIFTED", color: "RED", tasks: [expect.objectContaining({ status: "DONE", department: "市场监督管理局" })] })]));
});
