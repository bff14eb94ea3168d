// Two-factor sign-in against the real database, with real codes computed by otplib from the secret the
// enrolment shows: the password alone starts no session; enrolment hands out ten recovery codes once;
// a code is accepted once (replay refused) and only near its time; a recovery code works once; wrong
// codes count toward the lockout like wrong passwords; who must use it follows the setting; the
// administrator's reset clears it; every step is audited.
import { generateSync } from "otplib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "@/lib/data/admin/users";
import { describeChallenge, getSecondFactorStatus, resetSecondFactor } from "@/lib/data/second-factor";
import { answerSecondFactor } from "@/lib/data/second-factor-sign-in";
import { attemptSignIn } from "@/lib/data/sign-in-attempt";
import { db } from "@/lib/db";
import { SECOND_FACTOR_SETTING } from "@/lib/domain/second-factor-rules";
import { DEFAULT_SIGN_IN_SETTINGS } from "@/lib/domain/sign-in-settings";
import { createUserSchema } from "@/lib/validations/user";
import { regionId, unique, unwrap, userNamed } from "../admin/helpers";

const PASSWORD = "Factor#2026x";
const T0 = new Date(Math.floor(Date.now() / 30_000) * 30_000 + 5_000);
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const codeAt = (secret: string, date: Date) => generateSync({ secret, epoch: Math.floor(date.getTime() / 1000) });
const address = () => `192.0.2.${Math.floor(Math.random() * 250) + 1}-${unique()}`;

let previousSetting: string | null = null;

async function setRequirement(value: string) {
  await db.setting.upsert({ where: { key: SECOND_FACTOR_SETTING }, update: { value }, create: { key: SECOND_FACTOR_SETTING, value } });
}

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET ??= "integration-test-secret-0123456789abcdef";
  previousSetting = (await db.setting.findUnique({ where: { key: SECOND_FACTOR_SETTING } }))?.value ?? null;
  await setRequirement("admins");
});

afterAll(async () => {
  if (previousSetting === null) await db.setting.deleteMany({ where: { key: SECOND_FACTOR_SETTING } });
  else await setRequirement(previousSetting);
});

async function newUser(role: "ADMIN" | "VIEWER") {
  const admin = await userNamed("admin");
  const input = createUserSchema.parse({
    username: `t-2fa-${unique()}`,
    name: "两步验证测试",
    role,
    scopeRegionId: String(await regionId("450600")),
    departmentId: "",
    password: PASSWORD,
    passwordConfirm: PASSWORD,
  });
  const user = unwrap(await createUser(admin, input));
  await db.user.update({ where: { id: user.id }, data: { mustChangePassword: false } });
  return user;
}

/** The password step: must ask for the second factor; returns the pending step's id. */
async function passwordStep(username: string, now: Date, from = address()) {
  const outcome = await attemptSignIn(username, PASSWORD, from, now);
  if (outcome.ok !== "secondFactor") throw new Error(`expected the second-factor step, got ${JSON.stringify(outcome)}`);
  return outcome.challenge;
}

/** Signs in and enrols; returns the secret shown and the recovery codes. */
async function enrol(username: string) {
  const challenge = await passwordStep(username, T0);
  const shown = await describeChallenge(challenge, T0);
  const secret = shown?.enrol?.secret ?? "";
  expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
  const outcome = await answerSecondFactor(challenge, codeAt(secret, T0), address(), T0);
  if (!outcome.ok || !outcome.recoveryCodes) throw new Error(`enrolment failed: ${JSON.stringify(outcome)}`);
  return { secret, recoveryCodes: outcome.recoveryCodes };
}

const actionsOf = async (userId: number) => (await db.auditEvent.findMany({ where: { entityType: "User", entityId: String(userId) }, orderBy: { id: "asc" } })).map((e) => e.action);

describe("an administrator's sign-in", () => {
  it("starts no session on the password alone; enrols with a real code and gets ten recovery codes once", async () => {
    const user = await newUser("ADMIN");
    const sessionsBefore = await db.userSession.count({ where: { userId: user.id } });
    const challenge = await passwordStep(user.username, T0);
    expect(await db.userSession.count({ where: { userId: user.id } })).toBe(sessionsBefore);
    const shown = await describeChallenge(challenge, T0);
    expect(shown?.enrol?.qrSvg).toContain("<svg");
    const secret = shown?.enrol?.secret ?? "";

    const wrong = await answerSecondFactor(challenge, "000000" === codeAt(secret, T0) ? "111111" : "000000", address(), T0);
    expect(wrong).toEqual({ ok: false, retryAfterSeconds: null });
    const outcome = await answerSecondFactor(challenge, codeAt(secret, T0), address(), T0);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.recoveryCodes).toHaveLength(10);
    expect(await db.userSession.count({ where: { userId: user.id, id: outcome.sessionId, endedAt: null } })).toBe(1);

    // Stored: the secret sealed, the recovery codes hashed; the pending step is gone.
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { totpSecret: true, totpEnrolledAt: true } });
    expect(stored.totpEnrolledAt).not.toBeNull();
    expect(stored.totpSecret).not.toContain(secret);
    const hashes = await db.recoveryCode.findMany({ where: { userId: user.id }, select: { codeHash: true } });
    expect(hashes).toHaveLength(10);
    for (const code of outcome.recoveryCodes ?? []) expect(JSON.stringify(hashes)).not.toContain(code.replace("-", ""));
    expect(await answerSecondFactor(challenge, codeAt(secret, at(30)), address(), at(30))).toEqual({ ok: false, expired: true });

    expect(await actionsOf(user.id)).toEqual(expect.arrayContaining(["auth.secondFactorFailed", "auth.secondFactorEnrolled", "auth.signIn"]));
    const audit = JSON.stringify(await db.auditEvent.findMany({ where: { entityType: "User", entityId: String(user.id) } }));
    expect(audit).not.toContain(secret);
  });

  it("asks an enrolled user for the code; refuses the same code twice and a code two steps away", async () => {
    const user = await newUser("ADMIN");
    const { secret } = await enrol(user.username);

    // The enrolment's own code cannot sign in again (same step).
    const replay = await passwordStep(user.username, at(1));
    expect((await describeChallenge(replay, at(1)))?.enrol).toBeNull();
    expect(await answerSecondFactor(replay, codeAt(secret, T0), address(), at(1))).toEqual({ ok: false, retryAfterSeconds: null });
    // Two steps away: refused; the next step's code: accepted, once.
    expect(await answerSecondFactor(replay, codeAt(secret, at(90)), address(), at(2))).toMatchObject({ ok: false });
    expect(await answerSecondFactor(replay, codeAt(secret, at(30)), address(), at(30))).toMatchObject({ ok: true, recoveryCodes: null });
    const again = await passwordStep(user.username, at(31));
    expect(await answerSecondFactor(again, codeAt(secret, at(31)), address(), at(31))).toEqual({ ok: false, retryAfterSeconds: null });
    expect(await answerSecondFactor(again, codeAt(secret, at(60)), address(), at(60))).toMatchObject({ ok: true });
  });

  it("accepts each recovery code once, in any case and with or without the dash, and audits its use", async () => {
    const user = await newUser("ADMIN");
    const { recoveryCodes } = await enrol(user.username);
    const code = recoveryCodes[3] ?? "";
    const first = await passwordStep(user.username, at(5));
    expect(await answerSecondFactor(first, code.toUpperCase(), address(), at(5))).toMatchObject({ ok: true });
    const second = await passwordStep(user.username, at(6));
    expect(await answerSecondFactor(second, code.replace("-", ""), address(), at(6))).toEqual({ ok: false, retryAfterSeconds: null });
    expect(await answerSecondFactor(second, recoveryCodes[4] ?? "", address(), at(7))).toMatchObject({ ok: true });
    const admin = await userNamed("admin");
    expect(await getSecondFactorStatus(admin, user.id)).toMatchObject({ recoveryCodesLeft: 8, required: true });
    expect((await actionsOf(user.id)).filter((a) => a === "auth.recoveryCodeUsed")).toHaveLength(2);
  });

  it("completes a pending step once: two right answers at the same moment give one session", async () => {
    const user = await newUser("ADMIN");
    const { recoveryCodes } = await enrol(user.username);
    const challenge = await passwordStep(user.username, at(5));
    const outcomes = await Promise.all([answerSecondFactor(challenge, recoveryCodes[0] ?? "", address(), at(6)), answerSecondFactor(challenge, recoveryCodes[1] ?? "", address(), at(6))]);
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(outcomes.filter((o) => !o.ok)).toEqual([{ ok: false, expired: true }]);
  });

  it(`locks the account after ${DEFAULT_SIGN_IN_SETTINGS.accountFailures} wrong codes, then refuses even the right one`, async () => {
    const user = await newUser("ADMIN");
    const { secret } = await enrol(user.username);
    const challenge = await passwordStep(user.username, at(1));
    const outcomes = [];
    for (let i = 0; i < DEFAULT_SIGN_IN_SETTINGS.accountFailures; i += 1) outcomes.push(await answerSecondFactor(challenge, `12345${i}`, address(), at(2 + i)));
    expect(outcomes.at(-1)).toEqual({ ok: false, retryAfterSeconds: DEFAULT_SIGN_IN_SETTINGS.lockMinutes * 60 });
    expect(await answerSecondFactor(challenge, codeAt(secret, at(30)), address(), at(30))).toMatchObject({ ok: false, retryAfterSeconds: expect.any(Number) });
    const actions = await actionsOf(user.id);
    expect(actions.filter((a) => a === "auth.secondFactorFailed")).toHaveLength(DEFAULT_SIGN_IN_SETTINGS.accountFailures);
    expect(actions).toContain("auth.lockout");
    expect(actions).toContain("auth.signInRefused");
    expect(await db.userSession.count({ where: { userId: user.id, createdAt: { gt: T0 } } })).toBe(0);
  });

  it("checks no more codes than the limit when many arrive at once: each is counted before it is looked at", async () => {
    const user = await newUser("ADMIN");
    await enrol(user.username);
    const challenge = await passwordStep(user.username, at(1));
    const burst = 4 * DEFAULT_SIGN_IN_SETTINGS.accountFailures;
    const outcomes = await Promise.all(Array.from({ length: burst }, (_, i) => answerSecondFactor(challenge, String(100000 + i), address(), at(2))));
    expect(outcomes.every((o) => !o.ok)).toBe(true);
    const actions = await actionsOf(user.id);
    // Only the codes actually compared are failures; the rest were refused unread.
    expect(actions.filter((a) => a === "auth.secondFactorFailed").length).toBeLessThanOrEqual(DEFAULT_SIGN_IN_SETTINGS.accountFailures);
    expect(actions.filter((a) => a === "auth.signInRefused").length).toBeGreaterThanOrEqual(burst - DEFAULT_SIGN_IN_SETTINGS.accountFailures);
  });

  it("expires the pending step after five minutes", async () => {
    const user = await newUser("ADMIN");
    const { secret } = await enrol(user.username);
    const challenge = await passwordStep(user.username, at(1));
    expect(await describeChallenge(challenge, at(302))).toBeNull();
    expect(await answerSecondFactor(challenge, codeAt(secret, at(302)), address(), at(302))).toEqual({ ok: false, expired: true });
  });
});

describe("who is asked", () => {
  it("follows the setting: other roles sign in with the password unless it says everyone; an enrolled user is always asked", async () => {
    const viewer = await newUser("VIEWER");
    expect(await attemptSignIn(viewer.username, PASSWORD, address(), T0)).toMatchObject({ ok: true });
    await setRequirement("everyone");
    try {
      await enrol(viewer.username);
    } finally {
      await setRequirement("off");
    }
    const admin = await newUser("ADMIN");
    expect(await attemptSignIn(admin.username, PASSWORD, address(), T0)).toMatchObject({ ok: true });
    // Enrolled: asked even with the requirement off.
    expect((await attemptSignIn(viewer.username, PASSWORD, address(), at(40))).ok).toBe("secondFactor");
    await setRequirement("admins");
  });
});

describe("the administrator's reset", () => {
  it("clears the secret and recovery codes, ends the user's sessions, is audited, and the next sign-in enrols again", async () => {
    const user = await newUser("ADMIN");
    const first = await enrol(user.username);
    const admin = await userNamed("admin");
    unwrap(await resetSecondFactor(admin, user.id));
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { totpSecret: true, totpEnrolledAt: true, sessionsValidFrom: true } })).toMatchObject({
      totpSecret: null,
      totpEnrolledAt: null,
      sessionsValidFrom: expect.any(Date),
    });
    expect(await db.recoveryCode.count({ where: { userId: user.id } })).toBe(0);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "user.resetSecondFactor", entityId: String(user.id) } });
    expect(audit.userId).toBe(admin.id);
    const challenge = await passwordStep(user.username, new Date());
    const shown = await describeChallenge(challenge);
    expect(shown?.enrol?.secret).toBeTruthy();
    expect(shown?.enrol?.secret).not.toBe(first.secret);
  });

  it("is refused to non-administrators", async () => {
    const user = await newUser("ADMIN");
    expect(await resetSecondFactor(await userNamed("office"), user.id)).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});
