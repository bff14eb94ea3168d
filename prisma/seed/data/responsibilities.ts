// Who reports what: for every target, its lead department reports the indicator for the target's
// region. For 防城港's plan the department also reports for the city and for all four counties
// (a county with no share of a small count still reports its zeros), except for indicators
// measured only city-wide (surveys, the essential-medicine coverage), which have no county targets.
import type { SeedResponsibility } from "../types";
import { plans, FANGCHENGGANG_DOC_NUMBER } from "./plans";
import { FANGCHENGGANG_CODE, FANGCHENGGANG_COUNTY_CODES } from "./regions";

function buildResponsibilities(): SeedResponsibility[] {
  const result: SeedResponsibility[] = [];
  const seen = new Set<string>();
  const add = (departmentCode: string, indicatorCode: string, regionCode: string): void => {
    const key = `${departmentCode}|${indicatorCode}|${regionCode}`;
    if (seen.has(key)) return;
    seen.add(key);
    result.push({ departmentCode, indicatorCode, regionCode });
  };

  for (const plan of plans) {
    const countyCodes = new Set<string>(FANGCHENGGANG_COUNTY_CODES);
    const hasCountyTarget = new Set(
      plan.targets.filter((target) => countyCodes.has(target.regionCode)).map((target) => target.indicatorCode),
    );
    for (const target of plan.targets) {
      if (target.leadDepartmentCode === null) continue;
      add(target.leadDepartmentCode, target.indicatorCode, target.regionCode);
      if (plan.docNumber === FANGCHENGGANG_DOC_NUMBER && hasCountyTarget.has(target.indicatorCode)) {
        for (const regionCode of [FANGCHENGGANG_CODE, ...FANGCHENGGANG_COUNTY_CODES]) {
          add(target.leadDepartmentCode, target.indicatorCode, regionCode);
        }
      }
    }
  }
  return result;
}

export const responsibilities: SeedResponsibility[] = buildResponsibilities();
