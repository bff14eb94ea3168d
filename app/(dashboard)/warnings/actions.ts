"use server";
// Warnings actions: issue, withdraw and lift cards (the office), set rectification tasks, record progress (with evidence files) and mark tasks done.
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { confirmLift, issueCard, liftCard, withdrawCard } from "@/lib/data/warnings/cards";
import { addNote, addTask, completeTask } from "@/lib/data/warnings/tasks";
import type { Result } from "@/lib/result";
import { formToObject, parseWith } from "@/lib/validations/fields";
import { closeCardSchema, confirmLiftSchema, issueCardSchema, noteSchema, taskDoneSchema, taskSchema } from "@/lib/validations/warnings";

type Outcome = Result<{ id: number }>;

function done(result: Outcome, cardId?: number): Outcome {
  revalidatePath("/warnings");
  if (cardId) revalidatePath(`/warnings/${cardId}`);
  revalidatePath("/");
  return result;
}

export async function issueCardAction(_previous: Outcome | null, formData: FormData): Promise<Outcome> {
  const user = await requireUser();
  const parsed = parseWith(issueCardSchema, formToObject(formData));
  if (!parsed.ok) return parsed;
  return done(await issueCard(user, parsed.data));
}

/** Lift or withdraw, as the button pressed says, with the reason given. */
export async function closeCardAction(_previous: Outcome | null, formData: FormData): Promise<Outcome> {
  const user = await requireUser();
  const parsed = parseWith(closeCardSchema, formToObject(formData));
  if (!parsed.ok) return parsed;
  const result = formData.get("decision") === "withdraw" ? await withdrawCard(user, parsed.data) : await liftCard(user, parsed.data);
  return done(result, parsed.data.cardId);
}

export async function confirmLiftAction(_previous: Outcome | null, formData: FormData): Promise<Outcome> {
  const user = await requireUser();
  const parsed = parseWith(confirmLiftSchema, formToObject(formData));
  if (!parsed.ok) return parsed;
  return done(await confirmLift(user, parsed.data), parsed.data.cardId);
}

export async function addTaskAction(_previous: Outcome | null, formData: FormData): Promise<Outcome> {
  const user = await requireUser();
  const parsed = parseWith(taskSchema, formToObject(formData));
  if (!parsed.ok) return parsed;
  return done(await addTask(user, parsed.data), parsed.data.cardId);
}

/** A progress note with its evidence files (the fields are named per task: several tasks' forms share the page). */
export async function addNoteAction(_previous: Outcome | null, formData: FormData): Promise<Outcome> {
  const user = await requireUser();
  const taskId = formData.get("taskId");
  const parsed = parseWith(noteSchema, { taskId, note: formData.get(`note-${String(taskId)}`), file: formData.getAll(`file-${String(taskId)}`) });
  if (!parsed.ok) return parsed;
  const cardId = Number(formData.get("cardId")) || undefined;
  return done(await addNote(user, { taskId: parsed.data.taskId, note: parsed.data.note, files: parsed.data.file }), cardId);
}

export async function completeTaskAction(_previous: Outcome | null, formData: FormData): Promise<Outcome> {
  const user = await requireUser();
  const parsed = parseWith(taskDoneSchema, formToObject(formData));
  if (!parsed.ok) return parsed;
  const cardId = Number(formData.get("cardId")) || undefined;
  return done(await completeTask(user, parsed.data), cardId);
}
