// CSV for Excel users in China: UTF-8 with a byte-order mark so Excel detects the encoding.
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  const escape = (cell: string | number | null | undefined) => {
    const text = cell === null || cell === undefined ? "" : String(cell);
    return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return "\uFEFF" + rows.map((row) => row.map(escape).join(",")).join("\r\n") + "\r\n";
}

/** Content-Disposition with an ASCII fallback and the UTF-8 name (RFC 5987), for Chinese file names. */
export function attachment(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
