"use client";
// Submits a form to a server action without React resetting the fields, so nothing the user
// typed is lost when the server answers with field messages.
import { startTransition, useActionState, type FormEvent } from "react";
import type { Result } from "@/lib/result";

export type FormAction<T> = (previous: Result<T> | null, formData: FormData) => Promise<Result<T>>;

export function useActionForm<T>(action: FormAction<T>) {
  const [state, dispatch, isPending] = useActionState(action, null);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  }
  const fieldErrors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return { state, isPending, onSubmit, fieldErrors, errorsFor: (name: string) => fieldErrors[name]?.map((issue) => issue.code) };
}
