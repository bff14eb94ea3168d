// next-auth configuration: username/password sign-in, JWT sessions carrying only the user id, the
// fingerprint of the password it was signed in with (a password reset ends the session), the
// instant of the sign-in (sessions begun before the user's `sessionsValidFrom` are dead) and the id
// of the session row whose idle and absolute expiry lib/auth/session.ts checks on every request.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { attemptSignIn } from "@/lib/data/sign-in-attempt";
import { SESSION_COOKIE_MAX_HOURS } from "@/lib/domain/sign-in-settings";
import { signInSchema } from "@/lib/validations/auth";
import { clientAddress } from "./client-address";
import { lockedError } from "./sign-in-errors";

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_COOKIE_MAX_HOURS * 60 * 60 },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { username: { type: "text" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const outcome = await attemptSignIn(parsed.data.username, parsed.data.password, clientAddress(req?.headers));
        if (outcome.ok) return { id: String(outcome.userId), name: outcome.name, stamp: outcome.stamp, sessionId: outcome.sessionId };
        // next-auth hands a thrown message to the sign-in form as its error code.
        if (outcome.retryAfterSeconds !== null) throw new Error(lockedError(outcome.retryAfterSeconds));
        return null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.stamp = user.stamp;
        token.sessionId = user.sessionId;
        // next-auth renews `iat` on every refresh; the sign-in instant is kept in its own claim.
        token.signedInAt = Date.now();
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, userId: token.sub ?? null, stamp: token.stamp ?? null, signedInAt: token.signedInAt ?? null, sessionId: token.sessionId ?? null };
    },
  },
};
