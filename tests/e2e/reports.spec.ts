// Summary reports: the leader builds one on /reports and downloads every format; the files are opened
// and checked against the report's JSON form (the same data the page shows).
import { execFileSync } from "node:child_process";
import ExcelJS from "exceljs";
import { expect, test, type Download } from "@playwright/test";
import { signIn } from "./support/auth";

const FILE_NAME = "防城港市_2020年_质量强市目标进展";

async function saved(download: Download): Promise<string> {
  const file = await download.path();
  if (!file) throw new Error(`download of ${download.suggestedFilename()} failed`);
  return file;
}

test("leader builds the city's 2020 report and downloads the PDF, Excel and Word files", async ({ page }) => {
  test.setTimeout(240_000);
  await signIn(page, "leader");
  await page.getByRole("link", { name: "报告" }).first().click();
  await expect(page).toHaveURL(/\/reports$/);
  await page.getByTestId("report-region").selectOption("450600");
  await page.getByTestId("report-period").selectOption("2020");
  await page.getByTestId("report-build").click();
  await expect(page).toHaveURL(/region=450600&period=2020/);
  const report = page.getByTestId("report");
  // The page has one h1 (its own); the previewed report's title is the heading below it.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("汇报材料");
  await expect(report.getByRole("heading", { level: 2, name: "防城港市质量强市目标进展情况报告" })).toBeVisible();
  await expect(page.getByTestId("report-demo-marker")).toBeVisible();
  await expect(page.getByTestId("report-subregions")).toContainText("上思县");
  await expect(page.getByTestId("report-note").first()).toBeVisible();

  const json = await (await page.request.get("/api/v1/reports/summary.json?region=450600&period=2020")).json();
  const rows: { region: { code: string }; indicator: { code: string; name: string }; latest: { value: number } | null; status: string }[] = [...json.targets, ...json.subregionTargets];
  await expect(page.getByTestId("report-targets").locator("tbody tr[data-indicator]")).toHaveCount(json.targets.length);

  // Excel: read back, the same values as the API.
  const [xlsx] = await Promise.all([page.waitForEvent("download"), page.getByTestId("report-download-xlsx").click()]);
  expect(xlsx.suggestedFilename()).toBe(`${FILE_NAME}.xlsx`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await saved(xlsx));
  expect(workbook.worksheets.map((s) => s.name)).toContain("目标进展");
  const sheetRows: ExcelJS.CellValue[][] = [];
  workbook.getWorksheet("目标进展")?.eachRow((row, n) => n > 1 && sheetRows.push((row.values as ExcelJS.CellValue[]).slice(1)));
  expect(sheetRows.map((r) => [r[1], r[4], r[10] ?? null])).toEqual(rows.map((r) => [r.region.code, r.indicator.code, r.latest?.value ?? null]));

  // Word: the targets and the departments' explanations.
  const [docx] = await Promise.all([page.waitForEvent("download"), page.getByTestId("report-download-docx").click()]);
  expect(docx.suggestedFilename()).toBe(`${FILE_NAME}.docx`);
  const xml = execFileSync("unzip", ["-p", await saved(docx), "word/document.xml"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const words = xml.replace(/<[^>]+>/g, "");
  for (const r of rows) expect(words).toContain(r.indicator.name);
  const notes: string[] = json.problems.flatMap((p: { notes: { note: string }[] }) => p.notes.map((n) => n.note));
  expect(notes.length).toBeGreaterThan(0);
  for (const note of notes) expect(words).toContain(note);

  // PDF: A4 pages whose footers count the real pages, with the Chinese indicator names as text.
  const [pdf] = await Promise.all([page.waitForEvent("download", { timeout: 120_000 }), page.getByTestId("report-download-pdf").click()]);
  expect(pdf.suggestedFilename()).toBe(`${FILE_NAME}.pdf`);
  const pdfFile = await saved(pdf);
  const info = execFileSync("pdfinfo", [pdfFile], { encoding: "utf8" });
  expect(info).toMatch(/Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  expect(pages).toBeGreaterThanOrEqual(8);
  // -raw keeps the drawing order, so a name wrapped inside a table cell stays in one piece.
  const text = execFileSync("pdftotext", ["-raw", pdfFile, "-"], { encoding: "utf8" });
  const byPage = text.split("\f").filter((p) => p.trim() !== "");
  expect(byPage).toHaveLength(pages);
  byPage.forEach((pageText, i) => expect(pageText.replace(/\s+/g, "")).toContain(`第${i + 1}页/共${pages}页`));
  expect(byPage[0]).toContain("防城港市质量强市目标进展情况报告");
  const flat = text.replace(/\s+/g, "");
  for (const r of json.targets as typeof rows) expect(flat).toContain(r.indicator.name);
  expect(flat).toContain("上思县");
});

test("the print view opens from the report and is ready to print", async ({ page, context }) => {
  await signIn(page, "office");
  await page.goto("/reports?region=450621&period=2020Q2&sections=targets&sections=problems");
  await expect(page.getByTestId("report")).toContainText("上思县质量强县目标进展情况报告");
  const [print] = await Promise.all([context.waitForEvent("page"), page.getByTestId("report-print-link").click()]);
  await print.waitForLoadState();
  await expect(print).toHaveURL(/\/reports\/print\?region=450621&period=2020Q2&sections=targets%2Cproblems/);
  await expect(print.getByTestId("print-button")).toBeVisible();
  await expect(print.locator("[data-section]")).toHaveCount(3);
  // Numbered as they appear: the omitted sections leave no gap.
  await expect(print.locator("[data-section=problems] h2")).toHaveText("三、滞后和存在风险的目标及原因");
});

test("the report API answers 401, 400, 403 and 404 like the rest of the API", async ({ page, request }) => {
  expect((await request.get("/api/v1/reports/summary.xlsx?region=450600&period=2020")).status()).toBe(401);
  expect((await request.get("/reports/print?region=450600&period=2020&pt=forged.token")).status()).toBe(404);
  await signIn(page, "leader");
  for (const bad of ["region=45&period=2020", "region=450600&period=2020Q5", "region=450600&period=2020&sections=everything", "region=450600&period=2021"]) {
    expect((await page.request.get(`/api/v1/reports/summary.docx?${bad}`)).status(), bad).toBe(400);
  }
  expect((await page.request.get("/api/v1/reports/summary.docx?region=130000&period=2012")).status()).toBe(404);
  expect((await page.request.get("/api/v1/reports/summary.odt?region=450600&period=2020")).status()).toBe(404);
  const json = await page.request.get("/api/v1/reports/summary.json?region=450681&period=2020Q2&lang=en");
  expect(json.status()).toBe(200);
  expect(await json.json()).toMatchObject({ region: { code: "450681" }, period: { label: "2020Q2", asOf: "2020Q2" } });
  const english = await page.request.get("/api/v1/reports/summary.xlsx?region=450681&period=2020Q2&lang=en");
  expect(english.headers()["content-disposition"]).toContain("filename*=UTF-8''Dongxing");
});

test("a county viewer has no reports", async ({ page }) => {
  await signIn(page, "viewer-dx");
  await expect(page.getByRole("link", { name: "报告" })).toHaveCount(0);
  expect((await page.goto("/reports"))?.status()).toBe(404);
  expect((await page.request.get("/api/v1/reports/summary.xlsx?region=450681&period=2020")).status()).toBe(403);
});
