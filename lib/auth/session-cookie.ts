// The session cookie's one name and one Secure setting, both derived from the site address
// (NEXTAUTH_URL). next-auth's route handler would otherwise decide from each request's protocol and
// its middleware from the environment, and behind an HTTPS proxy they disagreed: the cookie was set
// as `__Secure-…` and the page guard read the plain name, so every sign-in looped back.
import { siteSettingsFromEnv } from "@/lib/security/request-origin";

const BASE_NAME = "next-auth.session-token";

export interface SessionCookie {
  name: string;
  options: { httpOnly: true; sameSite: "lax"; path: "/"; secure: boolean };
}

/** True when the configured site address is https:// (then every auth cookie is Secure). */
export function isSecureSite(env: Record<string, string | undefined> = process.env): boolean {
  return siteSettingsFromEnv(env).publicUrl?.toLowerCase().startsWith("https://") ?? false;
}

export function sessionCookie(env: Record<string, string | undefined> = process.env): SessionCookie {
  const secure = isSecureSite(env);
  return { name: secure ? `__Secure-${BASE_NAME}` : BASE_NAME, options: { httpOnly: true, sameSite: "lax", path: "/", secure } };
}
