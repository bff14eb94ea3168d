"use client";
// Rectification task forms: set a task (the office), record progress with evidence files and mark it done (the office or the owner department).
import { SubmitButton, TextAreaField, TextField, SelectField, type Option } from "@/components/ui/form";
import { useActionForm } from "@/components/admin/use-action-form";
import { useEffect, useRef } from "react";
import { useI18n } from "@/lib/i18n/client";
import { addNoteAction, addTaskAction, completeTaskAction } from "../actions";
import { FormOutcome } from "./form-outcome";

export function TaskForm({ cardId, departments }: { cardId: number; departments: Option[] }) {
  const { t } = useI18n();
  const { state, isPending, onSubmit, errorsFor } = useActionForm(addTaskAction);
  return (
    <form onSubmit={onSubmit} className="space-y-3" aria-label={t("warnings.task.add")} data-testid="task-form">
      <input type="hidden" name="cardId" value={cardId} />
      <SelectField name="departmentId" label={t("warnings.task.department")} options={departments} placeholder="" required errors={errorsFor("departmentId")} />
      <TextField name="deadline" type="date" label={t("warnings.task.deadline")} required errors={errorsFor("deadline")} />
      <TextAreaField name="actions" label={t("warnings.task.actions")} rows={3} required errors={errorsFor("actions")} />
      <FormOutcome state={state} successKey="warnings.decide.done" />
      <SubmitButton isPending={isPending} label={t("warnings.task.submit")} />
    </form>
  );
}

export function NoteForm({ cardId, taskId, department }: { cardId: number; taskId: number; department: string }) {
  const { t } = useI18n();
  const { state, isPending, onSubmit, errorsFor, fieldErrors } = useActionForm(addNoteAction);
  const formRef = useRef<HTMLFormElement>(null);
  // A recorded note (and its files) is cleared, so that pressing the button again does not record it twice.
  useEffect(() => {
    if (state?.ok) formRef.current?.reset();
  }, [state]);
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-2" aria-label={t("warnings.task.addNote", { department })} noValidate>
      <input type="hidden" name="cardId" value={cardId} />
      <input type="hidden" name="taskId" value={taskId} />
      {/* Named per task: several tasks' forms share the page, and each field needs its own id. */}
      <TextAreaField name={`note-${taskId}`} label={t("warnings.task.note")} rows={2} required errors={errorsFor("note")} />
      <TextField
        name={`file-${taskId}`}
        type="file"
        multiple
        accept=".pdf,.png,.jpg,.jpeg,.gif,.webp,.doc,.docx,.xls,.xlsx"
        label={t("warnings.task.files")}
        hint={t("warnings.task.filesHint")}
        errors={fieldErrors.file}
      />
      <FormOutcome state={state} successKey="warnings.decide.done" />
      <SubmitButton isPending={isPending} label={t("warnings.task.addNote", { department })} />
    </form>
  );
}

export function DoneForm({ cardId, taskId, version, department }: { cardId: number; taskId: number; version: number; department: string }) {
  const { t } = useI18n();
  const { state, isPending, onSubmit } = useActionForm(completeTaskAction);
  return (
    <form onSubmit={onSubmit} className="space-y-2">
      <input type="hidden" name="cardId" value={cardId} />
      <input type="hidden" name="taskId" value={taskId} />
      <input type="hidden" name="version" value={version} />
      <FormOutcome state={state} successKey="warnings.decide.done" />
      <SubmitButton isPending={isPending} label={t("warnings.task.done", { department })} />
    </form>
  );
}
