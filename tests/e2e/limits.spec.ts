// Sizes at and around every limit answer 413 with a message, never 500; PDF renders beyond the queue
// answer 503 with Retry-After.
import { expect, test } from "@playwright/test";
import { signIn } from "./support/auth";

const MB = 1024 * 1024;

test("figure-import uploads just under, at and over 5 MB, and at 10 MB − 200 B", async ({ page }) => {
  await signIn(page, "dept-scj");
  const upload = (bytes: number) =>
    page.request.post("/api/v1/figure-imports", {
      multipart: { period: "2020Q3", file: { name: "figures.xlsx", mimeType: "application/octet-stream", buffer: Buffer.alloc(bytes) } },
    });
  // Within the limit the file is read (and refused as not being a workbook), not cut short.
  for (const bytes of [5 * MB - 1, 5 * MB]) {
    const response = await upload(bytes);
    expect(response.status(), `${bytes} bytes`).toBe(415);
  }
  for (const bytes of [5 * MB + 1, 10 * MB - 200]) {
    const response = await upload(bytes);
    expect(response.status(), `${bytes} bytes`).toBe(413);
    expect((await response.json()).error.message).toBe("文件超过 5 MB，请拆分后上传");
  }
});

test("a body over the largest accepted size is refused with 413 before any route reads it", async ({ page }) => {
  await signIn(page, "office");
  const response = await page.request.post("/admin/plans/import", {
    headers: { "Next-Action": "0000000000000000000000000000000000000000", "Content-Type": "text/plain;charset=UTF-8" },
    data: "x".repeat(13 * MB),
  });
  expect(response.status()).toBe(413);
  expect((await response.json()).error.message).toBe("上传的内容超过 12 MB，已拒绝。");
});

test("PDF renders beyond the queue answer 503 with Retry-After, the others succeed", async ({ page }) => {
  test.setTimeout(240_000);
  await signIn(page, "leader");
  const responses = await Promise.all(Array.from({ length: 8 }, () => page.request.get("/api/v1/reports/summary.pdf?region=450600&period=2020", { timeout: 200_000 })));
  const statuses = responses.map((r) => r.status());
  console.log(`8 parallel PDF requests: ${statuses.filter((s) => s === 200).length} rendered, ${statuses.filter((s) => s === 503).length} refused with 503`);
  // Two render and four wait (the defaults): at least the other two are refused at once (more when
  // another spec's render holds a place), and every one is either a PDF or a 503.
  expect(statuses.every((s) => s === 200 || s === 503)).toBe(true);
  expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(1);
  const refused = responses.filter((r) => r.status() === 503);
  expect(refused.length).toBeGreaterThanOrEqual(2);
  for (const response of refused) {
    expect(response.headers()["retry-after"]).toBe("10");
    expect((await response.json()).error.message).toBe("正在生成的报告较多，请稍后再试。");
  }
});
