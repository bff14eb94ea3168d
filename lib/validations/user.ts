import { z } from "zod";
import { ROLES } from "./enums";
import { optionalId, requiredEnum, requiredId, requiredText } from "./fields";

export const USERNAME = /^[a-z0-9][a-z0-9._-]{2,31}$/;

const password = z
  .string({ error: "admin.validation.required" })
  .min(8, "admin.validation.passwordShort")
  .max(128, "admin.validation.tooLong")
  .refine((v) => /[A-Za-z]/.test(v) && /\d/.test(v), "admin.validation.passwordWeak");

const passwordPair = z
  .object({ password, passwordConfirm: z.string().optional() })
  .refine((v) => v.password === v.passwordConfirm, { message: "admin.validation.passwordMismatch", path: ["passwordConfirm"] });

/** A DEPARTMENT user (or token) reports for one department: it must be named. */
export const departmentForDepartmentRole = <T extends { role: string; departmentId: number | null }>(value: T, ctx: z.RefinementCtx) => {
  if (value.role === "DEPARTMENT" && value.departmentId === null) {
    ctx.addIssue({ code: "custom", message: "admin.validation.departmentRequired", path: ["departmentId"] });
  }
};

const profileFields = {
  name: requiredText(40),
  role: requiredEnum(ROLES),
  scopeRegionId: requiredId(),
  departmentId: optionalId(),
};

export const createUserSchema = z
  .object({
    username: z.preprocess((v) => (typeof v === "string" ? v.trim().toLowerCase() : ""), z.string().regex(USERNAME, "admin.validation.username")),
    ...profileFields,
  })
  .and(passwordPair)
  .superRefine(departmentForDepartmentRole);

export const updateUserSchema = z.object({ ...profileFields, version: requiredId() }).superRefine(departmentForDepartmentRole);

export const resetPasswordSchema = passwordPair;

export type CreateUserInput = z.output<typeof createUserSchema>;
export type UpdateUserInput = z.output<typeof updateUserSchema>;
