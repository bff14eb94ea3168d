"use client";
// One row of the entry grid (an indicator for a region), preceded by the indicator's heading row
// when it is the first region of that indicator, and followed by a notice row when there is a
// conflict, a reviewer's comment or an error to show.
import type { ClipboardEvent, KeyboardEvent } from "react";
import { unitLabel } from "@/lib/i18n/units";
import { formatTarget, formatValue } from "@/lib/i18n/display";
import { HistoryButton } from "@/components/figures/history-button";
import { FigureStatusChip, TargetStatusBadge } from "@/components/figures/status-chips";
import type { EntryRow } from "@/lib/data/entry-grid";
import type { ExplanationReason } from "@/lib/domain";
import { hasExplanation } from "@/lib/domain";
import { useI18n } from "@/lib/i18n/client";
import { formatNumber, localizedName } from "@/lib/i18n/format";
import { formatDateTime } from "@/lib/i18n/format-time";
import { figureHistoryAction } from "../actions";
import { appliesTo, type Field, type RowState } from "./grid-model";

interface Props {
  row: EntryRow;
  index: number;
  state: RowState;
  reasons: ExplanationReason[];
  showIndicator: boolean;
  isEditable: boolean;
  isDirty: boolean;
  isPending: boolean;
  liveRate: number | null;
  errorText: (field: Field) => string;
  onChange: (field: Field, value: string) => void;
  onBlur: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>, field: Field) => void;
  onPaste: (event: ClipboardEvent<HTMLInputElement>, field: Field) => void;
  onSave: () => void;
  onTakeTheirs: () => void;
  onKeepMine: () => void;
}

const COLUMNS = 8;
/** A value cell; on a phone a labelled field of the row's card (region; last quarter and target; the inputs; value and status; explanation). */
const CELL = "px-2 py-1.5 max-md:p-0";

export function EntryRowView(props: Props) {
  const { t, locale } = useI18n();
  const { row, state, index } = props;
  const { indicator } = row;
  const indicatorName = localizedName(locale, indicator.name, indicator.nameEn);
  const regionName = localizedName(locale, row.region.name, row.region.nameEn);
  const needsNote = props.reasons.length > 0 && !hasExplanation(state.edit.note) && state.figure?.status !== "APPROVED";
  const reasonText = props.reasons.map((r) => t(`entry.reasons.${r}`)).join(t("entry.listSeparator"));

  /** Numerator and denominator of a non-rate indicator: a dash in the table, left out of the phone's card. */
  const inapplicable = (field: Field) => (appliesTo(indicator.kind, field) ? "" : "max-md:hidden");
  const input = (field: Field, className = "w-24") => {
    if (!appliesTo(indicator.kind, field)) return <span className="text-slate-300" aria-hidden>—</span>;
    const error = props.errorText(field);
    const label = `${indicatorName} ${regionName} ${t(`entry.columns.${field}`)}`;
    const messageId = `${row.key}-${field}-message`;
    const hasMessage = Boolean(error) || (field === "note" && needsNote);
    return (
      <div>
        <input
          type="text"
          inputMode={field === "note" ? "text" : "decimal"}
          aria-label={label}
          aria-invalid={error ? true : undefined}
          aria-describedby={hasMessage ? messageId : undefined}
          title={error || (field === "note" ? state.edit.note : undefined)}
          data-row={index}
          data-field={field}
          disabled={!props.isEditable}
          value={state.edit[field]}
          placeholder={field === "note" && needsNote ? t("entry.notePlaceholder", { reasons: reasonText }) : undefined}
          onChange={(e) => props.onChange(field, e.target.value)}
          onBlur={props.onBlur}
          onKeyDown={(e) => props.onKeyDown(e, field)}
          onPaste={(e) => props.onPaste(e, field)}
          className={`${className} rounded border px-1.5 py-1 tabular-nums outline-none focus:border-brand-600 focus:ring-2 focus:ring-brand-100 disabled:border-transparent disabled:bg-transparent disabled:text-slate-700 aria-[invalid=true]:border-red-500 aria-[invalid=true]:bg-red-50 ${
            field === "note" && needsNote ? "border-amber-400 bg-amber-50" : "border-slate-300"
          }`}
        />
        {error && <p id={messageId} className="mt-0.5 max-w-[14rem] text-xs text-red-700" data-testid={`error-${field}`}>{error}</p>}
        {!error && field === "note" && needsNote && (
          <p id={messageId} className="mt-0.5 max-w-[14rem] text-xs text-amber-800" data-testid="note-needed">
            {t("entry.noteNeeded", { reasons: reasonText })}
          </p>
        )}
      </div>
    );
  };

  const previous = row.previous;
  const notice = state.conflict !== undefined || state.message || (state.figure?.status === "RETURNED" && state.figure.reviewComment);

  return (
    <>
      {props.showIndicator && (
        <tr className="border-t border-slate-200 bg-slate-50/70">
          <td colSpan={COLUMNS} className="px-2 py-1.5">
            <div className="sticky left-2 inline-flex max-w-[calc(100vw-4rem)] flex-wrap items-baseline gap-x-2">
              <span className="font-medium text-slate-900">{indicatorName}</span>
              <span className="text-xs text-slate-500">
                {indicator.code} · {t(`entry.kinds.${indicator.kind}`)} · {t("entry.unit", { unit: unitLabel(locale, indicator.unit) })}
              </span>
            </div>
          </td>
        </tr>
      )}
      <tr
        className={`border-t border-slate-100 align-top max-md:grid max-md:grid-cols-2 max-md:gap-x-3 max-md:gap-y-2 max-md:px-2 max-md:py-3 ${props.isDirty ? "bg-amber-50/40" : ""}`}
        data-testid={`row-${indicator.code}-${row.region.code}`}
      >
        <td className="sticky left-0 z-10 bg-white px-2 py-1.5 max-md:static max-md:col-span-2 max-md:bg-transparent max-md:p-0">
          <span className="font-medium">{regionName}</span>
          {row.isRollUp && <span className="block text-xs text-slate-500">{t("entry.rollUpHint")}</span>}
        </td>
        <td className={`${CELL} tabular-nums`} data-testid="previous" data-label={t("entry.columns.previous")}>
          {previous ? formatValue(locale, previous.value, indicator.decimals, indicator.unit) : "—"}
          {previous?.status === "SUBMITTED" && <span className="block text-xs text-slate-500">{t("entry.provisional")}</span>}
        </td>
        <td className={CELL} data-label={t("entry.columns.target")}>
          {row.target ? (
            <div className="space-y-0.5">
              <p className="whitespace-nowrap tabular-nums">
                {formatTarget(locale, row.target, indicator)}
                <span className="ml-1 text-xs text-slate-500">{t("entry.byYear", { year: row.target.deadlineYear })}</span>
              </p>
              <TargetStatusBadge status={row.target.status} />
            </div>
          ) : (
            <span className="text-slate-400">—</span>
          )}
        </td>
        <td className={`${CELL} ${inapplicable("numerator")}`} data-label={t("entry.columns.numerator")}>{input("numerator")}</td>
        <td className={`${CELL} ${inapplicable("denominator")}`} data-label={t("entry.columns.denominator")}>{input("denominator")}</td>
        <td className={CELL} data-label={t("entry.columns.value")}>
          {indicator.kind === "RATE" ? (
            <span className="inline-block py-1 tabular-nums" data-testid="rate">
              {props.liveRate === null ? "—" : `${formatNumber(locale, props.liveRate, indicator.decimals)}%`}
            </span>
          ) : (
            input("value")
          )}
        </td>
        <td className={`${CELL} max-md:order-1 max-md:col-span-2`} data-label={t("entry.columns.note")}>{input("note", "w-56 max-md:w-full")}</td>
        <td className={CELL} data-label={t("entry.columns.status")}>
          <div className="flex flex-wrap items-center gap-1">
            <FigureStatusChip status={state.figure?.status ?? null} testId="figure-status" />
            {state.figure?.isOnBehalf && <span className="text-xs text-sky-800">{t("entry.enteredByOffice")}</span>}
            {props.isDirty && props.isEditable && (
              <button type="button" onClick={props.onSave} disabled={props.isPending} data-testid="save-row" className="rounded border border-brand-600 px-1.5 py-0.5 text-xs text-brand-700 hover:bg-brand-50 disabled:opacity-50">
                {t("entry.saveRow")}
              </button>
            )}
            {state.figure && <HistoryButton figureId={state.figure.id} load={figureHistoryAction} />}
          </div>
        </td>
      </tr>
      {notice && (
        <tr data-testid={`notice-${indicator.code}-${row.region.code}`}>
          <td colSpan={COLUMNS} className="px-2 pb-2">
            <div className="sticky left-2 max-w-[calc(100vw-4rem)] space-y-1 md:max-w-3xl">
              {state.figure?.status === "RETURNED" && state.figure.reviewComment && (
                <p className="rounded-md bg-red-50 px-2 py-1 text-sm text-red-800" data-testid="review-comment">
                  {t("entry.returnedWith", { comment: state.figure.reviewComment })}
                </p>
              )}
              {state.message && <p className="rounded-md bg-red-50 px-2 py-1 text-sm text-red-800" data-testid="row-message">{state.message}</p>}
              {state.conflict !== undefined && (
                <div className="rounded-md border border-amber-300 bg-amber-50 px-2 py-1.5 text-sm text-amber-900" data-testid="conflict">
                  <p>
                    {state.conflict
                      ? t("entry.conflict", {
                          who: state.conflict.enteredBy ?? "—",
                          when: formatDateTime(locale, state.conflict.updatedAt),
                          value:
                            indicator.kind === "RATE"
                              ? `${state.conflict.numerator ?? "—"}/${state.conflict.denominator ?? "—"}`
                              : formatValue(locale, state.conflict.value, indicator.decimals, indicator.unit),
                        })
                      : t("entry.conflictDeleted")}
                  </p>
                  <div className="mt-1 flex flex-wrap gap-2">
                    <button type="button" onClick={props.onTakeTheirs} className="rounded border border-amber-400 bg-white px-2 py-0.5 text-xs" data-testid="take-theirs">
                      {t("entry.takeTheirs")}
                    </button>
                    <button type="button" onClick={props.onKeepMine} className="rounded border border-amber-400 bg-white px-2 py-0.5 text-xs" data-testid="keep-mine">
                      {t("entry.keepMine")}
                    </button>
                  </div>
                </div>
              )}
            </div>
          </td>
        </tr>
      )}
    </>
  );
}
