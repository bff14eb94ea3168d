// What both seeds (the demo city and the synthetic province) write for the demo: the demo accounts
// with the demo password, the setting that says demo data is loaded, and the demo's password policy.
import type { DbWriter } from "@/lib/db-client";
import { hashPassword } from "@/lib/auth/password";
import { PASSWORD_POLICY_KEYS } from "@/lib/domain/password-rules";
import { SECOND_FACTOR_SETTING } from "@/lib/domain/second-factor-rules";
import { DEMO_ACCOUNTS, DEMO_LOADED_SETTING, DEMO_PASSWORD, type DemoAccount } from "@/lib/demo-accounts";
import { lookup, type CodeMap } from "./regions";

/** Creates the demo accounts, each scoped to the region `scopeCodeOf` picks for it; returns their ids by username. */
export async function createDemoUsers(
  db: DbWriter,
  ids: { regionIds: CodeMap; departmentIds: CodeMap },
  scopeCodeOf: (account: DemoAccount) => string,
): Promise<CodeMap> {
  const users: CodeMap = new Map();
  for (const account of DEMO_ACCOUNTS) {
    const row = await db.user.create({
      data: {
        username: account.username,
        name: account.name,
        role: account.role,
        passwordHash: await hashPassword(DEMO_PASSWORD), // a salt of its own for each account
        scopeRegionId: lookup(ids.regionIds, scopeCodeOf(account), "region"),
        departmentId: account.departmentCode ? lookup(ids.departmentIds, account.departmentCode, "department") : null,
      },
      select: { id: true },
    });
    users.set(account.username, row.id);
  }
  return users;
}

/**
 * The demo's accounts keep signing in with the demo password for good: no password expiry, no
 * disabling of unused accounts, no change at the first sign-in, no second factor (the security page
 * says this falls short of level 3 and how to turn the profile on).
 */
const DEMO_POLICY: Record<string, string> = {
  [PASSWORD_POLICY_KEYS.maxAgeDays]: "0",
  [PASSWORD_POLICY_KEYS.inactiveDays]: "0",
  [PASSWORD_POLICY_KEYS.changeFirstSignIn]: "0",
  [SECOND_FACTOR_SETTING]: "off",
};

export async function markDemoLoaded(db: DbWriter) {
  await db.setting.upsert({ where: { key: DEMO_LOADED_SETTING }, update: { value: "true" }, create: { key: DEMO_LOADED_SETTING, value: "true" } });
  for (const [key, value] of Object.entries(DEMO_POLICY)) await db.setting.upsert({ where: { key }, update: { value }, create: { key, value } });
}
