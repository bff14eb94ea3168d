// Administration forms: bad input refused with messages on the fields, duplicates refused, records
// in use kept, OFFICE limited to plans and indicators, API tokens shown once and revocable.
import { expect, test } from "@playwright/test";
import { signIn } from "./support/auth";
import { acceptDialogs, field, selectByText, uniqueSuffix } from "./support/admin";

test("the department form shows field messages, refuses a duplicate code, then saves", async ({ page }) => {
  await signIn(page, "admin");
  await page.goto("/admin/departments/new");
  await field(page, "编码").fill("1x");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByTestId("error-code")).toContainText("部门编码用大写字母、数字和下划线");
  await expect(page.getByTestId("error-name")).toHaveText("必填。");
  await expect(page.getByTestId("error-shortName")).toHaveText("必填。");
  await expect(page.getByTestId("form-message")).toHaveText("请检查标红的内容后再提交。");

  await field(page, "编码").fill("scj");
  await field(page, "名称").fill("端到端测试局");
  await field(page, "简称").fill("端到端");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByTestId("error-code")).toHaveText("该编码已被使用，请换一个编码。");
  // What was typed is still there.
  await expect(field(page, "名称")).toHaveValue("端到端测试局");

  const code = `E2E_${uniqueSuffix().toUpperCase()}`;
  await field(page, "编码").fill(code);
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page).toHaveURL(/\/admin\/departments$/);
  await expect(page.getByTestId("departments-table")).toContainText(code);
});

test("a department others depend on cannot be deleted, and the message says why", async ({ page }) => {
  acceptDialogs(page);
  await signIn(page, "admin");
  await page.goto("/admin/departments");
  await page.getByRole("link", { name: "市场监督管理局" }).click();
  await page.getByTestId("delete").click();
  const message = page.getByTestId("record-action-message");
  await expect(message).toContainText("不能删除：仍有");
  await expect(message).toContainText("个用户");
  await expect(message).toContainText("请改为“停用”");
  await expect(page).toHaveURL(/\/admin\/departments\/\d+$/);
});

test("the region form checks the division code and the level against the parent", async ({ page }) => {
  await signIn(page, "admin");
  await page.goto("/admin/regions/new");
  await field(page, "区划代码").fill("4506");
  await field(page, "名称").fill("测试区");
  await field(page, "层级").selectOption("CITY");
  await selectByText(field(page, "上级地区"), "防城港市");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByTestId("error-code")).toContainText("区划代码应为 6 位数字");
  await field(page, "区划代码").fill("450699");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByTestId("error-level")).toHaveText("层级必须低于上级地区的层级。");
});

test("the user form checks username, password and department", async ({ page }) => {
  await signIn(page, "admin");
  await page.goto("/admin/users/new");
  await field(page, "用户名").fill("A");
  await field(page, "角色").selectOption("DEPARTMENT");
  await selectByText(field(page, "管辖范围"), "东兴市");
  await field(page, "密码").fill("short");
  await field(page, "再次输入密码").fill("other");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByTestId("error-username")).toContainText("用户名 3–32 位");
  await expect(page.getByTestId("error-name")).toHaveText("必填。");
  await expect(page.getByTestId("error-password")).toContainText("密码至少 8 位");
  await expect(page.getByTestId("error-passwordConfirm")).toHaveText("两次输入的密码不一致。");
  await expect(page.getByTestId("error-departmentId")).toHaveText("责任单位角色必须选择所属部门。");
  await field(page, "用户名").fill("office");
  await field(page, "姓名").fill("重复用户");
  await selectByText(field(page, "部门"), "市场监督管理局");
  await field(page, "密码").fill("Passw0rd!");
  await field(page, "再次输入密码").fill("Passw0rd!");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByTestId("error-username")).toHaveText("该用户名已被使用，请换一个。");
});

test("the target form refuses a sentence that is not in the plan's text", async ({ page }) => {
  await signIn(page, "office");
  await page.goto("/admin/plans");
  await page.getByRole("link", { name: "关于实施质量强市战略的决定" }).click();
  await page.getByRole("link", { name: "新增目标" }).click();
  await expect(page).toHaveURL(/\/targets\/new$/);
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByTestId("error-indicatorId")).toHaveText("必填。");
  await expect(page.getByTestId("error-regionId")).toHaveText("必填。");
  await expect(page.getByTestId("error-targetValue")).toContainText("请输入数字");
  await selectByText(field(page, "指标"), "旅游标准化示范点");
  await selectByText(field(page, "地区"), "东兴市");
  await field(page, "目标值").fill("25");
  await field(page, "原文依据").fill("这句话不在原文里");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByTestId("error-sourceSentence")).toContainText("原文中找不到这句话");
});

test("OFFICE manages plans and indicators but not users, regions or tokens", async ({ page }) => {
  await signIn(page, "office");
  await page.getByRole("link", { name: "系统管理" }).click();
  await expect(page.getByRole("navigation", { name: "管理栏目" })).toContainText("规划与目标");
  await expect(page.getByRole("navigation", { name: "管理栏目" })).not.toContainText("用户");
  for (const path of ["/admin/users", "/admin/regions", "/admin/tokens", "/admin/departments/new"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
  }
  await page.goto("/admin/plans");
  // Only plans of the office's own region.
  await expect(page.getByTestId("plans-table")).toContainText("关于实施质量强市战略的决定");
  await expect(page.getByTestId("plans-table")).not.toContainText("河北省");
});

test("a viewer has no administration at all", async ({ page }) => {
  await signIn(page, "viewer-dx");
  await expect(page.getByRole("link", { name: "系统管理" })).toHaveCount(0);
  await page.goto("/admin/plans/import");
  await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
});

test("an API token is shown once, works, and stops working when revoked", async ({ page, request }) => {
  acceptDialogs(page);
  const name = `端到端系统 ${uniqueSuffix()}`;
  await signIn(page, "admin");
  await page.goto("/admin/tokens");
  await field(page, "令牌名称").fill(name);
  await field(page, "角色").selectOption("VIEWER");
  await selectByText(field(page, "管辖范围"), "东兴市");
  await page.getByRole("button", { name: "生成令牌" }).click();
  const token = (await page.getByTestId("token-value").textContent()) ?? "";
  expect(token).toMatch(/^qt_/);

  const me = await request.get("/api/v1/me", { headers: { Authorization: `Bearer ${token}` } });
  expect(me.status()).toBe(200);
  expect(await me.json()).toMatchObject({ role: "VIEWER", scope: { code: "450681" } });

  await page.reload();
  await expect(page.getByTestId("new-token")).toHaveCount(0);
  await expect(page.getByText(token)).toHaveCount(0);
  const row = page.getByTestId("tokens-table").locator("tr", { hasText: name });
  await row.getByTestId("revoke").click();
  await expect(row).toContainText("已吊销");
  expect((await request.get("/api/v1/me", { headers: { Authorization: `Bearer ${token}` } })).status()).toBe(401);
});

test("admin tables search, sort and page", async ({ page }) => {
  await signIn(page, "admin");
  await page.goto("/admin/indicators");
  const table = page.getByTestId("indicators-table");
  await expect(table).toContainText("第 1–20 条");
  await table.getByRole("button", { name: "下一页" }).click();
  await expect(table).toContainText("第 2/");
  await table.getByRole("searchbox").fill("合格率");
  await expect(table).toContainText("第 1/1 页");
  const rows = table.locator("tbody tr");
  for (const text of await rows.allTextContents()) expect(text).toContain("合格率");
  await table.getByRole("button", { name: /单位/ }).click();
  await expect(table.locator("th[aria-sort=ascending]")).toContainText("单位");
});

test("the admin pages fit a phone screen", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await signIn(page, "admin");
  for (const path of ["/admin", "/admin/plans", "/admin/regions", "/admin/users/new", "/admin/tokens"]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
