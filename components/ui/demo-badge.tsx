import type { Translate } from "@/lib/i18n/translate";

export function DemoNotice({ t }: { t: Translate }) {
  return (
    <p className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="demo-notice">
      <span className="mr-2 rounded bg-amber-200 px-1.5 py-0.5 text-xs font-semibold">{t("app.demoBadge")}</span>
      {t("app.demoNotice")}
    </p>
  );
}
