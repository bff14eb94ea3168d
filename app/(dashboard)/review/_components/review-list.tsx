"use client";
// One page of figures to review, grouped by department and region: approve one or a department's
// whole submission under the list's filter (on every page), return one with a comment, reopen an
// approved one with a reason.
import { ZhText } from "@/components/ui/zh-text";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { HistoryButton } from "@/components/figures/history-button";
import { FigureStatusChip, TargetStatusBadge } from "@/components/figures/status-chips";
import type { ReviewGroup, ReviewItem } from "@/lib/data/review-list";
import { useI18n } from "@/lib/i18n/client";
import { formatRate, formatTarget, formatValue } from "@/lib/i18n/display";
import { localizedName } from "@/lib/i18n/format";
import { formatDateTime } from "@/lib/i18n/format-time";
import { issueMessages, failureMessage } from "@/lib/i18n/issues";
import { figureHistoryAction } from "../../entry/actions";
import { approveAction, approveMatchingAction, reopenAction, returnAction, type ReviewResult } from "../actions";

type Status = "SUBMITTED" | "RETURNED" | "APPROVED";

/** The list's filter besides status and department, and when the list was read (the bulk approval's watermark). */
export interface ReviewListFilter {
  period: string;
  regionCode?: string;
  regionName: string | null;
  indicatorCode?: string;
  shownAt: string;
}

export function ReviewList({ groups, status, isOpen, filter }: { groups: ReviewGroup[]; status: Status; isOpen: boolean; filter: ReviewListFilter }) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const [isPending, startTransition] = useTransition();
  // The acting button is disabled (or gone) while its action runs: the outcome takes the focus.
  const noticeRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  function run(action: () => Promise<ReviewResult>, success: (count: number) => string) {
    startTransition(async () => {
      const result = await action();
      if (result.ok) {
        setNotice({ ok: true, text: success(result.data.count) });
      } else {
        const detail = result.fieldErrors ? issueMessages(t, Object.values(result.fieldErrors).flatMap((l) => l ?? [])) : failureMessage(t, result);
        setNotice({ ok: false, text: detail });
      }
      router.refresh();
    });
  }

  return (
    <div className="space-y-4">
      {notice && (
        <p ref={noticeRef} tabIndex={-1} role="status" data-testid="review-notice" className={`rounded-md px-3 py-2 text-sm ${notice.ok ? "bg-emerald-50 text-emerald-900" : "bg-red-50 text-red-800"}`}>
          {notice.text}
        </p>
      )}
      {groups.map((group) => {
        const name = localizedName(locale, group.department.name, group.department.nameEn);
        const count = group.department.count;
        const confirmText = filter.regionName
          ? t("review.confirmApproveAllIn", { department: name, region: filter.regionName, count })
          : t("review.confirmApproveAll", { department: name, count });
        return (
          <section key={group.department.id} className="rounded-xl border border-slate-200 bg-white shadow-sm" data-testid={`review-group-${group.department.code}`}>
            <header className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-200 px-4 py-3">
              <h2 className="font-semibold">
                {name} <span className="text-sm font-normal text-slate-500">{t("review.itemCount", { count })}</span>
              </h2>
              {status === "SUBMITTED" && isOpen && group.department.id > 0 && (
                <button
                  type="button"
                  disabled={isPending}
                  data-testid="approve-all"
                  className="rounded-md bg-emerald-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-emerald-800 disabled:opacity-50"
                  onClick={() =>
                    window.confirm(confirmText) &&
                    run(
                      () => approveMatchingAction({ period: filter.period, departmentId: group.department.id, regionCode: filter.regionCode, indicatorCode: filter.indicatorCode, count, shownAt: filter.shownAt }),
                      (approved) => t("review.approved", { count: approved }),
                    )
                  }
                >
                  {t("review.approveAll", { count })}
                </button>
              )}
            </header>
            <ul className="divide-y divide-slate-100">
              {group.items.map((item) => (
                <ReviewItemView key={item.figure.id} item={item} period={filter.period} status={status} isOpen={isOpen} isPending={isPending} run={run} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

function ReviewItemView({ item, period, status, isOpen, isPending, run }: { item: ReviewItem; period: string; status: Status; isOpen: boolean; isPending: boolean; run: (action: () => Promise<ReviewResult>, success: (count: number) => string) => void }) {
  const { t, locale } = useI18n();
  const [mode, setMode] = useState<"idle" | "return" | "reopen">("idle");
  const [comment, setComment] = useState("");
  const actionsRef = useRef<HTMLDivElement>(null);
  const wasOpen = useRef(false);
  // The comment form replaces the button that opened it; closing it gives that button its focus back.
  useEffect(() => {
    if (mode === "idle" && wasOpen.current) actionsRef.current?.querySelector<HTMLButtonElement>('[data-testid="return"], [data-testid="reopen"]')?.focus();
    wasOpen.current = mode !== "idle";
  }, [mode]);
  const { figure, indicator } = item;
  const value = indicator.kind === "RATE" ? formatRate(locale, figure.numerator, figure.denominator, indicator.decimals) : formatValue(locale, figure.value, indicator.decimals, indicator.unit);
  const target = { id: figure.id, version: figure.version };
  const regionName = localizedName(locale, item.region.name, item.region.nameEn);
  const indicatorName = localizedName(locale, indicator.name, indicator.nameEn);
  // Each button's accessible name says which figure it acts on (the visible text alone does not).
  const nameFor = (action: string) => t("review.itemAction", { action, region: regionName, indicator: indicatorName, period });

  return (
    <li className="px-4 py-3" data-testid={`review-item-${indicator.code}-${item.region.code}`}>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between sm:gap-3">
        <div className="min-w-0 space-y-1 sm:flex-1">
          <p className="font-medium">
            {regionName} · {indicatorName}
          </p>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm sm:grid-cols-[auto_1fr_auto_1fr]">
            <dt className="text-slate-500">{t("review.value")}</dt>
            <dd className="font-semibold tabular-nums" data-testid="review-value">{value}</dd>
            <dt className="text-slate-500">{t("entry.columns.previous")}</dt>
            <dd className="tabular-nums">{formatValue(locale, item.previous, indicator.decimals, indicator.unit)}</dd>
            <dt className="text-slate-500">{t("entry.columns.target")}</dt>
            <dd className="flex flex-wrap items-center gap-1">
              {item.target ? (
                <>
                  <span className="tabular-nums">{formatTarget(locale, item.target, indicator)}</span>
                  <span className="text-xs text-slate-500">{t("entry.byYear", { year: item.target.deadlineYear })}</span>
                  <TargetStatusBadge status={item.target.status} />
                </>
              ) : (
                "—"
              )}
            </dd>
            <dt className="text-slate-500">{t("review.submitted")}</dt>
            <dd>
              <ZhText text={figure.submittedBy ?? figure.enteredBy ?? "—"} /> · {formatDateTime(locale, figure.submittedAt ?? figure.enteredAt)}
              {figure.isOnBehalf && <span className="ml-1 text-xs text-sky-800">{t("entry.enteredByOffice")}</span>}
            </dd>
          </dl>
          {item.reasons.length > 0 && (
            <p className="text-xs text-amber-800">{t("review.flags", { reasons: item.reasons.map((r) => t(`entry.reasons.${r}`)).join(t("entry.listSeparator")) })}</p>
          )}
          {figure.note && (
            <p className="rounded bg-slate-50 px-2 py-1 text-sm" data-testid="review-note">
              <span className="text-slate-500">{t("review.note")}</span>
              <ZhText text={figure.note} />
            </p>
          )}
          {figure.reviewComment && (
            <p className="rounded bg-red-50 px-2 py-1 text-sm text-red-800">
              <span>{t(status === "SUBMITTED" ? "review.earlierComment" : "review.comment")}</span>
              <ZhText text={figure.reviewComment} />
            </p>
          )}
        </div>
        <div ref={actionsRef} className="flex shrink-0 flex-wrap items-center gap-2">
          <FigureStatusChip status={figure.status} />
          <HistoryButton figureId={figure.id} load={figureHistoryAction} accessibleName={nameFor(t("history.open"))} />
          {isOpen && status === "SUBMITTED" && mode === "idle" && (
            <>
              <button type="button" disabled={isPending} data-testid="approve" aria-label={nameFor(t("review.approve"))} onClick={() => run(() => approveAction({ figures: [target] }), (count) => t("review.approved", { count }))} className="rounded-md bg-emerald-700 px-2.5 py-1 text-sm text-white hover:bg-emerald-800 disabled:opacity-50">
                {t("review.approve")}
              </button>
              <button type="button" disabled={isPending} data-testid="return" aria-label={nameFor(t("review.return"))} onClick={() => setMode("return")} className="rounded-md border border-red-300 px-2.5 py-1 text-sm text-red-700 hover:bg-red-50 disabled:opacity-50">
                {t("review.return")}
              </button>
            </>
          )}
          {isOpen && status === "APPROVED" && mode === "idle" && (
            <button type="button" disabled={isPending} data-testid="reopen" aria-label={nameFor(t("review.reopen"))} onClick={() => setMode("reopen")} className="rounded-md border border-slate-300 px-2.5 py-1 text-sm hover:bg-slate-100 disabled:opacity-50">
              {t("review.reopen")}
            </button>
          )}
        </div>
      </div>
      {mode !== "idle" && (
        <form
          className="mt-2 flex flex-wrap items-end gap-2"
          onKeyDown={(e) => {
            if (e.key === "Escape") setMode("idle");
          }}
          onSubmit={(e) => {
            e.preventDefault();
            if (mode === "return") run(() => returnAction({ figure: target, comment }), () => t("review.returned"));
            else run(() => reopenAction({ figure: target, reason: comment }), () => t("review.reopened"));
          }}
        >
          <label className="min-w-0 flex-1 text-sm">
            <span className="block text-slate-600">{t(mode === "return" ? "review.commentLabel" : "review.reasonLabel")}</span>
            <textarea
              // Opened from a button by keyboard: the user types the comment next.
              autoFocus
              required
              minLength={2}
              rows={2}
              value={comment}
              data-testid="review-comment-input"
              onChange={(e) => setComment(e.target.value)}
              className="mt-1 w-full rounded-md border border-slate-300 px-2 py-1"
            />
          </label>
          <button type="submit" disabled={isPending || comment.trim().length < 2} data-testid="confirm-review" className="rounded-md bg-red-700 px-3 py-1.5 text-sm text-white hover:bg-red-800 disabled:opacity-50">
            {t(mode === "return" ? "review.confirmReturn" : "review.confirmReopen")}
          </button>
          <button type="button" onClick={() => setMode("idle")} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm">
            {t("review.cancel")}
          </button>
        </form>
      )}
    </li>
  );
}
