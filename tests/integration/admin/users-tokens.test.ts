// Users (scope, last active admin, no hashes) and API tokens (hashed, shown once, revocable).
import { describe, expect, it } from "vitest";
import { createApiToken, listApiTokens, revokeApiToken } from "@/lib/data/admin/api-tokens";
import { createUser, listUsers, resetUserPassword, setUserActive, updateUser } from "@/lib/data/admin/users";
import { hashToken, loadTokenUser } from "@/lib/data/token-users";
import { loadSessionUser, loadSignedInUser, signIn } from "@/lib/data/session-users";
import { db } from "@/lib/db";
import { createUserSchema } from "@/lib/validations/user";
import { departmentId, expectFailure, lastAudit, regionId, unique, unwrap, userNamed } from "./helpers";

const PASSWORD = "Secret#2026x";

async function newUser(role: "ADMIN" | "OFFICE" | "DEPARTMENT", scopeCode = "000000") {
  const admin = await userNamed("admin");
  const input = createUserSchema.parse({
    username: `t-${role.toLowerCase()}-${unique()}`,
    name: "测试用户",
    role,
    scopeRegionId: String(await regionId(scopeCode)),
    departmentId: role === "DEPARTMENT" ? String(await departmentId("SCJ")) : "",
    password: PASSWORD,
    passwordConfirm: PASSWORD,
  });
  return unwrap(await createUser(admin, input));
}

describe("users", () => {
  it("creates a user who can sign in, refuses the same username, and never exposes the hash", async () => {
    const admin = await userNamed("admin");
    const created = await newUser("OFFICE", "450600");
    expect(JSON.stringify(created)).not.toContain("scrypt");
    expect((await signIn(created.username, PASSWORD))?.user).toMatchObject({ role: "OFFICE", scopeRegionCode: "450600" });
    const again = createUserSchema.parse({ username: created.username, name: "x", role: "VIEWER", scopeRegionId: "1", password: PASSWORD, passwordConfirm: PASSWORD });
    expectFailure(await createUser(admin, again), "DUPLICATE", { username: ["admin.errors.duplicate.username"] });
    expect(JSON.stringify(await listUsers(admin))).not.toContain("scrypt");
    const audit = await lastAudit("User", created.id);
    expect(audit?.action).toBe("user.create");
    expect(audit?.after).not.toContain("scrypt");
  });

  it("deactivation ends access at once; reactivation restores it", async () => {
    const admin = await userNamed("admin");
    const created = await newUser("DEPARTMENT", "450681");
    unwrap(await setUserActive(admin, created.id, false));
    expect(await loadSessionUser(created.id)).toBeNull();
    expect(await signIn(created.username, PASSWORD)).toBeNull();
    unwrap(await setUserActive(admin, created.id, true));
    expect(await loadSessionUser(created.id)).not.toBeNull();
  });

  it("resets a password without recording it, and ends the sessions signed in with the old one", async () => {
    const admin = await userNamed("admin");
    const created = await newUser("OFFICE");
    const before = await signIn(created.username, PASSWORD);
    const beforeClaims = { stamp: before!.stamp, signedInAt: Date.now() };
    expect(await loadSignedInUser(created.id, beforeClaims)).toMatchObject({ id: created.id });
    unwrap(await resetUserPassword(admin, created.id, "NewPass#99"));
    const after = await signIn(created.username, "NewPass#99");
    const afterClaims = { stamp: after!.stamp, signedInAt: Date.now() };
    expect(after).not.toBeNull();
    expect(await signIn(created.username, PASSWORD)).toBeNull();
    // The session signed in with the old password ends; one signed in with the new one works.
    expect(await loadSignedInUser(created.id, beforeClaims)).toBeNull();
    expect(await loadSignedInUser(created.id, afterClaims)).toMatchObject({ id: created.id });
    const audit = await lastAudit("User", created.id);
    expect(audit?.action).toBe("user.resetPassword");
    expect(`${audit?.before}${audit?.after}`).not.toContain("NewPass");
  });

  it("always keeps one active administrator", async () => {
    const demoAdmin = await userNamed("admin");
    const second = await newUser("ADMIN");
    const secondUser = (await loadSessionUser(second.id))!;
    // Admins other tests created stand aside for this test.
    const others = await db.user.findMany({ where: { role: "ADMIN", active: true, id: { notIn: [second.id, demoAdmin.id] } }, select: { id: true } });
    await db.user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { active: false } });
    try {
      // The second admin deactivates the demo admin: allowed, one admin remains …
      unwrap(await setUserActive(secondUser, demoAdmin.id, false));
      // … and then can neither deactivate nor demote the last one (itself).
      expectFailure(await setUserActive(secondUser, second.id, false), "LAST_ADMIN");
      expectFailure(await updateUser(secondUser, second.id, { name: "x", role: "OFFICE", scopeRegionId: second.scopeRegionId, departmentId: null, version: second.version }), "SELF");
    } finally {
      await db.user.updateMany({ where: { id: { in: [demoAdmin.id, ...others.map((o) => o.id)] } }, data: { active: true } });
    }
    // With two admins again, the demo admin can demote the second one.
    const latest = await db.user.findUniqueOrThrow({ where: { id: second.id } });
    unwrap(await updateUser(demoAdmin, second.id, { name: "x", role: "OFFICE", scopeRegionId: latest.scopeRegionId, departmentId: null, version: latest.version }));
  });

  it("refuses stale edits, scopes outside the administrator's reach, and non-admins", async () => {
    const admin = await userNamed("admin");
    const created = await newUser("OFFICE", "450600");
    expectFailure(await updateUser(admin, created.id, { name: "x", role: "OFFICE", scopeRegionId: created.scopeRegionId, departmentId: null, version: created.version + 5 }), "CONFLICT");
    const office = await userNamed("office");
    expectFailure(await setUserActive(office, created.id, false), "FORBIDDEN");
    // A city-scoped admin cannot see or assign regions outside its city.
    const cityAdmin = (await loadSessionUser((await newUser("ADMIN", "450600")).id))!;
    expectFailure(await setUserActive(cityAdmin, admin.id, false), "NOT_FOUND");
    expectFailure(
      await updateUser(cityAdmin, created.id, { name: "x", role: "OFFICE", scopeRegionId: await regionId("130000"), departmentId: null, version: created.version }),
      "INVALID",
      { scopeRegionId: ["admin.validation.choice"] },
    );
  });
});

describe("API tokens", () => {
  it("stores only the hash, acts with the token's role and scope, and stops working when revoked", async () => {
    const admin = await userNamed("admin");
    const created = unwrap(await createApiToken(admin, { name: `统计系统-${unique()}`, role: "VIEWER", scopeRegionId: await regionId("450681"), departmentId: null }));
    expect(created.token).toMatch(/^qt_[A-Za-z0-9_-]{40,}$/);
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.tokenHash).toBe(hashToken(created.token));
    expect(JSON.stringify(row)).not.toContain(created.token);
    expect(created.token.startsWith(row.prefix)).toBe(true);
    expect(await loadTokenUser(created.token)).toMatchObject({ role: "VIEWER", scopeRegionCode: "450681" });
    expect(JSON.stringify(await listApiTokens(admin))).not.toContain(created.token);
    expect((await lastAudit("ApiToken", created.id))?.after).not.toContain(created.token);

    unwrap(await revokeApiToken(admin, created.id));
    expect(await loadTokenUser(created.token)).toBeNull();
    expect(await lastAudit("ApiToken", created.id)).toMatchObject({ action: "apiToken.revoke" });
  });

  it("refuses a DEPARTMENT token without a department via the schema, and scopes outside reach", async () => {
    const cityAdmin = (await loadSessionUser((await newUser("ADMIN", "450600")).id))!;
    expectFailure(await createApiToken(cityAdmin, { name: "x", role: "VIEWER", scopeRegionId: await regionId("130000"), departmentId: null }), "INVALID", {
      scopeRegionId: ["admin.validation.choice"],
    });
  });
});
