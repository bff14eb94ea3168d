// The API's reference (page and OpenAPI document) and the answers Next itself would get wrong.
import { expect, test } from "@playwright/test";
import { signIn } from "./support/auth";

test("openapi.json lists every route and is never cached", async ({ request }) => {
  const response = await request.get("/api/v1/openapi.json", { headers: { "accept-language": "en" } });
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("private, no-store");
  const document = await response.json();
  expect(document.openapi).toBe("3.1.0");
  expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(["/api/v1/targets", "/api/v1/figures", "/api/v1/targets/{file}", "/api/v1/indicators/{code}/ranking.csv"]));
  expect(document.paths["/api/v1/targets"].get.summary).toBe("A region's targets");
});

test("a path with a broken %-escape is a 400 in the error shape, not a 500", async ({ request }) => {
  const response = await request.get("/api/v1/regions/%E0%A4%A/scorecard", { headers: { "accept-language": "en" } });
  expect(response.status()).toBe(400);
  expect(await response.json()).toEqual({ error: { code: "BAD_REQUEST", message: "The request path has an invalid %-escape." } });
});

test("the administrator finds the reference from the tokens page, in Chinese", async ({ page }) => {
  await signIn(page, "admin");
  await page.goto("/admin/tokens");
  await page.getByTestId("api-docs-link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("API 参考");
  await expect(page.getByTestId("api-route").first()).toBeVisible();
  await expect(page.getByText("/api/v1/regions/{code}/scorecard").first()).toBeVisible();
  await expect(page.getByText("地区评分卡").first()).toBeVisible();
});
