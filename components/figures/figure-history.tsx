"use client";
// A figure's audit trail: who did what when, and what changed (before → after).
import type { FigureHistory } from "@/lib/data/audit-log";
import { useI18n } from "@/lib/i18n/client";
import { formatDateTime } from "@/lib/i18n/format-time";
import { localizedName } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/locales";
import { formatRate, formatValue } from "@/lib/i18n/display";
import { EventChanges, actionLabel } from "./event-changes";
import { FigureStatusChip } from "./status-chips";

export function FigureHistoryView({ history }: { history: FigureHistory }) {
  const { t, locale } = useI18n();
  const { figure } = history;
  return (
    <div className="space-y-3" data-testid="figure-history">
      <Summary history={history} t={t} locale={locale} />
      <ol className="space-y-3 border-l-2 border-slate-200 pl-4">
        {history.events.map((event) => (
          <li key={event.id} data-testid="history-event" data-action={event.action}>
            <p className="text-sm">
              <span className="font-medium">{actionLabel(t, event.action)}</span>
              <span className="text-slate-500"> · {event.actor} · {formatDateTime(locale, event.at)}</span>
            </p>
            <EventChanges event={event} t={t} />
          </li>
        ))}
        {history.events.length === 0 && <li className="text-sm text-slate-500">{t("history.noEvents")}</li>}
      </ol>
      {figure.isDemo && <p className="text-xs text-amber-800">{t("history.demoFigure")}</p>}
    </div>
  );
}

function Summary({ history, t, locale }: { history: FigureHistory; t: Translate; locale: Locale }) {
  const { figure, indicator, region, evaluation } = history;
  const value =
    indicator.kind === "RATE"
      ? formatRate(locale, figure.numerator, figure.denominator, indicator.decimals)
      : formatValue(locale, figure.value, indicator.decimals, indicator.unit);
  return (
    <div className="rounded-lg bg-slate-50 p-3 text-sm">
      <p className="font-medium">
        {localizedName(locale, indicator.name, indicator.nameEn)} · {localizedName(locale, region.name, region.nameEn)} · {figure.period}
      </p>
      <p className="mt-1 flex flex-wrap items-center gap-2">
        <span data-testid="history-value">{value}</span>
        <FigureStatusChip status={figure.status} />
      </p>
      {evaluation && (
        <p className="mt-1 text-slate-600" data-testid="history-evaluation">
          {t("history.officialEvaluation", {
            value: formatValue(locale, evaluation.latestValue, indicator.decimals, indicator.unit),
            period: evaluation.latestPeriod ?? "—",
            status: t(`status.${evaluation.status}`),
          })}
        </p>
      )}
    </div>
  );
}
