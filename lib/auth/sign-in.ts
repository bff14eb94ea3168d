// Writes the session cookie after a successful sign-in: the JWT next-auth reads on every request
// (same secret, name and flags as lib/auth/auth-options.ts), carrying the claims described there.
import "server-only";
import { cookies } from "next/headers";
import { encode } from "next-auth/jwt";
import { SESSION_COOKIE_MAX_HOURS } from "@/lib/domain/sign-in-settings";
import { sessionCookie } from "./session-cookie";

export interface SignedIn {
  userId: number;
  name: string;
  stamp: string;
  sessionId: string;
}

export async function writeSessionCookie(signedIn: SignedIn, now = Date.now()): Promise<void> {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set (npm start sets it)");
  const maxAge = SESSION_COOKIE_MAX_HOURS * 60 * 60;
  const token = await encode({
    token: { sub: String(signedIn.userId), name: signedIn.name, stamp: signedIn.stamp, sessionId: signedIn.sessionId, signedInAt: now },
    secret,
    maxAge,
  });
  const cookie = sessionCookie();
  (await cookies()).set(cookie.name, token, { ...cookie.options, maxAge });
}
