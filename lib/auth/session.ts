// Resolves the signed-in user once per request; role and scope come from the database, not the cookie.
import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { loadSignedInUser } from "@/lib/data/users";
import { authOptions } from "./options";
import type { SessionUser } from "./session-user";

export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  const id = Number(session?.userId);
  const stamp = session?.stamp;
  const signedInAt = session?.signedInAt;
  if (!Number.isInteger(id) || id <= 0 || !stamp || typeof signedInAt !== "number") return null;
  return loadSignedInUser(id, { stamp, signedInAt });
});

/** For pages and server actions: the user, or a redirect to sign-in. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  return user;
}
