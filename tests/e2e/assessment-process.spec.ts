// The year's assessment process end to end, on the demo's 2020 assessment (the three other counties
// are verified already): 东兴市's office self-assesses with evidence and submits; the city's office
// verifies with a changed score and a reason, publishes and downloads the notice (Word and PDF, each
// checked for every county's name and grade); the county appeals that item, the office upholds it
// and the re-published notice shows the correction. Runs after the other specs (it changes 2020).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { expect, test, type Browser, type Download, type Page } from "@playwright/test";
import { signIn } from "./support/auth";
import { describeViolations, scanPage, settle } from "./support/axe";

const DX_PAGE = "/assessment/2020/450681";
const YEAR_PAGE = "/assessment?region=450600&year=2020";
const MANUAL = ["ORG_LEADERSHIP", "ORG_POLICY", "ORG_CULTURE", "BASE_TECHNICAL", "BASE_CREDIT", "BASE_TALENT"];
const COUNTIES = ["港口区", "防城区", "上思县", "东兴市"];
const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

async function as(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: "zh-CN" })).newPage();
  await signIn(page, username);
  return page;
}

async function saved(download: Download): Promise<string> {
  const file = await download.path();
  if (!file) throw new Error(`download of ${download.suggestedFilename()} failed`);
  return file;
}

/** The notice's rows as the page shows them: region → grade cell. */
async function noticeGrades(page: Page): Promise<Map<string, string>> {
  const rows = page.getByTestId("notice-ranking").locator("tbody tr");
  const out = new Map<string, string>();
  for (const row of await rows.all()) out.set((await row.locator("th").innerText()).trim(), (await row.locator("td").nth(2).innerText()).trim());
  return out;
}

async function downloadNotice(page: Page, grades: Map<string, string>) {
  const [docx] = await Promise.all([page.waitForEvent("download"), page.getByTestId("notice-docx").click()]);
  const words = execFileSync("unzip", ["-p", await saved(docx), "word/document.xml"], { encoding: "utf8" }).replace(/<[^>]+>/g, "");
  const [pdf] = await Promise.all([page.waitForEvent("download"), page.getByTestId("notice-pdf").click()]);
  const pdfFile = await saved(pdf);
  expect(fs.readFileSync(pdfFile).subarray(0, 5).toString()).toBe("%PDF-");
  const text = execFileSync("pdftotext", ["-raw", pdfFile, "-"], { encoding: "utf8" }).replace(/\s+/g, "");
  for (const county of COUNTIES) {
    const grade = grades.get(county);
    expect(grade, county).toMatch(/^[ABCD]（(优秀|良好|合格|不合格)）$/);
    expect(words).toContain(county);
    expect(words).toContain(grade);
    expect(text).toContain(county);
    expect(text).toContain(grade);
  }
  return { words, text };
}

test("self-assessment, verification, publication with the notice, appeal and the corrected notice", async ({ browser }) => {
  test.setTimeout(300_000);

  // 1. 东兴市's office: the computed points are filled in; the judgement items are scored with a reason.
  const county = await as(browser, "office-dx");
  await county.goto(DX_PAGE);
  await expect(county.getByTestId("process-status")).toContainText("自评中");
  for (const code of MANUAL) {
    await county.locator(`#self-points\\.${code}`).fill(code === "ORG_LEADERSHIP" ? "4" : "0");
    await county.locator(`#self-reason\\.${code}`).fill(code === "ORG_LEADERSHIP" ? "领导小组会议纪要四份" : "本年度未开展");
  }
  await county.locator("#self-explanation").fill("全年按方案推进质量工作");
  // A reason is required where a score differs: blank one and submit.
  await county.locator("#self-reason\\.ORG_POLICY").fill("");
  await county.getByTestId("self-submit").click();
  await expect(county.getByTestId("error-self-reason.ORG_POLICY-error")).toHaveText("得分与依据不同时须说明理由");
  await expect(county.locator("#self-reason\\.ORG_POLICY")).toBeFocused();
  await county.locator("#self-reason\\.ORG_POLICY").fill("本年度未开展");

  // Evidence: a file that only claims to be a PDF is refused, a real one is kept.
  await county.locator("#evidence-item").selectOption("ORG_LEADERSHIP");
  await county.locator("#evidence-file").setInputFiles({ name: "纪要.pdf", mimeType: "application/pdf", buffer: Buffer.from("just text") });
  await county.getByTestId("evidence-upload").click();
  await expect(county.getByTestId("error-evidence-file-error")).toContainText("不支持的文件类型");
  await county.locator("#evidence-file").setInputFiles({ name: "领导小组会议纪要.pdf", mimeType: "application/pdf", buffer: PDF });
  await county.getByTestId("evidence-upload").click();
  await expect(county.getByTestId("evidence-outcome")).toHaveText("已上传：领导小组会议纪要.pdf");
  await county.getByTestId("self-submit").click();
  // Once submitted the form gives way to the read-only view.
  await expect(county.getByTestId("process-status")).toContainText("已提交");
  await county.reload();
  await expect(county.getByTestId("self-form")).toHaveCount(0);
  const leadership = county.getByTestId("item-ORG_LEADERSHIP");
  await expect(leadership.getByTestId("item-self")).toHaveText(/4/);
  await expect(leadership.getByTestId("item-evidence")).toHaveText("领导小组会议纪要.pdf");

  // 2. The city's office verifies: a lower score needs a reason; records an on-site check.
  const office = await as(browser, "office");
  await office.goto(DX_PAGE);
  const evidence = await office.request.get((await office.getByTestId("item-ORG_LEADERSHIP").getByTestId("item-evidence").getAttribute("href")) ?? "");
  expect(evidence.status()).toBe(200);
  expect(Buffer.from(await evidence.body()).equals(PDF)).toBe(true);
  await office.locator("#verify-points\\.ORG_LEADERSHIP").fill("2");
  await office.getByTestId("verify-submit").click();
  await expect(office.getByTestId("error-verify-reason.ORG_LEADERSHIP-error")).toHaveText("得分与依据不同时须说明理由");
  await office.locator("#verify-reason\\.ORG_LEADERSHIP").fill("纪要只覆盖上半年");
  // The judgement items the office confirms keep the county's reason (the form starts empty).
  for (const code of MANUAL.filter((c) => c !== "ORG_LEADERSHIP")) await office.locator(`#verify-reason\\.${code}`).fill("核实无误");
  await office.getByTestId("verify-submit").click();
  await expect(office.getByTestId("verify-outcome")).toHaveText("审核已保存");
  await office.locator("#check-form-checkedOn").fill("2021-02-10");
  await office.locator("#check-form-findings").fill("现场查阅会议纪要原件");
  await office.getByTestId("check-form-submit").click();
  await expect(office.getByTestId("check-form-outcome")).toHaveText("核查已记录");
  await office.reload();
  await expect(office.getByTestId("checks")).toContainText("现场查阅会议纪要原件");
  await expect(office.getByTestId("item-ORG_LEADERSHIP").getByTestId("item-verified")).toHaveText(/2/);
  await expect(office.getByTestId("item-ORG_LEADERSHIP").getByTestId("item-verified-reason")).toContainText("纪要只覆盖上半年");

  // 3. Publication: the ranking is final, the scheme locked, the notice downloadable.
  await office.goto(YEAR_PAGE);
  await office.getByTestId("publish-form-submit").click();
  await expect(office.getByTestId("publication-status")).toContainText("已发布（第 1 版");
  await expect(office.getByTestId("assessment-scheme")).toContainText("已发布，方案已锁定");
  await office.getByTestId("notice-view").click();
  await expect(office.getByTestId("notice")).toContainText("关于2020年度");
  const grades = await noticeGrades(office);
  await office.goBack();
  await downloadNotice(office, grades);

  // 4. The county appeals the lowered item; the office upholds it; the corrected notice says so.
  await county.goto(DX_PAGE);
  await county.locator("#appeal-form-itemCode").selectOption("ORG_LEADERSHIP");
  await county.locator("#appeal-form-requestedPoints").fill("4");
  await county.locator("#appeal-form-reason").fill("下半年会议纪要已补交");
  await county.locator("#appeal-form-file").setInputFiles({ name: "下半年纪要.pdf", mimeType: "application/pdf", buffer: PDF });
  await county.getByTestId("appeal-form-submit").click();
  await expect(county.getByTestId("appeal-form-outcome")).toHaveText("申诉已提交");

  await office.goto(DX_PAGE);
  const appeal = office.getByTestId("appeals").locator("li").first();
  await expect(appeal).toContainText("下半年会议纪要已补交（待处理）");
  await expect(appeal).toContainText("下半年纪要.pdf");
  await appeal.locator("select[name=decision]").selectOption("UPHELD");
  await appeal.locator("textarea[name=reason]").fill("补交材料属实");
  await appeal.getByRole("button", { name: /处理申诉/ }).click();
  await expect(appeal).toContainText("（申诉成立）");
  await expect(appeal).toContainText("已在第 2 版通报中更正");

  const leader = await as(browser, "leader");
  await leader.goto(YEAR_PAGE);
  await expect(leader.getByTestId("publication-status")).toContainText("已发布（第 2 版");
  await leader.getByTestId("notice-view").click();
  await expect(leader.getByTestId("notice-version")).toHaveText("第 2 版");
  await expect(leader.getByTestId("notice-correction")).toContainText("东兴市「成立质量强县");
  await expect(leader.getByTestId("notice-correction")).toContainText("得分由 2 分更正为 4 分（申诉成立：补交材料属实）");
  const corrected = await noticeGrades(leader);
  await leader.goBack();
  const { words, text } = await downloadNotice(leader, corrected);
  expect(words).toContain("得分由 2 分更正为 4 分（申诉成立：补交材料属实）");
  expect(text).toContain("得分由2分更正为4分");
});

test("the assessment pages and the notice fit a 390 px phone, in Chinese", async ({ browser }) => {
  const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await signIn(page, "office-dx");
  for (const [name, url] of [
    ["year", YEAR_PAGE],
    ["region", DX_PAGE],
    ["notice", "/assessment-notice?year=2020&region=450600"],
  ] as const) {
    await page.goto(url);
    await expect(page.locator("h1").first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), name).toBeLessThanOrEqual(1);
    await page.screenshot({ path: `test-results/assessment-${name}-390.png`, fullPage: true });
  }
  await context.close();
});

// The notice is the one page the axe walk (axe-pages.spec.ts) cannot open: the demo publishes none.
test("the published notice has no axe violations (WCAG 2.1 A and AA), in both languages, at 1366 and 320 px", async ({ browser, baseURL }) => {
  const problems: string[] = [];
  for (const language of ["zh-CN", "en"]) {
    const context = await browser.newContext({ locale: language, viewport: { width: 1366, height: 900 } });
    await context.addCookies([{ name: "locale", value: language, url: baseURL ?? "" }]);
    const page = await context.newPage();
    await signIn(page, "office-dx");
    await page.goto("/assessment-notice?year=2020&region=450600");
    await expect(page.getByTestId("notice-ranking")).toBeVisible();
    for (const width of [1366, 320]) {
      await page.setViewportSize({ width, height: 900 });
      await settle(page);
      problems.push(...describeViolations(await scanPage(page), `the notice (${language}, ${width} px)`));
    }
    await context.close();
  }
  expect(problems, problems.join("\n")).toEqual([]);
});
