"use client";
// A select that puts its value into the page's query string (period, department, status …); an empty
// value removes it. A paged list starts again at its first page.
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useTransition } from "react";

export interface QueryOption {
  value: string;
  label: string;
}

export function QuerySelect({ name, label, value, options, testId }: { name: string; label: string; value: string; options: QueryOption[]; testId?: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();
  const [isPending, startTransition] = useTransition();
  return (
    <label className="text-sm" aria-busy={isPending}>
      <span className="block text-slate-600">{label}</span>
      <select
        data-testid={testId}
        className="mt-1 max-w-[16rem] rounded-md border border-slate-300 bg-white px-2 py-1.5"
        value={value}
        onChange={(e) => {
          const params = new URLSearchParams(search.toString());
          if (e.target.value) params.set(name, e.target.value);
          else params.delete(name);
          params.delete("page");
          startTransition(() => router.push(`${pathname}?${params.toString()}`));
        }}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
