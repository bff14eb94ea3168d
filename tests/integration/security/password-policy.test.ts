// The level-3 password policy on a real database (the demo turns its ages and the first-sign-in
// change off; these tests put the level-3 profile on and restore the demo's afterwards).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser, resetUserPassword } from "@/lib/data/admin/users";
import { changeOwnPassword } from "@/lib/data/own-password";
import { loadSessionUser } from "@/lib/data/session-users";
import { attemptSignIn } from "@/lib/data/sign-in-attempt";
import { db } from "@/lib/db";
import { PASSWORD_POLICY_KEYS } from "@/lib/domain/password-rules";
import { createUserSchema } from "@/lib/validations/user";
import { expectFailure, regionId, unique, unwrap, userNamed } from "../admin/helpers";

const DAY = 86_400_000;
let demoPolicy: { key: string; value: string }[] = [];

beforeAll(async () => {
  demoPolicy = await db.setting.findMany({ where: { key: { in: Object.values(PASSWORD_POLICY_KEYS) } }, select: { key: true, value: true } });
  await db.setting.deleteMany({ where: { key: { in: Object.values(PASSWORD_POLICY_KEYS) } } });
});

afterAll(async () => {
  for (const row of demoPolicy) await db.setting.upsert({ where: { key: row.key }, update: { value: row.value }, create: row });
});

async function newUser(password = "Policy#2026") {
  const admin = await userNamed("admin");
  const username = `t-policy-${unique()}`;
  const input = createUserSchema.parse({ username, name: "策略测试", role: "VIEWER", scopeRegionId: String(await regionId("450600")), departmentId: "", password, passwordConfirm: password });
  return { admin, username, created: unwrap(await createUser(admin, input)) };
}

describe("the level-3 password policy", () => {
  it("makes a new or reset password one to change at the first sign-in", async () => {
    const { admin, created } = await newUser();
    expect((await loadSessionUser(created.id))?.mustChangePassword).toBe(true);
    await db.user.update({ where: { id: created.id }, data: { mustChangePassword: false } });
    unwrap(await resetUserPassword(admin, created.id, "Another#2027"));
    expect((await loadSessionUser(created.id))?.mustChangePassword).toBe(true);
  });

  it("refuses one of the last five passwords, the current one included", async () => {
    const { admin, created } = await newUser("First#2026");
    const user = await loadSessionUser(created.id);
    if (!user) throw new Error("no user");
    expectFailure(await resetUserPassword(admin, created.id, "First#2026"), "INVALID", { password: ["account.errors.reused"] });
    let current = "First#2026";
    for (const next of ["Second#2026", "Third#2026", "Fourth#2026", "Fifth#2026"]) {
      unwrap(await changeOwnPassword(user, { currentPassword: current, password: next }));
      current = next;
    }
    // First, Second, Third, Fourth and the current Fifth are the last five.
    expectFailure(await changeOwnPassword(user, { currentPassword: current, password: "Second#2026" }), "INVALID", { password: ["account.errors.reused"] });
    unwrap(await changeOwnPassword(user, { currentPassword: current, password: "Sixth#2026" }));
    // Now First has dropped out of the last five.
    unwrap(await changeOwnPassword(user, { currentPassword: "Sixth#2026", password: "First#2026" }));
    expect(await db.passwordHistory.count({ where: { userId: created.id } })).toBe(5);
  });

  it("asks for a change at sign-in once the password is older than 90 days, audited", async () => {
    const { username, created } = await newUser();
    await db.user.update({ where: { id: created.id }, data: { mustChangePassword: false, passwordChangedAt: new Date(Date.now() - 91 * DAY) } });
    const outcome = await attemptSignIn(username, "Policy#2026", "203.0.113.50");
    expect(outcome.ok).toBe(true);
    expect((await loadSessionUser(created.id))?.mustChangePassword).toBe(true);
    const actions = (await db.auditEvent.findMany({ where: { entityType: "User", entityId: String(created.id) }, orderBy: { id: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["auth.passwordExpired", "auth.signIn"]));
  });

  it("disables an account unused for more than 90 days at its next sign-in, audited", async () => {
    const { username, created } = await newUser();
    await db.user.update({ where: { id: created.id }, data: { lastSignInAt: new Date(Date.now() - 91 * DAY) } });
    expect(await attemptSignIn(username, "Policy#2026", "203.0.113.51")).toEqual({ ok: false, retryAfterSeconds: null });
    expect((await db.user.findUniqueOrThrow({ where: { id: created.id } })).active).toBe(false);
    expect(await db.auditEvent.count({ where: { action: "auth.disabledUnused", entityId: String(created.id) } })).toBe(1);
    // Used recently: signs in, and the sign-in is recorded.
    const fresh = await newUser();
    expect((await attemptSignIn(fresh.username, "Policy#2026", "203.0.113.52")).ok).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { id: fresh.created.id } })).lastSignInAt).not.toBeNull();
  });
});

describe("the security page's settings", () => {
  it("are the administrator's, show each value with its key, and mark what falls short of level 3", async () => {
    const { loadSecuritySettings } = await import("@/lib/data/security-settings");
    expect(await loadSecuritySettings(await userNamed("office"))).toBeNull();
    const admin = await userNamed("admin");
    const level3 = await loadSecuritySettings(admin);
    expect(level3?.rows.filter((r) => r.isShortOfLevel3)).toEqual([]);
    expect(level3?.rows.find((r) => r.key === "auth.password_history")).toMatchObject({ value: 5, level3: 5 });
    await db.setting.create({ data: { key: PASSWORD_POLICY_KEYS.maxAgeDays, value: "0" } });
    const demoLike = await loadSecuritySettings(admin);
    expect(demoLike?.rows.filter((r) => r.isShortOfLevel3).map((r) => r.key)).toEqual(["auth.password_max_age_days"]);
    expect(demoLike?.isDemo).toBe(true);
    await db.setting.delete({ where: { key: PASSWORD_POLICY_KEYS.maxAgeDays } });
  });
});
