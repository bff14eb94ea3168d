import { z } from "zod";

export const signInSchema = z.object({
  username: z.string().trim().min(1, "auth.errors.usernameRequired").max(64),
  password: z.string().min(1, "auth.errors.passwordRequired").max(256),
});

/** The second step of a sign-in: the authenticator's code, or (in its own field) a recovery code. */
export const secondFactorSchema = z
  .object({
    code: z.string().trim().max(32).default(""),
    recoveryCode: z.string().trim().max(32).default(""),
  })
  .refine((input) => input.code !== "" || input.recoveryCode !== "", { message: "auth.secondFactor.errors.codeRequired", path: ["code"] });
