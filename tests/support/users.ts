// The session user of a demo account, as the data layer sees it after sign-in.
import { loadSessionUser } from "@/lib/data/session-users";
import { db } from "@/lib/db";

export async function userNamed(username: string) {
  const row = await db.user.findUniqueOrThrow({ where: { username }, select: { id: true } });
  const user = await loadSessionUser(row.id);
  if (!user) throw new Error(`demo user ${username} missing`);
  return user;
}
