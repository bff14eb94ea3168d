"use client";
// The data-entry grid: type or paste figures, save drafts (a row or all), submit the quarter.
// Keyboard: Tab/Shift+Tab across, Enter/↓ and Shift+Enter/↑ down and up the column, Esc undoes
// the cell, Ctrl+S saves all. A block copied from Excel is pasted row for row from the focused cell.
import { ScrollBox } from "@/components/ui/scroll-box";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState, useTransition, type ClipboardEvent, type KeyboardEvent } from "react";
import type { EntryRow } from "@/lib/data/entry-grid";
import { hasExplanation, parseNumberInput, rateOf } from "@/lib/domain";
import { useI18n } from "@/lib/i18n/client";
import { issueMessages, failureMessage } from "@/lib/i18n/issues";
import { useLeaveGuard } from "@/lib/ui/leave-guard";
import { saveFiguresAction, submitPeriodAction, type SaveCellResult } from "../actions";
import { EntryRowView } from "./entry-row";
import { EntryToolbar, type Notice } from "./entry-toolbar";
import { clipboardMatrix, editOf, initialState, isDirty, isEditable, localErrors, mergeRow, planPaste, rowReasons, statusCounts, takeTheirs, type Field, type RowState } from "./grid-model";

interface Props {
  rows: EntryRow[];
  period: { label: string; isOpen: boolean };
  department: { id: number; code: string };
  isOnBehalf: boolean;
}

export function EntryGrid({ rows, period, department, isOnBehalf }: Props) {
  const { t } = useI18n();
  const router = useRouter();
  const tableRef = useRef<HTMLTableElement>(null);
  const [states, setStates] = useState(() => new Map(rows.map((r) => [r.key, initialState(r)])));
  // After a refresh (submission, import, another tab's save) take the stored figures, except in
  // rows with unsaved edits: those keep the edits and the version they were based on, so that
  // saving them is still checked against what changed meanwhile.
  const [shownRows, setShownRows] = useState(rows);
  if (rows !== shownRows) {
    setShownRows(rows);
    setStates((prev) => new Map(rows.map((r) => [r.key, mergeRow(r, prev.get(r.key))])));
  }
  const [notice, setNotice] = useState<Notice | null>(null);
  const [isPending, startTransition] = useTransition();
  const indexOf = useMemo(() => new Map(rows.map((r, i) => [r.key, i])), [rows]);

  const patch = (key: string, change: (s: RowState) => RowState) =>
    setStates((prev) => {
      const current = prev.get(key);
      if (!current) return prev;
      const next = new Map(prev);
      next.set(key, change(current));
      return next;
    });

  function onChange(key: string, field: Field, value: string) {
    patch(key, (s) => ({ ...s, edit: { ...s.edit, [field]: value }, errors: s.errors && { ...s.errors, [field]: undefined } }));
  }

  function onBlur(row: EntryRow) {
    patch(row.key, (s) => ({ ...s, errors: { ...localErrors(row, s), ...(s.errors?.note && { note: s.errors.note }) } }));
  }

  function cellInput(row: EntryRow, state: RowState) {
    const input = {
      indicator: row.indicator.code,
      region: row.region.code,
      period: period.label,
      note: state.edit.note,
      version: state.version,
      ...(row.indicator.kind === "RATE" ? { numerator: state.edit.numerator, denominator: state.edit.denominator } : { value: state.edit.value }),
      ...(isOnBehalf && { department: department.code }),
    };
    return { key: row.key, input };
  }

  function apply(results: SaveCellResult[]) {
    setStates((prev) => {
      const next = new Map(prev);
      for (const r of results) {
        const row = rows[indexOf.get(r.key) ?? -1];
        const s = next.get(r.key);
        if (!row || !s) continue;
        if (r.ok) {
          const base = editOf(row.indicator.kind, r.data.figure);
          next.set(r.key, { edit: base, base, version: r.data.figure.version, figure: r.data.figure, reasons: r.data.reasons });
        } else if (r.code === "CONFLICT") {
          next.set(r.key, { ...s, conflict: r.current ?? null, message: undefined });
        } else if (r.code === "INVALID") {
          next.set(r.key, { ...s, errors: r.fieldErrors, message: undefined });
        } else {
          next.set(r.key, { ...s, message: failureMessage(t, r) });
        }
      }
      return next;
    });
  }

  async function save(keys: string[]): Promise<SaveCellResult[]> {
    const cells = keys.flatMap((key) => {
      const row = rows[indexOf.get(key) ?? -1];
      const state = states.get(key);
      return row && state ? [cellInput(row, state)] : [];
    });
    if (cells.length === 0) return [];
    const results = await saveFiguresAction(cells);
    apply(results);
    return results;
  }

  const dirtyKeys = rows.filter((r) => {
    const s = states.get(r.key);
    return s && isDirty(s) && isEditable(s, period.isOpen);
  }).map((r) => r.key);
  useLeaveGuard(dirtyKeys.length > 0, t("entry.leaveUnsaved"));

  function saveAll() {
    startTransition(async () => {
      const results = await save(dirtyKeys);
      const failed = results.filter((r) => !r.ok).length;
      setNotice(
        results.length === 0
          ? { tone: "ok", text: t("entry.nothingToSave") }
          : failed > 0
            ? { tone: "error", text: t("entry.savedSome", { saved: results.length - failed, failed }) }
            : { tone: "ok", text: t("entry.savedAll", { count: results.length }) },
      );
    });
  }

  function saveRow(key: string) {
    startTransition(async () => {
      const [result] = await save([key]);
      if (result) setNotice(result.ok ? { tone: "ok", text: t("entry.savedRow") } : { tone: "error", text: t("entry.rowNotSaved") });
    });
  }

  function submit() {
    startTransition(async () => {
      const saved = await save(dirtyKeys);
      if (saved.some((r) => !r.ok)) {
        setNotice({ tone: "error", text: t("entry.fixBeforeSubmit", { count: saved.filter((r) => !r.ok).length }) });
        return;
      }
      // The versions just saved, else the ones on screen: only what the user has seen is submitted.
      const latest = new Map(saved.flatMap((r) => (r.ok ? [[r.key, r.data.figure] as const] : [])));
      const versions: Record<string, number> = {};
      for (const row of rows) {
        const figure = latest.get(row.key) ?? states.get(row.key)?.figure;
        if (figure && (figure.status === "DRAFT" || figure.status === "RETURNED")) versions[String(figure.id)] = figure.version;
      }
      if (Object.keys(versions).length === 0) {
        setNotice({ tone: "warn", text: t("entry.nothingToSubmit") });
        return;
      }
      const result = await submitPeriodAction({ period: period.label, departmentId: department.id, versions });
      if (result.ok) {
        setNotice({ tone: "ok", text: t("entry.submitted", { count: result.data.submitted }) });
        router.refresh();
        return;
      }
      if (result.rowErrors) {
        const byFigure = new Map(Object.entries(result.rowErrors).map(([id, errors]) => [Number(id), errors]));
        setStates((prev) => {
          const next = new Map(prev);
          for (const [key, s] of prev) {
            const id = latest.get(key)?.id ?? s.figure?.id;
            const errors = id === undefined ? undefined : byFigure.get(id);
            if (errors) next.set(key, { ...s, errors });
          }
          return next;
        });
        focusFirstError();
      }
      setNotice({ tone: "error", text: failureMessage(t, result) });
      if (result.code === "CONFLICT") router.refresh();
    });
  }

  // Refused figures: once their messages are rendered, focus goes to the first wrong field. This
  // runs after the toolbar has given its message the focus (a child's effects run first).
  const wantsErrorFocus = useRef(false);
  useEffect(() => {
    if (!wantsErrorFocus.current) return;
    wantsErrorFocus.current = false;
    tableRef.current?.querySelector<HTMLInputElement>('input[aria-invalid="true"]')?.focus();
  }, [states, notice]);

  function focusFirstError() {
    wantsErrorFocus.current = true;
  }

  function focusCell(rowIndex: number, field: Field, step: 1 | -1) {
    for (let i = rowIndex + step; i >= 0 && i < rows.length; i += step) {
      const input = tableRef.current?.querySelector<HTMLInputElement>(`input[data-row="${i}"][data-field="${field}"]:not([disabled])`);
      if (input) {
        input.focus();
        input.select();
        return;
      }
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>, rowIndex: number, field: Field) {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "s") {
      event.preventDefault();
      saveAll();
    } else if (event.key === "Enter" || event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      focusCell(rowIndex, field, event.key === "ArrowUp" || (event.key === "Enter" && event.shiftKey) ? -1 : 1);
    } else if (event.key === "Escape") {
      const row = rows[rowIndex];
      if (row) patch(row.key, (s) => ({ ...s, edit: { ...s.edit, [field]: s.base[field] } }));
    }
  }

  function onPaste(event: ClipboardEvent<HTMLInputElement>, rowIndex: number, field: Field) {
    const text = event.clipboardData.getData("text/plain");
    if (!/[\t\n]/.test(text.replace(/[\r\n]+$/, ""))) return;
    event.preventDefault();
    const plan = planPaste(rows, states, period.isOpen, { rowIndex, field }, clipboardMatrix(text));
    setStates((prev) => {
      const next = new Map(prev);
      for (const c of plan.changes) {
        const key = rows[c.rowIndex]?.key;
        const s = key ? next.get(key) : undefined;
        if (key && s) next.set(key, { ...s, edit: { ...s.edit, [c.field]: c.value } });
      }
      return next;
    });
    setNotice({
      tone: plan.ignored ? "warn" : "ok",
      text: t("entry.pasted", { count: plan.changes.length }) + (plan.ignored ? t("entry.sentenceSeparator") + t("entry.pasteIgnored", { count: plan.ignored }) : ""),
    });
  }

  const counts = useMemo(() => statusCounts(rows, states), [rows, states]);
  const toSubmit = counts.DRAFT + counts.RETURNED + dirtyKeys.filter((k) => !states.get(k)?.figure).length;
  const needNotes = rows.filter((r) => {
    const s = states.get(r.key);
    return s && s.figure?.status !== "APPROVED" && rowReasons(r, s).length > 0 && !hasExplanation(s.edit.note);
  }).length;

  return (
    <section className="space-y-3" aria-label={t("entry.gridLabel")}>
      <EntryToolbar
        counts={counts}
        unsaved={dirtyKeys.length}
        needNotes={needNotes}
        toSubmit={toSubmit}
        isOpen={period.isOpen}
        isPending={isPending}
        notice={notice}
        onSaveAll={saveAll}
        onSubmit={submit}
      />
      {period.isOpen && <p className="text-xs text-slate-500">{t("entry.keyboardHelp")}</p>}
      <ScrollBox label={t("entry.gridLabel")} className="rounded-xl border border-slate-200 bg-white shadow-sm" testId="entry-grid-scroll">
        <table ref={tableRef} className="phone-cards w-full border-collapse text-sm md:min-w-[68rem]" data-testid="entry-grid">
          <thead className="bg-slate-50 text-left text-xs text-slate-600">
            <tr>
              <th className="sticky left-0 z-10 w-36 bg-slate-50 px-2 py-2 font-medium">{t("entry.columns.region")}</th>
              <th className="px-2 py-2 font-medium">{t("entry.columns.previous")}</th>
              <th className="px-2 py-2 font-medium">{t("entry.columns.target")}</th>
              <th className="px-2 py-2 font-medium">{t("entry.columns.numerator")}</th>
              <th className="px-2 py-2 font-medium">{t("entry.columns.denominator")}</th>
              <th className="px-2 py-2 font-medium">{t("entry.columns.value")}</th>
              <th className="px-2 py-2 font-medium">{t("entry.columns.note")}</th>
              <th className="px-2 py-2 font-medium">{t("entry.columns.status")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => {
              const state = states.get(row.key);
              if (!state) return null;
              const isFirstOfIndicator = index === 0 || rows[index - 1]?.indicator.id !== row.indicator.id;
              return (
                <EntryRowView
                  key={row.key}
                  row={row}
                  index={index}
                  state={state}
                  reasons={rowReasons(row, state)}
                  showIndicator={isFirstOfIndicator}
                  isEditable={isEditable(state, period.isOpen)}
                  isDirty={isDirty(state)}
                  isPending={isPending}
                  liveRate={row.indicator.kind === "RATE" ? rateOf(parseNumberInput(state.edit.numerator) ?? null, parseNumberInput(state.edit.denominator) ?? null) : null}
                  errorText={(field) => issueMessages(t, state.errors?.[field])}
                  onChange={(field, value) => onChange(row.key, field, value)}
                  onBlur={() => onBlur(row)}
                  onKeyDown={(event, field) => onKeyDown(event, index, field)}
                  onPaste={(event, field) => onPaste(event, index, field)}
                  onSave={() => saveRow(row.key)}
                  onTakeTheirs={() => patch(row.key, (s) => (s.conflict === undefined ? s : takeTheirs(row, s)))}
                  onKeepMine={() => patch(row.key, (s) => ({ ...s, version: s.conflict?.version ?? 0, conflict: undefined }))}
                />
              );
            })}
          </tbody>
        </table>
      </ScrollBox>
    </section>
  );
}
