// Server actions store text as the API does (issue 14, defect 9 and "Bad input"): NUL, the other
// control characters and the bidi overrides are removed and a lone surrogate becomes U+FFFD by the
// shared text schemas (lib/validations/fields.ts), not only by the API wrapper. Before, a lone
// surrogate in an entry note reached the database engine, which threw, and NUL and U+202E were stored.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { deleteDepartmentAction, saveDepartment } from "@/app/(dashboard)/admin/departments/actions";
import { saveFiguresAction } from "@/app/(dashboard)/entry/actions";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { userNamed } from "../../support/users";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({
  getSessionUser: async () => session.user,
  getReadySessionUser: async () => session.user,
  requireUser: async () => {
    if (!session.user) throw new Error("NEXT_REDIRECT /login");
    return session.user;
  },
}));
// Outside a Next request there is no cache to revalidate.
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

/** NUL, BEL, ESC, DEL, a right-to-left override and its pop, an isolate, a lone high and a lone low surrogate. */
const HOSTILE = "抽\u0000查\u0007合\u001b格\u007f率\u202e%39\u202c\u2066x\u2069 \ud800末\udc00";
const STORED = "抽查合格率%39x \ufffd末\ufffd";
/** Anything that must not be in stored text (a lone surrogate is tested by the exact value). */
const FORBIDDEN = /[\u0000-\u0008\u000B-\u001F\u007F\u202A-\u202E\u2066-\u2069]/u;

const where = { indicator: { code: "MFG_SPOT_PASS" }, region: { code: "450681" }, year: 2020, quarter: 3 };
let original: { id: number; note: string } | null = null;
let departmentId: number | null = null;

beforeAll(async () => {
  original = await db.figure.findFirst({ where, select: { id: true, note: true } });
});

afterAll(async () => {
  if (original) await db.figure.update({ where: { id: original.id }, data: { note: original.note } });
  if (departmentId !== null) {
    session.user = await userNamed("admin");
    await deleteDepartmentAction(departmentId);
  }
  session.user = null;
});

describe("text stored through server actions", () => {
  it("an entry note loses control and bidi characters and keeps no lone surrogate", async () => {
    session.user = await userNamed("dept-scj");
    const stored = await db.figure.findFirst({ where, select: { version: true, numerator: true, denominator: true } });
    const [result] = await saveFiguresAction([
      {
        key: "cell",
        input: { indicator: "MFG_SPOT_PASS", region: "450681", period: "2020Q3", numerator: stored?.numerator ?? 95, denominator: stored?.denominator ?? 100, note: HOSTILE, version: stored?.version ?? 0 },
      },
    ]);
    expect(result).toMatchObject({ key: "cell", ok: true });
    const saved = await db.figure.findFirstOrThrow({ where, select: { id: true, note: true } });
    expect(saved.note).toBe(STORED);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityType: "Figure", entityId: String(saved.id) }, orderBy: { id: "desc" } });
    const auditText = JSON.stringify(audit);
    expect(auditText).not.toMatch(FORBIDDEN);
    expect(auditText).not.toMatch(/\\ud8|\\udc/);
    console.log(`stored text: entry note of ${HOSTILE.length} characters stored as ${saved.note.length} (${JSON.stringify(saved.note)})`);
  });

  it("an administrator's department name loses them too", async () => {
    session.user = await userNamed("admin");
    const form = new FormData();
    form.set("code", "HOSTILE_TEXT");
    form.set("name", `局${HOSTILE}`);
    form.set("shortName", "\u202e短\u0000名");
    const result = await saveDepartment(null, null, form);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    departmentId = result.data.id;
    const saved = await db.department.findUniqueOrThrow({ where: { id: departmentId }, select: { name: true, shortName: true } });
    expect(saved).toEqual({ name: `局${STORED}`, shortName: "短名" });
  });
});
