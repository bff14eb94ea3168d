// Links to the print view and the three downloads of the report on screen (same parameters).
import type { Translate } from "@/lib/i18n/translate";
import { reportSearch, type ReportSection } from "@/lib/validations/reports";

export function DownloadBar({ t, query, isPdfAvailable }: { t: Translate; query: { region: string; period: string; sections: readonly ReportSection[] }; isPdfAvailable: boolean }) {
  const search = reportSearch(query);
  const link = "rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium hover:bg-slate-50";
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm" data-testid="report-downloads">
      <a href={`/reports/print?${search}`} target="_blank" rel="noopener" className={link} data-testid="report-print-link">
        {t("reports.download.print")}
      </a>
      <span className="ml-2 text-slate-500">{t("reports.download.title")}:</span>
      {(["pdf", "xlsx", "docx"] as const).map((ext) =>
        ext === "pdf" && !isPdfAvailable ? (
          <span key={ext} className={`${link} cursor-not-allowed text-slate-400`} title={t("reports.download.pdfUnavailable")} aria-disabled="true">
            {t(`reports.download.${ext}`)}
          </span>
        ) : (
          <a key={ext} href={`/api/v1/reports/summary.${ext}?${search}`} className={link} data-testid={`report-download-${ext}`} download>
            {t(`reports.download.${ext}`)}
          </a>
        ),
      )}
      {!isPdfAvailable && <p className="w-full text-xs text-slate-500">{t("reports.download.pdfUnavailable")}</p>}
    </div>
  );
}
