// Open rectification tasks by owner department and deadline, overdue ones highlighted; and the
// per-department count the office chases (open, overdue, done).
import Link from "next/link";
import { ScrollBox } from "@/components/ui/scroll-box";
import type { OpenTaskRow, summarizeTasksByDepartment } from "@/lib/data/warnings/list";
import { formatDate, formatNumber, localizedName } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { CardChip, OverdueChip } from "./card-chip";

export function TasksTable({ t, locale, tasks, testId = "tasks-table" }: { t: Translate; locale: Locale; tasks: OpenTaskRow[]; testId?: string }) {
  if (tasks.length === 0) return <p className="text-sm text-slate-500">{t("warnings.noTasks")}</p>;
  return (
    <ScrollBox label={t("warnings.openTasks")}>
      <table className="w-full min-w-[32rem] text-left text-sm" data-testid={testId}>
        <thead className="border-b border-slate-200 text-xs text-slate-500">
          <tr>
            <th scope="col" className="py-2 pr-3">{t("warnings.columns.department")}</th>
            <th scope="col" className="py-2 pr-3">{t("warnings.columns.deadline")}</th>
            <th scope="col" className="py-2 pr-3">{t("warnings.columns.region")}</th>
            <th scope="col" className="py-2">{t("warnings.columns.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {tasks.map((task) => {
            const region = localizedName(locale, task.card.region.name, task.card.region.nameEn);
            return (
              <tr key={task.id} className={`border-b border-slate-100 align-top ${task.isOverdue ? "bg-red-50" : ""}`}>
                <td className="py-2 pr-3">{localizedName(locale, task.department.name, task.department.nameEn)}</td>
                <td className="py-2 pr-3 whitespace-nowrap">
                  {formatDate(locale, task.deadline)} {task.isOverdue && <OverdueChip t={t} />}
                </td>
                <td className="py-2 pr-3 whitespace-nowrap">
                  <CardChip t={t} color={task.card.color} />{" "}
                  <Link href={`/warnings/${task.card.id}`} className="text-brand-700 hover:underline" aria-label={t("warnings.open", { color: t(`warnings.color.${task.card.color}`), region })}>
                    {region}
                  </Link>
                </td>
                <td className="py-2 break-words">{task.actions}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollBox>
  );
}

type DepartmentSummary = Awaited<ReturnType<typeof summarizeTasksByDepartment>>;

export function DepartmentSummaryTable({ t, locale, rows }: { t: Translate; locale: Locale; rows: DepartmentSummary }) {
  if (rows.length === 0) return <p className="text-sm text-slate-500">{t("warnings.noDepartments")}</p>;
  return (
    <ScrollBox label={t("warnings.byDepartment")}>
      <table className="w-full text-left text-sm" data-testid="department-summary">
        <thead className="border-b border-slate-200 text-xs text-slate-500">
          <tr>
            <th scope="col" className="py-2 pr-3">{t("warnings.columns.department")}</th>
            <th scope="col" className="py-2 pr-3 text-right">{t("warnings.columns.open")}</th>
            <th scope="col" className="py-2 pr-3 text-right">{t("warnings.columns.overdue")}</th>
            <th scope="col" className="py-2 text-right">{t("warnings.columns.done")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.department.id} className="border-b border-slate-100">
              <td className="py-2 pr-3">{localizedName(locale, row.department.name, row.department.nameEn)}</td>
              <td className="py-2 pr-3 text-right tabular-nums">{formatNumber(locale, row.open)}</td>
              <td className={`py-2 pr-3 text-right tabular-nums ${row.overdue > 0 ? "bg-red-50 font-medium text-red-800" : ""}`}>{formatNumber(locale, row.overdue)}</td>
              <td className="py-2 text-right tabular-nums">{formatNumber(locale, row.done)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
