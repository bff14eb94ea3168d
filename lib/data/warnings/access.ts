// Who may act on a card or a task. Viewing follows the region scope. The office issues, withdraws
// and lifts the cards of the regions below its own (a region does not judge itself; an
// administrator may act anywhere in scope), and sets tasks on any card in scope; progress notes
// and "done" come from the office in scope or from the task's owner department.
import type { SessionUser } from "@/lib/auth/session-user";
import { can, isPathInScope } from "@/lib/permissions";

export function canJudgeCard(user: SessionUser, regionPath: string): boolean {
  if (!can(user, "warning.manage") || !isPathInScope(user, regionPath)) return false;
  return user.role === "ADMIN" || regionPath !== user.scopePath;
}

export function canSetTasks(user: SessionUser, regionPath: string): boolean {
  return can(user, "warning.manage") && isPathInScope(user, regionPath);
}

export function canReportOnTask(user: SessionUser, regionPath: string, departmentId: number): boolean {
  if (!isPathInScope(user, regionPath)) return false;
  return can(user, "warning.manage") || (user.role === "DEPARTMENT" && user.departmentId === departmentId);
}
