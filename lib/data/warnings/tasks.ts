// Rectification tasks (整改任务) on a card: the office sets them (owner department, deadline,
// required actions); the office or the owner department reports progress (with evidence files) and
// marks them done.
// Marking the last task done may make the card's lifting condition true: the card's region is
// synced in the same transaction.
import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import type { DbTransaction } from "@/lib/db-client";
import { failure, success, type Result } from "@/lib/result";
import type { TaskInput } from "@/lib/validations/warnings";
import { recordAudit } from "../audit";
import { saveEvidence } from "../evidence";
import { regionInScope } from "../scope";
import { transaction } from "../transaction";
import { canReportOnTask, canSetTasks } from "./access";
import { syncRuleCards } from "./sync";

export async function addTask(user: SessionUser, input: TaskInput): Promise<Result<{ id: number }>> {
  return transaction(async (tx): Promise<Result<{ id: number }>> => {
    const card = await tx.warningCard.findFirst({ where: { id: input.cardId, region: regionInScope(user) }, select: { id: true, status: true, regionId: true, region: { select: { path: true } } } });
    if (!card) return failure("NOT_FOUND", { reason: "warnings.errors.notFound" });
    if (!canSetTasks(user, card.region.path)) return failure("FORBIDDEN", { reason: "warnings.errors.forbidden" });
    if (card.status !== "OPEN" && card.status !== "LIFT_PROPOSED") return failure("CONFLICT", { reason: "warnings.errors.closed" });
    const department = await tx.department.findFirst({ where: { id: input.departmentId, active: true }, select: { id: true, name: true } });
    if (!department) return failure("INVALID", { reason: "invalid", fieldErrors: { departmentId: [{ code: "admin.validation.choice" }] } });
    const task = await tx.rectificationTask.create({
      data: { cardId: card.id, departmentId: department.id, deadline: input.deadline, actions: input.actions },
      select: { id: true },
    });
    await recordAudit(tx, user, {
      action: "warning.task.create",
      entityType: "RectificationTask",
      entityId: task.id,
      after: { cardId: card.id, department: department.name, deadline: input.deadline.toISOString().slice(0, 10), actions: input.actions },
      regionPath: card.region.path,
    });
    // A new task means the card is not rectified yet: a pending lifting proposal is taken back.
    await syncRuleCards(tx, [card.regionId]);
    return success(task);
  });
}

async function loadTask(tx: DbTransaction, user: SessionUser, taskId: number) {
  return tx.rectificationTask.findFirst({
    where: { id: taskId, card: { region: regionInScope(user) } },
    select: { id: true, status: true, version: true, departmentId: true, card: { select: { id: true, status: true, regionId: true, region: { select: { path: true } } } } },
  });
}

/**
 * Records progress on a task, with its evidence files (checked and stored as the assessment's are):
 * a refused file refuses the note with it, so nothing is kept half.
 */
export async function addNote(user: SessionUser, input: { taskId: number; note: string; files?: readonly File[] }): Promise<Result<{ id: number }>> {
  return transaction(async (tx): Promise<Result<{ id: number }>> => {
    const task = await loadTask(tx, user, input.taskId);
    if (!task) return failure("NOT_FOUND", { reason: "warnings.errors.notFound" });
    if (!canReportOnTask(user, task.card.region.path, task.departmentId)) return failure("FORBIDDEN", { reason: "warnings.errors.forbidden" });
    const note = await tx.rectificationNote.create({ data: { taskId: task.id, note: input.note, authorId: user.id }, select: { id: true } });
    const files: { id: number; fileName: string }[] = [];
    for (const file of input.files ?? []) {
      const saved = await saveEvidence(tx, user, file, { rectificationNoteId: note.id }, task.card.region.path);
      if (!saved.ok) return saved;
      files.push({ id: saved.data.id, fileName: saved.data.fileName });
    }
    await recordAudit(tx, user, {
      action: "warning.task.note",
      entityType: "RectificationNote",
      entityId: note.id,
      after: { taskId: task.id, note: input.note, ...(files.length > 0 && { files }) },
      regionPath: task.card.region.path,
    });
    return success(note);
  });
}

export async function completeTask(user: SessionUser, input: { taskId: number; version: number }): Promise<Result<{ id: number }>> {
  return transaction(async (tx): Promise<Result<{ id: number }>> => {
    const task = await loadTask(tx, user, input.taskId);
    if (!task) return failure("NOT_FOUND", { reason: "warnings.errors.notFound" });
    if (!canReportOnTask(user, task.card.region.path, task.departmentId)) return failure("FORBIDDEN", { reason: "warnings.errors.forbidden" });
    if (task.status === "DONE" || (task.card.status !== "OPEN" && task.card.status !== "LIFT_PROPOSED")) return failure("CONFLICT", { reason: "warnings.errors.closed" });
    if (task.version !== input.version) return failure("CONFLICT", { reason: "warnings.errors.changed" });
    await tx.rectificationTask.update({ where: { id: task.id }, data: { status: "DONE", doneAt: new Date(), version: { increment: 1 } } });
    await recordAudit(tx, user, { action: "warning.task.done", entityType: "RectificationTask", entityId: task.id, before: { status: "OPEN" }, after: { status: "DONE" }, regionPath: task.card.region.path });
    await syncRuleCards(tx, [task.card.regionId]);
    return success({ id: task.id });
  });
}
