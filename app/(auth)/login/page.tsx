import type { Metadata } from "next";
import { z } from "zod";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { ScrollBox } from "@/components/ui/scroll-box";
import { listRegionNames } from "@/lib/data/regions";
import { isDemoLoaded } from "@/lib/data/settings";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/demo-accounts";
import { getTranslator } from "@/lib/i18n/server";
import { safeReturnPath } from "@/lib/security/return-path";
import { LoginForm } from "./login-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("auth.title") };
}

// Only a path on this site is kept (the sign-in action checks it again), so the destination never
// leaves the site.
const searchSchema = z.object({ callbackUrl: z.unknown().transform(safeReturnPath) });

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { t, locale } = await getTranslator();
  const parsed = searchSchema.safeParse(await searchParams);
  const callbackUrl = parsed.success ? parsed.data.callbackUrl : "/";
  const showDemo = await isDemoLoaded();
  const regionNames = showDemo ? await listRegionNames(DEMO_ACCOUNTS.map((a) => a.scopeRegionCode)) : new Map();

  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-6 px-4 py-10">
      <div className="absolute right-4 top-4">
        <LanguageSwitch />
      </div>
      <div className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        <p className="text-sm font-medium text-brand-700">{t("app.fullName")}</p>
        <h1 className="mt-1 text-2xl font-semibold">{t("auth.title")}</h1>
        <p className="mt-1 text-sm text-slate-500">{t("auth.subtitle")}</p>
        <LoginForm callbackUrl={callbackUrl} />
      </div>
      {showDemo && (
        <section className="w-full max-w-xl rounded-xl border border-amber-200 bg-amber-50 p-4 text-sm" data-testid="demo-accounts">
          <h2 className="font-semibold text-amber-900">{t("auth.demoAccounts")}</h2>
          <p className="mt-1 text-amber-900">{t("auth.demoPassword", { password: DEMO_PASSWORD })}</p>
          <ScrollBox label={t("auth.demoAccounts")} className="mt-3">
            <table className="w-full text-left">
              <thead className="text-amber-800">
                <tr>
                  <th className="py-1 pr-3 font-medium">{t("auth.account")}</th>
                  <th className="py-1 pr-3 font-medium">{t("auth.role")}</th>
                  <th className="py-1 font-medium">{t("auth.scope")}</th>
                </tr>
              </thead>
              <tbody>
                {DEMO_ACCOUNTS.map((account) => {
                  const region = regionNames.get(account.scopeRegionCode);
                  return (
                    <tr key={account.username} className="border-t border-amber-200">
                      <td className="py-1 pr-3 font-mono">{account.username}</td>
                      <td className="py-1 pr-3">{t(`roles.${account.role}`)}</td>
                      <td className="py-1">{(locale === "en" ? region?.nameEn : region?.name) ?? account.scopeRegionCode}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollBox>
        </section>
      )}
    </main>
  );
}
