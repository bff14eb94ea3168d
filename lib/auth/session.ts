// Resolves the signed-in user once per request; role and scope come from the database, not the cookie.
import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { loadSignedInUser } from "@/lib/data/session-users";
import { authOptions } from "./auth-options";
import type { SessionUser } from "./session-user";

export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  const id = Number(session?.userId);
  const stamp = session?.stamp;
  return Number.isInteger(id) && id > 0 && stamp ? loadSignedInUser(id, stamp) : null;
});

/** For pages and server actions: the user, or a redirect to sign-in. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  return user;
}
