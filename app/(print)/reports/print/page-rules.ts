// The print page's @page rules: A4, running header (title, demo marker) and footer with page numbers.
// Chromium draws these margin boxes both when a user prints and when the PDF endpoint renders.
import type { ReportText } from "@/lib/export/report-text";

/** A CSS string literal; "<" is escaped so that text from the database cannot close the <style> element. */
function cssString(text: string): string {
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/</g, "\\3c ").replace(/[\r\n]+/g, " ")}"`;
}

/** "第 {page} 页 / 共 {pages} 页" as CSS content with page counters. */
function pageNumberContent(template: string): string {
  return template
    .split(/(\{pages?\})/)
    .filter(Boolean)
    .map((part) => (part === "{page}" ? "counter(page)" : part === "{pages}" ? "counter(pages)" : cssString(part)))
    .join(" ");
}

export function pageRules(x: ReportText, title: string, isDemo: boolean): string {
  // "Report Sans" is the single face the PDF renderer installs (lib/export/report-pdf.ts); browsers skip it.
  const box = 'font-family: "Report Sans", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; font-size: 8pt; color: #64748b;';
  return `
@page {
  size: A4;
  margin: 16mm 14mm 16mm 14mm;
  @top-left { content: ${cssString(title)}; ${box} }
  ${isDemo ? `@top-right { content: ${cssString(x.t("reports.demoMarker"))}; ${box} color: #b91c1c; }` : ""}
  @bottom-center { content: ${pageNumberContent(x.t("reports.pageNumber", { page: "{page}", pages: "{pages}" }))}; ${box} }
}
@page :first { @top-left { content: none; } @top-right { content: none; } }
.report-sheet { max-width: 182mm; }
@media print { .report-sheet { max-width: none; } }
`;
}
