// Issue 14, defect 8 on the pages (the API routes are fuzzed by tests/integration/security/
// fuzz-hostile-input.test.ts): ids beyond the database's integer column and malformed %-escapes in a
// page's path or query answer a page or not found, never a server error.
import { expect, test } from "@playwright/test";
import { signIn } from "./support/auth";

const HOSTILE_URLS = [
  "/audit?user=99999999999999999999",
  "/audit?user=-1&entityType=%E0%A4%A",
  "/entry?department=99999999999999999999",
  "/entry?department=1e308&period=%ZZ&region=%",
  "/review?department=99999999999999999999&page=99999999999999999999",
  "/review?page=2147483647",
  "/audit?page=2147483647",
  "/entry?page=2147483647",
  "/targets?region=%E0%A4%A&q=%00",
  "/regions/%E0%A4%A",
  "/indicators/%E0%A4%A?region=99999999999999999999",
  "/figures/99999999999999999999",
  "/admin/plans/99999999999999999999",
  "/admin/users/1e5",
  "/assessment/99999999999999999999/450681",
];

test("hostile ids and escapes in page URLs answer without a server error", async ({ page }) => {
  await signIn(page, "admin");
  const statuses: Record<string, number> = {};
  for (const url of HOSTILE_URLS) statuses[url] = (await page.request.get(url, { maxRedirects: 0 })).status();
  const errors = Object.entries(statuses).filter(([, status]) => status >= 500);
  console.log(`bad input pages: ${HOSTILE_URLS.length} requests, statuses ${JSON.stringify(statuses)}, server errors: ${errors.length}`);
  expect(errors).toEqual([]);
});
