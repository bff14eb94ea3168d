// Reads the text of a PDF with unpdf (PDF.js built for servers: pure JavaScript, no downloads).
// Text items are grouped into lines by their baseline; pdf-lines.ts then removes the running
// headers, footers and page numbers and joins the lines the layout broke.
import { extractTextItems, getDocumentProxy } from "unpdf";
import { joinPdfPages } from "./pdf-lines";

export type PdfResult = { ok: true; text: string } | { ok: false; reason: "UNREADABLE" | "IMAGE_ONLY" };

interface TextItem {
  str: string;
  x: number;
  y: number;
  height: number;
}

/** Items whose baselines lie within half a line height of each other form one line, read left to right. */
export function groupLines(items: readonly TextItem[]): string[] {
  const rows: { y: number; tolerance: number; items: TextItem[] }[] = [];
  for (const item of items) {
    if (item.str === "") continue;
    const row = rows.find((r) => Math.abs(r.y - item.y) <= r.tolerance);
    if (row) row.items.push(item);
    else rows.push({ y: item.y, tolerance: Math.max(item.height, 1) / 2, items: [item] });
  }
  return rows
    .sort((a, b) => b.y - a.y)
    .map((row) => row.items.sort((a, b) => a.x - b.x).map((i) => i.str).join(""))
    .map(collapseSpaces);
}

/** PDF.js keeps the gaps between CJK glyphs as spaces; Chinese text has none. */
function collapseSpaces(line: string): string {
  const cjk = "\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u3000-\\u303f";
  return line
    .replace(/\s+/gu, " ")
    .replace(new RegExp(`(?<=[${cjk}]) (?=[${cjk}\\d%])|(?<=[\\d%]) (?=[${cjk}])`, "gu"), "")
    .trim();
}

export async function readPdf(bytes: Buffer): Promise<PdfResult> {
  let pages: string[][];
  try {
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    const { items } = await extractTextItems(pdf);
    pages = items.map((pageItems) => groupLines(pageItems));
  } catch {
    return { ok: false, reason: "UNREADABLE" };
  }
  const text = joinPdfPages(pages);
  // A scan holds pictures of pages: no text layer, or only a stray mark or two.
  return text.replace(/\s/gu, "").length < 10 ? { ok: false, reason: "IMAGE_ONLY" } : { ok: true, text };
}
