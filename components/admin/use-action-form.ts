"use client";
// Submits a form to a server action without React resetting the fields, so nothing the user
// typed is lost when the server answers with field messages; then focus goes to the first wrong
// field (the submit button was disabled meanwhile, so focus would otherwise fall to the page).
import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
import type { Result } from "@/lib/result";

export type FormAction<T> = (previous: Result<T> | null, formData: FormData) => Promise<Result<T>>;

export function useActionForm<T>(action: FormAction<T>) {
  const [state, dispatch, isPending] = useActionState(action, null);
  const formRef = useRef<HTMLFormElement | null>(null);
  useEffect(() => {
    if (state && !state.ok) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state]);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    formRef.current = event.currentTarget;
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  }
  const fieldErrors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return { state, isPending, onSubmit, fieldErrors, errorsFor: (name: string) => fieldErrors[name]?.map((issue) => issue.code) };
}
