// The cascade screen's accept: per child region the value it gets, the version of its existing
// target (null when it has none) and whether a target edited by hand may be overwritten.
import { z } from "zod";
import { checkbox, requiredId, requiredInt, requiredNumber } from "./fields";

export const cascadeRowSchema = z.object({
  regionId: requiredId(),
  value: requiredNumber(),
  version: z.union([z.null(), requiredInt(1, Number.MAX_SAFE_INTEGER)]),
  overwrite: checkbox(),
});

export const cascadeSchema = z.object({
  parentVersion: requiredInt(1, Number.MAX_SAFE_INTEGER),
  rows: z.array(cascadeRowSchema).min(1, "cascade.errors.noRows").max(500),
});

export type CascadeInput = z.output<typeof cascadeSchema>;
