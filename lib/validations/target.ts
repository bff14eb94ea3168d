import { z } from "zod";
import { COMPARATORS, MEASURES } from "./enums";
import { checkbox, idList, optionalId, optionalInt, optionalNumber, optionalText, requiredEnum, requiredId, requiredNumber, year } from "./fields";

export const BASELINE_PERIOD = /^\d{4}(Q[1-4])?$/;

/** The editable fields of a target, shared by the target form and the import. */
export const targetFields = {
  areaId: optionalId(),
  indicatorId: requiredId(),
  regionId: requiredId(),
  comparator: requiredEnum(COMPARATORS),
  targetValue: requiredNumber(),
  baselineValue: optionalNumber(),
  baselinePeriod: optionalText(6).refine((v) => v === null || BASELINE_PERIOD.test(v), "admin.validation.baselinePeriod"),
  deadlineYear: year(),
  deadlineQuarter: optionalInt(1, 4, "admin.validation.quarter"),
  measure: requiredEnum(MEASURES),
  isMaintain: checkbox(),
  leadDepartmentId: optionalId(),
  supportDepartmentIds: idList(),
  weight: optionalNumber()
    .refine((v) => v === null || (v > 0 && v <= 100), "admin.validation.weight")
    .transform((v) => v ?? 1),
  sourceSentence: optionalText(2000).transform((v) => v ?? ""),
};

export const targetSchema = z.object({ planId: requiredId(), ...targetFields });

export type TargetInput = z.output<typeof targetSchema>;

/** Maps the extractor's comparator to the data model's. */
export const COMPARATOR_OF_SYMBOL = { ">=": "GTE", "<=": "LTE", "=": "EQ", ">": "GT", "<": "LT" } as const;
