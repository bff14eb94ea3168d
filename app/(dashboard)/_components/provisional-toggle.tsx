import Link from "next/link";
import type { Translate } from "@/lib/i18n/translate";

/** Switches between official (approved) figures and provisional ones (approved + submitted). */
export function ProvisionalToggle({ t, isProvisional, basePath, params = {} }: { t: Translate; isProvisional: boolean; basePath: string; params?: Record<string, string> }) {
  const query = new URLSearchParams({ ...params, ...(isProvisional ? {} : { provisional: "1" }) }).toString();
  return (
    <div className="no-print flex flex-wrap items-center gap-2 text-sm">
      {isProvisional && (
        <span className="rounded bg-violet-100 px-2 py-0.5 font-medium text-violet-900" data-testid="provisional-marker">
          {t("dashboard.provisionalMarker")}
        </span>
      )}
      <Link href={query ? `${basePath}?${query}` : basePath} className="rounded-md border border-slate-300 bg-white px-2.5 py-1 hover:bg-slate-100" data-testid="provisional-toggle">
        {isProvisional ? t("dashboard.showOfficial") : t("dashboard.showProvisional")}
      </Link>
    </div>
  );
}
