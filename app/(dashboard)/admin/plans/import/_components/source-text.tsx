"use client";
// The document's text with every candidate's sentence highlighted (the active one strongly).
// Selecting a passage offers to add it as a target the extractor missed.
import { useEffect, useRef, useState, type ReactNode } from "react";
import { useI18n } from "@/lib/i18n/client";

export interface Highlight {
  key: string;
  start: number;
  end: number;
  accepted: boolean;
}

function segments(text: string, highlights: readonly Highlight[], activeKey: string | null): ReactNode[] {
  // Targets sharing one sentence ("A和B均达到…") share one passage: the active one is shown.
  const isActiveFirst = (h: Highlight): number => (h.key === activeKey ? 0 : 1);
  const sorted = [...highlights].sort((a, b) => a.start - b.start || b.end - a.end || isActiveFirst(a) - isActiveFirst(b));
  const out: ReactNode[] = [];
  let at = 0;
  for (const h of sorted) {
    if (h.start < at) continue; // overlapping passages: the first one wins
    if (h.start > at) out.push(text.slice(at, h.start));
    const isActive = h.key === activeKey;
    out.push(
      <mark
        key={h.key}
        id={`src-${h.key}`}
        data-testid={isActive ? "active-highlight" : undefined}
        className={`rounded-sm ${isActive ? "bg-orange-300 ring-2 ring-orange-500" : h.accepted ? "bg-yellow-100" : "bg-slate-100 text-slate-500 line-through"}`}
      >
        {text.slice(h.start, h.end)}
      </mark>,
    );
    at = h.end;
  }
  out.push(text.slice(at));
  return out;
}

export function SourceText({ text, highlights, activeKey, onAddSelection }: { text: string; highlights: readonly Highlight[]; activeKey: string | null; onAddSelection: (start: number, end: number) => void }) {
  const { t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const [selection, setSelection] = useState<{ start: number; end: number } | null>(null);

  useEffect(() => {
    const box = container.current;
    const mark = activeKey ? document.getElementById(`src-${activeKey}`) : null;
    if (box && mark) box.scrollTo({ top: Math.max(0, mark.offsetTop - box.clientHeight / 3), behavior: "smooth" });
  }, [activeKey]);

  function readSelection() {
    const box = container.current;
    const sel = window.getSelection();
    if (!box || !sel || sel.rangeCount === 0 || sel.isCollapsed) return setSelection(null);
    const range = sel.getRangeAt(0);
    if (!box.contains(range.startContainer) || !box.contains(range.endContainer)) return setSelection(null);
    // Offsets in the text: the box's text content is exactly the document's text.
    const before = range.cloneRange();
    before.selectNodeContents(box);
    before.setEnd(range.startContainer, range.startOffset);
    let start = before.toString().length;
    let end = start + range.toString().length;
    while (start < end && /\s/u.test(text.charAt(start))) start += 1;
    while (end > start && /\s/u.test(text.charAt(end - 1))) end -= 1;
    setSelection(end > start ? { start, end } : null);
  }

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-base font-semibold">{t("admin.import.sourceText")}</h2>
        <button
          type="button"
          disabled={selection === null}
          onClick={() => {
            if (selection) onAddSelection(selection.start, selection.end);
            setSelection(null);
            window.getSelection()?.removeAllRanges();
          }}
          className="rounded-md border border-slate-300 px-2.5 py-1 text-sm hover:bg-slate-100 disabled:opacity-40"
        >
          {t("admin.import.addSelection")}
        </button>
      </div>
      <p className="text-xs text-slate-500">{t("admin.import.selectionHint")}</p>
      <div
        ref={container}
        onMouseUp={readSelection}
        onKeyUp={readSelection}
        onTouchEnd={readSelection}
        data-testid="source-text"
        className="relative max-h-[40vh] overflow-y-auto whitespace-pre-wrap break-words rounded-lg border border-slate-200 bg-white p-3 text-sm leading-7 lg:max-h-[calc(100vh-10rem)]"
      >
        {segments(text, highlights, activeKey)}
      </div>
    </div>
  );
}
