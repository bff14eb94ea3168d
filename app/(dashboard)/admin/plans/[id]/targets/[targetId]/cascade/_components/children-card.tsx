// On a target's page: its children's targets with their statuses (rolled up into counts), how many
// children it was cascaded to, a re-split offer when the parent changed since, and the way in.
import Link from "next/link";
import { BUTTON_PRIMARY } from "@/components/admin/page-header";
import { StatusBadge } from "@/components/status/status-badge";
import { Card } from "@/components/ui/card";
import { ScrollBox } from "@/components/ui/scroll-box";
import type { Cascade } from "@/lib/data/cascade/read";
import { formatTarget } from "@/lib/i18n/display";
import { localizedName } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";

export function CascadeChildrenCard({ t, locale, cascade, href }: { t: Translate; locale: Locale; cascade: Cascade; href: string }) {
  const { parent, children, coverage } = cascade;
  const statuses = new Map<string, number>();
  for (const c of children) if (c.target?.status && !c.target.isArchived) statuses.set(c.target.status, (statuses.get(c.target.status) ?? 0) + 1);
  return (
    <Card title={t("cascade.childrenTitle")} action={<Link href={href} className={BUTTON_PRIMARY} data-testid="cascade-open">{t(coverage.cascaded > 0 ? "cascade.resplit" : "cascade.open")}</Link>}>
      <p className="text-sm text-slate-700" data-testid="cascade-coverage">{t("cascade.coverage", coverage)}</p>
      {cascade.isStale && <p className="mt-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="cascade-stale">{t("cascade.stale")}</p>}
      {statuses.size > 0 && (
        <p className="mt-2 flex flex-wrap gap-2 text-sm" data-testid="cascade-rollup">
          {[...statuses].map(([status, n]) => (
            <span key={status} className="flex items-center gap-1">
              <StatusBadge status={status as NonNullable<typeof parent.status>} label={t(`status.${status}`)} /> × {n}
            </span>
          ))}
        </p>
      )}
      <ScrollBox label={t("cascade.childrenTitle")} className="mt-3">
        <table className="w-full text-left text-sm" data-testid="cascade-children">
          <thead className="border-b border-slate-200 text-slate-600">
            <tr>
              <th className="py-2 pr-3 font-medium">{t("cascade.child")}</th>
              <th className="py-2 pr-3 font-medium">{t("cascade.current")}</th>
              <th className="py-2 pr-3 font-medium">{t("targets.status")}</th>
              <th className="py-2 font-medium">{t("cascade.origin")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {children.map((c) => (
              <tr key={c.region.id} data-region={c.region.code}>
                <td className="py-2 pr-3">
                  <Link href={`/regions/${c.region.code}`} className="hover:underline">{localizedName(locale, c.region.name, c.region.nameEn)}</Link>
                </td>
                <td className="py-2 pr-3 tabular-nums">{c.target ? formatTarget(locale, { comparator: parent.comparator, targetValue: c.target.targetValue }, parent.indicator) : "—"}</td>
                <td className="py-2 pr-3">{c.target?.status ? <StatusBadge status={c.target.status} label={t(`status.${c.target.status}`)} /> : "—"}</td>
                <td className="py-2 text-slate-600">
                  {!c.target ? t("cascade.none") : c.target.isLinked ? t(c.target.isEditedByHand ? "cascade.linkedEdited" : "cascade.linked") : t("cascade.notLinked")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </Card>
  );
}
