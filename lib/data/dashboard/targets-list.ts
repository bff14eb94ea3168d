// The targets list: every target in scope, filtered and grouped as the user asks.
import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { compareStatus } from "@/lib/domain";
import type { TargetFilters } from "@/lib/validations/targets";
import { findRegionInScope } from "../regions";
import { loadScopedTargets } from "./scoped-targets";
import { toTargetRow, type TargetRow } from "./target-rows";

export const PAGE_SIZE = 100;

const collator = new Intl.Collator("zh-CN");
const compareCodes = new Intl.Collator().compare;

function groupKey(row: TargetRow, group: TargetFilters["group"]): string {
  switch (group) {
    case "plan":
      return row.plan?.title ?? "—";
    case "area":
      return row.area?.name ?? "—";
    case "department":
      return row.leadDepartment?.shortName ?? "—";
    case "region":
      return row.region.code;
    case "status":
      return row.status;
    case "none":
      return "";
  }
}

/** The filtered list; null when the region filter names a region outside the user's scope (404). */
export async function listTargets(user: SessionUser, filters: TargetFilters) {
  if (filters.region !== undefined && !(await findRegionInScope(user, filters.region))) return null;
  const data = await loadScopedTargets(user, { provisional: filters.provisional });
  const all = data.targets.map((t) => toTargetRow(data, t));
  const needle = filters.q?.toLowerCase();
  const rows = all
    .filter(
      (r) =>
        (filters.plan === undefined || r.plan?.id === filters.plan) &&
        (filters.area === undefined || r.area?.name === filters.area) &&
        (filters.department === undefined || r.leadDepartment?.id === filters.department) &&
        (filters.region === undefined || r.region.code === filters.region) &&
        (filters.status === undefined || r.status === filters.status) &&
        (needle === undefined || `${r.indicator.name} ${r.indicator.nameEn ?? ""} ${r.indicator.code} ${r.sourceSentence}`.toLowerCase().includes(needle)),
    )
    .map((row) => ({ row, key: groupKey(row, filters.group) }))
    // One collator for the whole sort: localeCompare with a locale builds one per comparison (seconds for a province).
    .sort((a, b) => collator.compare(a.key, b.key) || compareStatus(a.row.status, b.row.status) || compareCodes(a.row.region.code, b.row.region.code) || compareCodes(a.row.indicator.code, b.row.indicator.code))
    .map(({ row }) => row);

  const options = {
    plans: [...data.plans.values()].map((p) => ({ id: p.id, label: p.docNumber ? `${p.title}（${p.docNumber}）` : p.title })),
    areas: [...new Map([...data.areas.values()].map((a) => [a.name, { name: a.name, nameEn: a.nameEn }])).values()],
    departments: [...new Map(all.flatMap((r) => (r.leadDepartment ? [[r.leadDepartment.id, r.leadDepartment] as const] : []))).values()],
    regions: [...data.regions.values()].map((r) => ({ code: r.code, name: r.name, nameEn: r.nameEn })),
  };
  return { rows, total: all.length, options, groupKey: (row: TargetRow) => groupKey(row, filters.group) };
}
