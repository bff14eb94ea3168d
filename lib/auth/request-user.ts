// For route handlers: the caller is a signed-in session or an API token; null means 401.
import "server-only";
import { loadTokenUser } from "@/lib/data/token-users";
import { getReadySessionUser } from "./session";
import type { SessionUser } from "./session-user";

export async function getRequestUser(request: Request): Promise<SessionUser | null> {
  const header = request.headers.get("authorization");
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  if (match?.[1]) return loadTokenUser(match[1]);
  return getReadySessionUser();
}
