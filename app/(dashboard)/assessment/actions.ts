"use server";
// The assessment process's form actions: self-assessment and evidence (the assessed region's
// office), verification, return, on-site checks, publication and appeal decisions (the assessing
// office), appeals (the assessed region). Each parses its form, then the data layer checks the role.
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { decideAppeal, fileAppeal } from "@/lib/data/assessment/appeals";
import { publishAssessment } from "@/lib/data/assessment/publication";
import { copyScheme } from "@/lib/data/assessment/schemes";
import { addItemEvidence, saveSelfAssessment } from "@/lib/data/assessment/self-assessment";
import { recordCheck, returnSubmission, verifyScores } from "@/lib/data/assessment/verification";
import type { EvidenceMeta } from "@/lib/data/evidence";
import { failure, type Result } from "@/lib/result";
import { appealSchema, assessmentRefSchema, checkSchema, copySchemeSchema, decisionSchema, evidenceTargetSchema, returnSchema, scoreFieldErrors, scoresFromForm, scoresSchema } from "@/lib/validations/assessment-process";
import { fieldErrorsOf, formToObject } from "@/lib/validations/fields";

function done<T>(result: Result<T>, year: number, region?: string): Result<T> {
  if (result.ok) {
    revalidatePath("/assessment");
    if (region) revalidatePath(`/assessment/${year}/${region}`);
  }
  return result;
}

/** Saves (intent=save) or submits (intent=submit) the self-assessment. */
export async function selfAssessmentAction(_previous: Result<{ status: string }> | null, formData: FormData): Promise<Result<{ status: string }>> {
  const user = await requireUser();
  const form = formToObject(formData);
  const ref = assessmentRefSchema.safeParse(form);
  if (!ref.success) return failure("INVALID", { reason: "invalid", fieldErrors: fieldErrorsOf(ref.error) });
  const raw = scoresFromForm(form);
  const input = scoresSchema.safeParse(raw);
  if (!input.success) return failure("INVALID", { reason: "invalid", fieldErrors: scoreFieldErrors(input.error, raw.items) });
  return done(await saveSelfAssessment(user, ref.data, input.data, form.intent === "submit"), ref.data.year, ref.data.region);
}

/** Uploads one evidence file for an item of the self-assessment. */
export async function evidenceAction(_previous: Result<EvidenceMeta> | null, formData: FormData): Promise<Result<EvidenceMeta>> {
  const user = await requireUser();
  const form = formToObject(formData);
  const ref = assessmentRefSchema.safeParse(form);
  const target = evidenceTargetSchema.safeParse(form);
  if (!ref.success || !target.success) return failure("INVALID", { reason: "invalid", fieldErrors: { ...(ref.error && fieldErrorsOf(ref.error)), ...(target.error && fieldErrorsOf(target.error)) } });
  const file = formData.get("file");
  if (!(file instanceof File)) return failure("INVALID", { reason: "invalid", fieldErrors: { file: [{ code: "admin.validation.required" }] } });
  return done(await addItemEvidence(user, ref.data, target.data.itemCode, file), ref.data.year, ref.data.region);
}

/** The office's verified scores. */
export async function verifyAction(_previous: Result<{ status: string }> | null, formData: FormData): Promise<Result<{ status: string }>> {
  const user = await requireUser();
  const form = formToObject(formData);
  const ref = assessmentRefSchema.safeParse(form);
  if (!ref.success) return failure("INVALID", { reason: "invalid", fieldErrors: fieldErrorsOf(ref.error) });
  const raw = scoresFromForm(form);
  const input = scoresSchema.safeParse(raw);
  if (!input.success) return failure("INVALID", { reason: "invalid", fieldErrors: scoreFieldErrors(input.error, raw.items) });
  return done(await verifyScores(user, ref.data, input.data), ref.data.year, ref.data.region);
}

/** Returns the self-assessment with a comment. */
export async function returnAction(_previous: Result<{ status: string }> | null, formData: FormData): Promise<Result<{ status: string }>> {
  const user = await requireUser();
  const form = formToObject(formData);
  const ref = assessmentRefSchema.safeParse(form);
  const input = returnSchema.safeParse(form);
  if (!ref.success || !input.success) return failure("INVALID", { reason: "invalid", fieldErrors: { ...(ref.error && fieldErrorsOf(ref.error)), ...(input.error && fieldErrorsOf(input.error)) } });
  return done(await returnSubmission(user, ref.data, input.data.comment), ref.data.year, ref.data.region);
}

/** Records an on-site check. */
export async function checkAction(_previous: Result<{ id: number }> | null, formData: FormData): Promise<Result<{ id: number }>> {
  const user = await requireUser();
  const form = formToObject(formData);
  const ref = assessmentRefSchema.safeParse(form);
  const input = checkSchema.safeParse(form);
  if (!ref.success || !input.success) return failure("INVALID", { reason: "invalid", fieldErrors: { ...(ref.error && fieldErrorsOf(ref.error)), ...(input.error && fieldErrorsOf(input.error)) } });
  return done(await recordCheck(user, ref.data, input.data), ref.data.year, ref.data.region);
}

/** Publishes the year's results of the regions below the assessing region. */
export async function publishAction(_previous: Result<{ version: number }> | null, formData: FormData): Promise<Result<{ version: number }>> {
  const user = await requireUser();
  const ref = assessmentRefSchema.safeParse(formToObject(formData));
  if (!ref.success) return failure("INVALID", { reason: "invalid", fieldErrors: fieldErrorsOf(ref.error) });
  return done(await publishAssessment(user, ref.data), ref.data.year);
}

/** Starts next year's scheme as a copy of this year's. */
export async function copySchemeAction(_previous: Result<{ id: number; year: number }> | null, formData: FormData): Promise<Result<{ id: number; year: number }>> {
  const user = await requireUser();
  const input = copySchemeSchema.safeParse(formToObject(formData));
  if (!input.success) return failure("INVALID", { reason: "invalid", fieldErrors: fieldErrorsOf(input.error) });
  return done(await copyScheme(user, input.data), input.data.toYear);
}

/** Files an appeal of one item, with an optional evidence file. */
export async function appealAction(_previous: Result<{ id: number }> | null, formData: FormData): Promise<Result<{ id: number }>> {
  const user = await requireUser();
  const form = formToObject(formData);
  const ref = assessmentRefSchema.safeParse(form);
  const input = appealSchema.safeParse(form);
  if (!ref.success || !input.success) return failure("INVALID", { reason: "invalid", fieldErrors: { ...(ref.error && fieldErrorsOf(ref.error)), ...(input.error && fieldErrorsOf(input.error)) } });
  const file = formData.get("file");
  return done(await fileAppeal(user, ref.data, input.data, file instanceof File && file.size > 0 ? file : null), ref.data.year, ref.data.region);
}

/** Upholds or rejects an appeal. */
export async function decideAction(_previous: Result<{ status: string; version: number | null }> | null, formData: FormData): Promise<Result<{ status: string; version: number | null }>> {
  const user = await requireUser();
  const form = formToObject(formData);
  const ref = assessmentRefSchema.safeParse(form);
  const input = decisionSchema.safeParse(form);
  if (!ref.success || !input.success) return failure("INVALID", { reason: "invalid", fieldErrors: { ...(ref.error && fieldErrorsOf(ref.error)), ...(input.error && fieldErrorsOf(input.error)) } });
  return done(await decideAppeal(user, ref.data, input.data), ref.data.year, ref.data.region);
}
