"use client";
// Bulk import: download the XLSX template, upload it (or a CSV) filled in. A file with any bad row
// is refused whole; every problem is listed with its row, column and reason, and can be downloaded.
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition, type FormEvent } from "react";
import { ScrollBox } from "@/components/ui/scroll-box";
import { escapeCellText } from "@/lib/export/formula-escape";
import { useI18n } from "@/lib/i18n/client";

interface Issue {
  row: number;
  column: string;
  code: string;
  message: string;
}

type Outcome =
  | { ok: true; created: number; updated: number; unchanged: number; skipped: number }
  | { ok: false; message: string; issues: Issue[] };

const MAX_BYTES = 5 * 1024 * 1024;

export function ImportPanel({ period, departmentId }: { period: string; departmentId: number }) {
  const { t } = useI18n();
  const router = useRouter();
  const fileRef = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [isPending, startTransition] = useTransition();
  const templateUrl = `/api/v1/figure-imports/template?period=${period}&department=${departmentId}`;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = fileRef.current?.files?.[0];
    if (!file) {
      setOutcome({ ok: false, message: t("entry.errors.noFile"), issues: [] });
      return;
    }
    if (file.size > MAX_BYTES) {
      setOutcome({ ok: false, message: t("entry.errors.fileTooLarge", { max: "5 MB" }), issues: [] });
      return;
    }
    const form = new FormData();
    form.set("file", file);
    form.set("period", period);
    form.set("department", String(departmentId));
    startTransition(async () => {
      try {
        const response = await fetch("/api/v1/figure-imports", { method: "POST", body: form });
        const body: unknown = await response.json().catch(() => null);
        if (response.ok && body && typeof body === "object") {
          setOutcome({ ok: true, ...(body as Omit<Extract<Outcome, { ok: true }>, "ok">) });
          if (fileRef.current) fileRef.current.value = "";
          router.refresh();
          return;
        }
        const error = (body as { error?: { message?: string; issues?: Issue[] } } | null)?.error;
        setOutcome({ ok: false, message: error?.message ?? t("entry.errors.importFailed"), issues: error?.issues ?? [] });
      } catch {
        setOutcome({ ok: false, message: t("entry.errors.importFailed"), issues: [] });
      }
    });
  }

  function downloadIssues(issues: Issue[]) {
    const quote = (s: string) => `"${escapeCellText(s).replace(/"/g, '""')}"`;
    const lines = [
      [t("entry.import.row"), t("entry.import.column"), t("entry.import.reason")].map(quote).join(","),
      ...issues.map((i) => [String(i.row || ""), i.column ? t(`entry.import.columns.${i.column}`) : "", i.message].map(quote).join(",")),
    ];
    // A BOM so that Excel opens the Chinese text as UTF-8.
    const blob = new Blob(["\uFEFF" + lines.join("\r\n")], { type: "text/csv;charset=utf-8" });
    const url = URL.createObjectURL(blob);
    const link = document.createElement("a");
    link.href = url;
    link.download = `${t("entry.import.errorFile", { period })}.csv`;
    link.click();
    URL.revokeObjectURL(url);
  }

  return (
    <section className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm" aria-labelledby="import-title" data-testid="import-panel">
      <h2 id="import-title" className="text-base font-semibold">{t("entry.import.title")}</h2>
      <p className="mt-1 text-sm text-slate-600">{t("entry.import.help")}</p>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <a href={templateUrl} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100" data-testid="download-template">
          {t("entry.import.template")}
        </a>
        <form onSubmit={onSubmit} className="flex min-w-0 flex-wrap items-center gap-2">
          <input
            ref={fileRef}
            type="file"
            name="file"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            aria-label={t("entry.import.file")}
            data-testid="import-file"
            className="max-w-full text-sm file:mr-2 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-2 file:py-1"
          />
          <button type="submit" disabled={isPending} data-testid="import-submit" className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-900 disabled:opacity-50">
            {isPending ? t("entry.import.uploading") : t("entry.import.upload")}
          </button>
        </form>
      </div>
      {outcome?.ok === true && (
        <p role="status" className="mt-3 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900" data-testid="import-result">
          {t("entry.import.done", { created: outcome.created, updated: outcome.updated, unchanged: outcome.unchanged, skipped: outcome.skipped })}
        </p>
      )}
      {outcome?.ok === false && (
        <div className="mt-3 space-y-2" data-testid="import-errors">
          <p role="status" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
            {outcome.message}
          </p>
          {outcome.issues.length > 0 && (
            <>
              <ScrollBox label={outcome.message} className="max-h-80 overflow-y-auto rounded-md border border-slate-200">
                <table className="w-full text-left text-sm">
                  <thead className="sticky top-0 bg-slate-50 text-xs text-slate-600">
                    <tr>
                      <th className="px-2 py-1 font-medium">{t("entry.import.row")}</th>
                      <th className="px-2 py-1 font-medium">{t("entry.import.column")}</th>
                      <th className="px-2 py-1 font-medium">{t("entry.import.reason")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {outcome.issues.map((issue, i) => (
                      <tr key={i} className="border-t border-slate-100" data-testid="import-issue">
                        <td className="px-2 py-1 tabular-nums">{issue.row || "—"}</td>
                        <td className="px-2 py-1">{issue.column ? t(`entry.import.columns.${issue.column}`) : "—"}</td>
                        <td className="px-2 py-1">{issue.message}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollBox>
              <button type="button" onClick={() => downloadIssues(outcome.issues)} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100" data-testid="download-errors">
                {t("entry.import.downloadErrors")}
              </button>
            </>
          )}
        </div>
      )}
    </section>
  );
}
