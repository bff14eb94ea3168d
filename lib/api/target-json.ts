// The public JSON shape of a target (API v1), declared in lib/validations/api.ts.
import type { z } from "zod";
import type { TargetRow } from "@/lib/data/dashboard/target-rows";
import { COMPARATOR_ASCII } from "@/lib/i18n/display";
import type { targetJsonSchema } from "@/lib/validations/api";

export function targetJson(r: TargetRow): z.input<typeof targetJsonSchema> {
  return {
    id: r.id,
    indicator: { code: r.indicator.code, name: r.indicator.name, unit: r.indicator.unit },
    region: { code: r.region.code, name: r.region.name },
    comparator: COMPARATOR_ASCII[r.comparator],
    target: r.targetValue,
    baseline: r.baselineValue,
    deadline: r.deadline,
    latest: r.latest,
    progress: r.progress,
    expected: r.expected,
    forecast: r.forecast,
    status: r.status,
  };
}
