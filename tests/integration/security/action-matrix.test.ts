// The access matrix of the server actions, from one table of rules (issue 14, "Access"): every
// exported action of every "use server" file × every role signed in and a signed-out caller × a
// record in the caller's scope and one outside it → what lib/permissions.ts and the action's rule
// call for (sign-in, refused, or done), compared with what the real action does. An API token never
// reaches a server action (actions read the session cookie only), so a token's cell is the signed-out
// one. An action missing from the table fails the test. The actions really change records, so the
// test runs on its own copy of the integration database.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Role, SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { createDbClient } from "@/lib/db-client";
import { can, isPathInScope } from "@/lib/permissions";
import { createRecords, type Records } from "../../support/action-records";
import { ACTION_FILES, actionRules, type ActionRule } from "../../support/action-rules";
import { DEMO_ACCOUNT } from "../../support/api-callers";
import { userNamed } from "../../support/users";

// Set before any import below runs, so that lib/db connects to the copy.
const copy = await vi.hoisted(async () => {
  const { copyTestDatabase } = await import("../../support/test-database");
  const shared = process.env.DATABASE_URL ?? "";
  const copied = await copyTestDatabase(shared, "actions");
  process.env.DATABASE_URL = copied.url;
  return { ...copied, shared };
});

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({
  getSessionUser: async () => session.user,
  getReadySessionUser: async () => session.user,
  requireUser: async () => {
    if (!session.user) throw new Error("NEXT_REDIRECT /login");
    return session.user;
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/headers", () => ({ cookies: async () => ({ set: () => undefined, get: () => undefined }), headers: async () => new Headers() }));
// The session cookie a sign-in or a password change writes is signed with it (npm start sets it).
process.env.NEXTAUTH_SECRET ??= "action-matrix-secret";

// The copy's client: lib/db connects to DATABASE_URL, set above before any import ran.
const ROLES = Object.keys(DEMO_ACCOUNT) as Role[];

/** How a call came out: sent to sign in, refused (forbidden or not found), or done (anything else, valid or not). */
type Outcome = "signIn" | "refused" | "done";

function outcomeOf(value: unknown): Outcome {
  const first = Array.isArray(value) ? (value[0] as unknown) : value;
  if (first === null) return "refused";
  if (typeof first === "object" && first && "ok" in first && first.ok === false && "code" in first) {
    return first.code === "FORBIDDEN" || first.code === "NOT_FOUND" ? "refused" : "done";
  }
  return "done";
}

/** The failure code of a call that was done but did not succeed (a conflict, an invalid state…). */
function codeOf(value: unknown): string | null {
  const first = Array.isArray(value) ? (value[0] as unknown) : value;
  return typeof first === "object" && first && "ok" in first && first.ok === false && "code" in first ? String(first.code) : null;
}

/** Where a redirect goes: the mocked requireUser's "NEXT_REDIRECT /login", or next/navigation's digest "NEXT_REDIRECT;replace;/;307;". */
function redirectTarget(error: Error): string {
  const digest = "digest" in error ? String(error.digest) : "";
  return digest ? (digest.split(";")[2] ?? "") : error.message.slice("NEXT_REDIRECT ".length);
}

async function call(rule: ActionRule, records: Records, where: "in" | "out"): Promise<{ outcome: Outcome; code: string | null }> {
  try {
    const value = await rule.call(records[where], records);
    const code = codeOf(value);
    // A record outside the scope named in a form field is refused as a choice the form does not offer.
    if (where === "out" && rule.outside === "invalidChoice" && code === "INVALID") return { outcome: "refused", code };
    return { outcome: outcomeOf(value), code };
  } catch (error) {
    // Sent to sign in, or (an action that succeeded) on to its next page.
    if (error instanceof Error && error.message.startsWith("NEXT_REDIRECT")) return { outcome: redirectTarget(error).startsWith("/login") ? "signIn" : "done", code: null };
    throw error;
  }
}

function expected(rule: ActionRule, user: SessionUser | null, regionPath: string): Outcome {
  if (rule.capability === "public") return "done";
  if (!user) return "signIn";
  const allowed = rule.capability === "signedIn" || (typeof rule.capability === "string" ? can(user, rule.capability) : rule.capability.includes(user.role));
  if (!allowed) return "refused";
  if (rule.scope === "region" && !isPathInScope(user, regionPath)) return "refused";
  return "done";
}

let records: Records;
let users: { role: Role; user: SessionUser }[] = [];

// The fixtures publish a year and score the province: slow on a loaded machine.
beforeAll(async () => {
  session.user = await userNamed("admin");
  records = await createRecords();
  users = await Promise.all(ROLES.map(async (role) => ({ role, user: await userNamed(DEMO_ACCOUNT[role]) })));
  session.user = null;
}, 120_000);

afterAll(async () => {
  session.user = null;
  await db.$disconnect();
  await copy.remove();
});

describe("server action access matrix", () => {
  it("has a rule for every exported server action, and none for an action that does not exist", async () => {
    const exported: string[] = [];
    for (const [file, load] of Object.entries(ACTION_FILES)) {
      for (const [name, value] of Object.entries(await load())) if (typeof value === "function") exported.push(`${file}:${name}`);
    }
    const root = path.resolve(import.meta.dirname, "../../..");
    const serverFiles = readdirSync(path.join(root, "app"), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && /^\s*(?:\/\/.*\n)*\s*"use server"/.test(readFileSync(path.join(e.parentPath, e.name), "utf8")))
      .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
      .sort();
    expect(serverFiles).toEqual(Object.keys(ACTION_FILES).sort());
    expect(Object.keys(actionRules).sort()).toEqual(exported.sort());
  });

  it("answers every caller × action × in/out of scope as the rules say", async () => {
    const mismatches: string[] = [];
    const counts = { cells: 0, signIn: 0, refused: 0, done: 0 };
    /** Done cells that did not succeed, by failure code (e.g. a conflict after an earlier caller's approval). */
    const doneFailures: Record<string, number> = {};
    const callers = [...users.map(({ role, user }) => ({ name: `session ${role}`, user })), { name: "signed out (or an API token)", user: null }];
    for (const [name, rule] of Object.entries(actionRules)) {
      for (const caller of callers) {
        const places = rule.scope === "region" ? (["in", "out"] as const) : (["in"] as const);
        for (const where of places) {
          // The administrator's scope holds every region: no cell outside it.
          if (where === "out" && caller.user && isPathInScope(caller.user, records.out.regionPath)) continue;
          session.user = caller.user;
          const { outcome: got, code } = await call(rule, records, where);
          if (got === "done" && code) doneFailures[code] = (doneFailures[code] ?? 0) + 1;
          const want = expected(rule, caller.user, records[where].regionPath);
          counts.cells++;
          counts[got]++;
          if (got !== want) mismatches.push(`${caller.name} ${name} ${where} of scope: ${got}, expected ${want}`);
        }
      }
    }
    session.user = null;
    console.log(
      `action matrix: ${Object.keys(actionRules).length} actions × ${callers.length} callers × in/out of scope = ${counts.cells} cells (${counts.signIn} sign-in, ${counts.refused} refused, ${counts.done} done, of which not successful: ${JSON.stringify(doneFailures)}), ${mismatches.length} mismatches`,
    );
    expect(mismatches).toEqual([]);
    // The changes went to the copy: the shared test database has none of the records made here.
    const shared = createDbClient(copy.shared);
    try {
      expect(await shared.plan.count({ where: { title: { startsWith: "矩阵规划" } } })).toBe(0);
    } finally {
      await shared.$disconnect();
    }
    expect(await db.plan.count({ where: { title: { startsWith: "矩阵规划" } } })).toBeGreaterThan(0);
  }, 300_000);
});
