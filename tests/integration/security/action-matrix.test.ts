// The access matrix of the server actions, from one table of rules (issue 14, "Access"): every
// exported action of every "use server" file × every role signed in and a signed-out caller × a
// record in the caller's scope and one outside it → what lib/permissions.ts and the action's rule
// call for (sign-in, refused, or done), compared with what the real action does. An API token never
// reaches a server action (actions read the session cookie only), so a token's cell is the signed-out
// one. An action missing from the table fails the test. The actions really change records, so the
// test runs on its own copy of the integration database.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Role, SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { can, isPathInScope } from "@/lib/permissions";
import { createRecords, type Records } from "../../support/action-records";
import { ACTION_FILES, ACTION_FILES_WITHOUT_RULES, actionRules, type ActionRule } from "../../support/action-rules";
import { DEMO_ACCOUNT } from "../../support/api-callers";
import { userNamed } from "../../support/users";

const copy = await vi.hoisted(async () => {
  const fs = await import("node:fs");
  // The copy is a SQLite file; the matrix's rules do not depend on the database, so it runs on SQLite only.
  if (process.env.TEST_PG_URL) return { remove: () => undefined };
  const source = process.env.INTEGRATION_DB ?? "";
  const file = source.replace(/\.db$/, "-actions.db");
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  fs.copyFileSync(source, file);
  if (fs.existsSync(`${source}-wal`)) fs.copyFileSync(`${source}-wal`, `${file}-wal`);
  process.env.DATABASE_URL = `file:${file}`;
  return { remove: () => ["", "-wal", "-shm"].forEach((suffix) => fs.rmSync(file + suffix, { force: true })) };
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
vi.mock("next/headers", () => ({ cookies: async () => ({ set: () => undefined, get: () => undefined }) }));

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

async function call(rule: ActionRule, records: Records, where: "in" | "out"): Promise<{ outcome: Outcome; code: string | null }> {
  try {
    const value = await rule.call(records[where], records);
    return { outcome: outcomeOf(value), code: codeOf(value) };
  } catch (error) {
    if (error instanceof Error && error.message.startsWith("NEXT_REDIRECT")) return { outcome: "signIn", code: null };
    throw error;
  }
}

function expected(rule: ActionRule, user: SessionUser | null, regionPath: string): Outcome {
  if (rule.capability === "public") return "done";
  if (!user) return "signIn";
  if (!can(user, rule.capability)) return "refused";
  if (rule.scope === "region" && !isPathInScope(user, regionPath)) return "refused";
  return "done";
}

let records: Records;
let users: { role: Role; user: SessionUser }[] = [];

beforeAll(async () => {
  if (process.env.TEST_PG_URL) return;
  session.user = await userNamed("admin");
  records = await createRecords();
  users = await Promise.all(ROLES.map(async (role) => ({ role, user: await userNamed(DEMO_ACCOUNT[role]) })));
  session.user = null;
});

afterAll(async () => {
  session.user = null;
  await db.$disconnect();
  copy.remove();
});

describe.skipIf(Boolean(process.env.TEST_PG_URL))("server action access matrix", () => {
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
    console.log(`action matrix: ${ACTION_FILES_WITHOUT_RULES.length} action files still without rules: ${ACTION_FILES_WITHOUT_RULES.join(", ")}`);
    expect(serverFiles).toEqual([...Object.keys(ACTION_FILES), ...ACTION_FILES_WITHOUT_RULES].sort());
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
    const shared = new Database(process.env.INTEGRATION_DB ?? "", { readonly: true });
    const leaked = shared.prepare("SELECT count(*) AS n FROM plans WHERE title LIKE '矩阵规划%'").get() as { n: number };
    shared.close();
    expect(leaked.n).toBe(0);
    expect(await db.plan.count({ where: { title: { startsWith: "矩阵规划" } } })).toBeGreaterThan(0);
  });
});
