import { z } from "zod";
import { requiredId } from "./fields";

export const responsibilitySchema = z.object({
  departmentId: requiredId(),
  indicatorId: requiredId(),
  regionId: requiredId(),
});

export type ResponsibilityInput = z.output<typeof responsibilitySchema>;
