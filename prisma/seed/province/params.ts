// Size and fixed inputs of the synthetic province (示范省, division code 990000; the 99 prefix is
// unused by real divisions). The full scale is what `db:seed -- --scale province` writes; tests use
// smaller parameters with the same generator.

export interface ProvinceParams {
  cities: number;
  counties: number;
  /** The first `indicators` of the 80-indicator catalogue (kinds interleaved, so any prefix mixes them). */
  indicators: number;
  /** Quarters of figures, ending at LAST_PERIOD (the open one). */
  quarters: number;
  seed: number;
}

export const PROVINCE_SCALE: ProvinceParams = { cities: 14, counties: 110, indicators: 80, quarters: 40, seed: 990_000 };

export const PROVINCE_CODE = "990000";
export const PROVINCE_NAME = "示范省";
export const PROVINCE_NAME_EN = "Demonstration Province";

/** Baseline year of every target ("2016", i.e. its fourth quarter). */
export const BASELINE_YEAR = 2016;
/** The open reporting period; figures run up to it. */
export const LAST_PERIOD = { year: 2026, quarter: 4 } as const;
export const PLAN_DEADLINE_YEAR = 2026;

/** Timestamps of seeded figures never pass this instant, so re-seeding gives identical rows. */
export const SEED_CLOCK = new Date("2026-11-20T02:00:00.000Z");
