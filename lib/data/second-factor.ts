// The second factor's state in the database: who must use one (setting), the pending step between a
// right password and the code (a row whose id the browser holds in a short-lived cookie, so every app
// server sees it and no session exists before the code), enrolment and the administrator's reset.
import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { openSecret, sealSecret } from "@/lib/auth/secret-box";
import type { SessionUser } from "@/lib/auth/session-user";
import { newTotpSecret, qrCodeSvg, totpUri } from "@/lib/auth/totp";
import {
  CHALLENGE_MINUTES,
  mustUseSecondFactor,
  SECOND_FACTOR_SETTING,
  secondFactorRequirementFrom,
  type SecondFactorRequirement,
} from "@/lib/domain/second-factor-rules";
import { recordAudit } from "./audit";
import { assertCan, change } from "./admin/run";
import { regionInScope } from "./scope";
import { abort } from "./transaction";

/** What the sealed TOTP secrets are encrypted for (lib/auth/secret-box.ts). */
export const TOTP_SECRET_PURPOSE = "totp";
/** The name authenticator apps show above the code. */
const ISSUER = "质量目标 Quality targets";

export async function loadSecondFactorRequirement(): Promise<SecondFactorRequirement> {
  const row = await db.setting.findUnique({ where: { key: SECOND_FACTOR_SETTING } });
  return secondFactorRequirementFrom(row?.value);
}

/** Whether a sign-in of this user asks for a code: the setting requires it of the role, or the user has enrolled. */
export async function needsSecondFactor(user: Pick<SessionUser, "id" | "role">): Promise<boolean> {
  if (mustUseSecondFactor(user.role, await loadSecondFactorRequirement())) return true;
  const row = await db.user.findUnique({ where: { id: user.id }, select: { totpEnrolledAt: true } });
  return Boolean(row?.totpEnrolledAt);
}

/**
 * Starts the second-factor step after a right password; returns the id the browser keeps. The user's
 * earlier pending steps end. A user without a second factor gets a new secret to enrol.
 */
export async function startChallenge(userId: number, now: Date): Promise<string> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { totpEnrolledAt: true } });
  const id = randomBytes(24).toString("base64url");
  await db.signInChallenge.deleteMany({ where: { OR: [{ userId }, { createdAt: { lt: challengeCutoff(now) } }] } });
  await db.signInChallenge.create({
    data: { id, userId, createdAt: now, enrolSecret: user.totpEnrolledAt ? null : sealSecret(newTotpSecret(), TOTP_SECRET_PURPOSE) },
  });
  return id;
}

const challengeCutoff = (now: Date) => new Date(now.getTime() - CHALLENGE_MINUTES * 60_000);

/** A pending step that is still alive: not expired, its user active and not signed out everywhere since. */
export async function findChallenge(id: string, now: Date) {
  const challenge = await db.signInChallenge.findUnique({
    where: { id },
    select: {
      id: true,
      createdAt: true,
      enrolSecret: true,
      user: {
        select: { id: true, username: true, name: true, active: true, sessionsValidFrom: true, passwordHash: true, totpSecret: true, totpEnrolledAt: true, totpLastStep: true, scopeRegion: { select: { path: true } } },
      },
    },
  });
  if (!challenge || challenge.createdAt < challengeCutoff(now)) return null;
  const { user } = challenge;
  if (!user.active || (user.sessionsValidFrom && user.sessionsValidFrom > challenge.createdAt)) return null;
  return challenge;
}

export type PendingChallenge = NonNullable<Awaited<ReturnType<typeof findChallenge>>>;

/** Ends a pending step; false when another request ended it first (it completes once). */
export async function endChallenge(id: string): Promise<boolean> {
  return (await db.signInChallenge.deleteMany({ where: { id } })).count === 1;
}

/** What the second-factor page shows: the code form, or the enrolment (secret as text and QR code); null when expired. */
export async function describeChallenge(id: string, now = new Date()): Promise<{ username: string; enrol: { secret: string; qrSvg: string } | null } | null> {
  const challenge = await findChallenge(id, now);
  if (!challenge) return null;
  if (challenge.user.totpEnrolledAt) return { username: challenge.user.username, enrol: null };
  const secret = challenge.enrolSecret ? openSecret(challenge.enrolSecret, TOTP_SECRET_PURPOSE) : null;
  if (!secret) return null;
  return { username: challenge.user.username, enrol: { secret, qrSvg: await qrCodeSvg(totpUri(secret, ISSUER, challenge.user.username)) } };
}

/** The second factor of a user for the administrator's user page. */
export async function getSecondFactorStatus(admin: SessionUser, userId: number) {
  assertCan(admin, "user.manage");
  const [user, requirement] = await Promise.all([
    db.user.findFirst({ where: { id: userId, scopeRegion: regionInScope(admin) }, select: { role: true, totpEnrolledAt: true, _count: { select: { recoveryCodes: { where: { usedAt: null } } } } } }),
    loadSecondFactorRequirement(),
  ]);
  if (!user) return null;
  return { enrolledAt: user.totpEnrolledAt, recoveryCodesLeft: user._count.recoveryCodes, required: mustUseSecondFactor(user.role, requirement) };
}

/**
 * An administrator resets a user's second factor (a lost phone): the secret and recovery codes are
 * gone, the user's sessions end, and the next sign-in enrols again where the factor is required. Audited.
 */
export async function resetSecondFactor(admin: SessionUser, userId: number) {
  return change(admin, "user.manage", async (tx) => {
    const before = (await tx.user.findFirst({ where: { id: userId, scopeRegion: regionInScope(admin) }, select: { id: true, username: true, totpEnrolledAt: true } })) ?? abort("NOT_FOUND");
    await tx.user.update({ where: { id: userId }, data: { totpSecret: null, totpEnrolledAt: null, totpLastStep: null, sessionsValidFrom: new Date(), version: { increment: 1 } } });
    const codes = await tx.recoveryCode.deleteMany({ where: { userId } });
    await tx.signInChallenge.deleteMany({ where: { userId } });
    await recordAudit(tx, admin, {
      action: "user.resetSecondFactor",
      entityType: "User",
      entityId: userId,
      before: { username: before.username, enrolledAt: before.totpEnrolledAt?.toISOString() ?? null, recoveryCodes: codes.count },
    });
    return { id: userId };
  });
}
