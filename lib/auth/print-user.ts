// Who the report print page renders for: the signed-in user, or the API token named by a valid
// print link (?pt=…) for exactly the region and period it was signed for.
import "server-only";
import { loadTokenUserById } from "@/lib/data/token-users";
import { getReadySessionUser } from "./session";
import type { SessionUser } from "./session-user";
import { verifyPrintToken } from "./print-token";

export async function getPrintUser(printToken: string | undefined, report: { region: string; period: string }): Promise<SessionUser | null> {
  if (printToken === undefined) return getReadySessionUser();
  const secret = process.env.NEXTAUTH_SECRET;
  const claims = secret ? verifyPrintToken(printToken, secret) : null;
  if (!claims || claims.region !== report.region || claims.period !== report.period) return null;
  return loadTokenUserById(claims.tokenId);
}
