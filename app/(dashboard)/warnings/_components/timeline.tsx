// A card's whole history, from the audit trail: who did what, when, and why (a progress note with its evidence files).
import type { CardDetail } from "@/lib/data/warnings/list";
import { formatDateTime } from "@/lib/i18n/format-time";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { EvidenceLinks } from "./evidence-links";

/** The catalogue key of an audit action: "warning.task.done" → "warnings.action.taskDone". */
export function actionKey(action: string): string {
  return `warnings.action.${action.replace(/^warning\./, "").replace(/\.(\w)/g, (_, c: string) => c.toUpperCase())}`;
}

export function Timeline({ t, locale, events }: { t: Translate; locale: Locale; events: CardDetail["timeline"] }) {
  return (
    <ol className="space-y-3 border-l border-slate-200 pl-4 text-sm" data-testid="card-timeline">
      {events.map((e) => (
        <li key={e.id} className="relative">
          <span className="absolute -left-[1.3rem] top-1.5 h-2 w-2 rounded-full bg-brand-700" aria-hidden="true" />
          <p className="font-medium">{t(actionKey(e.action))}</p>
          <p className="text-xs text-slate-500">
            <time dateTime={e.at.toISOString()}>{formatDateTime(locale, e.at)}</time> · {e.actor}
          </p>
          {e.reason && <p className="mt-0.5 break-words text-slate-700">{e.reason}</p>}
          <EvidenceLinks t={t} files={e.files} />
        </li>
      ))}
    </ol>
  );
}
