import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    /** Id of the signed-in user; everything else is read from the database per request. */
    userId: string | null;
    /** Fingerprint of the password the session was signed in with; a changed password ends the session. */
    stamp: string | null;
    /** When the session was signed in (ms since the epoch); checked against the user's sessionsValidFrom. */
    signedInAt: number | null;
    /** The session row (table user_sessions) whose idle and absolute expiry are checked per request. */
    sessionId: string | null;
  }
  interface User {
    stamp: string;
    sessionId: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    stamp?: string;
    signedInAt?: number;
    sessionId?: string;
  }
}
