"use client";
// The grid's summary line (how many figures in which state), its two buttons and the last message.
import { useEffect, useRef } from "react";
import { useI18n } from "@/lib/i18n/client";

export interface Notice {
  tone: "ok" | "warn" | "error";
  text: string;
}

interface Props {
  counts: { total: number; entered: number; DRAFT: number; SUBMITTED: number; APPROVED: number; RETURNED: number };
  unsaved: number;
  needNotes: number;
  toSubmit: number;
  isOpen: boolean;
  isPending: boolean;
  notice: Notice | null;
  onSaveAll: () => void;
  onSubmit: () => void;
}

const TONE: Record<Notice["tone"], string> = {
  ok: "bg-emerald-50 text-emerald-900",
  warn: "bg-amber-50 text-amber-900",
  error: "bg-red-50 text-red-800",
};

export function EntryToolbar({ counts, unsaved, needNotes, toSubmit, isOpen, isPending, notice, onSaveAll, onSubmit }: Props) {
  const { t } = useI18n();
  const noticeRef = useRef<HTMLParagraphElement>(null);
  // The buttons are disabled while their action runs, which drops focus to the page body; the
  // action's message then takes focus, unless the user has moved on to another control.
  useEffect(() => {
    const active = document.activeElement;
    if (notice && (!active || active === document.body || (active as HTMLButtonElement).disabled)) noticeRef.current?.focus();
  }, [notice]);
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-slate-200 bg-white p-3 shadow-sm">
        <p className="text-sm text-slate-700" data-testid="entry-counts">
          {t("entry.counts", { total: counts.total, entered: counts.entered, draft: counts.DRAFT, submitted: counts.SUBMITTED, approved: counts.APPROVED, returned: counts.RETURNED })}
          {unsaved > 0 && <span className="ml-2 font-medium text-amber-800">{t("entry.unsaved", { count: unsaved })}</span>}
          {needNotes > 0 && <span className="ml-2 font-medium text-amber-800">{t("entry.notesNeeded", { count: needNotes })}</span>}
        </p>
        {isOpen && (
          <div className="flex flex-wrap gap-2">
            <button type="button" onClick={onSaveAll} disabled={isPending || unsaved === 0} data-testid="save-all" className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100 disabled:opacity-50">
              {t("entry.saveAll")}
            </button>
            <button type="button" onClick={onSubmit} disabled={isPending || toSubmit === 0} data-testid="submit-period" className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-900 disabled:opacity-50">
              {t("entry.submit", { count: toSubmit })}
            </button>
          </div>
        )}
      </div>
      {notice && (
        <p ref={noticeRef} tabIndex={-1} role="status" data-testid="entry-notice" data-tone={notice.tone} className={`rounded-md px-3 py-2 text-sm ${TONE[notice.tone]}`}>
          {notice.text}
        </p>
      )}
    </>
  );
}
