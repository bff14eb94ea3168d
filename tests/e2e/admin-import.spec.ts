// Importing a policy document: upload, review beside the highlighted text, accept three targets,
// and find them with their source sentences on the plan page and the plan on the dashboard.
import path from "node:path";
import { Document, Packer, Paragraph } from "docx";
import { expect, test } from "@playwright/test";
import { signIn } from "./support/auth";
import { field, uniqueSuffix } from "./support/admin";

// Reading and analysing a whole document can take a while on a busy machine.
const ANALYSIS = { timeout: 45_000 };
const DOCUMENT = path.join(__dirname, "..", "..", "prisma", "seed", "documents", "fangchenggang-2017-14.txt");

test.describe.configure({ mode: "serial", timeout: 180_000 });

test("admin imports a seed document, accepts three targets and sees them with their source sentences", async ({ page }) => {
  const title = `端到端导入 ${uniqueSuffix()}`;
  await signIn(page, "admin");
  await page.goto("/admin/plans/import");
  await page.locator("#import-file").setInputFiles(DOCUMENT);
  await expect(page.getByTestId("file-message")).toContainText("已读取“fangchenggang-2017-14.txt”", ANALYSIS);
  await page.getByRole("button", { name: "识别目标" }).click();

  const cards = page.getByTestId("candidate");
  await expect(cards.first()).toBeVisible(ANALYSIS);
  // The plan's details were read from the document.
  await expect(field(page, "文号")).toHaveValue("防政发〔2017〕14号");
  await expect(field(page, "发文单位")).toHaveValue("防城港市人民政府");

  // Selecting a candidate highlights its sentence in the text.
  await cards.nth(1).getByRole("button", { name: "在原文中定位" }).click();
  await expect(page.getByTestId("active-highlight")).toHaveText((await cards.nth(1).getByTestId("candidate-quote").textContent()) ?? "");

  await page.getByTestId("accept-none").click();
  const quotes: string[] = [];
  for (const i of [1, 2, 3]) {
    await cards.nth(i).getByTestId("accept").check();
    quotes.push((await cards.nth(i).getByTestId("candidate-quote").textContent()) ?? "");
  }
  await expect(page.getByTestId("candidate-count")).toContainText("已选 3 个");
  await field(page, "标题").fill(title);
  await page.getByTestId("accept-selected").click();

  await expect(page).toHaveURL(/\/admin\/plans\/\d+\?imported=3$/, ANALYSIS);
  await expect(page.getByTestId("imported-notice")).toHaveText("已导入 3 个目标，原文依据一并保存。");
  await expect(page.getByTestId("plan-title")).toContainText(title);
  const sentences = page.getByTestId("plan-targets").getByTestId("source-sentence");
  await expect(sentences).toHaveCount(3);
  for (const quote of quotes) await expect(page.getByTestId("plan-targets")).toContainText(quote);

  // The dashboard (overview) lists the new plan with its three targets.
  await page.goto("/");
  const item = page.getByTestId("plan-list").locator("li", { hasText: title });
  await expect(item).toContainText("范围内目标数:3");
});

test("the review refuses bad input with messages on the fields, and saves nothing", async ({ page }) => {
  await signIn(page, "admin");
  await page.goto("/admin/plans/import");
  await page.locator("#import-text").fill("到2020年,全市新增端到端名牌8个以上,产品抽查合格率达到95%以上。");
  await page.getByRole("button", { name: "识别目标" }).click();
  const cards = page.getByTestId("candidate");
  await expect(cards).toHaveCount(2, ANALYSIS);
  await field(page, "标题").fill("");
  await cards.nth(0).getByTestId("value").fill("八个");
  await page.getByTestId("accept-selected").click();
  await expect(page.getByTestId("error-plan-title")).toHaveText("必填。");
  await expect(cards.nth(0)).toContainText("请输入数字");
  await expect(page).toHaveURL(/\/admin\/plans\/import$/);
});

test("a .docx upload is read and its targets found", async ({ page }) => {
  const doc = new Document({ sections: [{ children: [new Paragraph("二、主要目标"), new Paragraph("到2025年,全县食品抽检合格率稳定在98%以上,新增地方标准5项。")] }] });
  await signIn(page, "office");
  await page.goto("/admin/plans/import");
  await page.locator("#import-file").setInputFiles({ name: "方案.odt", mimeType: "application/vnd.oasis.opendocument.text", buffer: Buffer.from("PK") });
  await expect(page.getByTestId("file-message")).toContainText("只支持 .pdf、.doc、.docx 和 .txt 文件");
  await page.locator("#import-file").setInputFiles({ name: "实施方案.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: await Packer.toBuffer(doc) });
  await expect(page.locator("#import-text")).toHaveValue(/食品抽检合格率稳定在98%以上/);
  await page.getByRole("button", { name: "识别目标" }).click();
  await expect(page.getByTestId("candidate")).toHaveCount(2, ANALYSIS);
});

test("the import review fits a phone screen", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await signIn(page, "office");
  await page.goto("/admin/plans/import");
  await page.locator("#import-file").setInputFiles(DOCUMENT);
  await page.getByRole("button", { name: "识别目标" }).click();
  await expect(page.getByTestId("candidate").first()).toBeVisible(ANALYSIS);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
