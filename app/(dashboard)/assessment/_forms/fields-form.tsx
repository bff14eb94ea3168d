"use client";
// A small form from a list of fields (return, on-site check, appeal, appeal decision, publication):
// labelled controls with their own messages, hidden values, one submit button and the outcome.
import { useActionForm, type FormAction } from "@/components/admin/use-action-form";
import { BUTTON, CONTROL, FieldIssues, Outcome } from "./form-bits";

export interface FormField {
  name: string;
  label: string;
  kind: "text" | "textarea" | "number" | "date" | "select" | "file";
  options?: readonly { value: string; label: string }[];
  defaultValue?: string;
  hint?: string;
}

interface Props<T> {
  id: string;
  fields: readonly FormField[];
  hidden: Record<string, string | number>;
  submitLabel: string;
  success: string;
  action: FormAction<T>;
}

export function FieldsForm<T>({ id, fields, hidden, submitLabel, success, action }: Props<T>) {
  const { state, isPending, onSubmit, fieldErrors } = useActionForm(action);
  return (
    <form onSubmit={onSubmit} className="space-y-3" data-testid={id} noValidate>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="grid gap-3 sm:grid-cols-2">
        {fields.map((field) => {
          const controlId = `${id}-${field.name}`;
          const issues = fieldErrors[field.name];
          const describedBy = [field.hint ? `${controlId}-hint` : null, issues?.length ? `${controlId}-error` : null].filter(Boolean).join(" ") || undefined;
          const common = { id: controlId, name: field.name, defaultValue: field.defaultValue, "aria-invalid": Boolean(issues?.length), "aria-describedby": describedBy, className: CONTROL };
          return (
            <div key={field.name} className={`min-w-0 text-sm ${field.kind === "textarea" ? "sm:col-span-2" : ""}`}>
              <label htmlFor={controlId} className="font-medium text-slate-700">{field.label}</label>
              {field.kind === "textarea" ? (
                <textarea rows={3} {...common} />
              ) : field.kind === "select" ? (
                <select {...common}>
                  {field.options?.map((o) => (
                    <option key={o.value} value={o.value}>{o.label}</option>
                  ))}
                </select>
              ) : field.kind === "file" ? (
                <input {...common} defaultValue={undefined} type="file" accept=".pdf,.png,.jpg,.jpeg,.gif,.webp,.doc,.docx,.xls,.xlsx" />
              ) : (
                <input {...common} type={field.kind === "date" ? "date" : "text"} inputMode={field.kind === "number" ? "decimal" : undefined} />
              )}
              {field.hint && <p id={`${controlId}-hint`} className="mt-1 text-xs text-slate-500">{field.hint}</p>}
              <FieldIssues id={`${controlId}-error`} issues={issues} />
            </div>
          );
        })}
      </div>
      <button type="submit" className={BUTTON} disabled={isPending} data-testid={`${id}-submit`}>{submitLabel}</button>
      <Outcome state={state} success={success} testId={`${id}-outcome`} />
    </form>
  );
}
