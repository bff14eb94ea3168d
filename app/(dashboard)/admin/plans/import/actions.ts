"use server";
// Policy-document import: read an uploaded file, extract candidate targets for review, accept the
// reviewed ones (all or nothing). Each: parse → user → data layer (role and scope) → result.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { analyseDocument, type DocumentAnalysis } from "@/lib/data/admin/document-analysis";
import { acceptImport } from "@/lib/data/admin/plan-import";
import { cleanText, MAX_DOCUMENT_BYTES, readDocument } from "@/lib/files/read-document";
import { can } from "@/lib/permissions";
import type { Result } from "@/lib/result";
import { parseWith } from "@/lib/validations/fields";
import { ANALYSIS_TEXT_MAX, importSchema } from "@/lib/validations/plan-import-input";

export async function readDocumentAction(formData: FormData): Promise<Result<{ text: string; name: string }>> {
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return { ok: false, code: "INVALID", fieldErrors: { file: [{ code: "admin.import.errors.noFile" }] } };
  const user = await requireUser();
  if (!can(user, "plan.manage")) return { ok: false, code: "FORBIDDEN" };
  if (file.size > MAX_DOCUMENT_BYTES) return { ok: false, code: "INVALID", fieldErrors: { file: [{ code: "admin.import.errors.TOO_LARGE" }] } };
  const result = await readDocument(file.name, Buffer.from(await file.arrayBuffer()));
  if (!result.ok) return { ok: false, code: "INVALID", fieldErrors: { file: [{ code: `admin.import.errors.${result.reason}` }] } };
  return { ok: true, data: { text: result.text, name: file.name } };
}

const textSchema = z.object({
  text: z.string().transform(cleanText).pipe(z.string().min(1, "admin.import.errors.noText").max(ANALYSIS_TEXT_MAX, "admin.import.errors.textTooLong")),
});

export async function analyseDocumentAction(text: string): Promise<Result<DocumentAnalysis & { text: string }>> {
  const parsed = parseWith(textSchema, { text });
  if (!parsed.ok) return parsed;
  const result = await analyseDocument(await requireUser(), parsed.data.text);
  return result.ok ? { ok: true, data: { ...result.data, text: parsed.data.text } } : result;
}

export async function acceptImportAction(payload: unknown): Promise<Result<{ planId: number; count: number }>> {
  const parsed = parseWith(importSchema, payload);
  if (!parsed.ok) return parsed;
  const result = await acceptImport(await requireUser(), parsed.data);
  if (!result.ok) return result;
  revalidatePath("/admin/plans");
  revalidatePath(`/admin/plans/${result.data.planId}`);
  revalidatePath("/");
  return { ok: true, data: { planId: result.data.planId, count: result.data.targetIds.length } };
}
