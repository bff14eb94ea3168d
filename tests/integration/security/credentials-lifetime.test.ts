// Credentials die with their owner: deactivating a user ends their sessions and revokes the API
// tokens they created, and reactivating the user revives neither.
import { describe, expect, it } from "vitest";
import { createApiToken } from "@/lib/data/admin/api-tokens";
import { createUser, setUserActive } from "@/lib/data/admin/users";
import { loadTokenUser } from "@/lib/data/token-users";
import { loadSessionUser, loadSignedInUser, signIn } from "@/lib/data/session-users";
import { db } from "@/lib/db";
import { createUserSchema } from "@/lib/validations/user";
import { regionId, unique, unwrap, userNamed } from "../admin/helpers";

const PASSWORD = "Lifetime#2026";

async function newAdmin() {
  const admin = await userNamed("admin");
  const input = createUserSchema.parse({
    username: `t-owner-${unique()}`,
    name: "令牌创建人",
    role: "ADMIN",
    scopeRegionId: String(await regionId("000000")),
    departmentId: "",
    password: PASSWORD,
    passwordConfirm: PASSWORD,
  });
  const created = unwrap(await createUser(admin, input));
  return { admin, created, owner: (await loadSessionUser(created.id))! };
}

describe("credentials end with their owner's deactivation", () => {
  it("an API token stops working when its creator is deactivated and stays revoked on reactivation", async () => {
    const { admin, created, owner } = await newAdmin();
    const token = unwrap(await createApiToken(owner, { name: `对接-${unique()}`, role: "OFFICE", scopeRegionId: await regionId("450600"), departmentId: null }));
    expect(await loadTokenUser(token.token)).toMatchObject({ id: created.id, role: "OFFICE" });

    unwrap(await setUserActive(admin, created.id, false));
    expect(await loadTokenUser(token.token)).toBeNull();
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(row.revokedAt).not.toBeNull();
    const revoked = await db.auditEvent.findFirst({ where: { entityType: "ApiToken", entityId: String(token.id), action: "apiToken.revoke" } });
    expect(revoked?.userId).toBe(admin.id);
    expect(revoked?.after).toContain("ownerDeactivated");

    unwrap(await setUserActive(admin, created.id, true));
    expect(await loadTokenUser(token.token)).toBeNull();
  });

  it("a token whose creator was deactivated by other means is refused too", async () => {
    const { created, owner } = await newAdmin();
    const token = unwrap(await createApiToken(owner, { name: `对接-${unique()}`, role: "VIEWER", scopeRegionId: await regionId("450600"), departmentId: null }));
    await db.user.update({ where: { id: created.id }, data: { active: false } });
    expect(await loadTokenUser(token.token)).toBeNull();
  });

  it("a session cookie from before the deactivation stays dead after reactivation; a new sign-in works", async () => {
    const { admin, created } = await newAdmin();
    const signed = await signIn(created.username, PASSWORD);
    const oldSession = { stamp: signed!.stamp, signedInAt: Date.now() };
    expect(await loadSignedInUser(created.id, oldSession)).toMatchObject({ id: created.id });

    unwrap(await setUserActive(admin, created.id, false));
    expect(await loadSignedInUser(created.id, oldSession)).toBeNull();
    unwrap(await setUserActive(admin, created.id, true));
    expect(await loadSignedInUser(created.id, oldSession)).toBeNull();

    const again = await signIn(created.username, PASSWORD);
    expect(await loadSignedInUser(created.id, { stamp: again!.stamp, signedInAt: Date.now() })).toMatchObject({ id: created.id });
  });
});
