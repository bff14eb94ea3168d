// Checks a generated demo series with the app's own status computation, so that the designed
// scenario is what the dashboards will show: the TargetSpec the app builds from the stored target
// (toTargetSpec), the official (APPROVED) figures as observations, and evaluateTarget as of the
// quarters the demo is looked at.
import { toTargetSpec } from "@/lib/data/evaluation/spec";
import { evaluateTarget, parsePeriod, periodIndex, type Observation, type TargetSpec, type TargetStatus } from "@/lib/domain";
import type { SeedFigure, SeedIndicator, SeedPlan, SeedTarget } from "./types";

/**
 * The quarters the demo's statuses must hold at: the last approved quarter (2020Q2) and the open
 * reporting period (2020Q3), which is the app's current period. Hebei's targets are judged as of
 * the same quarters, long after their deadlines.
 */
export const DEMO_CHECK_AS_OF = ["2020Q2", "2020Q3"] as const;

const asOfIndexes = DEMO_CHECK_AS_OF.map((label) => {
  const period = parsePeriod(label);
  if (!period) throw new Error(`Bad quarter label ${label}`);
  return periodIndex(period);
});

/** The spec the app builds for this target once prisma/seed/demo.ts has stored it. */
export function demoTargetSpec(target: SeedTarget, indicator: SeedIndicator, plan: SeedPlan): TargetSpec {
  return toTargetSpec({
    comparator: target.comparator,
    targetValue: target.targetValue,
    baselineValue: target.baselineValue,
    baselinePeriod: target.baselinePeriod,
    deadlineYear: target.deadlineYear,
    // The seed stores no deadline quarter: the deadline is the end of the year.
    deadlineQuarter: null,
    measure: target.measure,
    isMaintain: target.isMaintain,
    indicator: { kind: indicator.kind, direction: indicator.direction },
    // Stored the way demo.ts stores it.
    plan: { periodStart: new Date(plan.periodStart) },
  });
}

type FigureValues = Pick<SeedFigure, "year" | "quarter" | "value" | "numerator" | "denominator">;

/** Figures as the app reads them (lib/data/evaluation/series.ts). */
function toObservations(figures: readonly FigureValues[]): Observation[] {
  return figures.map((figure) => ({
    periodIndex: periodIndex({ year: figure.year, quarter: figure.quarter }),
    value: figure.value,
    numerator: figure.numerator,
    denominator: figure.denominator,
  }));
}

/** Whether the official figures give the target the designed status at every checked quarter. */
export function reachesScenario(spec: TargetSpec, officialFigures: readonly FigureValues[], scenario: TargetStatus): boolean {
  const observations = toObservations(officialFigures);
  return asOfIndexes.every((asOf) => evaluateTarget(spec, observations, asOf).status === scenario);
}
