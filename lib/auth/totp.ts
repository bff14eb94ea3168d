// Time-based one-time codes (RFC 6238: SHA-1, 6 digits, 30-second steps, what every authenticator app
// reads) through otplib's functional API, the enrolment QR code drawn locally as SVG, and the
// one-time recovery codes.
import { createHash, randomInt } from "node:crypto";
import { generateSecret, generateURI, verifySync } from "otplib";
import QRCode from "qrcode";
import { RECOVERY_CODE_COUNT } from "@/lib/domain/second-factor-rules";

/** A code from the previous or the next 30-second step is still accepted (clock drift, slow typing). */
const TOLERANCE_SECONDS = 30;

export function newTotpSecret(): string {
  return generateSecret();
}

/** The otpauth:// address the QR code carries: issuer and account name shown in the app. */
export function totpUri(secret: string, issuer: string, username: string): string {
  return generateURI({ issuer, label: username, secret });
}

/**
 * The time step the code belongs to when it is right at `now` and later than `afterStep` (the last
 * accepted step: a code is never accepted twice), else null.
 */
export function checkTotp(secret: string, code: string, afterStep: number | null, now: Date): number | null {
  try {
    const result = verifySync({
      secret,
      token: code,
      epoch: Math.floor(now.getTime() / 1000),
      epochTolerance: TOLERANCE_SECONDS,
      ...(afterStep !== null && { afterTimeStep: afterStep }),
    });
    return result.valid && "timeStep" in result ? result.timeStep : null;
  } catch {
    // otplib throws when the last accepted step is later than any step it would accept now (a server
    // whose clock is behind the one that accepted it): no code can be right yet.
    return null;
  }
}

/** The QR code as an SVG document (no network, no script), to show as an image. */
export async function qrCodeSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
}

// No 0, 1, o, l or i: nothing to misread when typed from paper.
const RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** Ten codes of 10 characters (about 49 bits each), shown as xxxxx-xxxxx. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const code = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join("");
    return `${code.slice(0, 5)}-${code.slice(5)}`;
  });
}

/** What is stored of a recovery code (normalised: no dash, lower case). */
export function hashRecoveryCode(code: string): string {
  return createHash("sha256").update(code.replace(/-/g, "").toLowerCase()).digest("base64url");
}
