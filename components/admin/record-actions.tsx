"use client";
// Buttons that change a record's state (deactivate, archive, delete, revoke): each asks for
// confirmation, calls its server action, and shows the outcome in words.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useI18n } from "@/lib/i18n/client";
import type { Result } from "@/lib/result";
import { FormMessage } from "@/components/ui/form";
import { describeFailure } from "./failure-message";

export interface RecordAction {
  label: string;
  /** A bound server action. */
  run: () => Promise<Result<unknown>>;
  confirm?: string;
  tone?: "danger" | "default";
  /** Where to go after success; stays (and refreshes) when absent. */
  redirectTo?: string;
  successMessage?: string;
  testId?: string;
}

export function RecordActions({ actions }: { actions: RecordAction[] }) {
  const { t } = useI18n();
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);

  function run(action: RecordAction) {
    if (action.confirm && !window.confirm(action.confirm)) return;
    setMessage(null);
    startTransition(async () => {
      const result = await action.run();
      if (!result.ok) {
        setMessage({ tone: "error", text: describeFailure(t, result) });
        return;
      }
      if (action.redirectTo) router.push(action.redirectTo);
      else {
        setMessage({ tone: "success", text: action.successMessage ?? t("admin.saved") });
        router.refresh();
      }
    });
  }

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {actions.map((action) => (
          <button
            key={action.label}
            type="button"
            disabled={isPending}
            data-testid={action.testId}
            onClick={() => run(action)}
            className={`rounded-md border px-3 py-1.5 text-sm disabled:opacity-50 ${
              action.tone === "danger" ? "border-red-300 text-red-700 hover:bg-red-50" : "border-slate-300 text-slate-700 hover:bg-slate-100"
            }`}
          >
            {action.label}
          </button>
        ))}
      </div>
      {message && (
        <FormMessage tone={message.tone} testId="record-action-message">
          {message.text}
        </FormMessage>
      )}
    </div>
  );
}
