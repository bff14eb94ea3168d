// Shapes scoped targets into plain, serialisable rows for pages, tables, the API and exports.
import { formatPeriod, toQuarter, type TargetStatus } from "@/lib/domain";
import type { ScopedTarget, ScopedTargets } from "./scoped-targets";

export interface TargetRow {
  id: number;
  indicator: { id: number; code: string; name: string; nameEn: string | null; unit: string; kind: "RATE" | "STOCK" | "FLOW"; decimals: number };
  region: { id: number; code: string; name: string; nameEn: string | null };
  plan: { id: number; title: string; docNumber: string | null; isDemo: boolean } | null;
  area: { id: number; name: string; nameEn: string | null } | null;
  leadDepartment: { id: number; code: string; shortName: string; nameEn: string | null } | null;
  comparator: "GTE" | "LTE" | "EQ" | "GT" | "LT";
  targetValue: number;
  baselineValue: number | null;
  deadline: string;
  measure: "LEVEL" | "CUMULATIVE" | "ANNUAL";
  weight: number;
  status: TargetStatus;
  latest: { period: string; value: number } | null;
  progress: number | null;
  expected: number | null;
  forecast: number | null;
  smallSample: boolean;
  coverage: { reporting: number; expected: number } | null;
  recent: [number, number][];
  sourceSentence: string;
}

function latestOf(t: ScopedTarget): TargetRow["latest"] {
  const e = t.evaluation;
  const quarter = e?.latestQuarter ? toQuarter(e.latestQuarter) : null;
  if (!e || e.latestYear === null || quarter === null || e.latestValue === null) return null;
  return { period: formatPeriod({ year: e.latestYear, quarter }), value: e.latestValue };
}

function parseRecent(json: string | undefined): [number, number][] {
  if (!json) return [];
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? parsed.filter((p): p is [number, number] => Array.isArray(p) && p.length === 2) : [];
}

export function toTargetRow(data: ScopedTargets, t: ScopedTarget): TargetRow {
  const indicator = data.indicators.get(t.indicatorId);
  const region = data.regions.get(t.regionId);
  if (!indicator || !region) throw new Error(`target ${t.id} refers to a missing indicator or region`);
  const area = t.areaId === null ? undefined : data.areas.get(t.areaId);
  const lead = t.leadDepartmentId === null ? undefined : data.departments.get(t.leadDepartmentId);
  const e = t.evaluation;
  return {
    id: t.id,
    indicator: { id: indicator.id, code: indicator.code, name: indicator.name, nameEn: indicator.nameEn, unit: indicator.unit, kind: indicator.kind, decimals: indicator.decimals },
    region: { id: region.id, code: region.code, name: region.name, nameEn: region.nameEn },
    plan: data.plans.get(t.planId) ?? null,
    area: area ? { id: area.id, name: area.name, nameEn: area.nameEn } : null,
    leadDepartment: lead ? { id: lead.id, code: lead.code, shortName: lead.shortName, nameEn: lead.nameEn } : null,
    comparator: t.comparator,
    targetValue: t.targetValue,
    baselineValue: t.baselineValue,
    deadline: t.deadlineQuarter ? formatPeriod({ year: t.deadlineYear, quarter: t.deadlineQuarter }) : String(t.deadlineYear),
    measure: t.measure,
    weight: t.weight,
    status: t.status,
    latest: latestOf(t),
    progress: e?.progress ?? null,
    expected: e?.expected ?? null,
    forecast: e?.forecast ?? null,
    smallSample: e?.smallSample ?? false,
    coverage: e && e.coverageExpected !== null && e.coverageReporting !== null ? { reporting: e.coverageReporting, expected: e.coverageExpected } : null,
    recent: parseRecent(e?.recentValues),
    sourceSentence: t.sourceSentence,
  };
}
