import { escapeCellText } from "./formula-escape";

// CSV for Excel users in China: UTF-8 with a byte-order mark so Excel detects the encoding. Text that
// would start a formula is escaped (see formula-escape.ts).
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  const escape = (cell: string | number | null | undefined) => {
    const text = cell === null || cell === undefined ? "" : String(escapeCellText(cell));
    return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return "\uFEFF" + rows.map((row) => row.map(escape).join(",")).join("\r\n") + "\r\n";
}

/**
 * Content-Disposition with the UTF-8 name (RFC 5987) for Chinese file names, and an ASCII name for
 * clients that ignore it: the given one, or the name's ASCII parts.
 */
export function attachment(filename: string, asciiName?: string): string {
  const ascii = (asciiName ?? filename)
    .replace(/[^\x20-\x7e]+/g, "_")
    .replace(/["\\]/g, "_")
    .replace(/_+/g, "_")
    .replace(/^_|_(?=\.[^.]*$)/g, "");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
