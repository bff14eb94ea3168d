// next-auth configuration: username/password sign-in, JWT sessions carrying only the user id and the
// fingerprint of the password it was signed in with (a password reset ends the session) and the
// instant of the sign-in (sessions begun before the user's `sessionsValidFrom` are dead).
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { signIn } from "@/lib/data/users";
import { signInSchema } from "@/lib/validations/auth";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { username: { type: "text" }, password: { type: "password" } },
      async authorize(credentials) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const signedIn = await signIn(parsed.data.username, parsed.data.password);
        return signedIn ? { id: String(signedIn.user.id), name: signedIn.user.name, stamp: signedIn.stamp } : null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.stamp = user.stamp;
        // next-auth renews `iat` on every refresh; the sign-in instant is kept in its own claim.
        token.signedInAt = Date.now();
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, userId: token.sub ?? null, stamp: token.stamp ?? null, signedInAt: token.signedInAt ?? null };
    },
  },
};
