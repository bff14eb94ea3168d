// An overdue figure chases its department: the scheduled jobs (run once, as cron would) put a
// reminder in the bell and send it by e-mail to a real SMTP server started here; the settings page
// says whether e-mail is on.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { startSmtpServer } from "../support/smtp";
import { signIn } from "./support/auth";
import { e2eDatabaseUrl, withE2eDatabase } from "./support/database";

const root = path.join(__dirname, "..", "..");
const ADDRESS = "chen.zhiqiang@scj.example.gov.cn";

test("an overdue figure reaches the department in the bell and by e-mail", async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  await signIn(page, "admin");
  await page.goto("/admin/notifications");
  await expect(page.getByTestId("email-status")).toContainText("邮件已关闭");

  const smtp = await startSmtpServer();
  try {
    await withE2eDatabase(async (db) => {
      const setting = "INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value";
      await db.query(setting, "email.smtpUrl", smtp.url, new Date());
      await db.query(setting, "email.baseUrl", baseURL ?? "", new Date());
      await db.query("UPDATE users SET email = ? WHERE username = 'dept-scj'", ADDRESS);
    });
    await page.reload();
    await expect(page.getByTestId("email-status")).toContainText("邮件已开启");
    await page.screenshot({ path: "test-results/notification-settings.png", fullPage: true });

    // The cron path: the same jobs the app servers run, once.
    await promisify(execFile)(path.join(root, "node_modules", ".bin", "tsx"), ["--conditions=react-server", "scripts/jobs-run.ts"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: e2eDatabaseUrl },
    });

    const mail = smtp.received.find((m) => m.subject === "【质量目标】2020Q3 数据已逾期");
    expect(mail?.to).toEqual([ADDRESS]);
    expect(mail?.text).toContain("陈志强，您好：");
    expect(mail?.text).toMatch(/2020Q3 的数据已于 2020-10-15 截止，您还有 \d+ 项数据未报送/);
    const link = `${baseURL}/entry?period=2020Q3`;
    expect(mail?.text).toContain(`查看详情：${link}`);

    await page.context().clearCookies();
    await signIn(page, "dept-scj");
    await expect(page.getByTestId("notification-count")).toBeVisible();
    await page.getByTestId("notification-bell").click();
    await expect(page).toHaveURL(/\/notifications$/);
    const item = page.getByTestId("notification-list").locator("li", { hasText: "2020Q3 数据已逾期" });
    await expect(item).toHaveAttribute("data-read", "false");
    await expect(item).toContainText("您还有");
    await page.screenshot({ path: "test-results/notifications.png", fullPage: true });
    await item.getByRole("button", { name: "标为已读：2020Q3 数据已逾期" }).click();
    await expect(item).toHaveAttribute("data-read", "true");

    // The link in the e-mail opens the quarter's entry page.
    await page.goto(link);
    await expect(page).toHaveURL(/\/entry\?period=2020Q3/);
  } finally {
    await smtp.close();
  }
});
