// A card's rectification tasks with their progress notes and evidence files, and the forms for the office or the owner department.
import type { CardDetail } from "@/lib/data/warnings/list";
import { formatDate, localizedName } from "@/lib/i18n/format";
import { formatDateTime } from "@/lib/i18n/format-time";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { OverdueChip } from "./card-chip";
import { EvidenceLinks } from "./evidence-links";
import { DoneForm, NoteForm } from "./task-forms";

export function CardTasks({ t, locale, card }: { t: Translate; locale: Locale; card: CardDetail }) {
  if (card.tasks.length === 0) return <p className="text-sm text-slate-500">{t("warnings.detail.noTasks")}</p>;
  return (
    <ul className="space-y-4" data-testid="card-tasks">
      {card.tasks.map((task) => {
        const department = localizedName(locale, task.department.name, task.department.nameEn);
        const canReport = card.reportableTaskIds.includes(task.id);
        return (
          <li key={task.id} className={`rounded-lg border p-3 ${task.isOverdue ? "border-red-300 bg-red-50" : "border-slate-200"}`} data-testid={`task-${task.id}`}>
            <div className="flex flex-wrap items-center gap-2 text-sm">
              <span className="font-medium">{department}</span>
              <span className="text-slate-600">
                {t("warnings.columns.deadline")}：{formatDate(locale, task.deadline)}
              </span>
              {task.isOverdue && <OverdueChip t={t} />}
              <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs">
                {task.status === "DONE" && task.doneAt ? t("warnings.task.doneAt", { when: formatDate(locale, task.doneAt) }) : t(`warnings.task.status.${task.status}`)}
              </span>
            </div>
            <p className="mt-1 break-words text-sm">{task.actions}</p>
            <h3 className="mt-2 text-xs font-medium text-slate-500">{t("warnings.task.notes")}</h3>
            {task.notes.length === 0 ? (
              <p className="text-xs text-slate-500">{t("warnings.task.noNotes")}</p>
            ) : (
              <ul className="mt-1 space-y-1 text-sm">
                {task.notes.map((n) => (
                  <li key={n.id} className="break-words">
                    <span className="text-xs text-slate-500">
                      {formatDateTime(locale, n.at)} · {n.author?.name ?? "—"}：
                    </span>
                    {n.note}
                    <EvidenceLinks t={t} files={n.evidence} />
                  </li>
                ))}
              </ul>
            )}
            {canReport && (
              <div className="mt-3 grid gap-3 sm:grid-cols-2">
                <NoteForm cardId={card.id} taskId={task.id} department={department} />
                <DoneForm cardId={card.id} taskId={task.id} version={task.version} department={department} />
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
