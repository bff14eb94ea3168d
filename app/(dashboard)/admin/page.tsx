import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/admin/page-header";
import { ADMIN_SECTIONS } from "@/components/admin/sections";
import { requireUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { can } from "@/lib/permissions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("admin.title") };
}

export default async function AdminHomePage() {
  const [user, { t }] = await Promise.all([requireUser(), getTranslator()]);
  const sections = ADMIN_SECTIONS.filter((s) => can(user, s.capability));
  if (sections.length === 0) notFound();
  return (
    <div className="space-y-4">
      <PageHeader title={t("admin.title")} description={t("admin.intro")} />
      <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {sections.map((s) => (
          <li key={s.href}>
            <Link href={s.href} className="block h-full rounded-xl border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-600">
              <p className="font-semibold text-slate-900">{t(s.labelKey)}</p>
              <p className="mt-1 text-sm text-slate-600">{t(`${s.labelKey}Hint`)}</p>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
