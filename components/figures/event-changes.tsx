// What an audit event changed (before → after), for the figure history and the audit page.
// No "use client": rendered on the server by the audit page and in the browser by the history dialog.
import type { AuditEventView } from "@/lib/data/audit-log";
import type { Translate } from "@/lib/i18n/translate";

const FIELDS = ["value", "numerator", "denominator", "note", "status", "reviewComment"] as const;

type Snapshot = Partial<Record<(typeof FIELDS)[number] | "onBehalfOf" | "onBehalfOfName" | "source" | "row", unknown>>;

function asSnapshot(value: unknown): Snapshot {
  return typeof value === "object" && value !== null ? (value as Snapshot) : {};
}

function show(t: Translate, field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return t("history.empty");
  if (field === "status") return t(`entry.figureStatus.${String(value)}`);
  // A rate's value is computed from its counts: four decimals say enough.
  if (typeof value === "number") return String(Math.round(value * 1e4) / 1e4);
  return String(value);
}

export function EventChanges({ event, t }: { event: Pick<AuditEventView, "before" | "after">; t: Translate }) {
  const before = asSnapshot(event.before);
  const after = asSnapshot(event.after);
  const changes = FIELDS.filter((f) => f in after && (event.before === null ? after[f] !== null && after[f] !== "" : before[f] !== after[f]));
  if (changes.length === 0 && !("status" in after)) return <GenericChanges before={before} after={after} />;
  return (
    <ul className="mt-1 space-y-0.5 text-sm">
      {changes.map((f) => (
        <li key={f} className="break-words">
          <span className="text-slate-500">
            {t(`history.fields.${f}`)}
            {t("entry.colon")}
          </span>
          {event.before !== null && f in before && (
            <>
              <span className="text-slate-500 line-through">{show(t, f, before[f])}</span>
              {" → "}
            </>
          )}
          <span>{show(t, f, after[f])}</span>
        </li>
      ))}
      {typeof after.onBehalfOf === "string" && <li className="text-sky-800">{t("history.onBehalf", { department: String(after.onBehalfOfName ?? after.onBehalfOf) })}</li>}
      {typeof after.source === "string" && <li className="text-slate-600">{t("history.fromFile", { file: after.source, row: String(after.row ?? "") })}</li>}
    </ul>
  );
}

/** The action in words; actions of other features without a label show their code. */
export function actionLabel(t: Translate, action: string): string {
  const key = `history.actions.${action}`;
  const label = t(key);
  return label === key ? action : label;
}

function brief(value: unknown): string {
  const text = typeof value === "string" ? value : (JSON.stringify(value) ?? "");
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

/** Events of other kinds (periods, imports, refused attempts): the fields that differ, as recorded. */
function GenericChanges({ before, after }: { before: Record<string, unknown>; after: Record<string, unknown> }) {
  const keys = Object.keys(after).filter((k) => brief(before[k]) !== brief(after[k]));
  return (
    <ul className="mt-1 space-y-0.5 break-all font-mono text-xs text-slate-700">
      {keys.map((k) => (
        <li key={k}>
          {k}: {k in before && <span className="text-slate-500 line-through">{brief(before[k])}</span>} {brief(after[k])}
        </li>
      ))}
    </ul>
  );
}
