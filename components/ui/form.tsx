"use client";
// Form building blocks: labelled fields with translated field messages, a form-level message
// for failures, and a submit button. Messages arrive as catalogue keys from the server.
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { useI18n } from "@/lib/i18n/client";
import type { FieldIssue } from "@/lib/result";

const CONTROL =
  "mt-1 block w-full min-w-0 rounded-md border border-slate-300 bg-white px-3 py-2 text-base outline-none focus:border-brand-600 focus:ring-2 focus:ring-brand-100 aria-[invalid=true]:border-red-500 disabled:bg-slate-100 sm:text-sm";

interface FieldProps {
  name: string;
  label: string;
  /** Message keys, or issues whose messages take values (a file's size limit). */
  errors?: readonly (string | FieldIssue)[];
  hint?: string;
  required?: boolean;
  className?: string;
}

function FieldShell({ name, label, errors, hint, required, className = "", children }: FieldProps & { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className={`block text-sm ${className}`}>
      <label htmlFor={`field-${name}`} className="font-medium text-slate-700">
        {label}
        {required && (
          <span className="ml-0.5 text-red-600" aria-hidden="true">
            *
          </span>
        )}
      </label>
      {children}
      {hint && (
        <p id={`${name}-hint`} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      )}
      {errors && errors.length > 0 && (
        <p id={`${name}-error`} className="mt-1 text-sm text-red-600" data-testid={`error-${name}`}>
          {errors.map((e) => (typeof e === "string" ? t(e) : t(e.code, e.params))).join(" ")}
        </p>
      )}
    </div>
  );
}

/** The control's id, name, styling and accessibility attributes, tied to the shell's label, hint and message. */
function controlProps({ name, errors, hint, required }: FieldProps) {
  const ids = [errors && errors.length > 0 ? `${name}-error` : null, hint ? `${name}-hint` : null].filter(Boolean);
  return {
    id: `field-${name}`,
    name,
    "aria-invalid": Boolean(errors?.length),
    "aria-describedby": ids.length > 0 ? ids.join(" ") : undefined,
    "aria-required": required,
    className: CONTROL,
  };
}

export function TextField({ name, label, errors, hint, required, className, ...input }: FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, "name">) {
  return (
    <FieldShell name={name} label={label} errors={errors} hint={hint} required={required} className={className}>
      <input {...controlProps({ name, label, errors, hint, required })} {...input} />
    </FieldShell>
  );
}

export function TextAreaField({ name, label, errors, hint, required, className, ...input }: FieldProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name">) {
  return (
    <FieldShell name={name} label={label} errors={errors} hint={hint} required={required} className={className}>
      <textarea {...controlProps({ name, label, errors, hint, required })} {...input} />
    </FieldShell>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectField({
  name,
  label,
  errors,
  hint,
  required,
  className,
  options,
  placeholder,
  ...select
}: FieldProps & Omit<SelectHTMLAttributes<HTMLSelectElement>, "name"> & { options: readonly Option[]; placeholder?: string }) {
  return (
    <FieldShell name={name} label={label} errors={errors} hint={hint} required={required} className={className}>
      <select {...controlProps({ name, label, errors, hint, required })} {...select}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function CheckboxField({ name, label, hint, ...input }: { name: string; label: string; hint?: string } & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "type">) {
  return (
    <label className="flex items-start gap-2 text-sm">
      <input type="checkbox" name={name} className="mt-0.5 h-4 w-4 rounded border-slate-300" {...input} />
      <span>
        <span className="font-medium text-slate-700">{label}</span>
        {hint && <span className="block text-xs text-slate-500">{hint}</span>}
      </span>
    </label>
  );
}

/** A group of checkboxes sharing one name (e.g. supporting departments). */
export function CheckboxGroup({ name, label, options, defaultValue = [], errors }: { name: string; label: string; options: readonly Option[]; defaultValue?: readonly string[]; errors?: string[] }) {
  const { t } = useI18n();
  return (
    <fieldset className="text-sm">
      <legend className="font-medium text-slate-700">{label}</legend>
      <div className="mt-1 grid max-h-48 grid-cols-1 gap-1 overflow-y-auto rounded-md border border-slate-200 p-2 sm:grid-cols-2">
        {options.map((o) => (
          <label key={o.value} className="flex items-center gap-2">
            <input type="checkbox" name={name} value={o.value} defaultChecked={defaultValue.includes(o.value)} className="h-4 w-4 rounded border-slate-300" />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      {errors && errors.length > 0 && (
        <p className="mt-1 text-sm text-red-600" data-testid={`error-${name}`}>
          {errors.map((e) => t(e)).join(" ")}
        </p>
      )}
    </fieldset>
  );
}

export function SubmitButton({ isPending, label, pendingLabel }: { isPending: boolean; label: string; pendingLabel?: string }) {
  return (
    <button type="submit" disabled={isPending} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-900 disabled:opacity-60">
      {isPending ? (pendingLabel ?? label) : label}
    </button>
  );
}

export function FormMessage({ tone, children, testId = "form-message" }: { tone: "error" | "success" | "info"; children: ReactNode; testId?: string }) {
  const colours = { error: "bg-red-50 text-red-800 border-red-200", success: "bg-green-50 text-green-800 border-green-200", info: "bg-slate-50 text-slate-700 border-slate-200" };
  return (
    <p role="status" data-testid={testId} className={`rounded-md border px-3 py-2 text-sm ${colours[tone]}`}>
      {children}
    </p>
  );
}
