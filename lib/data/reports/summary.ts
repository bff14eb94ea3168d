// The leadership summary report (汇报材料) for a region in scope and a period: one plain, serialisable
// object that the print page, the PDF, the XLSX and the DOCX writers all render. Every number comes
// from the dashboards' own functions (region dashboard, scorecard, scoped targets, completeness,
// indicator page) judged as of the report's quarter, so the report and the dashboards cannot disagree.
import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { compareStatus, countByStatus, countStatusesPerArea, formatPeriodIndex, periodFromIndex, type AreaStatusCounts, type TargetStatus } from "@/lib/domain";
import { formatReportPeriod, previousReportPeriod, reportAsOfIndex, type ReportPeriod } from "@/lib/domain/report-period";
import { can } from "@/lib/permissions";
import { getDepartmentCompleteness, listOwedFigures, type Completeness, type OwedFigure } from "../completeness";
import { loadRegionContext, regionDashboardFrom, regionScoreFrom, subtreeOf } from "../dashboard/region";
import type { ScopedTargets } from "../dashboard/scoped-targets";
import { mostBehind } from "@/lib/domain/target-summaries";
import { toTargetRow, type TargetRow } from "../dashboard/target-rows";
import { currentPeriodIndex } from "../evaluation/current-period";
import { findRegionInScope } from "../regions";
import { regionInScope } from "../scope";
import { listFigureNotes, listReportFigures, listSupportingDepartments, type DepartmentName, type FigureNote } from "./explanations";
import { loadTrends, type ReportTrend } from "./trends";
import { listCards } from "../warnings/list";
import { getCascadeCoverage } from "../cascade/read";

const PROBLEM_STATUSES: ReadonlySet<TargetStatus> = new Set(["MISSED", "OFF_TRACK", "AT_RISK"]);

export type SummaryReportResult =
  | { ok: true; report: SummaryReport }
  | { ok: false; code: "FORBIDDEN" | "NOT_FOUND" }
  | { ok: false; code: "PERIOD_NOT_REACHED"; current: string };

type Refusal = Exclude<SummaryReportResult, { ok: true }>;

/**
 * Whether the user may have this report, without building it: the role may export, the region is in
 * scope and the period has begun. The PDF endpoint checks this before it asks Chromium for the page.
 */
export async function checkSummaryReport(user: SessionUser, regionCode: string, period: ReportPeriod) {
  if (!can(user, "report.export")) return { ok: false, code: "FORBIDDEN" } satisfies Refusal;
  const [region, current] = await Promise.all([findRegionInScope(user, regionCode), currentPeriodIndex(db)]);
  if (!region) return { ok: false, code: "NOT_FOUND" } satisfies Refusal;
  const asOf = reportAsOfIndex(period, current);
  if (asOf === null) return { ok: false, code: "PERIOD_NOT_REACHED", current: formatPeriodIndex(current) } satisfies Refusal;
  return { ok: true, region, current, asOf, label: formatReportPeriod(period) } as const;
}

export async function getSummaryReport(user: SessionUser, regionCode: string, period: ReportPeriod, now = new Date()): Promise<SummaryReportResult> {
  const check = await checkSummaryReport(user, regionCode, period);
  if (!check.ok) return check;
  const { region, current, asOf } = check;
  const previous = previousReportPeriod(period);
  const previousAsOf = reportAsOfIndex(previous, current) ?? asOf - 1;
  const official = { provisional: false } as const;
  const asOfPeriod = periodFromIndex(asOf);

  const [context, previousContext, completeness, missingFigures, figures, demoFigures] = await Promise.all([
    loadRegionContext(user, region, { ...official, asOf }, "subtree"),
    loadRegionContext(user, region, { ...official, asOf: previousAsOf }, "subtree"),
    getDepartmentCompleteness(user, asOfPeriod, { regionPath: region.path, now }),
    listOwedFigures(user, asOfPeriod, { regionPath: region.path }),
    listReportFigures(user, region.path, asOfPeriod.year, period.kind === "YEAR" ? quartersUpTo(asOfPeriod.quarter) : [asOfPeriod.quarter]),
    db.figure.count({ where: { isDemo: true, region: { AND: [regionInScope(user), { path: { startsWith: region.path } }] } }, take: 1 }),
  ]);
  // The region page's numbers (own targets, score, rank, sub-regions) as of this period and the one before.
  const dashboard = regionDashboardFrom(context);
  const previousScore = regionScoreFrom(previousContext);
  const all = subtreeOf(context);
  const previousAll = subtreeOf(previousContext);

  const regionOrder = new Map([region.id, ...dashboard.children.map((c) => c.regionId)].map((id, i) => [id, i]));
  // Target by target, the report covers the region and the level below it (a city: its counties; the
  // province: its cities, not every county's targets); the counts cover the whole subtree.
  const near = all.targets.filter((t) => regionOrder.has(t.regionId));
  const subregionTargets = near
    .filter((t) => t.regionId !== region.id)
    .sort((a, b) => (all.regions.get(a.regionId)?.sortOrder ?? 0) - (all.regions.get(b.regionId)?.sortOrder ?? 0) || byArea(all, a, b) || compareStatus(a.status, b.status))
    .map((t) => toTargetRow(all, t));
  const problemTargets = mostBehind(near, near.length)
    .filter((t) => PROBLEM_STATUSES.has(t.status))
    .map((t, rank) => ({ t, rank }))
    .sort((a, b) => (regionOrder.get(a.t.regionId) ?? 1e9) - (regionOrder.get(b.t.regionId) ?? 1e9) || a.rank - b.rank)
    .map(({ t }) => t);

  const [trends, supporting, notes, cards, cascade] = await Promise.all([
    loadTrends(user, region.code, dashboard.targets, asOf),
    listSupportingDepartments(problemTargets.map((t) => t.id)),
    listFigureNotes(
      user,
      problemTargets.map((t) => ({
        id: t.id,
        indicatorId: t.indicatorId,
        regionPath: all.regions.get(t.regionId)?.path ?? "\0",
        latest: t.evaluation?.latestYear && t.evaluation.latestQuarter ? { year: t.evaluation.latestYear, quarter: t.evaluation.latestQuarter } : null,
      })),
    ),
    listCards(user, { filter: "open", regionPath: region.path }),
    getCascadeCoverage(user, region.id),
  ]);

  const plans = [...all.plans.values()].map((p) => ({ title: p.title, docNumber: p.docNumber, isDemo: p.isDemo }));
  const own = dashboard.scorecard;
  const report: SummaryReport = {
    region: { code: region.code, name: region.name, nameEn: region.nameEn, level: region.level },
    period: {
      label: formatReportPeriod(period),
      kind: period.kind,
      asOf: formatPeriodIndex(asOf),
      previous: { label: formatReportPeriod(previous), asOf: formatPeriodIndex(previousAsOf) },
      isPartial: period.kind === "YEAR" && asOfPeriod.quarter !== 4,
    },
    generatedAt: now.toISOString(),
    isDemo: plans.some((p) => p.isDemo) || demoFigures > 0,
    plans,
    headline: {
      own: { total: dashboard.targets.length, counts: own?.counts ?? countByStatus([]), score: own?.score ?? null, rank: own?.rank ?? null, of: own?.of ?? 0, card: own?.card ?? null },
      all: { total: all.targets.length, counts: countByStatus(all.targets.map((t) => t.status)), regions: new Set(all.targets.map((t) => t.regionId)).size },
      previous: {
        own: {
          total: previousAll.targets.filter((t) => t.regionId === region.id).length,
          counts: previousScore?.counts ?? countByStatus([]),
          score: previousScore?.score ?? null,
          rank: previousScore?.rank ?? null,
          of: previousScore?.of ?? 0,
        },
        all: { total: previousAll.targets.length, counts: countByStatus(previousAll.targets.map((t) => t.status)) },
      },
    },
    targets: dashboard.targets,
    areas: countStatusesPerArea(all.targets.map((t) => ({ area: (t.areaId === null ? undefined : all.areas.get(t.areaId)) ?? null, status: t.status, targets: 1 }))),
    trends,
    problems: problemTargets.map((t) => ({ target: toTargetRow(all, t), supporting: supporting.get(t.id) ?? [], notes: notes.get(t.id) ?? [] })),
    subregions: dashboard.children.map((c) => ({
      code: c.code,
      name: c.name,
      nameEn: c.nameEn,
      score: c.score,
      rank: c.rank,
      of: c.of,
      counts: c.counts,
      total: Object.values(c.counts).reduce((a, b) => a + b, 0),
      card: c.card,
    })),
    subregionTargets,
    cascade: cascade.of > 0 ? cascade : null,
    warnings: cards.map((c) => ({
      code: c.region.code,
      name: c.region.name,
      nameEn: c.region.nameEn,
      color: c.color,
      reasonCode: c.reasonCode,
      reason: c.reason,
      status: c.status,
      indicatorCodes: c.indicatorCodes,
      issuedAt: c.issuedAt.toISOString(),
      tasks: { total: c.tasks.length, done: c.tasks.filter((t) => t.status === "DONE").length, overdue: c.tasks.filter((t) => t.isOverdue).length },
    })),
    completeness: { ...completeness, missing: missingFigures, dueDate: completeness.dueDate?.toISOString() ?? null },
    figures,
    indicatorNames: Object.fromEntries([...all.indicators.values()].map((i) => [i.code, { name: i.name, nameEn: i.nameEn }])),
  };
  return { ok: true, report };
}

function quartersUpTo(quarter: number): number[] {
  return Array.from({ length: quarter }, (_, i) => i + 1);
}

function byArea(data: ScopedTargets, a: ScopedTargets["targets"][number], b: ScopedTargets["targets"][number]) {
  return (data.areas.get(a.areaId ?? -1)?.sortOrder ?? 0) - (data.areas.get(b.areaId ?? -1)?.sortOrder ?? 0);
}

type Counts = Record<TargetStatus, number>;
type Named = { code: string; name: string; nameEn: string | null };

export interface SummaryReport {
  region: Named & { level: "NATION" | "PROVINCE" | "CITY" | "COUNTY" | "TOWNSHIP" };
  period: {
    /** "2020" or "2020Q3", as asked. */
    label: string;
    kind: "YEAR" | "QUARTER";
    /** The quarter the targets are judged at. */
    asOf: string;
    previous: { label: string; asOf: string };
    /** A year report on a year that is not over yet. */
    isPartial: boolean;
  };
  generatedAt: string;
  isDemo: boolean;
  plans: { title: string; docNumber: string | null; isDemo: boolean }[];
  headline: {
    own: { total: number; counts: Counts; score: number | null; rank: number | null; of: number; card: { color: "RED" | "YELLOW"; reason: string; indicatorCodes: string[] } | null };
    all: { total: number; counts: Counts; regions: number };
    previous: { own: { total: number; counts: Counts; score: number | null; rank: number | null; of: number }; all: { total: number; counts: Counts } };
  };
  /** The region's own targets, by task area, most behind first. */
  targets: TargetRow[];
  areas: AreaStatusCounts[];
  trends: ReportTrend[];
  problems: { target: TargetRow; supporting: DepartmentName[]; notes: FigureNote[] }[];
  subregions: (Named & { score: number | null; rank: number | null; of: number; counts: Counts; total: number; card: SummaryReport["headline"]["own"]["card"] })[];
  subregionTargets: TargetRow[];
  /** 目标分解覆盖 (as it stands now): sub-regions holding a target cascaded from this region's, of all; null without sub-regions. */
  cascade: { cascaded: number; of: number } | null;
  /** The red and yellow cards issued in the region's subtree and not yet lifted (as they stand now), with their rectification. */
  warnings: (Named & {
    color: "RED" | "YELLOW";
    reasonCode: string;
    reason: string;
    status: "OPEN" | "LIFT_PROPOSED" | "LIFTED" | "WITHDRAWN";
    indicatorCodes: string[];
    issuedAt: string;
    tasks: { total: number; done: number; overdue: number };
  })[];
  /** The quarter's completeness (of the as-of quarter) in the region's subtree; `missing`: the figures still owed. */
  completeness: Omit<Completeness, "dueDate"> & { missing: OwedFigure[]; dueDate: string | null };
  figures: Awaited<ReturnType<typeof listReportFigures>>;
  indicatorNames: Record<string, { name: string; nameEn: string | null }>;
}
