// Reading cards and rectification tasks in the user's scope: the warnings page, the overview,
// the region page, the reports and the API all read them here.
import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { isTaskOverdue } from "@/lib/domain/warnings";
import { regionInScope } from "../scope";
import { canJudgeCard, canReportOnTask, canSetTasks } from "./access";
import { parseCodes } from "./codes";
import { loadCardSettings } from "./settings";

const OPEN = ["OPEN", "LIFT_PROPOSED"] as const;
export type CardFilter = "open" | "closed" | "all";

const statusWhere = (filter: CardFilter) =>
  filter === "all" ? {} : { status: filter === "open" ? { in: [...OPEN] } : { in: ["LIFTED" as const, "WITHDRAWN" as const] } };

const cardSelect = {
  id: true,
  color: true,
  source: true,
  reasonCode: true,
  reason: true,
  indicatorCodes: true,
  asOfPeriod: true,
  status: true,
  issuedAt: true,
  liftProposedAt: true,
  closedAt: true,
  closeReason: true,
  version: true,
  region: { select: { id: true, code: true, name: true, nameEn: true, path: true } },
  tasks: {
    orderBy: [{ deadline: "asc" }, { id: "asc" }] as { deadline?: "asc"; id?: "asc" }[],
    select: { id: true, actions: true, deadline: true, status: true, doneAt: true, version: true, department: { select: { id: true, name: true, nameEn: true } } },
  },
} as const;

type TaskFlags = { status: "OPEN" | "DONE"; deadline: Date };
type Flagged<T extends { indicatorCodes: string; tasks: TaskFlags[] }> = Omit<T, "indicatorCodes" | "tasks"> & {
  indicatorCodes: string[];
  tasks: (T["tasks"][number] & { isOverdue: boolean })[];
};

function withFlags<T extends { indicatorCodes: string; tasks: TaskFlags[] }>(card: T, now: Date): Flagged<T> {
  return { ...card, indicatorCodes: parseCodes(card.indicatorCodes), tasks: card.tasks.map((t) => ({ ...t, isOverdue: isTaskOverdue(t, now) })) };
}

/** Cards of the regions in scope (optionally one region's subtree), red before yellow, newest first. */
export async function listCards(user: SessionUser, options: { filter?: CardFilter; regionPath?: string } = {}) {
  const now = new Date();
  const rows = await db.warningCard.findMany({
    where: {
      ...statusWhere(options.filter ?? "open"),
      region: { AND: [regionInScope(user), ...(options.regionPath ? [{ path: { startsWith: options.regionPath } }] : [])] },
    },
    orderBy: [{ color: "asc" }, { issuedAt: "desc" }, { id: "desc" }],
    select: cardSelect,
  });
  return rows.map((c) => withFlags(c, now));
}

export type CardRow = Awaited<ReturnType<typeof listCards>>[number];

/** Cards of a region in scope and the regions below it; null when the region is unknown or out of scope. */
export async function listRegionCards(user: SessionUser, regionCode: string, filter: CardFilter = "all") {
  const region = await db.region.findFirst({ where: { code: regionCode, ...regionInScope(user) }, select: { code: true, name: true, nameEn: true, path: true } });
  if (!region) return null;
  return { region, cards: await listCards(user, { filter, regionPath: region.path }) };
}

/** One card with its tasks, their progress notes and evidence files, its timeline and what the user may do with it. */
export async function getCard(user: SessionUser, id: number) {
  const card = await db.warningCard.findFirst({
    where: { id, region: regionInScope(user) },
    select: {
      ...cardSelect,
      issuedBy: { select: { name: true } },
      closedBy: { select: { name: true } },
      tasks: {
        ...cardSelect.tasks,
        select: { ...cardSelect.tasks.select, createdAt: true, notes: {
            orderBy: { at: "asc" },
            select: {
              id: true,
              note: true,
              at: true,
              author: { select: { name: true } },
              evidence: { where: { deletedAt: null }, orderBy: { id: "asc" }, select: { id: true, fileName: true, size: true } },
            },
          },
        },
      },
    },
  });
  if (!card) return null;
  const taskIds = card.tasks.map((t) => String(t.id));
  const noteIds = card.tasks.flatMap((t) => t.notes.map((n) => String(n.id)));
  const timeline = await db.auditEvent.findMany({
    where: {
      OR: [
        { entityType: "WarningCard", entityId: String(card.id) },
        ...(taskIds.length > 0 ? [{ entityType: "RectificationTask", entityId: { in: taskIds } }] : []),
        ...(noteIds.length > 0 ? [{ entityType: "RectificationNote", entityId: { in: noteIds } }] : []),
      ],
    },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    select: { id: true, at: true, actor: true, action: true, entityId: true, after: true },
  });
  const path = card.region.path;
  // A progress note's entry carries the note's evidence files, to download from the timeline.
  const noteFiles = new Map(card.tasks.flatMap((t) => t.notes.map((n) => [String(n.id), n.evidence] as const)));
  return {
    ...withFlags(card, new Date()),
    timeline: timeline.map((e) => ({ ...e, reason: reasonOf(e.after), files: (e.action === "warning.task.note" && noteFiles.get(e.entityId)) || [] })),
    canJudge: canJudgeCard(user, path),
    canSetTasks: canSetTasks(user, path) && (card.status === "OPEN" || card.status === "LIFT_PROPOSED"),
    reportableTaskIds: card.tasks.filter((t) => t.status === "OPEN" && canReportOnTask(user, path, t.department.id)).map((t) => t.id),
  };
}

export type CardDetail = NonNullable<Awaited<ReturnType<typeof getCard>>>;

/** The text a timeline entry shows besides its action: the reason, actions or note it recorded. */
function reasonOf(after: string | null): string | null {
  if (!after) return null;
  try {
    const value = JSON.parse(after) as Record<string, unknown>;
    const text = value.reason ?? value.closeReason ?? value.note ?? value.actions;
    return typeof text === "string" && text !== "" ? text : null;
  } catch {
    return null;
  }
}

/** Open rectification tasks in scope (a department user: its department's), soonest deadline first. */
export async function listOpenTasks(user: SessionUser, options: { departmentId?: number; limit?: number } = {}) {
  const departmentId = user.role === "DEPARTMENT" ? (user.departmentId ?? -1) : options.departmentId;
  const now = new Date();
  const rows = await db.rectificationTask.findMany({
    where: { status: "OPEN", card: { region: regionInScope(user), status: { in: [...OPEN] } }, ...(departmentId !== undefined && { departmentId }) },
    orderBy: [{ deadline: "asc" }, { id: "asc" }],
    take: options.limit,
    select: {
      id: true,
      actions: true,
      deadline: true,
      status: true,
      department: { select: { id: true, name: true, nameEn: true } },
      card: { select: { id: true, color: true, region: { select: { code: true, name: true, nameEn: true } } } },
    },
  });
  return rows.map((t) => ({ ...t, isOverdue: isTaskOverdue(t, now) }));
}

export type OpenTaskRow = Awaited<ReturnType<typeof listOpenTasks>>[number];

/** Per owner department: tasks open, overdue and done on the cards in scope (the office's chasing list). */
export async function summarizeTasksByDepartment(user: SessionUser) {
  const now = new Date();
  const inScope = { card: { region: regionInScope(user), status: { not: "WITHDRAWN" as const } } };
  const [open, overdue, done, departments] = await Promise.all([
    db.rectificationTask.groupBy({ by: ["departmentId"], where: { ...inScope, status: "OPEN" }, _count: { _all: true } }),
    db.rectificationTask.groupBy({ by: ["departmentId"], where: { ...inScope, status: "OPEN", deadline: { lte: new Date(now.getTime() - 86_400_000) } }, _count: { _all: true } }),
    db.rectificationTask.groupBy({ by: ["departmentId"], where: { ...inScope, status: "DONE" }, _count: { _all: true } }),
    db.department.findMany({ where: { rectificationTasks: { some: inScope } }, select: { id: true, name: true, nameEn: true }, orderBy: { code: "asc" } }),
  ]);
  const count = (rows: { departmentId: number; _count: { _all: number } }[], id: number) => rows.find((r) => r.departmentId === id)?._count._all ?? 0;
  return departments.map((d) => ({ department: d, open: count(open, d.id), overdue: count(overdue, d.id), done: count(done, d.id) }));
}

/** Departments a task can be given to. */
export async function listTaskDepartments() {
  return db.department.findMany({ where: { active: true }, orderBy: { code: "asc" }, select: { id: true, name: true, nameEn: true } });
}

/** Regions the user may issue a card to: those below its scope region, in tree order. */
export async function listCardRegions(user: SessionUser) {
  return db.region.findMany({
    where: { ...regionInScope(user), active: true, ...(user.role === "ADMIN" ? {} : { NOT: { id: user.scopeRegionId } }) },
    orderBy: { path: "asc" },
    take: 1000,
    select: { code: true, name: true, nameEn: true, level: true },
  });
}

/** The card rules in force, for the pages that explain them. */
export function getCardSettings() {
  return loadCardSettings(db);
}

/** Names of the indicators the cards name, by code. */
export async function listIndicatorNames(codes: Iterable<string>) {
  const list = [...new Set(codes)];
  if (list.length === 0) return [];
  return db.indicator.findMany({ where: { code: { in: list } }, select: { code: true, name: true, nameEn: true } });
}
