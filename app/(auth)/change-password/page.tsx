import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { ChangePasswordForm } from "./change-password-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("account.title") };
}

// Any signed-in user may change their own password here; one whose change is due is sent here by
// every page (lib/auth/session.ts) until it is done.
export default async function ChangePasswordPage() {
  const [user, { t }] = await Promise.all([requireUser({ passwordChange: true }), getTranslator()]);
  return (
    <main className="flex min-h-screen flex-col items-center justify-center px-4 py-10">
      <div className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-2xl font-semibold">{t("account.title")}</h1>
        <p className="mt-1 text-sm text-slate-600" data-testid="change-password-reason">
          {user.mustChangePassword ? t("account.mustChange", { username: user.username }) : t("account.voluntary", { username: user.username })}
        </p>
        <ChangePasswordForm />
        {!user.mustChangePassword && (
          <Link href="/" className="mt-4 block text-sm text-brand-700 underline">
            {t("account.back")}
          </Link>
        )}
      </div>
    </main>
  );
}
