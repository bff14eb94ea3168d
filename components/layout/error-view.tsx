"use client";
import Link from "next/link";
import { useI18n } from "@/lib/i18n/client";

/**
 * Shown by the error boundaries: a plain apology, a retry and a way home (no internals leak). The
 * reference is Next's digest of a server error; the server log has it with the request id
 * (instrumentation.ts). An error in the browser has no digest, so no reference.
 */
export function ErrorView({ reset, digest }: { reset: () => void; digest?: string | undefined }) {
  const { t } = useI18n();
  return (
    <main className="mx-auto flex min-h-[60vh] max-w-md flex-col items-center justify-center gap-3 p-6 text-center">
      <h1 className="text-xl font-semibold">{t("errors.errorTitle")}</h1>
      <p className="text-slate-600">{t("errors.errorBody")}</p>
      {digest ? <p className="font-mono text-sm text-slate-500">{t("errors.errorReference", { digest })}</p> : null}
      <div className="flex gap-2">
        <button type="button" onClick={reset} className="rounded-md bg-brand-700 px-4 py-2 text-white hover:bg-brand-900">
          {t("errors.retry")}
        </button>
        <Link href="/" className="rounded-md border border-slate-300 px-4 py-2 hover:bg-slate-100">
          {t("errors.backHome")}
        </Link>
      </div>
    </main>
  );
}
