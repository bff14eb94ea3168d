// Who may do what: one table of rules, checked by the data layer (never only by hiding buttons).
import type { Role, SessionUser } from "./auth/session-user";

export type Capability =
  | "dashboard.view"
  | "figure.enter"
  | "figure.enterOnBehalf"
  | "figure.review"
  | "period.manage"
  | "report.export"
  | "plan.manage"
  | "master.manage"
  | "user.manage"
  | "token.manage"
  | "audit.view"
  | "audit.viewAll"
  | "assessment.view"
  | "warning.manage"
  | "assessment.selfAssess"
  | "assessment.verify";

const RULES: Record<Capability, readonly Role[]> = {
  "dashboard.view": ["ADMIN", "OFFICE", "LEADERSHIP", "DEPARTMENT", "VIEWER"],
  "figure.enter": ["ADMIN", "OFFICE", "DEPARTMENT"],
  // Entering for any department in scope, on its behalf; a department user enters only its own figures.
  "figure.enterOnBehalf": ["ADMIN", "OFFICE"],
  "figure.review": ["ADMIN", "OFFICE"],
  // Reporting periods are installation-wide (one calendar for every region): the administrator's.
  "period.manage": ["ADMIN"],
  "report.export": ["ADMIN", "OFFICE", "LEADERSHIP"],
  // Plans, their areas and targets, and indicators.
  "plan.manage": ["ADMIN", "OFFICE"],
  // Regions, departments and responsibilities: master data every other record depends on.
  "master.manage": ["ADMIN"],
  "user.manage": ["ADMIN"],
  "token.manage": ["ADMIN"],
  "audit.view": ["ADMIN", "OFFICE"],
  // Every event and every user, not only those of the user's scope and the regions above it.
  "audit.viewAll": ["ADMIN"],
  // The year's assessment of the regions below (a county's office sees its own row only).
  "assessment.view": ["ADMIN", "OFFICE", "LEADERSHIP"],
  // Issue, withdraw and lift red and yellow cards of the regions below, and set rectification tasks.
  "warning.manage": ["ADMIN", "OFFICE"],
  // A county's office assesses its own county (自评) and appeals; only within its own region.
  "assessment.selfAssess": ["OFFICE"],
  // Verifying, on-site checks, publishing and deciding appeals: the office of the assessing region.
  "assessment.verify": ["ADMIN", "OFFICE"],
};

export function can(user: Pick<SessionUser, "role">, capability: Capability): boolean {
  return RULES[capability].includes(user.role);
}

/** A region is in scope when it is the user's scope region or lies below it. */
export function isPathInScope(user: Pick<SessionUser, "scopePath">, regionPath: string): boolean {
  return regionPath.startsWith(user.scopePath);
}
