// A real installation (INSTALL_MODE=production on an empty database): no demo data, one
// administrator whose random password the start script prints once; the first sign-in enrols the
// administrator's second factor and forces a password change before any page or API answer opens.
import path from "node:path";
import { expect, test } from "@playwright/test";
import { removeDatabase, startAppServer, TMP_DIR, type AppServer } from "./support/app-server";
import { enrolSecondFactor } from "./support/second-factor";

test.setTimeout(240_000);

let app: AppServer;
const dbFile = path.join(TMP_DIR, "e2e-installation.db");

test.beforeAll(async () => {
  test.setTimeout(240_000);
  removeDatabase(dbFile);
  app = await startAppServer({ DATABASE_URL: `file:${dbFile}`, INSTALL_MODE: "production" });
});

test.afterAll(async () => {
  await app?.close();
  removeDatabase(dbFile);
});

test("the first administrator signs in with the printed password and must change it first", async ({ browser }) => {
  const printed = /username: (\S+)\n\s+password: (\S+)/.exec(app.output());
  expect(printed?.[1]).toBe("admin");
  const password = printed?.[2] ?? "";
  expect(password).toHaveLength(20);
  expect(app.output()).not.toContain("Demo data loaded");

  const context = await browser.newContext({ baseURL: app.url });
  const page = await context.newPage();
  await page.goto("/login");
  await expect(page.getByTestId("demo-accounts")).toHaveCount(0);

  await page.locator('input[name="username"]').fill("admin");
  await page.locator('input[name="password"]').fill(password);
  await page.getByRole("button", { name: "登录" }).click();
  await enrolSecondFactor(page);
  await page.getByRole("link", { name: "继续" }).click();
  await expect(page).toHaveURL(/\/change-password$/);
  await expect(page.getByTestId("change-password-reason")).toContainText("须先修改");
  // Nothing else opens until the change is made.
  await page.goto("/admin/users");
  await expect(page).toHaveURL(/\/change-password$/);
  expect((await page.request.get("/api/v1/me")).status()).toBe(401);

  await page.locator('input[name="currentPassword"]').fill(password);
  await page.locator('input[name="password"]').fill("short");
  await page.locator('input[name="passwordConfirm"]').fill("short");
  await page.getByRole("button", { name: "修改密码" }).click();
  await expect(page.locator("#password-error")).toBeVisible();
  await expect(page).toHaveURL(/\/change-password$/);

  await page.locator('input[name="currentPassword"]').fill(password);
  await page.locator('input[name="password"]').fill("Installed#2027");
  await page.locator('input[name="passwordConfirm"]').fill("Installed#2027");
  await page.getByRole("button", { name: "修改密码" }).click();
  await expect(page.getByTestId("current-user")).toContainText("系统管理员");
  await page.goto("/admin/users");
  await expect(page).toHaveURL(/\/admin\/users$/);
  const me = await page.request.get("/api/v1/me");
  expect(me.status()).toBe(200);
  await context.close();
});
