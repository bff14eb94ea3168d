// The administrator's notification settings and a user's own preferences: validated, audited,
// ADMIN only for the settings; an event switched off is not stored; the SMTP password never shown.
import { afterAll, describe, expect, it } from "vitest";
import { getNotificationPreferences, updateNotificationPreferences } from "@/lib/data/notifications/inbox";
import { getNotificationAdmin, redactSmtpUrl, saveNotificationAdmin } from "@/lib/data/notifications/settings";
import { MAIL_SETTING_KEYS } from "@/lib/data/notifications/mail-config";
import { NOTIFICATION_SETTINGS_KEY, notifyUsers } from "@/lib/data/notifications/store";
import { db } from "@/lib/db";
import { DEFAULT_NOTIFICATION_SETTINGS } from "@/lib/domain/notifications";
import { parseWith } from "@/lib/validations/fields";
import { notificationAdminSchema, preferencesSchema } from "@/lib/validations/notifications";
import { expectFailure, lastAudit, unwrap, userNamed } from "./admin/helpers";

afterAll(async () => {
  await db.setting.deleteMany({ where: { key: { in: [NOTIFICATION_SETTINGS_KEY, ...Object.values(MAIL_SETTING_KEYS)] } } });
  await db.notification.deleteMany({});
  await db.user.update({ where: { username: "viewer-dx" }, data: { email: null, emailDigest: false, locale: "zh-CN" } });
});

describe("notification settings", () => {
  it("are the administrator's, audited, and an event switched off is not stored", async () => {
    const [admin, office] = await Promise.all([userNamed("admin"), userNamed("office")]);
    const settings = { enabled: { ...DEFAULT_NOTIFICATION_SETTINGS.enabled, OFF_TRACK: false }, dueSoonDays: 5 };
    const mail = { smtpUrl: "smtp://mailer:s3cret@mail.example.gov.cn:25", from: "zl@example.gov.cn", baseUrl: "https://zl.example.gov.cn" };
    expectFailure(await saveNotificationAdmin(office, settings, mail), "FORBIDDEN");
    unwrap(await saveNotificationAdmin(admin, settings, mail));
    const audit = await lastAudit("Setting", NOTIFICATION_SETTINGS_KEY);
    expect(audit?.action).toBe("settings.notifications");
    expect(audit?.after).not.toContain("s3cret");

    const shown = await getNotificationAdmin(admin);
    expect(shown.settings).toEqual(settings);
    expect(shown.email).toMatchObject({ source: "settings", smtpUrl: "smtp://mailer:***@mail.example.gov.cn:25", from: "zl@example.gov.cn" });
    expect(await notifyUsers(db, [office.id], { kind: "OFF_TRACK", params: {}, link: "/", dedupeKey: "t:off" })).toBe(0);
    expect(await notifyUsers(db, [office.id], { kind: "OVERDUE", params: {}, link: "/", dedupeKey: "t:over" })).toBe(1);
    expect(await notifyUsers(db, [office.id], { kind: "OVERDUE", params: {}, link: "/", dedupeKey: "t:over" })).toBe(0);
  });

  it("refuses days out of range and an address that is not SMTP, with field messages", () => {
    const parsed = parseWith(notificationAdminSchema, { dueSoonDays: "0", smtpUrl: "http://mail" });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.fieldErrors.dueSoonDays?.[0]?.code).toBe("notifications.errors.days");
    expect(parsed.fieldErrors.smtpUrl?.[0]?.code).toBe("notifications.errors.smtpUrl");
  });

  it("hides an SMTP password", () => {
    expect(redactSmtpUrl("smtps://a:b@h:465")).toBe("smtps://a:***@h:465");
    expect(redactSmtpUrl("smtp://h:25")).toBe("smtp://h:25");
  });
});

describe("a user's preferences", () => {
  it("keep the user's own address, language and digest choice, audited", async () => {
    const viewer = await userNamed("viewer-dx");
    const input = parseWith(preferencesSchema, { email: "viewer@dx.example.gov.cn", locale: "en", emailEnabled: "on", emailDigest: "on" });
    expect(input.ok).toBe(true);
    if (!input.ok) return;
    unwrap(await updateNotificationPreferences(viewer, input.data));
    expect(await getNotificationPreferences(viewer)).toMatchObject({ email: "viewer@dx.example.gov.cn", locale: "en", emailEnabled: true, emailDigest: true });
    const audit = await lastAudit("User", viewer.id);
    expect(audit?.action).toBe("user.preferences");
    // Offices and auditors read the trail: the address is there masked, never whole.
    expect(JSON.stringify(audit)).not.toContain("viewer@dx.example.gov.cn");
    expect(JSON.stringify(audit)).toContain("vi***@dx.example.gov.cn");
    const bad = parseWith(preferencesSchema, { email: "not-an-address", locale: "fr" });
    expect(bad.ok ? null : bad.fieldErrors).toMatchObject({ email: [{ code: "notifications.errors.email" }], locale: [{ code: "admin.validation.choice" }] });
  });
});
