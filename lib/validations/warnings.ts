// Red and yellow cards and their rectification: what the office and the departments submit.
// Messages are catalogue keys shown next to the field they name.
import { z } from "zod";
import { MSG, requiredDate, requiredEnum, requiredId, requiredInt, requiredText } from "./fields";

export const WARNINGS_MSG = {
  regionCode: "warnings.validation.regionCode",
  file: "warnings.validation.file",
  tooManyFiles: "warnings.validation.tooManyFiles",
} as const;

const reason = () => requiredText(2000);
const version = () => requiredInt(1, 1_000_000_000, MSG.required);

export const issueCardSchema = z.object({
  regionCode: z.preprocess((v) => (typeof v === "string" ? v.trim() : v), z.string({ error: MSG.required }).regex(/^\d{6}$/, WARNINGS_MSG.regionCode)),
  color: requiredEnum(["RED", "YELLOW"] as const),
  reason: reason(),
});

/** Withdraw (撤销) or lift (销号) a card: a reason is required either way. */
export const closeCardSchema = z.object({
  cardId: requiredId(),
  version: version(),
  reason: reason(),
});

/** Confirm a proposed lifting: the condition is met, so the reason is optional. */
export const confirmLiftSchema = z.object({
  cardId: requiredId(),
  version: version(),
});

export const taskSchema = z.object({
  cardId: requiredId(),
  departmentId: requiredId(),
  deadline: requiredDate(),
  actions: reason(),
});

/** The most evidence files one progress note takes (each within the evidence size limit); the catalogues' warnings.task.filesHint and warnings.validation.tooManyFiles say it. */
const MAX_NOTE_FILES = 5;

/** A progress note, with the evidence files chosen in its file field (the empty part a browser sends when none is chosen is dropped). */
export const noteSchema = z.object({
  taskId: requiredId(),
  note: reason(),
  file: z.preprocess(
    (value) => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]).filter((f) => !(f instanceof File && f.size === 0 && f.name === "")),
    z.array(z.instanceof(File, { error: WARNINGS_MSG.file })).max(MAX_NOTE_FILES, WARNINGS_MSG.tooManyFiles),
  ),
});

export const taskDoneSchema = z.object({
  taskId: requiredId(),
  version: version(),
});

export const warningsSearchSchema = z.object({
  status: z.enum(["open", "closed", "all"]).catch("open"),
  region: z.string().regex(/^\d{6}$/).optional().catch(undefined),
});

export type IssueCardInput = z.output<typeof issueCardSchema>;
export type CloseCardInput = z.output<typeof closeCardSchema>;
export type TaskInput = z.output<typeof taskSchema>;
export type NoteInput = z.output<typeof noteSchema>;
