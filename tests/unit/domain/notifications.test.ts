import { describe, expect, it } from "vitest";
import { DEFAULT_NOTIFICATION_SETTINGS, deadlineReminder, nextDailyRun, parseNotificationSettings } from "@/lib/domain/notifications";
import { composeDigest, composeEmail, describeNotification } from "@/lib/email/compose";

// Due 2020-10-15: the due day ends at 2020-10-15 24:00 Beijing time = 2020-10-15T16:00Z.
const due = new Date("2020-10-15T00:00:00Z");

describe("deadlineReminder", () => {
  it("says nothing long before, DUE_SOON within N days of the due day's end, OVERDUE after it", () => {
    expect(deadlineReminder(due, new Date("2020-10-01T00:00:00Z"), 3)).toBeNull();
    expect(deadlineReminder(due, new Date("2020-10-12T16:00:00Z"), 3)).toBe("DUE_SOON");
    expect(deadlineReminder(due, new Date("2020-10-15T15:59:59Z"), 3)).toBe("DUE_SOON");
    expect(deadlineReminder(due, new Date("2020-10-15T16:00:00Z"), 3)).toBe("OVERDUE");
  });
});

describe("nextDailyRun", () => {
  it("is the next hh:00 UTC strictly after now", () => {
    expect(nextDailyRun(new Date("2026-12-07T17:00:00Z"), 0).toISOString()).toBe("2026-12-08T00:00:00.000Z");
    expect(nextDailyRun(new Date("2026-12-07T23:59:00Z"), 0).toISOString()).toBe("2026-12-08T00:00:00.000Z");
    expect(nextDailyRun(new Date("2026-12-08T00:00:00Z"), 0).toISOString()).toBe("2026-12-09T00:00:00.000Z");
  });
});

describe("parseNotificationSettings", () => {
  it("reads stored settings and falls back to the defaults on anything unreadable", () => {
    const stored = { ...DEFAULT_NOTIFICATION_SETTINGS, dueSoonDays: 5, enabled: { ...DEFAULT_NOTIFICATION_SETTINGS.enabled, OFF_TRACK: false } };
    expect(parseNotificationSettings(JSON.stringify(stored))).toEqual(stored);
    expect(parseNotificationSettings("{")).toEqual(DEFAULT_NOTIFICATION_SETTINGS);
    expect(parseNotificationSettings(JSON.stringify({ ...stored, dueSoonDays: 0 }))).toEqual(DEFAULT_NOTIFICATION_SETTINGS);
    expect(parseNotificationSettings(null)).toEqual(DEFAULT_NOTIFICATION_SETTINGS);
  });
});

const returned = {
  kind: "FIGURE_RETURNED",
  params: JSON.stringify({ indicator: "新增广西名牌", indicatorEn: "New Guangxi brands", region: "东兴市", regionEn: "Dongxing", period: "2020Q3", comment: "请核实数据来源" }),
  link: "/figures/42",
};

describe("composing notifications", () => {
  it("writes the bell's line and the e-mail in Chinese, with the link into the product", () => {
    expect(describeNotification("zh-CN", returned)).toEqual({ title: "东兴市新增广西名牌 2020Q3 数据被退回", body: "审核意见：请核实数据来源" });
    const mail = composeEmail("zh-CN", "https://zl.example.gov.cn/", "陈志强", returned);
    expect(mail.subject).toBe("【质量目标】东兴市新增广西名牌 2020Q3 数据被退回");
    expect(mail.text).toContain("陈志强，您好：");
    expect(mail.text).toContain("查看详情：https://zl.example.gov.cn/figures/42");
  });

  it("uses the English names in English", () => {
    expect(describeNotification("en", returned).title).toBe("New Guangxi brands, Dongxing, 2020Q3 was returned");
  });

  it("puts a day's notifications into one digest", () => {
    const digest = composeDigest("zh-CN", "http://x", "陈志强", [returned, { kind: "OVERDUE", params: JSON.stringify({ period: "2020Q3", due: "2020-10-15", owed: 3 }), link: "/entry?period=2020Q3" }]);
    expect(digest.subject).toBe("【质量目标】今日提醒汇总（2 条）");
    expect(digest.text).toContain("2. 2020Q3 数据已逾期");
    expect(digest.text).toContain("http://x/entry?period=2020Q3");
  });
});
