import { ScrollBox } from "@/components/ui/scroll-box";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { EventChanges, actionLabel } from "@/components/figures/event-changes";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { listAuditEvents, listAuditUsers } from "@/lib/data/audit-log";
import { formatNumber } from "@/lib/i18n/format";
import { formatDateTime } from "@/lib/i18n/format-time";
import { getTranslator } from "@/lib/i18n/server";
import { can } from "@/lib/permissions";
import { idQueryParam } from "@/lib/validations/fields";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("audit.title") };
}

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const searchSchema = z.object({
  user: idQueryParam(),
  entityType: z.string().max(40).optional().catch(undefined),
  entityId: z.string().max(120).optional().catch(undefined),
  action: z.string().max(60).optional().catch(undefined),
  from: date.optional().catch(undefined),
  to: date.optional().catch(undefined),
  page: idQueryParam(),
});

const ENTITY_TYPES = ["Figure", "FigureImport", "ReportingPeriod"] as const;
const ACTIONS = ["figure.create", "figure.update", "figure.submit", "figure.approve", "figure.return", "figure.reopen", "figure.denied", "figure.import", "figure.importRejected", "period.", "auth.", "export.", "audit."] as const;
/** The filter's action groups (a prefix) and their labels. */
const GROUPS: Record<string, string> = { "period.": "audit.periodActions", "auth.": "audit.authActions", "export.": "audit.exportActions", "audit.": "audit.viewActions" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  if (!can(user, "audit.view")) notFound();
  const filter = searchSchema.parse(await searchParams);
  const [{ t, locale }, result, users] = await Promise.all([
    getTranslator(),
    listAuditEvents(user, { userId: filter.user, entityType: filter.entityType || undefined, entityId: filter.entityId || undefined, action: filter.action || undefined, from: filter.from, to: filter.to, page: filter.page }),
    listAuditUsers(user),
  ]);
  if (!result) notFound();
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  const pageHref = (page: number) => {
    const params = new URLSearchParams(Object.entries({ ...filter, page }).flatMap(([k, v]) => (v === undefined || v === "" ? [] : [[k, String(v)]])));
    return `/audit?${params.toString()}`;
  };
  const field = "mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1.5";

  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">{t("audit.title")}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("audit.help")}</p>
      </div>
      <Card>
        <form method="get" action="/audit" className="grid grid-cols-1 gap-3 text-sm sm:grid-cols-2 lg:grid-cols-4" data-testid="audit-filter">
          <label>
            <span className="text-slate-600">{t("audit.user")}</span>
            <select name="user" defaultValue={filter.user ?? ""} className={field}>
              <option value="">{t("audit.any")}</option>
              {users.map((u) => (
                <option key={u.id} value={u.id}>{`${u.name} (${u.username})`}</option>
              ))}
            </select>
          </label>
          <label>
            <span className="text-slate-600">{t("audit.entityType")}</span>
            <select name="entityType" defaultValue={filter.entityType ?? ""} className={field}>
              <option value="">{t("audit.any")}</option>
              {ENTITY_TYPES.map((e) => (
                <option key={e} value={e}>{t(`audit.entities.${e}`)}</option>
              ))}
            </select>
          </label>
          <label>
            <span className="text-slate-600">{t("audit.entityId")}</span>
            <input name="entityId" defaultValue={filter.entityId ?? ""} className={field} />
          </label>
          <label>
            <span className="text-slate-600">{t("audit.action")}</span>
            <select name="action" defaultValue={filter.action ?? ""} className={field}>
              <option value="">{t("audit.any")}</option>
              {ACTIONS.map((a) => (
                <option key={a} value={a}>{a in GROUPS ? t(GROUPS[a]!) : actionLabel(t, a)}</option>
              ))}
            </select>
          </label>
          <label>
            <span className="text-slate-600">{t("audit.from")}</span>
            <input type="date" name="from" defaultValue={filter.from ?? ""} className={field} />
          </label>
          <label>
            <span className="text-slate-600">{t("audit.to")}</span>
            <input type="date" name="to" defaultValue={filter.to ?? ""} className={field} />
          </label>
          <div className="flex items-end gap-2">
            <button type="submit" className="rounded-md bg-brand-700 px-4 py-1.5 text-white hover:bg-brand-900">{t("audit.apply")}</button>
            <Link href="/audit" className="rounded-md border border-slate-300 px-4 py-1.5 hover:bg-slate-100">{t("audit.reset")}</Link>
          </div>
        </form>
      </Card>
      <p className="text-sm text-slate-600" data-testid="audit-total">{t("audit.total", { count: formatNumber(locale, result.total) })}</p>
      <ScrollBox label={t("audit.title")} className="rounded-xl border border-slate-200 bg-white shadow-sm">
        <table className="w-full min-w-[48rem] text-sm" data-testid="audit-table">
          <thead className="bg-slate-50 text-left text-xs text-slate-600">
            <tr>
              <th className="px-3 py-2 font-medium">{t("audit.at")}</th>
              <th className="px-3 py-2 font-medium">{t("audit.user")}</th>
              <th className="px-3 py-2 font-medium">{t("audit.action")}</th>
              <th className="px-3 py-2 font-medium">{t("audit.entity")}</th>
              <th className="px-3 py-2 font-medium">{t("audit.changes")}</th>
            </tr>
          </thead>
          <tbody>
            {result.events.map((e) => (
              <tr key={e.id} className="border-t border-slate-100 align-top" data-testid="audit-row" data-action={e.action}>
                <td className="whitespace-nowrap px-3 py-2 tabular-nums">{formatDateTime(locale, e.at)}</td>
                <td className="whitespace-nowrap px-3 py-2">{e.actor}</td>
                <td className="whitespace-nowrap px-3 py-2">{actionLabel(t, e.action)}</td>
                <td className="max-w-[14rem] break-all px-3 py-2">
                  {e.entityType === "Figure" && /^\d+$/.test(e.entityId) ? (
                    <Link href={`/figures/${e.entityId}`} className="text-brand-700 hover:underline">{t("audit.figureLink", { id: e.entityId })}</Link>
                  ) : (
                    <span>{`${t(`audit.entities.${e.entityType}`)} ${e.entityId}`}</span>
                  )}
                </td>
                <td className="min-w-[16rem] max-w-xl px-3 py-2"><EventChanges event={e} t={t} /></td>
              </tr>
            ))}
            {result.events.length === 0 && (
              <tr>
                <td colSpan={5} className="px-3 py-6 text-center text-slate-500">{t("audit.none")}</td>
              </tr>
            )}
          </tbody>
        </table>
      </ScrollBox>
      {pages > 1 && (
        <nav className="flex items-center gap-3 text-sm" aria-label={t("audit.pages")}>
          {result.page > 1 && <Link href={pageHref(result.page - 1)} className="rounded-md border border-slate-300 px-3 py-1 hover:bg-slate-100">{t("audit.previous")}</Link>}
          <span>{t("audit.page", { page: result.page, pages })}</span>
          {result.page < pages && <Link href={pageHref(result.page + 1)} className="rounded-md border border-slate-300 px-3 py-1 hover:bg-slate-100">{t("audit.next")}</Link>}
        </nav>
      )}
    </div>
  );
}
