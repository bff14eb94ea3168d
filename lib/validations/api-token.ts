import { z } from "zod";
import { ROLES } from "./enums";
import { optionalId, requiredEnum, requiredId, requiredText } from "./fields";
import { departmentForDepartmentRole } from "./user";

export const apiTokenSchema = z
  .object({
    name: requiredText(60),
    role: requiredEnum(ROLES),
    scopeRegionId: requiredId(),
    departmentId: optionalId(),
  })
  .superRefine(departmentForDepartmentRole);

export type ApiTokenInput = z.output<typeof apiTokenSchema>;
