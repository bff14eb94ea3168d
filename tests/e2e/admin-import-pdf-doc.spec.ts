// Importing a policy document as a text PDF and as a Word 97 .doc: the office user sees the
// targets for review with their source sentences highlighted; a scanned PDF is refused clearly.
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/auth";

const ANALYSIS = { timeout: 45_000 };
const FIXTURES = path.join(__dirname, "..", "fixtures", "documents");

test.describe.configure({ timeout: 180_000 });

async function uploadAndAnalyse(page: Page, file: string): Promise<void> {
  await page.goto("/admin/plans/import");
  await page.locator("#import-file").setInputFiles(path.join(FIXTURES, file));
  await expect(page.getByTestId("file-message")).toContainText(`已读取“${file}”`, ANALYSIS);
  await page.getByRole("button", { name: "识别目标" }).click();
  await expect(page.getByTestId("candidate").first()).toBeVisible(ANALYSIS);
}

/** `count` candidates quote this sentence, and locating each highlights exactly that sentence. */
async function expectHighlighted(page: Page, quote: string, count = 1): Promise<void> {
  const cards = page.getByTestId("candidate").filter({ has: page.getByTestId("candidate-quote").getByText(quote, { exact: true }) });
  await expect(cards).toHaveCount(count);
  for (let i = 0; i < count; i += 1) {
    await cards.nth(i).getByRole("button", { name: "在原文中定位" }).click();
    await expect(page.getByTestId("active-highlight")).toHaveText(quote);
  }
}

test("office imports a text PDF and a .doc and reviews their targets beside the highlighted text", async ({ page }) => {
  await signIn(page, "office");

  await uploadAndAnalyse(page, "policy.pdf");
  const source = page.getByTestId("source-text");
  // Running header and page numbers are gone; the sentence broken at the page end is whole again.
  await expect(source).not.toContainText("东湖市人民政府办公室文件");
  await expect(source).not.toContainText("- 1 -");
  await expect(source).toContainText("重点领域顾客满意度均达到80分以上。");
  await expect(source.locator("mark")).toHaveCount(await page.getByTestId("candidate").count());
  await expectHighlighted(page, "旅游、养老、家政等重点领域顾客满意度均达到80分以上");
  await expectHighlighted(page, "主要农产品质量安全例行监测合格率不低于98%");

  await uploadAndAnalyse(page, "county-plan.doc");
  await expect(page.getByTestId("source-text")).toContainText("南山县2023年质量提升行动工作要点");
  await expectHighlighted(page, "食品安全评价性抽检合格率不低于97.5%");
  await expectHighlighted(page, "重点工业产品质量安全事故发生率控制在0.5%以内");
  // One value for two indicators: two candidates, one per indicator, sharing the sentence.
  await expectHighlighted(page, "计量器具强制检定受检率和检定合格率均达到96%以上", 2);
});

test("a scanned PDF without text gets a clear message and fills in nothing", async ({ page }) => {
  await signIn(page, "office");
  await page.goto("/admin/plans/import");
  await page.locator("#import-file").setInputFiles(path.join(FIXTURES, "scanned.pdf"));
  await expect(page.getByTestId("file-message")).toHaveText("此PDF仅包含图片，没有可提取的文字；请粘贴文字或上传Word文件。", ANALYSIS);
  await expect(page.locator("#import-text")).toHaveValue("");
});
