// Two app servers against one database behave as one: a session made on one is valid on the other,
// a figure saved through one reads back through the other, an approval through one shows on the
// other, and sign-in throttling counts the failures of both. Nothing of this may live in a server's
// memory. (Cookies ignore the port: one browser context
// carries its session to both servers.)
import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn, submitSignIn } from "../e2e/support/auth";

const [A, B] = (process.env.TWO_SERVERS_PORTS ?? "").split(",").map((port) => `http://127.0.0.1:${port}`) as [string, string];
const ROW = "row-MFG_SPOT_PASS-450602";

test.describe.configure({ mode: "serial" });

async function userOn(browser: Browser, server: string, username: string): Promise<Page> {
  const page = await (await browser.newContext({ baseURL: server })).newPage();
  await signIn(page, username);
  return page;
}

/** Submits the department's quarter, explaining any seeded draft the checks flag first. */
async function submitPeriod(page: Page) {
  await page.getByTestId("submit-period").click();
  const notice = page.getByTestId("entry-notice");
  await expect(notice).toBeVisible();
  if ((await notice.getAttribute("data-tone")) === "error") {
    const flagged = page.locator('input[data-field="note"][aria-invalid="true"]');
    const count = await flagged.count();
    for (let i = 0; i < count; i += 1) await flagged.nth(0).fill("受抽查重点调整影响，已核实");
    await page.getByTestId("submit-period").click();
  }
  await expect(notice).toContainText("已提交");
}

test("both servers are up on the one database", async ({ request }) => {
  for (const server of [A, B]) {
    const response = await request.get(`${server}/api/health`);
    expect(response.status()).toBe(200);
  }
});

test("a figure saved and submitted through one server reads back through the other, in the same session", async ({ browser }) => {
  const page = await userOn(browser, A, "dept-scj");
  await page.goto(`${A}/entry?period=2020Q3`);
  const row = page.getByTestId(ROW);
  await row.getByLabel(/港口区 分子$/).fill("251");
  await row.getByLabel(/港口区 分母$/).fill("260");
  await row.getByTestId("save-row").click();
  await expect(row.getByTestId("figure-status")).toHaveText("草稿");

  await page.goto(`${B}/entry?period=2020Q3`);
  await expect(page).not.toHaveURL(/\/login/);
  const onB = page.getByTestId(ROW);
  await expect(onB.getByTestId("figure-status")).toHaveText("草稿");
  await expect(onB.getByLabel(/港口区 分子$/)).toHaveValue("251");
  await submitPeriod(page);

  await page.goto(`${A}/entry?period=2020Q3`);
  await expect(page.getByTestId(ROW).getByTestId("figure-status")).toHaveText("已提交");
});

test("an approval through one server shows through the other", async ({ browser }) => {
  const office = await userOn(browser, B, "office");
  await office.goto(`${B}/review?period=2020Q3&status=SUBMITTED`);
  const item = office.getByTestId("review-item-MFG_SPOT_PASS-450602");
  await expect(item.getByTestId("review-value")).toHaveText("96.5% (251/260)");
  await item.getByTestId("approve").click();
  await expect(office.getByTestId("review-notice")).toHaveText("已通过 1 项。");

  const dept = await userOn(browser, A, "dept-scj");
  await dept.goto(`${A}/entry?period=2020Q3`);
  await expect(dept.getByTestId(ROW).getByTestId("figure-status")).toHaveText("已通过");
  await office.goto(`${A}/review?period=2020Q3&status=APPROVED`);
  await expect(office.getByTestId("review-item-MFG_SPOT_PASS-450602")).toBeVisible();
});

test("sign-in throttling counts the failures made on both servers together", async ({ browser }) => {
  const on = { [A]: await (await browser.newContext({ baseURL: A })).newPage(), [B]: await (await browser.newContext({ baseURL: B })).newPage() };
  for (const [i, server] of [A, B, A, B].entries()) {
    await submitSignIn(on[server]!, "two-servers-locked", `wrong-${i}`);
    await expect(on[server]!.getByTestId("login-error")).toHaveText("用户名或密码错误，或账号已停用");
  }
  // The fifth failure, on A, locks the account: only if A counted B's failures too.
  await submitSignIn(on[A]!, "two-servers-locked", "wrong-5");
  await expect(on[A]!.getByTestId("login-error")).toContainText("登录失败次数过多");
});
