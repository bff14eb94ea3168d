import Link from "next/link";
import { getTranslator } from "@/lib/i18n/server";

export default async function NotFound() {
  const { t } = await getTranslator();
  return (
    <main className="mx-auto flex min-h-[60vh] max-w-md flex-col items-center justify-center gap-3 p-6 text-center">
      <p className="text-5xl font-semibold text-slate-300">404</p>
      <h1 className="text-xl font-semibold">{t("errors.notFoundTitle")}</h1>
      <p className="text-slate-600">{t("errors.notFoundBody")}</p>
      <Link href="/" className="rounded-md bg-brand-700 px-4 py-2 text-white hover:bg-brand-900">
        {t("errors.backHome")}
      </Link>
    </main>
  );
}
