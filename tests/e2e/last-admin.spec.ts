// At least one active administrator always remains. This spec runs in its own Playwright project
// after every other spec has finished, because it briefly deactivates the demo `admin` account
// (and restores it) — other specs sign in as `admin` and must never see it inactive.
import { expect, test } from "@playwright/test";
import { signIn } from "./support/auth";
import { acceptDialogs, field, selectByText, uniqueSuffix } from "./support/admin";
import { withE2eDatabase } from "./support/database";

const PASSWORD = "Second#Admin1";
const username = `e2e-admin-${uniqueSuffix()}`;

test.describe.configure({ mode: "serial" });

// Whatever happens below, the demo admin is active again afterwards.
test.afterAll(async () => {
  await withE2eDatabase((db) => db.query("UPDATE users SET active = ? WHERE username = 'admin'", true));
});

test("a second admin cannot deactivate the last active admin", async ({ browser }) => {
  // The demo admin creates a second administrator.
  const first = await browser.newPage();
  acceptDialogs(first);
  await signIn(first, "admin");
  await first.goto("/admin/users/new");
  await field(first, "用户名").fill(username);
  await field(first, "姓名").fill("第二管理员");
  await field(first, "角色").selectOption("ADMIN");
  await selectByText(field(first, "管辖范围"), "全国");
  await field(first, "密码").fill(PASSWORD);
  await field(first, "再次输入密码").fill(PASSWORD);
  await first.getByRole("button", { name: "保存" }).click();
  await expect(first.getByTestId("users-table")).toContainText(username);

  // The second admin deactivates the demo admin: allowed, because it remains itself.
  const second = await browser.newPage();
  acceptDialogs(second);
  await signIn(second, username, PASSWORD);
  await second.goto("/admin/users");
  await second.getByTestId("users-table").getByRole("link", { name: "admin", exact: true }).click();
  await second.getByTestId("deactivate").click();
  await expect(second.getByTestId("record-action-message")).toHaveText("已保存。");

  // The demo admin's session ends at once.
  await first.goto("/admin/users");
  await expect(first).toHaveURL(/\/login/);

  // Now the second admin is the last active one: it cannot deactivate that account.
  await second.goto("/admin/users");
  await second.getByTestId("users-table").getByRole("link", { name: username }).click();
  await second.getByTestId("deactivate").click();
  await expect(second.getByTestId("record-action-message")).toContainText("这是最后一个启用的系统管理员账号，不能停用");
  await second.reload();
  await expect(second.getByTestId("deactivate")).toBeVisible();

  // The second admin brings the demo admin back.
  await second.goto("/admin/users");
  await second.getByTestId("users-table").getByRole("link", { name: "admin", exact: true }).click();
  await second.getByTestId("activate").click();
  await expect(second.getByTestId("record-action-message")).toHaveText("已保存。");
  await signIn(first, "admin");
});
