// The second step of a sign-in: the code from the authenticator app (or a one-time recovery code) for
// a pending step (lib/data/second-factor.ts), or the first code of an enrolment. Refused while the
// account or address is locked; a wrong code counts toward the lock like a wrong password; a code is
// accepted once (the last accepted time step is kept, a recovery code is marked used in the same
// statement that checks it). Only a right code starts the session. Every step is audited.
import "server-only";
import { db } from "@/lib/db";
import { openSecret } from "@/lib/auth/secret-box";
import { checkTotp, hashRecoveryCode, newRecoveryCodes } from "@/lib/auth/totp";
import { readSecondFactorCode, type SecondFactorCode } from "@/lib/domain/second-factor-rules";
import { recordAudit } from "./audit";
import { endChallenge, findChallenge, TOTP_SECRET_PURPOSE, type PendingChallenge } from "./second-factor";
import { credentialStamp } from "./session-users";
import type { FailureCount } from "./sign-in-throttle";
import { completeSignIn, countSignInFailure, refusalWhileLocked, reserveCodeAttempt, type SignInOutcome, type SignInRefusal } from "./sign-in-attempt";

type SignedIn = Extract<SignInOutcome, { ok: true }>;

export type SecondFactorOutcome =
  /** Signed in; after an enrolment with the recovery codes to show once. */
  | (SignedIn & { recoveryCodes: string[] | null })
  | SignInRefusal
  /** The pending step is gone (expired, used, the user deactivated): sign in again. */
  | { ok: false; expired: true };

const EXPIRED = { ok: false, expired: true } as const;

/** Accepts a TOTP code at most once per user: the step is stored only if it is later than the last one. */
async function acceptTotp(userId: number, secretBox: string, lastStep: number | null, code: string, now: Date): Promise<boolean> {
  const secret = openSecret(secretBox, TOTP_SECRET_PURPOSE);
  const step = secret ? checkTotp(secret, code, lastStep, now) : null;
  if (step === null) return false;
  // Two servers checking the same code at once: one update finds the older step, the other nothing.
  const { count } = await db.user.updateMany({ where: { id: userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] }, data: { totpLastStep: step } });
  return count === 1;
}

async function acceptRecoveryCode(userId: number, code: string, now: Date): Promise<boolean> {
  const { count } = await db.recoveryCode.updateMany({ where: { userId, codeHash: hashRecoveryCode(code), usedAt: null }, data: { usedAt: now } });
  return count === 1;
}

async function refuse(challenge: PendingChallenge, address: string, kind: SecondFactorCode["kind"] | "unreadable", now: Date, reserved: FailureCount) {
  return countSignInFailure(challenge.user.username, address, "auth.secondFactorFailed", { kind }, now, reserved);
}


/** The code was right: the pending step ends (once: a second request racing with it gets "expired") and the session starts. */
async function finish(challenge: PendingChallenge, address: string, secondFactor: "totp" | "recovery", recoveryCodes: string[] | null, now: Date): Promise<SecondFactorOutcome> {
  if (!(await endChallenge(challenge.id))) return EXPIRED;
  return { ...(await completeSignIn(challenge.user, credentialStamp(challenge.user.passwordHash), address, { secondFactor }, now)), recoveryCodes };
}

/** The answer to a pending step: the code of an enrolled user, or the first code of an enrolment. */
export async function answerSecondFactor(challengeId: string, input: string, address: string, now = new Date()): Promise<SecondFactorOutcome> {
  const challenge = await findChallenge(challengeId, now);
  if (!challenge) return EXPIRED;
  return challenge.user.totpEnrolledAt ? verifySecondFactor(challenge, input, address, now) : confirmEnrolment(challenge, input, address, now);
}

/** The second step of an enrolled user's sign-in. */
async function verifySecondFactor(challenge: PendingChallenge, input: string, address: string, now: Date): Promise<SecondFactorOutcome> {
  if (!challenge.user.totpSecret) return EXPIRED;
  const locked = await refusalWhileLocked(challenge.user.username, address, now);
  if (locked) return locked;
  const { refusal, account } = await reserveCodeAttempt(challenge.user.username, address, now);
  if (refusal) return refusal;
  const code = readSecondFactorCode(input);
  if (!code) return refuse(challenge, address, "unreadable", now, account);
  const { user } = challenge;
  if (code.kind === "totp") {
    if (!(await acceptTotp(user.id, user.totpSecret ?? "", user.totpLastStep, code.code, now))) return refuse(challenge, address, "totp", now, account);
    return finish(challenge, address, "totp", null, now);
  }
  if (!(await acceptRecoveryCode(user.id, code.code, now))) return refuse(challenge, address, "recovery", now, account);
  const left = await db.recoveryCode.count({ where: { userId: user.id, usedAt: null } });
  await recordAudit(db, null, { actor: user.username, action: "auth.recoveryCodeUsed", entityType: "User", entityId: user.id, after: { username: user.username, address, recoveryCodesLeft: left }, regionPath: user.scopeRegion.path });
  return finish(challenge, address, "recovery", null, now);
}

/**
 * The first code of an enrolment: right, and the secret becomes the user's (sealed as it was), ten
 * recovery codes are made (only their hashes kept; the plain codes are returned once to show), and
 * the sign-in completes.
 */
async function confirmEnrolment(challenge: PendingChallenge, input: string, address: string, now: Date): Promise<SecondFactorOutcome> {
  if (!challenge.enrolSecret) return EXPIRED;
  const locked = await refusalWhileLocked(challenge.user.username, address, now);
  if (locked) return locked;
  const { refusal, account } = await reserveCodeAttempt(challenge.user.username, address, now);
  if (refusal) return refusal;
  const code = readSecondFactorCode(input);
  const secret = openSecret(challenge.enrolSecret, TOTP_SECRET_PURPOSE);
  const step = code?.kind === "totp" && secret ? checkTotp(secret, code.code, null, now) : null;
  if (step === null) return refuse(challenge, address, code?.kind ?? "unreadable", now, account);

  const recoveryCodes = newRecoveryCodes();
  const enrolled = await db.$transaction(async (tx) => {
    // Only if no other browser enrolled this user meanwhile.
    const { count } = await tx.user.updateMany({
      where: { id: challenge.user.id, totpEnrolledAt: null },
      data: { totpSecret: challenge.enrolSecret, totpEnrolledAt: now, totpLastStep: step, version: { increment: 1 } },
    });
    if (count === 0) return false;
    await tx.recoveryCode.deleteMany({ where: { userId: challenge.user.id } });
    await tx.recoveryCode.createMany({ data: recoveryCodes.map((c) => ({ userId: challenge.user.id, codeHash: hashRecoveryCode(c), createdAt: now })) });
    await recordAudit(tx, null, {
      actor: challenge.user.username,
      action: "auth.secondFactorEnrolled",
      entityType: "User",
      entityId: challenge.user.id,
      after: { username: challenge.user.username, address, method: "totp", recoveryCodes: recoveryCodes.length },
      regionPath: challenge.user.scopeRegion.path,
    });
    return true;
  });
  if (!enrolled) return EXPIRED;
  return finish(challenge, address, "totp", recoveryCodes, now);
}
