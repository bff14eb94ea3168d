import { z } from "zod";
import { containsUsername, MIN_PASSWORD_CLASSES, MIN_PASSWORD_LENGTH, passwordClassCount } from "@/lib/domain/password-rules";
import { ROLES } from "./enums";
import { optionalId, requiredEnum, requiredId, requiredText } from "./fields";

export const USERNAME = /^[a-z0-9][a-z0-9._-]{2,31}$/;

// New passwords only (lib/domain/password-rules.ts); that one must not contain the username is
// checked where the username is known: in the create schema and in the data layer's reset.
const password = z
  .string({ error: "admin.validation.required" })
  .min(MIN_PASSWORD_LENGTH, "admin.validation.passwordShort")
  .max(128, "admin.validation.tooLong")
  .refine((v) => passwordClassCount(v) >= MIN_PASSWORD_CLASSES, "admin.validation.passwordWeak");

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
  .superRefine(departmentForDepartmentRole)
  .superRefine((value, ctx) => {
    if (containsUsername(value.password, value.username)) ctx.addIssue({ code: "custom", message: "admin.validation.passwordHasUsername", path: ["password"] });
  });

export const updateUserSchema = z.object({ ...profileFields, version: requiredId() }).superRefine(departmentForDepartmentRole);

export const resetPasswordSchema = passwordPair;

/** A user's change of their own password: the current one, then the new one twice. */
export const changeOwnPasswordSchema = z
  .object({ currentPassword: z.string({ error: "admin.validation.required" }).min(1, "admin.validation.required").max(256), password, passwordConfirm: z.string().optional() })
  .refine((v) => v.password === v.passwordConfirm, { message: "admin.validation.passwordMismatch", path: ["passwordConfirm"] });

export type CreateUserInput = z.output<typeof createUserSchema>;
export type UpdateUserInput = z.output<typeof updateUserSchema>;
