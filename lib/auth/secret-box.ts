// Encryption of secrets the server must read back (the TOTP secrets): AES-256-GCM under a key derived
// from NEXTAUTH_SECRET (HKDF), so a copy of the database alone does not reveal them. Changing
// NEXTAUTH_SECRET makes the stored ones unreadable: those users sign in with a recovery code and
// enrol again after an administrator's reset.
import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

const VERSION = "v1";

function key(purpose: string): Buffer {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set (npm start sets it)");
  return Buffer.from(hkdfSync("sha256", secret, "quality-targets", `secret-box:${purpose}`, 32));
}

/** "v1.iv.tag.ciphertext", base64url. */
export function sealSecret(plain: string, purpose: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(purpose), iv);
  const sealed = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [VERSION, iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), sealed.toString("base64url")].join(".");
}

/** The plain secret, or null when the box was made under another key or altered. */
export function openSecret(box: string, purpose: string): string | null {
  const [version, iv, tag, sealed] = box.split(".");
  if (version !== VERSION || !iv || !tag || sealed === undefined) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key(purpose), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(sealed, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
