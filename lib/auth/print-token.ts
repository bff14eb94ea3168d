// Short-lived signed links for the PDF renderer when the caller is an API token: Chromium opens the
// print page with ?pt=… instead of a session cookie, and the API token itself never enters a URL.
// The link names the token (by id, re-checked for revocation on use), the one region and period it
// may render, and an expiry; it is an HMAC-SHA256 under a key derived from the session secret.
import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";

export const PRINT_TOKEN_TTL_SECONDS = 120;
const PURPOSE = "report-print-token/v1";

const claimsSchema = z.object({ tokenId: z.number().int().positive(), region: z.string(), period: z.string(), exp: z.number().int() });
export type PrintClaims = z.output<typeof claimsSchema>;

function keyFor(secret: string): Buffer {
  if (secret.length < 32) throw new Error("the session secret must be at least 32 characters");
  return createHmac("sha256", secret).update(PURPOSE).digest();
}

function mac(secret: string, payload: string): Buffer {
  return createHmac("sha256", keyFor(secret)).update(payload).digest();
}

export function signPrintToken(claims: Omit<PrintClaims, "exp">, secret: string, now = Date.now(), ttlSeconds = PRINT_TOKEN_TTL_SECONDS): string {
  const payload = Buffer.from(JSON.stringify({ ...claims, exp: Math.floor(now / 1000) + ttlSeconds })).toString("base64url");
  return `${payload}.${mac(secret, payload).toString("base64url")}`;
}

/** The claims of a genuine, unexpired token; null for anything else. */
export function verifyPrintToken(token: string, secret: string, now = Date.now()): PrintClaims | null {
  const [payload, signature, ...rest] = token.split(".");
  if (!payload || !signature || rest.length > 0) return null;
  const expected = mac(secret, payload);
  const given = Buffer.from(signature, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const claims = claimsSchema.safeParse(json);
  if (!claims.success || claims.data.exp * 1000 < now) return null;
  return claims.data;
}
