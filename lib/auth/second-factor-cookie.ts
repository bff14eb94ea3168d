// The cookie that carries a pending second-factor step's id between the password and the code: only
// under /login, only same-site, gone after the step's lifetime. Secure like the session cookie.
import "server-only";
import { cookies } from "next/headers";
import { CHALLENGE_MINUTES } from "@/lib/domain/second-factor-rules";
import { sessionCookie } from "./session-cookie";

const NAME = "second-factor-step";

function options() {
  const { secure } = sessionCookie().options;
  return { httpOnly: true, sameSite: "strict", path: "/login", secure } as const;
}

export async function writeSecondFactorCookie(challengeId: string) {
  (await cookies()).set(NAME, challengeId, { ...options(), maxAge: CHALLENGE_MINUTES * 60 });
}

export async function readSecondFactorCookie(): Promise<string | null> {
  const value = (await cookies()).get(NAME)?.value;
  return value && /^[\w-]{1,64}$/.test(value) ? value : null;
}

export async function clearSecondFactorCookie() {
  (await cookies()).set(NAME, "", { ...options(), maxAge: 0 });
}
