"use client";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { setLocale } from "@/app/locale-actions";
import { useI18n } from "@/lib/i18n/client";

export function LanguageSwitch({ className = "" }: { className?: string }) {
  const { locale, t } = useI18n();
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const next = locale === "zh-CN" ? "en" : "zh-CN";
  return (
    <button
      type="button"
      data-testid="language-switch"
      lang={next}
      // Not disabled while switching: a disabled button loses focus to the page body; it ignores clicks instead.
      aria-disabled={isPending || undefined}
      aria-label={`${t("nav.language")}: ${t("nav.switchTo")}`}
      className={`rounded-md border border-slate-300 px-2.5 py-1 text-sm hover:bg-slate-100 aria-disabled:opacity-50 ${className}`}
      onClick={() => {
        if (isPending) return;
        startTransition(async () => {
          await setLocale(next);
          router.refresh();
        });
      }}
    >
      {t("nav.switchTo")}
    </button>
  );
}
