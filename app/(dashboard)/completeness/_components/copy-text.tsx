"use client";
// A read-only text with a copy button (falls back to selecting the text where the clipboard is refused).
import { useRef, useState } from "react";
import { useI18n } from "@/lib/i18n/client";

/** `label` names the text box for screen readers (the card's heading above it says the same). */
export function CopyText({ text, label }: { text: string; label: string }) {
  const { t } = useI18n();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [isCopied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      ref.current?.select();
    }
  }
  return (
    <div className="space-y-2">
      <textarea ref={ref} readOnly aria-label={label} value={text} rows={Math.min(14, text.split("\n").length + 1)} data-testid="reminder-text" className="w-full rounded-md border border-slate-300 bg-slate-50 p-2 text-sm" />
      <button type="button" onClick={copy} data-testid="copy-reminder" className="rounded-md bg-brand-700 px-3 py-1.5 text-sm text-white hover:bg-brand-900">
        {isCopied ? t("completeness.copied") : t("completeness.copy")}
      </button>
    </div>
  );
}
