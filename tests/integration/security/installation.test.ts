// A real installation: an empty database gets no demo data, only one system administrator whose
// random password follows the password rules and must be changed at the first sign-in; the change
// checks the current password and the rules, clears the due change and ends the other sessions.
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { createDbClient } from "@/lib/db-client";
import { changeOwnPassword } from "@/lib/data/own-password";
import { loadSessionUser } from "@/lib/data/session-users";
import { resumeSession, startSession } from "@/lib/data/user-sessions";
import { db } from "@/lib/db";
import { DEFAULT_SIGN_IN_SETTINGS } from "@/lib/domain/sign-in-settings";
import { isStrongPassword } from "@/lib/domain/password-rules";
import { createInstallation, randomPassword } from "@/prisma/seed/installation";
import { readConfig } from "@/scripts/start/config";
import { createMigratedDatabase, removeDatabase } from "../../support/test-database";
import { expectFailure, regionId, unique, unwrap } from "../admin/helpers";

const file = path.resolve(import.meta.dirname, "..", "..", ".tmp", `installation-${process.pid}.db`);
afterAll(() => removeDatabase(file));

describe("a real installation's first start", () => {
  it("is chosen by INSTALL_MODE=production or --no-demo; the demo stays the default", () => {
    const env = { DATABASE_URL: "file:./x.db" };
    expect(readConfig(env, []).installMode).toBe("demo");
    expect(readConfig({ ...env, INSTALL_MODE: "production" }, []).installMode).toBe("production");
    expect(readConfig(env, ["node", "start.ts", "--no-demo"]).installMode).toBe("production");
    expect(() => readConfig({ ...env, INSTALL_MODE: "prod" }, [])).toThrow(/INSTALL_MODE must be/);
  });

  it("creates one administrator with a random password to change, and no demo data", async () => {
    createMigratedDatabase(file);
    const fresh = createDbClient(`file:${file}`);
    try {
      const admin = await fresh.$transaction((tx) => createInstallation(tx));
      expect(admin.username).toBe("admin");
      expect(isStrongPassword(admin.password)).toBe(true);
      expect(admin.password).not.toBe("Demo#2026");
      const users = await fresh.user.findMany({ omit: { passwordHash: false } });
      expect(users.map((u) => [u.username, u.role, u.mustChangePassword])).toEqual([["admin", "ADMIN", true]]);
      expect(await verifyPassword(admin.password, users[0]?.passwordHash ?? "")).toBe(true);
      expect(await fresh.region.count()).toBe(1);
      expect(await fresh.target.count()).toBe(0);
      expect(await fresh.indicator.count()).toBe(0);
      expect(await fresh.setting.findUnique({ where: { key: "demo_loaded" } })).toBeNull();
      expect((await fresh.auditEvent.findMany()).map((e) => e.action)).toEqual(["install.created"]);
      // The printed password is nowhere in the database, not even in the audit trail.
      const dump = JSON.stringify(await fresh.auditEvent.findMany()) + JSON.stringify(await fresh.setting.findMany());
      expect(dump).not.toContain(admin.password);
    } finally {
      await fresh.$disconnect();
    }
    // Migrating a fresh database file takes several seconds on a busy machine.
  }, 120_000);

  it("draws a different password each time", () => {
    const passwords = new Set(Array.from({ length: 50 }, () => randomPassword()));
    expect(passwords.size).toBe(50);
    for (const p of passwords) expect(p.length).toBe(20);
  });
});

describe("changing one's own password", () => {
  it("clears a due change, follows the rules, and ends the user's other sessions", async () => {
    const username = `t-own-${unique()}`;
    const row = await db.user.create({
      data: { username, name: "改密测试", role: "VIEWER", passwordHash: await hashPassword("Initial#2026"), scopeRegionId: await regionId("450600"), mustChangePassword: true },
    });
    const user = await loadSessionUser(row.id);
    if (!user) throw new Error("no user");
    expect(user.mustChangePassword).toBe(true);
    const other = await startSession(row.id, new Date());

    expectFailure(await changeOwnPassword(user, { currentPassword: "wrong", password: "Another#2027" }), "INVALID", { currentPassword: ["account.errors.currentWrong"] });
    expectFailure(await changeOwnPassword(user, { currentPassword: "Initial#2026", password: "alllowercase1" }), "INVALID", { password: ["admin.validation.passwordWeak"] });
    expectFailure(await changeOwnPassword(user, { currentPassword: "Initial#2026", password: `X#1${username}` }), "INVALID", { password: ["admin.validation.passwordHasUsername"] });
    expectFailure(await changeOwnPassword(user, { currentPassword: "Initial#2026", password: "Initial#2026" }), "INVALID", { password: ["account.errors.sameAsCurrent"] });
    expect((await loadSessionUser(row.id))?.mustChangePassword).toBe(true);

    const changed = unwrap(await changeOwnPassword(user, { currentPassword: "Initial#2026", password: "Another#2027" }));
    expect((await loadSessionUser(row.id))?.mustChangePassword).toBe(false);
    expect(await resumeSession(other, row.id, DEFAULT_SIGN_IN_SETTINGS)).toBe(false);
    expect(await resumeSession(changed.sessionId, row.id, DEFAULT_SIGN_IN_SETTINGS)).toBe(true);
    const stored = await db.user.findUniqueOrThrow({ where: { id: row.id }, omit: { passwordHash: false } });
    expect(await verifyPassword("Another#2027", stored.passwordHash)).toBe(true);
    const audit = await db.auditEvent.findMany({ where: { action: "user.changeOwnPassword", entityId: String(row.id) } });
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain("Another#2027");
  });
});
