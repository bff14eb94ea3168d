// Reading the audit trail: the searchable list for the office, and one figure's history for anyone
// who may see the figure. There is deliberately no function that changes or removes an event.
import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { formatPeriod } from "@/lib/domain";
import { maskEmail } from "@/lib/domain/personal-data";
import { can } from "@/lib/permissions";
import { startsWithIgnoringCase } from "./dialect";
import { figureViewSelect, toFigureView, type FigureView } from "./figure-view";
import { recordAuditView } from "./access-audit";
import { regionInScope } from "./scope";

export interface AuditEventView {
  id: number;
  at: string;
  actor: string;
  userId: number | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

export interface AuditFilter {
  userId?: number;
  entityType?: string;
  entityId?: string;
  action?: string;
  /** Inclusive dates (yyyy-mm-dd, Beijing time). */
  from?: string;
  to?: string;
  page?: number;
}

export const AUDIT_PAGE_SIZE = 50;

/** A recorded value as shown: an e-mail address in it masked (rows written before addresses were masked on write). */
function parseJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === "object" && "email" in value && (typeof value.email === "string" || value.email === null)
      ? { ...value, email: maskEmail(value.email) }
      : value;
  } catch {
    return text;
  }
}

const toView = (e: { id: number; at: Date; actor: string; userId: number | null; action: string; entityType: string; entityId: string; before: string | null; after: string | null }): AuditEventView => ({
  id: e.id,
  at: e.at.toISOString(),
  actor: e.actor,
  userId: e.userId,
  action: e.action,
  entityType: e.entityType,
  entityId: e.entityId,
  before: parseJson(e.before),
  after: parseJson(e.after),
});

/** The scope's own events and those about the regions above it (installation-wide changes such as periods). */
function visibleEvents(user: SessionUser) {
  if (can(user, "audit.viewAll")) return {};
  const parts = user.scopePath.split("/").filter(Boolean);
  const ancestors = parts.slice(0, -1).map((_, i) => `/${parts.slice(0, i + 1).join("/")}/`);
  return { OR: [{ regionPath: { startsWith: user.scopePath } }, { regionPath: { in: ancestors } }] };
}

/** Beijing midnight of a yyyy-mm-dd date, as an instant. */
function beijingDate(text: string, addDays = 0): Date | null {
  const date = new Date(`${text}T00:00:00+08:00`);
  if (Number.isNaN(date.getTime())) return null;
  return new Date(date.getTime() + addDays * 86_400_000);
}

export async function listAuditEvents(user: SessionUser, filter: AuditFilter) {
  if (!can(user, "audit.view")) return null;
  const from = filter.from ? beijingDate(filter.from) : null;
  const to = filter.to ? beijingDate(filter.to, 1) : null;
  const where = {
    AND: [
      visibleEvents(user),
      {
        ...(filter.userId !== undefined && { userId: filter.userId }),
        ...(filter.entityType && { entityType: filter.entityType }),
        ...(filter.entityId && { entityId: filter.entityId }),
        ...(filter.action && { action: startsWithIgnoringCase(filter.action) }),
        ...((from || to) && { at: { ...(from && { gte: from }), ...(to && { lt: to }) } }),
      },
    ],
  };
  const page = Math.max(1, filter.page ?? 1);
  const [total, rows] = await Promise.all([
    db.auditEvent.count({ where }),
    db.auditEvent.findMany({ where, orderBy: [{ at: "desc" }, { id: "desc" }], skip: (page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE }),
  ]);
  // Looking at the trail is itself on the record (after the read: a page does not list its own view).
  await recordAuditView(user, { ...filter, page });
  return { total, page, pageSize: AUDIT_PAGE_SIZE, events: rows.map(toView) };
}

/** People who can appear in the user's audit list (the filter's choices). */
export async function listAuditUsers(user: SessionUser) {
  if (!can(user, "audit.view")) return [];
  return db.user.findMany({
    where: can(user, "audit.viewAll") ? {} : { scopeRegion: regionInScope(user) },
    orderBy: { username: "asc" },
    select: { id: true, username: true, name: true },
  });
}

export interface FigureHistory {
  figure: FigureView;
  indicator: { code: string; name: string; nameEn: string | null; unit: string; kind: "RATE" | "STOCK" | "FLOW"; decimals: number };
  region: { code: string; name: string; nameEn: string | null };
  evaluation: { status: string; latestValue: number | null; latestPeriod: string | null } | null;
  events: AuditEventView[];
}

/** A figure in scope with its audit trail (oldest first) and the official evaluation of its target. */
export async function getFigureHistory(user: SessionUser, figureId: number): Promise<FigureHistory | null> {
  const figure = await db.figure.findFirst({
    where: { id: figureId, region: regionInScope(user) },
    select: {
      ...figureViewSelect,
      indicator: { select: { code: true, name: true, nameEn: true, unit: true, kind: true, decimals: true } },
      region: { select: { code: true, name: true, nameEn: true } },
    },
  });
  if (!figure) return null;
  const [events, target] = await Promise.all([
    db.auditEvent.findMany({ where: { entityType: "Figure", entityId: String(figure.id) }, orderBy: [{ at: "asc" }, { id: "asc" }] }),
    db.target.findFirst({
      where: { archivedAt: null, indicatorId: figure.indicatorId, regionId: figure.regionId },
      orderBy: [{ deadlineYear: "desc" }, { id: "desc" }],
      select: { evaluations: { where: { provisional: false }, select: { status: true, latestValue: true, latestYear: true, latestQuarter: true } } },
    }),
  ]);
  const evaluation = target?.evaluations[0];
  return {
    figure: toFigureView(figure),
    indicator: figure.indicator,
    region: figure.region,
    evaluation: evaluation
      ? {
          status: evaluation.status,
          latestValue: evaluation.latestValue,
          latestPeriod: evaluation.latestYear !== null && evaluation.latestQuarter !== null ? formatPeriod({ year: evaluation.latestYear, quarter: evaluation.latestQuarter }) : null,
        }
      : null,
    events: events.map(toView),
  };
}
