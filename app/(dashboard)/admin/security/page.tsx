import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/admin/page-header";
import { Card } from "@/components/ui/card";
import { ScrollBox } from "@/components/ui/scroll-box";
import { requireUser } from "@/lib/auth/session";
import { loadSecuritySettings } from "@/lib/data/security-settings";
import { getTranslator } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("security.title") };
}

// The password policy and sign-in settings in force, each with its setting key and, for the policy,
// whether it meets 等保 level 3; who must use a second factor, in words; the demo says plainly that it
// does not meet level 3.
export default async function SecurityPage() {
  const [user, { t }] = await Promise.all([requireUser(), getTranslator()]);
  const settings = await loadSecuritySettings(user);
  if (!settings) notFound();
  return (
    <div className="space-y-4">
      <PageHeader title={t("security.title")} description={t("security.intro")} />
      {settings.isDemo && (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="security-demo-banner">
          {t("security.demoBanner")}
        </p>
      )}
      <Card title={t("security.secondFactor.title")}>
        <p
          className={`text-sm font-medium ${settings.secondFactor === "off" ? "text-red-700" : "text-slate-900"}`}
          data-testid="security-second-factor"
          data-state={settings.secondFactor}
        >
          {t(`security.secondFactor.states.${settings.secondFactor}`)}
        </p>
        <p className="mt-2 text-sm text-slate-600">{t("security.secondFactor.how")}</p>
      </Card>
      <Card title={t("security.settings")}>
        <ScrollBox label={t("security.settings")}>
          <table className="w-full text-left text-sm" data-testid="security-settings">
            <thead className="text-slate-600">
              <tr>
                <th className="py-1 pr-3 font-medium">{t("security.setting")}</th>
                <th className="py-1 pr-3 font-medium">{t("security.value")}</th>
                <th className="py-1 pr-3 font-medium">{t("security.level3")}</th>
                <th className="py-1 font-medium">{t("security.key")}</th>
              </tr>
            </thead>
            <tbody>
              {settings.rows.map((row) => (
                <tr key={row.key} className="border-t border-slate-200" data-testid={`security-${row.key}`}>
                  <td className="py-1 pr-3">{t(`security.names.${row.name}`)}</td>
                  <td className="py-1 pr-3 tabular-nums">{row.value === 0 && row.level3 !== null ? t("security.off") : row.value}</td>
                  <td className="py-1 pr-3">
                    {row.level3 === null ? "—" : row.isShortOfLevel3 ? <span className="font-medium text-red-700">{t("security.short", { level3: row.level3 })}</span> : t("security.meets")}
                  </td>
                  <td className="py-1 font-mono text-xs">{row.key}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
        <p className="mt-3 text-sm text-slate-600">{t("security.howToChange")}</p>
      </Card>
    </div>
  );
}
