"use client";
// The quarters with their due dates and state; the office opens, closes and re-dates them.
import { ScrollBox } from "@/components/ui/scroll-box";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormMessage } from "@/components/ui/form";
import type { PeriodView } from "@/lib/data/periods";
import { useI18n } from "@/lib/i18n/client";
import { issueMessages, failureMessage } from "@/lib/i18n/issues";
import { updatePeriodAction } from "../actions";

interface NextPeriod {
  label: string;
  year: number;
  quarter: number;
  dueDate: string;
}

export function PeriodTable({ periods, next }: { periods: PeriodView[]; next: NextPeriod | null }) {
  const { t } = useI18n();
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [isPending, startTransition] = useTransition();

  function run(input: { period: string; isOpen?: boolean; dueDate?: string }, success: string) {
    startTransition(async () => {
      const result = await updatePeriodAction(input);
      setMessage(
        result.ok
          ? { ok: true, text: success }
          : { ok: false, text: result.fieldErrors ? issueMessages(t, Object.values(result.fieldErrors).flatMap((l) => l ?? [])) : failureMessage(t, result) },
      );
      router.refresh();
    });
  }

  return (
    <div className="space-y-3">
      {message && (
        <FormMessage tone={message.ok ? "success" : "error"} testId="period-notice">
          {message.text}
        </FormMessage>
      )}
      <ScrollBox label={t("entry.nav.periods")}>
        <table className="w-full min-w-[32rem] text-sm" data-testid="period-table">
          <thead className="text-left text-xs text-slate-600">
            <tr>
              <th className="px-2 py-2 font-medium">{t("periods.quarter")}</th>
              <th className="px-2 py-2 font-medium">{t("periods.dueDate")}</th>
              <th className="px-2 py-2 font-medium">{t("periods.state")}</th>
              <th className="px-2 py-2 font-medium">{t("periods.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {next && (
              <PeriodRow key={next.label} label={next.label} dueDate={next.dueDate} isOpen={null} isPending={isPending} run={run} />
            )}
            {periods.map((p) => (
              <PeriodRow key={`${p.label}:${p.dueDate}:${p.isOpen}`} label={p.label} dueDate={p.dueDate.slice(0, 10)} isOpen={p.isOpen} isPending={isPending} run={run} />
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </div>
  );
}

function PeriodRow({ label, dueDate, isOpen, isPending, run }: { label: string; dueDate: string; isOpen: boolean | null; isPending: boolean; run: (input: { period: string; isOpen?: boolean; dueDate?: string }, success: string) => void }) {
  const { t } = useI18n();
  const [due, setDue] = useState(dueDate);
  const [year, quarter] = label.split("Q");
  const name = t("entry.periodLabel", { year: year ?? "", quarter: quarter ?? "" });
  return (
    <tr className="border-t border-slate-100" data-testid={`period-${label}`}>
      <td className="px-2 py-2 font-medium">{name}</td>
      <td className="px-2 py-2">
        <input type="date" value={due} onChange={(e) => setDue(e.target.value)} aria-label={t("periods.dueDateOf", { period: name })} className="rounded-md border border-slate-300 px-2 py-1" />
      </td>
      <td className="px-2 py-2">
        {isOpen === null ? (
          <span className="text-slate-500">{t("periods.notCreated")}</span>
        ) : (
          <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${isOpen ? "bg-emerald-100 text-emerald-900" : "bg-slate-100 text-slate-700"}`}>{t(isOpen ? "entry.open" : "entry.closed")}</span>
        )}
      </td>
      <td className="px-2 py-2">
        <div className="flex flex-wrap gap-2">
          {isOpen === null ? (
            <button type="button" disabled={isPending} onClick={() => run({ period: label, dueDate: due, isOpen: false }, t("periods.created", { period: name }))} className="rounded-md border border-slate-300 px-2.5 py-1 hover:bg-slate-100 disabled:opacity-50">
              {t("periods.create")}
            </button>
          ) : (
            <>
              {due !== dueDate && (
                <button type="button" disabled={isPending} onClick={() => run({ period: label, dueDate: due }, t("periods.dueSaved", { period: name }))} className="rounded-md border border-slate-300 px-2.5 py-1 hover:bg-slate-100 disabled:opacity-50">
                  {t("periods.saveDue")}
                </button>
              )}
              <button
                type="button"
                disabled={isPending}
                data-testid={isOpen ? "close-period" : "open-period"}
                onClick={() =>
                  window.confirm(t(isOpen ? "periods.confirmClose" : "periods.confirmOpen", { period: name })) &&
                  run({ period: label, isOpen: !isOpen }, t(isOpen ? "periods.closedDone" : "periods.openedDone", { period: name }))
                }
                className={`rounded-md border px-2.5 py-1 disabled:opacity-50 ${isOpen ? "border-red-300 text-red-700 hover:bg-red-50" : "border-slate-300 hover:bg-slate-100"}`}
              >
                {t(isOpen ? "periods.close" : "periods.open")}
              </button>
            </>
          )}
        </div>
      </td>
    </tr>
  );
}
