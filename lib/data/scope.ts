// Region-scope filters: every query that touches regional data goes through these.
import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";

/** Prisma `where` for regions the user may see (its scope region and everything below). */
export function regionInScope(user: Pick<SessionUser, "scopePath">) {
  return { path: { startsWith: user.scopePath } };
}
