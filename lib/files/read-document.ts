// Reads the text of an uploaded policy document: .docx through mammoth, .pdf and .doc through
// read-pdf.ts and read-doc.ts, .txt as UTF-8 (with or without BOM), UTF-16 with BOM, or
// GB18030 — the encoding of most Chinese government text files.
// Line endings become "\n" so that offsets and quotes are stable from here on. No database and no
// secrets: the extract CLI uses it too.
import iconv from "iconv-lite";
import mammoth from "mammoth";
import { checkArchive } from "@/lib/upload/archive-limits";
import { readDoc } from "./read-doc";
import { readPdf } from "./read-pdf";

export type ReadFailure = "UNSUPPORTED" | "TOO_LARGE" | "ARCHIVE_TOO_LARGE" | "UNREADABLE" | "EMPTY" | "IMAGE_ONLY";
export type ReadResult = { ok: true; text: string } | { ok: false; reason: ReadFailure };

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

/** Text bytes in the encoding they most likely use. */
export function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString("utf8");
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return iconv.decode(bytes.subarray(2), "utf16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return iconv.decode(bytes.subarray(2), "utf16be");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return iconv.decode(bytes, "gb18030");
  }
}

/** Normalised text: "\n" line endings, no BOM, no trailing blank space. */
export function cleanText(text: string): string {
  return text.replace(/^\ufeff/u, "").replace(/\r\n?/gu, "\n").replace(/\s+$/u, "");
}

export async function readDocument(name: string, bytes: Buffer): Promise<ReadResult> {
  if (bytes.length > MAX_DOCUMENT_BYTES) return { ok: false, reason: "TOO_LARGE" };
  const lower = name.toLowerCase();
  let text: string;
  if (lower.endsWith(".txt")) {
    text = decodeText(bytes);
  } else if (lower.endsWith(".docx")) {
    const archive = checkArchive(bytes);
    if (!archive.ok) return { ok: false, reason: archive.reason === "unreadable" ? "UNREADABLE" : "ARCHIVE_TOO_LARGE" };
    try {
      text = (await mammoth.extractRawText({ buffer: bytes })).value;
    } catch {
      return { ok: false, reason: "UNREADABLE" };
    }
    // mammoth ends each paragraph with a blank line; one line per paragraph reads like the .txt files.
    text = text.replace(/\n\n/gu, "\n");
  } else if (lower.endsWith(".pdf") || lower.endsWith(".doc")) {
    const result = lower.endsWith(".pdf") ? await readPdf(bytes) : await readDoc(bytes);
    if (!result.ok) return result;
    text = result.text;
  } else {
    return { ok: false, reason: "UNSUPPORTED" };
  }
  const clean = cleanText(text);
  return clean.trim() === "" ? { ok: false, reason: "EMPTY" } : { ok: true, text: clean };
}
