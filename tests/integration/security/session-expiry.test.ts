// Sessions end after the idle time and after the absolute time (settings), judged on the session
// row in the database; a new or reset password follows the password rules.
import { describe, expect, it } from "vitest";
import { createUser, resetUserPassword } from "@/lib/data/admin/users";
import { endSession, resumeSession, startSession } from "@/lib/data/user-sessions";
import { db } from "@/lib/db";
import { DEFAULT_SIGN_IN_SETTINGS } from "@/lib/domain/sign-in-settings";
import { createUserSchema } from "@/lib/validations/user";
import { expectFailure, regionId, unique, unwrap, userNamed } from "../admin/helpers";

const MINUTE = 60_000;
const settings = DEFAULT_SIGN_IN_SETTINGS;

async function newUser() {
  const admin = await userNamed("admin");
  const username = `t-session-${unique()}`;
  const input = createUserSchema.parse({ username, name: "会话测试", role: "VIEWER", scopeRegionId: String(await regionId("450600")), departmentId: "", password: "Session#2026", passwordConfirm: "Session#2026" });
  return { admin, created: unwrap(await createUser(admin, input)) };
}

describe("session expiry", () => {
  it(`ends a session idle for more than ${settings.sessionIdleMinutes} minutes`, async () => {
    const { created } = await newUser();
    const t0 = Date.now();
    const id = await startSession(created.id, new Date(t0));
    expect(await resumeSession(id, created.id, settings, new Date(t0 + (settings.sessionIdleMinutes - 1) * MINUTE))).toBe(true);
    // Used a moment ago: the idle time counts from there.
    expect(await resumeSession(id, created.id, settings, new Date(t0 + (2 * settings.sessionIdleMinutes - 2) * MINUTE))).toBe(true);
    expect(await resumeSession(id, created.id, settings, new Date(t0 + (3 * settings.sessionIdleMinutes) * MINUTE))).toBe(false);
    // Once ended, it stays ended.
    expect(await resumeSession(id, created.id, settings, new Date(t0 + (3 * settings.sessionIdleMinutes) * MINUTE + 1000))).toBe(false);
  });

  it(`ends a session ${settings.sessionMaxHours} hours after its sign-in however busy it is`, async () => {
    const { created } = await newUser();
    const t0 = Date.now();
    const id = await startSession(created.id, new Date(t0));
    let alive = true;
    let minutes = 0;
    while (alive && minutes < 24 * 60) {
      minutes += settings.sessionIdleMinutes / 2;
      alive = await resumeSession(id, created.id, settings, new Date(t0 + minutes * MINUTE));
    }
    expect(minutes).toBeGreaterThan(settings.sessionMaxHours * 60);
    expect(minutes).toBeLessThanOrEqual(settings.sessionMaxHours * 60 + settings.sessionIdleMinutes);
  });

  it("a new sign-in clears the user's ended sessions", async () => {
    const { created } = await newUser();
    const t0 = Date.now();
    const old = await startSession(created.id, new Date(t0));
    expect(await resumeSession(old, created.id, settings, new Date(t0 + 2 * settings.sessionIdleMinutes * MINUTE))).toBe(false);
    await startSession(created.id, new Date(t0 + 3 * settings.sessionIdleMinutes * MINUTE));
    expect(await db.userSession.count({ where: { userId: created.id } })).toBe(1);
  });

  it("sign-out ends the session on the server, audited: the same session id opens nothing afterwards", async () => {
    const { created } = await newUser();
    const id = await startSession(created.id, new Date());
    const other = await startSession(created.id, new Date());
    expect(await resumeSession(id, created.id, settings)).toBe(true);
    expect(await endSession(id, created.id)).toBe(true);
    expect(await resumeSession(id, created.id, settings)).toBe(false);
    // Only that session: the user's other sign-in (another browser) stays open.
    expect(await resumeSession(other, created.id, settings)).toBe(true);
    // Another user cannot end it, and ending it twice records one sign-out.
    expect(await endSession(other, created.id + 100000)).toBe(false);
    expect(await endSession(id, created.id)).toBe(false);
    expect(await db.auditEvent.count({ where: { action: "auth.signOut", entityId: String(created.id) } })).toBe(1);
  });

  it("refuses another user's session id", async () => {
    const { created } = await newUser();
    const id = await startSession(created.id, new Date());
    expect(await resumeSession(id, created.id + 100000, settings)).toBe(false);
  });
});

describe("new passwords", () => {
  it("a reset refuses a weak password and one containing the username, with a field message", async () => {
    const { admin, created } = await newUser();
    expectFailure(await resetUserPassword(admin, created.id, "alllowercase1"), "INVALID", { password: ["admin.validation.passwordWeak"] });
    expectFailure(await resetUserPassword(admin, created.id, `X#1${created.username}`), "INVALID", { password: ["admin.validation.passwordHasUsername"] });
    unwrap(await resetUserPassword(admin, created.id, "Another#2027"));
  });
});
