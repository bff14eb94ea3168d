import { expect, test } from "@playwright/test";
import { signIn, submitSignIn } from "./support/auth";

const ACCOUNTS = [
  { username: "admin", role: "系统管理员", scope: "全国" },
  { username: "office", role: "领导小组办公室", scope: "防城港市" },
  { username: "leader", role: "领导小组成员", scope: "防城港市" },
  { username: "dept-scj", role: "责任单位", scope: "防城港市" },
  { username: "office-dx", role: "领导小组办公室", scope: "东兴市" },
  { username: "viewer-dx", role: "查看人员", scope: "东兴市" },
];

test("a signed-out visitor is sent to sign-in, which lists the demo accounts", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("heading", { name: "登录" })).toBeVisible();
  await expect(page.getByTestId("demo-accounts")).toContainText("viewer-dx");
});

for (const account of ACCOUNTS) {
  test(`${account.username} signs in and sees the home page of its scope`, async ({ page }) => {
    await signIn(page, account.username);
    await expect(page.getByTestId("scope-line")).toContainText(account.scope);
    await expect(page.getByTestId("current-user")).toContainText(account.role);
    const targets = await page.getByTestId("stat-targets").locator("p").nth(1).textContent();
    expect(Number(targets?.replace(/,/g, ""))).toBeGreaterThan(0);
    await expect(page.getByTestId("demo-notice")).toBeVisible();
  });
}

test("a wrong password is refused with a clear message", async ({ page }) => {
  await submitSignIn(page, "office", "wrong-password");
  await expect(page.getByTestId("login-error")).toHaveText("用户名或密码错误，或账号已停用");
  await expect(page).toHaveURL(/\/login/);
});

test("repeated wrong passwords lock the account, and the sign-in page says how long to wait", async ({ page }) => {
  // A name no other test uses: the demo accounts must stay unlocked for the rest of the suite.
  for (let i = 1; i < 5; i += 1) {
    await submitSignIn(page, "e2e-locked", `wrong-${i}`);
    await expect(page.getByTestId("login-error")).toHaveText("用户名或密码错误，或账号已停用");
  }
  await submitSignIn(page, "e2e-locked", "wrong-5");
  await expect(page.getByTestId("login-error")).toContainText("登录失败次数过多");
  await expect(page.getByTestId("login-error")).toContainText("请 15 分钟后再试");
  await expect(page).toHaveURL(/\/login/);
});

test("empty fields get field-level messages", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByText("请输入用户名")).toBeVisible();
  await expect(page.getByText("请输入密码")).toBeVisible();
});

test("the language switch turns the whole page into English and back", async ({ page }) => {
  await signIn(page, "viewer-dx");
  await page.getByTestId("language-switch").click();
  await expect(page.getByTestId("scope-line")).toContainText("Your scope: Dongxing");
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await page.getByTestId("language-switch").click();
  await expect(page.getByTestId("scope-line")).toContainText("您的管辖范围：东兴市");
});

test("sign-out ends the session", async ({ page }) => {
  await signIn(page, "leader");
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
});

test("the health endpoint answers ok", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok" });
});

test("the home page fits a phone screen", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await signIn(page, "office");
  await expect(page.getByTestId("scope-line")).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
