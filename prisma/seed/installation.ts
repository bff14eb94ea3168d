// A real installation (INSTALL_MODE=production, or `npm start -- --no-demo`, on an empty database): no
// demo data, only the national root region and one system administrator whose random password is
// returned once for the start script to print, and must be changed at the first sign-in.
import { randomInt } from "node:crypto";
import type { DbWriter } from "@/lib/db-client";
import { hashPassword } from "@/lib/auth/password";
import { containsUsername, isStrongPassword } from "@/lib/domain/password-rules";
import { recordAudit } from "@/lib/data/audit";
import { createRegionTree, NATION_CODE } from "./regions";

export const INSTALL_ADMIN_USERNAME = "admin";
/** The setting that records how the installation began ("production"). */
export const INSTALL_MODE_SETTING = "install_mode";

const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789#%+=@";

/** 20 characters from a cryptographic source, drawn again until they meet the password rules. */
export function randomPassword(username = INSTALL_ADMIN_USERNAME): string {
  for (;;) {
    const password = Array.from({ length: 20 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
    if (isStrongPassword(password) && !containsUsername(password, username)) return password;
  }
}

export async function createInstallation(db: DbWriter): Promise<{ username: string; password: string }> {
  const regions = await createRegionTree(db, []);
  const password = randomPassword();
  const admin = await db.user.create({
    data: {
      username: INSTALL_ADMIN_USERNAME,
      name: "系统管理员",
      role: "ADMIN",
      passwordHash: await hashPassword(password),
      scopeRegionId: regions.get(NATION_CODE) ?? 0,
      mustChangePassword: true,
      passwordChangedAt: new Date(),
    },
    select: { id: true },
  });
  await db.setting.create({ data: { key: INSTALL_MODE_SETTING, value: "production" } });
  await recordAudit(db, null, { action: "install.created", entityType: "User", entityId: admin.id, after: { username: INSTALL_ADMIN_USERNAME, role: "ADMIN", mustChangePassword: true } });
  return { username: INSTALL_ADMIN_USERNAME, password };
}
