// Two-factor sign-in (动态口令) in Chromium on a real installation (INSTALL_MODE=production: the
// administrators must use a second factor from the first start): the first administrator enrols by
// computing the code from the secret the page shows, gets ten recovery codes once, signs out, signs in
// again with a real code after a wrong one is refused, and then, without script, with a recovery code
// that works only once. No session exists between the password and the code.
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { removeDatabase, startAppServer, TMP_DIR, type AppServer } from "./support/app-server";
import { enrolSecondFactor, totpCode } from "./support/second-factor";

test.setTimeout(240_000);

let app: AppServer;
const dbFile = path.join(TMP_DIR, "e2e-second-factor.db");
const NEW_PASSWORD = "Factor#2027x";

test.beforeAll(async () => {
  test.setTimeout(240_000);
  removeDatabase(dbFile);
  app = await startAppServer({ DATABASE_URL: `file:${dbFile}`, INSTALL_MODE: "production" });
});

test.afterAll(async () => {
  await app?.close();
  removeDatabase(dbFile);
});

async function submitPassword(page: Page, password: string) {
  await page.goto("/login");
  await page.locator('input[name="username"]').fill("admin");
  await page.locator('input[name="password"]').fill(password);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/login\/second-factor/);
}

test("an administrator enrols, then signs in with a real code and with a recovery code; wrong and reused codes are refused", async ({ browser }) => {
  const printed = /username: (\S+)\n\s+password: (\S+)/.exec(app.output());
  const firstPassword = printed?.[2] ?? "";
  const context = await browser.newContext({ baseURL: app.url });
  const page = await context.newPage();

  // Password right: the enrolment step, and still no session.
  await submitPassword(page, firstPassword);
  expect((await page.request.get("/api/v1/me")).status()).toBe(401);
  await expect(page.getByLabel("动态口令（6 位数字）")).toHaveAttribute("autocomplete", "one-time-code");
  await expect(page.getByLabel("动态口令（6 位数字）")).toHaveAttribute("inputmode", "numeric");
  const { secret, recoveryCodes } = await enrolSecondFactor(page);
  expect(new Set(recoveryCodes).size).toBe(10);
  await page.getByRole("link", { name: "继续" }).click();
  await expect(page).toHaveURL(/\/change-password$/);
  await page.locator('input[name="currentPassword"]').fill(firstPassword);
  await page.locator('input[name="password"]').fill(NEW_PASSWORD);
  await page.locator('input[name="passwordConfirm"]').fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "修改密码" }).click();
  await expect(page.getByTestId("current-user")).toContainText("系统管理员");

  // The security page says plainly that the administrators must use it; the user page that this one has.
  await page.goto("/admin/security");
  await expect(page.getByTestId("security-second-factor")).toHaveAttribute("data-state", "admins");
  await expect(page.getByTestId("security-second-factor")).toContainText("已启用");
  await page.goto("/admin/users");
  await page.getByRole("link", { name: "admin" }).first().click();
  await expect(page.getByTestId("second-factor-status")).toContainText("剩余未用恢复码 10 个");

  // Signed out, in again: a wrong code is refused with a message, a real one opens the dashboard.
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login/);
  await submitPassword(page, NEW_PASSWORD);
  await expect(page.getByTestId("totp-secret")).toHaveCount(0);
  const next = totpCode(secret, Date.now() + 30_000);
  await page.getByLabel("动态口令（6 位数字）").fill(next === "000000" ? "111111" : "000000");
  await page.getByRole("button", { name: "验证" }).click();
  await expect(page.getByTestId("second-factor-error")).toContainText("动态口令或恢复码错误");
  expect((await page.request.get("/api/v1/me")).status()).toBe(401);
  await page.getByLabel("动态口令（6 位数字）").fill(next);
  await page.getByRole("button", { name: "验证" }).click();
  await expect(page.getByTestId("current-user")).toContainText("系统管理员");
  expect((await page.request.get("/api/v1/me")).status()).toBe(200);
  await context.close();

  // Without script: a recovery code, by POST, never in an address; the same code a second time is refused.
  const code = recoveryCodes[0] ?? "";
  for (const expected of ["signedIn", "refused"] as const) {
    const plain = await browser.newContext({ baseURL: app.url, javaScriptEnabled: false });
    const noScript = await plain.newPage();
    const addresses: string[] = [];
    noScript.on("request", (request) => addresses.push(request.url()));
    await submitPassword(noScript, NEW_PASSWORD);
    await noScript.getByText("无法使用身份验证器？改用恢复码").click();
    await noScript.getByLabel("恢复码").fill(code);
    await noScript.getByRole("button", { name: "验证" }).click();
    if (expected === "signedIn") await expect(noScript.getByTestId("current-user")).toContainText("系统管理员");
    else await expect(noScript.getByTestId("second-factor-error")).toContainText("动态口令或恢复码错误");
    for (const address of addresses) expect(address).not.toContain(code.slice(0, 5));
    await plain.close();
  }
});
