// Without TRUST_PROXY (as here), the production server counts a failed sign-in under the socket's
// address, not under an X-Forwarded-For or X-Real-IP the client sent itself (instrumentation.ts,
// lib/security/socket-address.ts): before, a client chose the address it was counted under, and could
// lock out another address by naming it.
import { expect, test } from "@playwright/test";
import { submitSignIn } from "./support/auth";
import { withE2eDatabase } from "./support/database";

test("a failed sign-in is counted under the socket's address, not a forged X-Forwarded-For", async ({ page }) => {
  const username = `xff-${Date.now()}`;
  const forged = "203.0.113.77";
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": forged, "X-Real-IP": "192.0.2.9" });
  await submitSignIn(page, username, "wrong-password");
  await expect(page.locator("form")).toContainText(/用户名或密码|错误/);

  const { rows, throttles } = await withE2eDatabase(async (db) => ({
    rows: await db.query<{ after: string }>("SELECT after FROM audit_events WHERE action = 'auth.signInFailed' AND after LIKE ?", `%${username}%`),
    throttles: await db.query<{ key: string }>("SELECT key FROM sign_in_throttles WHERE key LIKE 'address:%'"),
  }));
  const addresses = rows.map((row) => (JSON.parse(row.after) as { address: string }).address);
  console.log(`client address: 1 failed sign-in with X-Forwarded-For ${forged}, audited under ${addresses.join(", ")}; address counters: ${throttles.map((t) => t.key).join(", ")}`);
  expect(addresses).toHaveLength(1);
  expect(addresses[0]).toMatch(/^(?:::ffff:)?127\.0\.0\.1$/);
  expect(throttles.map((t) => t.key).join(" ")).not.toContain(forged);
});
