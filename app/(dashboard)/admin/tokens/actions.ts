"use server";
// API-token screen: parse → user → data layer (which checks role and scope) → result. The token
// value is returned once, to the administrator who created it, and never stored.
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { createApiToken, revokeApiToken } from "@/lib/data/admin/api-tokens";
import type { Result } from "@/lib/result";
import { apiTokenSchema } from "@/lib/validations/api-token";
import { formToObject, parseWith } from "@/lib/validations/fields";

export type CreatedToken = Result<{ id: number; name: string; token: string }>;

export async function createApiTokenAction(_previous: CreatedToken | null, formData: FormData): Promise<CreatedToken> {
  const parsed = parseWith(apiTokenSchema, formToObject(formData));
  if (!parsed.ok) return parsed;
  const result = await createApiToken(await requireUser(), parsed.data);
  if (!result.ok) return result;
  revalidatePath("/admin/tokens");
  return { ok: true, data: { id: result.data.id, name: result.data.name, token: result.data.token } };
}

export async function revokeApiTokenAction(id: number): Promise<Result<unknown>> {
  const result = await revokeApiToken(await requireUser(), id);
  if (result.ok) revalidatePath("/admin/tokens");
  return result.ok ? { ok: true, data: null } : result;
}
