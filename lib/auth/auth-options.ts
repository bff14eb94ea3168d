// next-auth configuration: JWT sessions carrying only the user id, the fingerprint of the password it
// was signed in with (a password reset ends the session), the instant of the sign-in (sessions begun
// before the user's `sessionsValidFrom` are dead) and the id of the session row whose idle and
// absolute expiry lib/auth/session.ts checks on every request. The sign-in form does not go through
// next-auth: it is a server action (app/(auth)/login/actions.ts) that writes the same cookie
// (lib/auth/sign-in.ts), so it works by a plain POST before any script has loaded. next-auth reads
// the cookie and handles sign-out, which ends the session row on the server.
import type { NextAuthOptions } from "next-auth";
import { endSession } from "@/lib/data/user-sessions";
import { SESSION_COOKIE_MAX_HOURS } from "@/lib/domain/sign-in-settings";
import { sameSiteRedirect } from "@/lib/security/return-path";
import { isSecureSite, sessionCookie } from "./session-cookie";

const cookie = sessionCookie();

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_COOKIE_MAX_HOURS * 60 * 60 },
  // One cookie name and Secure flag for every part of the app, from the site address alone.
  useSecureCookies: isSecureSite(),
  cookies: { sessionToken: { name: cookie.name, options: cookie.options } },
  pages: { signIn: "/login", error: "/login" },
  providers: [],
  callbacks: {
    redirect: ({ url, baseUrl }) => sameSiteRedirect(url, baseUrl),
    session({ session, token }) {
      return { ...session, userId: token.sub ?? null, stamp: token.stamp ?? null, signedInAt: token.signedInAt ?? null, sessionId: token.sessionId ?? null };
    },
  },
  events: {
    // A cookie copied before sign-out must not open anything afterwards: the row is ended here.
    async signOut({ token }) {
      const userId = Number(token?.sub);
      if (token?.sessionId && Number.isInteger(userId)) await endSession(token.sessionId, userId);
    },
  },
};
