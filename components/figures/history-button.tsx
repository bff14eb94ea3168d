"use client";
// "History" beside a figure: opens its audit trail in a dialog, loaded when asked for.
import Link from "next/link";
import { useRef, useState, useTransition } from "react";
import { Dialog } from "@/components/ui/dialog";
import type { FigureHistory } from "@/lib/data/audit-log";
import { useI18n } from "@/lib/i18n/client";
import { FigureHistoryView } from "./figure-history";

/** `accessibleName` says which figure where several History buttons share a page. */
export function HistoryButton({ figureId, load, accessibleName }: { figureId: number; load: (id: number) => Promise<FigureHistory | null>; accessibleName?: string }) {
  const { t } = useI18n();
  const [history, setHistory] = useState<FigureHistory | null>(null);
  const [isOpen, setOpen] = useState(false);
  const [isPending, startTransition] = useTransition();
  const buttonRef = useRef<HTMLButtonElement>(null);
  // Focus goes back to the button that opened the dialog (it was disabled while loading, so the
  // browser's own return of focus misses it).
  const close = () => {
    setOpen(false);
    requestAnimationFrame(() => buttonRef.current?.focus());
  };
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        data-testid="history-button"
        aria-label={accessibleName}
        className="rounded px-1.5 py-0.5 text-xs text-brand-700 underline-offset-2 hover:underline disabled:opacity-50"
        disabled={isPending}
        onClick={() =>
          startTransition(async () => {
            setHistory(await load(figureId));
            setOpen(true);
          })
        }
      >
        {t("history.open")}
      </button>
      {isOpen && (
        <Dialog open={isOpen} onClose={close} title={t("history.title")} closeLabel={t("history.close")} testId="history-dialog">
          {history ? (
            <>
              <FigureHistoryView history={history} />
              <Link href={`/figures/${figureId}`} className="mt-3 inline-block text-sm text-brand-700 hover:underline">
                {t("history.openPage")}
              </Link>
            </>
          ) : (
            <p className="text-sm text-slate-600">{t("history.unavailable")}</p>
          )}
        </Dialog>
      )}
    </>
  );
}
