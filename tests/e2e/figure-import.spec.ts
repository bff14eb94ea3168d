// Bulk import from the entry page: the template downloads, and a file with one bad row is refused
// whole, its error shown with row, column and reason, and nothing changed.
import { expect, test } from "@playwright/test";
import { signIn } from "./support/auth";

test.describe.configure({ mode: "serial" });

test("the template is an XLSX file of the department's indicators", async ({ page }) => {
  await signIn(page, "dept-scj");
  await page.goto("/entry");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-template").click()]);
  expect(download.suggestedFilename()).toMatch(/数据填报模板-SCJ-2020Q3\.xlsx$/);
  const response = await page.request.get("/api/v1/figure-imports/template?period=2020Q3");
  expect(response.status()).toBe(200);
  const bytes = await response.body();
  expect(bytes.subarray(0, 2).toString()).toBe("PK");
});

test("a file with one bad row is rejected whole and nothing changes", async ({ page }) => {
  await signIn(page, "dept-scj");
  await page.goto("/entry");
  const before = await page.getByTestId("row-FOOD_SPOT_PASS-450681").getByTestId("figure-status").textContent();
  const csv = [
    "指标代码,地区代码,报告期,分子,分母,数值,说明",
    "FOOD_SPOT_PASS,450681,2020Q3,75,78,,",
    "GX_FAMOUS_TM_NEW,450681,2020Q3,,,1,",
    "FOOD_SPOT_PASS,450603,2020Q3,50,45,,",
  ].join("\r\n");
  await page.getByTestId("import-file").setInputFiles({ name: "三季度数据.csv", mimeType: "text/csv", buffer: Buffer.from("\uFEFF" + csv, "utf8") });
  await page.getByTestId("import-submit").click();
  const errors = page.getByTestId("import-errors");
  await expect(errors).toContainText("文件中有 1 处错误，整个文件未导入");
  await expect(errors.getByTestId("import-issue")).toHaveCount(1);
  await expect(errors.getByTestId("import-issue")).toContainText("4");
  await expect(errors.getByTestId("import-issue")).toContainText("分子");
  await expect(errors.getByTestId("import-issue")).toContainText("分子不能大于分母");
  await expect(errors.getByTestId("download-errors")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("row-FOOD_SPOT_PASS-450681").getByTestId("figure-status")).toHaveText(before ?? "未填报");
  await expect(page.getByTestId("row-FOOD_SPOT_PASS-450681").getByLabel(/分子$/)).toHaveValue("");
});

test("a file of the wrong type is refused with a clear message", async ({ page }) => {
  await signIn(page, "dept-scj");
  await page.goto("/entry");
  await page.getByTestId("import-file").setInputFiles({ name: "数据.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4") });
  await page.getByTestId("import-submit").click();
  await expect(page.getByTestId("import-errors")).toContainText("文件类型不正确，请上传 .xlsx 或 .csv 文件");
});
