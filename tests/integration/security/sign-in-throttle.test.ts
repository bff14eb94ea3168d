// Sign-in throttling: per account and per client address, counted in the database, every failure
// and lockout audited; a locked sign-in is refused even with the right password until the lock ends.
import { describe, expect, it } from "vitest";
import { createUser, resetUserPassword } from "@/lib/data/admin/users";
import { listAuditEvents } from "@/lib/data/audit-log";
import { attemptSignIn } from "@/lib/data/sign-in-attempt";
import { db } from "@/lib/db";
import { DEFAULT_SIGN_IN_SETTINGS } from "@/lib/domain/sign-in-settings";
import { createUserSchema } from "@/lib/validations/user";
import { regionId, unique, unwrap, userNamed } from "../admin/helpers";

const PASSWORD = "Throttle#2026";
const MINUTE = 60_000;

async function newUser() {
  const admin = await userNamed("admin");
  const input = createUserSchema.parse({
    username: `t-throttle-${unique()}`,
    name: "锁定测试",
    role: "VIEWER",
    scopeRegionId: String(await regionId("450600")),
    departmentId: "",
    password: PASSWORD,
    passwordConfirm: PASSWORD,
  });
  return unwrap(await createUser(admin, input));
}

const address = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}-${unique()}`;

describe("per account", () => {
  it(`locks an account after ${DEFAULT_SIGN_IN_SETTINGS.accountFailures} failures, refuses even the right password, and audits every step`, async () => {
    const user = await newUser();
    const t0 = new Date();
    const from = address();
    const outcomes = [];
    for (let i = 0; i < DEFAULT_SIGN_IN_SETTINGS.accountFailures; i += 1) outcomes.push(await attemptSignIn(user.username, `wrong-${i}`, from, new Date(t0.getTime() + i * 1000)));
    expect(outcomes.slice(0, -1).every((o) => !o.ok && o.retryAfterSeconds === null)).toBe(true);
    expect(outcomes.at(-1)).toEqual({ ok: false, retryAfterSeconds: DEFAULT_SIGN_IN_SETTINGS.lockMinutes * 60 });

    // The right password while locked, from anywhere: refused, with the time left.
    const during = await attemptSignIn(user.username, PASSWORD, address(), new Date(t0.getTime() + 5 * MINUTE));
    expect(during.ok).toBe(false);
    expect(!during.ok && during.retryAfterSeconds).toBeGreaterThan(9 * 60);

    const events = await db.auditEvent.findMany({ where: { entityType: "User", entityId: String(user.id), action: { startsWith: "auth." } }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.action)).toEqual([...Array(DEFAULT_SIGN_IN_SETTINGS.accountFailures).fill("auth.signInFailed"), "auth.lockout", "auth.signInRefused"]);
    expect(events[0]?.actor).toBe(user.username);
    expect(JSON.parse(events.at(-2)?.after ?? "null")).toMatchObject({ username: user.username, address: from, locked: "account" });
    expect(events.every((e) => !`${e.after}`.includes("wrong-"))).toBe(true);

    // The office of the account's region finds them in its audit trail.
    const seen = await listAuditEvents(await userNamed("office"), { action: "auth.", entityId: String(user.id) });
    expect(seen?.total).toBe(events.length);

    // The counters live in the database (every app server shares them).
    expect(await db.signInThrottle.findUnique({ where: { key: `account:${user.username}` } })).toMatchObject({ lockedUntil: expect.any(Date) });

    // After the lock the right password works and clears the account's count.
    const after = await attemptSignIn(user.username, PASSWORD, from, new Date(t0.getTime() + (DEFAULT_SIGN_IN_SETTINGS.lockMinutes + 1) * MINUTE));
    expect(after).toMatchObject({ ok: true, userId: user.id });
    expect(await db.signInThrottle.findUnique({ where: { key: `account:${user.username}` } })).toBeNull();
    console.log(`account lockout: ${DEFAULT_SIGN_IN_SETTINGS.accountFailures} failures locked it, ${events.length} audit events`);
  });

  it("counts failures in a window: failures spread wider than it never lock", async () => {
    const user = await newUser();
    const t0 = Date.now();
    for (let i = 0; i < DEFAULT_SIGN_IN_SETTINGS.accountFailures * 2; i += 1) {
      const outcome = await attemptSignIn(user.username, "wrong", address(), new Date(t0 + i * (DEFAULT_SIGN_IN_SETTINGS.windowMinutes / 2 + 1) * MINUTE));
      if (i % 2 === 1) expect(outcome).toEqual({ ok: false, retryAfterSeconds: null });
    }
    expect(await attemptSignIn(user.username, PASSWORD, address(), new Date(t0 + 1000 * MINUTE))).toMatchObject({ ok: true });
  });

  it("an administrator's password reset lifts the account's lock", async () => {
    const user = await newUser();
    const now = new Date();
    for (let i = 0; i < DEFAULT_SIGN_IN_SETTINGS.accountFailures; i += 1) await attemptSignIn(user.username, "wrong", address(), now);
    expect(await attemptSignIn(user.username, PASSWORD, address(), now)).toMatchObject({ ok: false });
    unwrap(await resetUserPassword(await userNamed("admin"), user.id, "Unlocked#2026"));
    expect(await attemptSignIn(user.username, "Unlocked#2026", address(), now)).toMatchObject({ ok: true });
  });
});

describe("per client address", () => {
  it(`locks an address after ${DEFAULT_SIGN_IN_SETTINGS.addressFailures} failures on any accounts; other addresses are unaffected`, async () => {
    const user = await newUser();
    const from = address();
    const now = new Date();
    let last;
    for (let i = 0; i < DEFAULT_SIGN_IN_SETTINGS.addressFailures; i += 1) last = await attemptSignIn(`nobody-${unique()}`, "guess", from, now);
    expect(last).toEqual({ ok: false, retryAfterSeconds: DEFAULT_SIGN_IN_SETTINGS.lockMinutes * 60 });
    expect(await attemptSignIn(user.username, PASSWORD, from, now)).toMatchObject({ ok: false });
    expect(await attemptSignIn(user.username, PASSWORD, address(), now)).toMatchObject({ ok: true });
    const lockout = await db.auditEvent.findFirst({ where: { action: "auth.lockout", after: { contains: from } }, orderBy: { id: "desc" } });
    expect(JSON.parse(lockout?.after ?? "null")).toMatchObject({ locked: "address", address: from });
  });
});
