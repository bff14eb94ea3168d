// Resolves the signed-in user once per request; role and scope come from the database, not the cookie,
// and the session must still be alive there (not idle too long, not too old, not ended).
import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { loadSignInSettings } from "@/lib/data/sign-in-throttle";
import { resumeSession } from "@/lib/data/user-sessions";
import { loadSignedInUser } from "@/lib/data/session-users";
import { authOptions } from "./auth-options";
import type { SessionUser } from "./session-user";

export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  const id = Number(session?.userId);
  const stamp = session?.stamp;
  const signedInAt = session?.signedInAt;
  const sessionId = session?.sessionId;
  if (!Number.isInteger(id) || id <= 0 || !stamp || typeof signedInAt !== "number" || !sessionId) return null;
  const user = await loadSignedInUser(id, { stamp, signedInAt });
  // Idle and absolute expiry (settings) are judged on the session row, not the cookie.
  return user && (await resumeSession(sessionId, id, await loadSignInSettings())) ? user : null;
});

/** For route handlers and the print page: the session's user unless a password change is due first. */
export async function getReadySessionUser(): Promise<SessionUser | null> {
  const user = await getSessionUser();
  return user && !user.mustChangePassword ? user : null;
}

/** Where a user whose password must be changed is sent from every page. */
export const CHANGE_PASSWORD_PATH = "/change-password";

/**
 * For pages and server actions: the user, or a redirect to sign-in. A user who must change the
 * password is sent to the change first; only the change itself passes `{ passwordChange: true }`.
 */
export async function requireUser(options: { passwordChange?: boolean } = {}): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  if (user.mustChangePassword && !options.passwordChange) redirect(CHANGE_PASSWORD_PATH);
  return user;
}
