// Where evidence files (见证材料) live and what they may be: the kind is read from the content's
// first bytes (never from the name or the browser's MIME type), the size is limited, and the bytes
// go into the database row or, when EVIDENCE_DIR names a folder (shared by every app server), into
// that folder by their SHA-256. Writes to the folder go to a temporary name first and are renamed
// into place, so a crash leaves no half-written file under a real name. The data layer
// (lib/data/evidence.ts) owns the rows and the scope checks; this file owns the bytes.
import "server-only";
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";

/** The default largest evidence file: 10 MB (the server actions take up to 12 MB). */
const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export function evidenceMaxBytes(env: Record<string, string | undefined> = process.env): number {
  const value = Number(env.EVIDENCE_MAX_BYTES);
  return Number.isInteger(value) && value > 0 ? Math.min(value, DEFAULT_MAX_BYTES) : DEFAULT_MAX_BYTES;
}

export type EvidenceKind = "pdf" | "png" | "jpeg" | "gif" | "webp" | "docx" | "xlsx" | "doc" | "xls";

export const EVIDENCE_MIME: Record<EvidenceKind, string> = {
  pdf: "application/pdf",
  png: "image/png",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  doc: "application/msword",
  xls: "application/vnd.ms-excel",
};

/** The file name extensions each kind may carry. */
const EXTENSIONS: Record<EvidenceKind, readonly string[]> = {
  pdf: ["pdf"],
  png: ["png"],
  jpeg: ["jpg", "jpeg"],
  gif: ["gif"],
  webp: ["webp"],
  docx: ["docx"],
  xlsx: ["xlsx"],
  doc: ["doc"],
  xls: ["xls"],
};

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) => prefix.every((b, i) => bytes[at + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** The kind the content is, from its signature; null for anything else. */
export function detectEvidenceKind(bytes: Uint8Array, fileName: string): EvidenceKind | null {
  const extension = path.extname(fileName).slice(1).toLowerCase();
  if (startsWith(bytes, ascii("%PDF-"))) return "pdf";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith(bytes, ascii("GIF87a")) || startsWith(bytes, ascii("GIF89a"))) return "gif";
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "webp";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // An Office Open XML file is a zip whose entry names (stored uncompressed) say what it is.
    const names = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
    if (names.includes("[Content_Types].xml")) {
      if (names.includes("word/")) return "docx";
      if (names.includes("xl/")) return "xlsx";
    }
    return null;
  }
  // The old binary Office formats share one container; only the name tells Word from Excel.
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return extension === "xls" ? "xls" : extension === "doc" ? "doc" : null;
  return null;
}

export type EvidenceCheck =
  | { ok: true; kind: EvidenceKind; mimeType: string; sha256: string }
  | { ok: false; problem: "EMPTY" | "TOO_LARGE" | "TYPE" | "NAME"; maxBytes: number };

/** Whether these bytes may be kept as evidence under this name. */
export function checkEvidence(bytes: Uint8Array, fileName: string, maxBytes = evidenceMaxBytes()): EvidenceCheck {
  if (bytes.byteLength === 0) return { ok: false, problem: "EMPTY", maxBytes };
  if (bytes.byteLength > maxBytes) return { ok: false, problem: "TOO_LARGE", maxBytes };
  const kind = detectEvidenceKind(bytes, fileName);
  if (!kind) return { ok: false, problem: "TYPE", maxBytes };
  const extension = path.extname(fileName).slice(1).toLowerCase();
  if (!EXTENSIONS[kind].includes(extension)) return { ok: false, problem: "NAME", maxBytes };
  return { ok: true, kind, mimeType: EVIDENCE_MIME[kind], sha256: createHash("sha256").update(bytes).digest("hex") };
}

/** The configured folder, or null to keep the bytes in the database. */
export function evidenceDir(env: Record<string, string | undefined> = process.env): string | null {
  const dir = env.EVIDENCE_DIR?.trim();
  return dir ? path.resolve(dir) : null;
}

/** Where the bytes go: the database column, or a key under the folder. */
export type StoredBytes = { content: Uint8Array<ArrayBuffer>; storageKey: null } | { content: null; storageKey: string };

function keyPath(dir: string, key: string): string {
  if (!/^[0-9a-f]{2}\/[0-9a-f]{64}$/.test(key)) throw new Error(`not an evidence storage key: ${key}`);
  return path.join(dir, key);
}

/** Puts the bytes where they are kept; the same content is written once (content-addressed). */
export async function putEvidenceBytes(bytes: Uint8Array, sha256: string, dir = evidenceDir()): Promise<StoredBytes> {
  if (!dir) return { content: new Uint8Array(bytes), storageKey: null };
  const key = `${sha256.slice(0, 2)}/${sha256}`;
  const target = keyPath(dir, key);
  await fs.mkdir(path.dirname(target), { recursive: true });
  const temporary = `${target}.${randomUUID()}.tmp`;
  const handle = await fs.open(temporary, "wx");
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.rename(temporary, target);
  return { content: null, storageKey: key };
}

/** The bytes of a stored file; null when the folder has lost them. */
export async function getEvidenceBytes(stored: { content: Uint8Array | null; storageKey: string | null }, dir = evidenceDir()): Promise<Buffer | null> {
  if (stored.content) return Buffer.from(stored.content);
  if (!stored.storageKey || !dir) return null;
  return fs.readFile(keyPath(dir, stored.storageKey)).catch(() => null);
}
