"use client";
// A select that puts its value into the page's query string (period, department, status …); an empty
// value removes it. Choosing does not navigate (arrow keys move the choice): its "Go" button does,
// after asking when the page has unsaved changes. A paged list starts again at its first page.
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { useI18n } from "@/lib/i18n/client";
import { confirmLeave } from "@/lib/ui/leave-guard";

export interface QueryOption {
  value: string;
  label: string;
}

export function QuerySelect({ name, label, value, options, testId }: { name: string; label: string; value: string; options: QueryOption[]; testId?: string }) {
  const { t } = useI18n();
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();
  const id = useId();
  const [choice, setChoice] = useState(value);
  const [shownValue, setShownValue] = useState(value);
  if (value !== shownValue) {
    setShownValue(value);
    setChoice(value);
  }
  const [isPending, startTransition] = useTransition();

  function go() {
    if (choice === value || !confirmLeave()) return;
    const params = new URLSearchParams(search.toString());
    if (choice) params.set(name, choice);
    else params.delete(name);
    params.delete("page");
    startTransition(() => router.push(`${pathname}?${params.toString()}`));
  }

  return (
    <div className="text-sm" aria-busy={isPending}>
      <label htmlFor={id} className="block text-slate-600">
        {label}
      </label>
      <div className="mt-1 flex gap-1">
        <select
          id={id}
          data-testid={testId}
          className="max-w-[16rem] rounded-md border border-slate-300 bg-white px-2 py-1.5"
          value={choice}
          onChange={(e) => setChoice(e.target.value)}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        <button
          type="button"
          data-testid={testId && `${testId}-go`}
          aria-label={t("nav.goTo", { label })}
          className="rounded-md border border-slate-300 bg-white px-2.5 py-1.5 hover:bg-slate-100"
          onClick={go}
        >
          {t("nav.go")}
        </button>
      </div>
    </div>
  );
}
