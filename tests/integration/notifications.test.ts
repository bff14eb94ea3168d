// Notifications through the data layer and the job runner, with a real SMTP server: events raised
// by review and submission, reminders raised once however often the job runs, e-mail off without
// SMTP, e-mail in Chinese with the link when configured, and two runners delivering once.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runDueJobs } from "@/lib/data/jobs/runner";
import { countUnreadNotifications, listNotifications, markNotificationsRead } from "@/lib/data/notifications/inbox";
import { deliverDigests, deliverPendingEmails, STALE_CLAIM_MS } from "@/lib/data/notifications/mail";
import { MAIL_SETTING_KEYS } from "@/lib/data/notifications/mail-config";
import { notifyUsers } from "@/lib/data/notifications/store";
import { returnFigure } from "@/lib/data/review";
import { submitFigures } from "@/lib/data/figures";
import { db } from "@/lib/db";
import { startSmtpServer } from "../support/smtp";
import { unwrap, userNamed } from "./admin/helpers";

const root = path.resolve(import.meta.dirname, "..", "..");
const ADDRESS = "chen.zhiqiang@scj.example.gov.cn";
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;

beforeAll(async () => {
  smtp = await startSmtpServer();
});

afterAll(async () => {
  await smtp.close();
  await db.setting.deleteMany({ where: { key: { in: Object.values(MAIL_SETTING_KEYS) } } });
  await db.notification.deleteMany({});
  await db.scheduledJob.deleteMany({});
  await db.user.update({ where: { username: "dept-scj" }, data: { email: null } });
});

const kindsOf = async (username: string, kind: string) => {
  const user = await db.user.findUniqueOrThrow({ where: { username } });
  return db.notification.findMany({ where: { userId: user.id, kind } });
};

describe("notifications", () => {
  it("tells the department when its figure is returned and the offices when it submits again", async () => {
    const [office, dept] = await Promise.all([userNamed("office"), userNamed("dept-scj")]);
    const figure = await db.figure.findFirstOrThrow({
      where: { status: "SUBMITTED", year: 2020, quarter: 3, departmentId: dept.departmentId, region: { path: { startsWith: dept.scopePath } } },
      select: { id: true, version: true },
    });
    unwrap(await returnFigure(office, figure, "请核实数据来源"));
    const returned = await kindsOf("dept-scj", "FIGURE_RETURNED");
    expect(returned).toHaveLength(1);
    expect(returned[0]?.link).toBe(`/figures/${figure.id}`);
    expect(JSON.parse(returned[0]?.params ?? "{}")).toMatchObject({ comment: "请核实数据来源", period: "2020Q3" });

    unwrap(await submitFigures(dept, { year: 2020, quarter: 3, departmentId: dept.departmentId ?? 0, versions: { [figure.id]: figure.version + 1 } }));
    const submitted = await kindsOf("office", "FIGURE_SUBMITTED");
    expect(submitted).toHaveLength(1);
    expect(JSON.parse(submitted[0]?.params ?? "{}")).toMatchObject({ department: "市场监督管理局", count: 1 });
    // The bell of the office counts it; marking read is the user's own.
    expect(await countUnreadNotifications(office)).toBeGreaterThan(0);
    expect(unwrap(await markNotificationsRead(dept, [submitted[0]?.id ?? 0])).count).toBe(0);
    unwrap(await markNotificationsRead(office, "all"));
    expect(await countUnreadNotifications(office)).toBe(0);
    expect((await listNotifications(office)).rows[0]?.readAt).not.toBeNull();
  });

  it("reminds a department of an overdue quarter once, however often the job runs, and e-mail off means skipped", async () => {
    await runDueJobs({ force: true });
    await runDueJobs({ force: true });
    expect(await kindsOf("dept-scj", "OVERDUE")).toHaveLength(1);
    expect(await kindsOf("dept-scj", "QUARTER_OPEN")).toHaveLength(1);
    expect((await kindsOf("office", "OFF_TRACK")).length).toBeGreaterThan(0);
    // No SMTP configured: nothing is sent, nothing fails, nothing waits.
    expect(await db.notification.count({ where: { emailState: { notIn: ["SKIPPED"] } } })).toBe(0);
    expect(smtp.received).toHaveLength(0);
  });

  it("e-mails an overdue reminder through SMTP: recipient, Chinese subject and body, link into the product", async () => {
    await db.user.update({ where: { username: "dept-scj" }, data: { email: ADDRESS } });
    for (const [key, value] of [[MAIL_SETTING_KEYS.smtpUrl, smtp.url], [MAIL_SETTING_KEYS.baseUrl, "https://zl.example.gov.cn"]] as const) {
      await db.setting.upsert({ where: { key }, create: { key, value }, update: { value } });
    }
    await db.notification.deleteMany({ where: { kind: "OVERDUE", user: { username: "dept-scj" } } });
    await runDueJobs({ force: true });
    const mails = smtp.received.filter((m) => m.subject === "【质量目标】2020Q3 数据已逾期");
    expect(mails).toHaveLength(1);
    expect(mails[0]?.to).toEqual([ADDRESS]);
    expect(mails[0]?.text).toContain("陈志强，您好：");
    expect(mails[0]?.text).toMatch(/2020Q3 的数据已于 2020-10-15 截止，您还有 \d+ 项数据未报送/);
    expect(mails[0]?.text).toContain("查看详情：https://zl.example.gov.cn/entry?period=2020Q3");
  });

  it("sends one digest a day to a user who prefers it, with every waiting notification", async () => {
    const user = await db.user.update({ where: { username: "dept-scj" }, data: { emailDigest: true } });
    for (const period of ["2020Q1", "2020Q2"]) {
      await notifyUsers(db, [user.id], { kind: "OVERDUE", params: { period, due: "2020-07-15", owed: 2 }, link: `/entry?period=${period}`, dedupeKey: `digest-test:${period}` });
    }
    expect((await deliverPendingEmails("digest-test")).digest).toBe(2);
    const before = smtp.received.length;
    expect((await deliverDigests("digest-test")).sent).toBe(2);
    const digests = smtp.received.slice(before);
    expect(digests).toHaveLength(1);
    expect(digests[0]?.subject).toBe("【质量目标】今日提醒汇总（2 条）");
    expect(digests[0]?.text).toContain("https://zl.example.gov.cn/entry?period=2020Q2");
    await db.user.update({ where: { id: user.id }, data: { emailDigest: false } });
  });

  it("sends what a runner claimed and never finished once its claim is stale, and leaves a live claim alone", async () => {
    const user = await userNamed("dept-scj");
    const now = new Date();
    const claimed = async (key: string, claimedAt: Date) => {
      await notifyUsers(db, [user.id], { kind: "OVERDUE", params: { period: "2020Q1", due: "2020-04-15", owed: 1 }, link: "/entry?period=2020Q1", dedupeKey: key });
      const row = await db.notification.findUniqueOrThrow({ where: { userId_dedupeKey: { userId: user.id, dedupeKey: key } } });
      // As a runner leaves it when its process is killed between the claim and the send.
      return db.notification.update({ where: { id: row.id }, data: { emailState: "SENDING:PENDING:dead-runner", emailClaimedAt: claimedAt } });
    };
    const stale = await claimed(`stale-claim:${now.getTime()}`, new Date(now.getTime() - STALE_CLAIM_MS - 60_000));
    const live = await claimed(`live-claim:${now.getTime()}`, new Date(now.getTime() - 60_000));
    const outcome = await deliverPendingEmails("recovering-runner", now);
    expect(outcome.sent).toBeGreaterThanOrEqual(1);
    expect((await db.notification.findUniqueOrThrow({ where: { id: stale.id } })).emailState).toBe("SENT");
    expect((await db.notification.findUniqueOrThrow({ where: { id: live.id } })).emailState).toBe("SENDING:PENDING:dead-runner");
    await db.notification.deleteMany({ where: { id: { in: [stale.id, live.id] } } });
  });

  it("two runners started at once deliver each e-mail exactly once", async () => {
    await db.notification.deleteMany({ where: { kind: "OVERDUE", user: { username: "dept-scj" } } });
    await db.scheduledJob.deleteMany({});
    const before = smtp.received.length;
    const sentBefore = await db.notification.count({ where: { emailState: "SENT" } });
    const run = () =>
      promisify(execFile)(path.join(root, "node_modules", ".bin", "tsx"), ["--conditions=react-server", "scripts/jobs-run.ts"], {
        cwd: root,
        env: { ...process.env, JOBS_IN_APP: "off" },
      });
    const outputs = await Promise.all([run(), run()]);
    const reports = outputs.map((o) => JSON.parse(o.stdout.trim().split("\n").at(-1) ?? "{}") as Record<string, { ran: boolean }>);
    expect(reports.filter((r) => r.reminders?.ran)).toHaveLength(1);
    expect(await kindsOf("dept-scj", "OVERDUE")).toHaveLength(1);
    const overdue = smtp.received.slice(before).filter((m) => m.subject === "【质量目标】2020Q3 数据已逾期");
    expect(overdue).toHaveLength(1);
    // Every message that arrived is one notification marked sent, and the other way round.
    const sent = (await db.notification.count({ where: { emailState: "SENT" } })) - sentBefore;
    expect(smtp.received.length - before).toBe(sent);
  }, 120_000);
});
