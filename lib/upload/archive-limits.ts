// Zip-bomb guard for uploaded XLSX and DOCX files (both are ZIP archives), run before exceljs or
// mammoth unpack them in memory: reads the archive's central directory from the bytes and refuses too
// many entries or too much stated uncompressed content without inflating anything; then, since a
// directory can lie, inflates each entry with a hard output cap of its stated size (so at most the
// limit in total) and refuses any entry that is bigger than stated. No I/O.
import { inflateRawSync } from "node:zlib";

export const MAX_ARCHIVE_ENTRIES = 2_000;
export const MAX_ARCHIVE_UNCOMPRESSED_BYTES = 50 * 1024 * 1024;

export type ArchiveCheck =
  | { ok: true; entries: number; uncompressedBytes: number }
  | { ok: false; reason: "tooManyEntries" | "tooLargeUncompressed" | "unreadable" };

interface Limits {
  maxEntries: number;
  maxUncompressedBytes: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_ENTRY = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

/** Offset of the end-of-central-directory record (it sits in the last 22 + 65,535 bytes). */
function findEndRecord(view: DataView): number {
  const last = view.byteLength - 22;
  for (let at = last; at >= Math.max(0, last - 0xffff); at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  return -1;
}

/** The central directory's entry count and position, from the ZIP64 record when the classic one overflows. */
function directoryOf(view: DataView, end: number): { count: number; offset: number } | null {
  const count = view.getUint16(end + 10, true);
  const offset = view.getUint32(end + 16, true);
  if (count !== 0xffff && offset !== 0xffffffff) return { count, offset };
  const locator = end - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) return null;
  const record = Number(view.getBigUint64(locator + 8, true));
  if (record + 56 > view.byteLength || view.getUint32(record, true) !== ZIP64_EOCD) return null;
  return { count: Number(view.getBigUint64(record + 32, true)), offset: Number(view.getBigUint64(record + 48, true)) };
}

/** An entry's uncompressed and compressed sizes, from its ZIP64 extra field when the 32-bit fields overflow. */
function sizesOf(view: DataView, at: number, nameLength: number, extraLength: number): { size: number; compressed: number } | null {
  let size = view.getUint32(at + 24, true);
  let compressed = view.getUint32(at + 20, true);
  if (size !== 0xffffffff && compressed !== 0xffffffff) return { size, compressed };
  let field = at + 46 + nameLength;
  const endOfExtra = field + extraLength;
  while (field + 4 <= endOfExtra) {
    const id = view.getUint16(field, true);
    const length = view.getUint16(field + 2, true);
    if (id === 0x0001) {
      let value = field + 4;
      if (size === 0xffffffff) {
        if (value + 8 > endOfExtra) return null;
        size = Number(view.getBigUint64(value, true));
        value += 8;
      }
      if (compressed === 0xffffffff) {
        if (value + 8 > endOfExtra) return null;
        compressed = Number(view.getBigUint64(value, true));
      }
      return { size, compressed };
    }
    field += 4 + length;
  }
  return null;
}

type Entry = { size: number; compressed: number; method: number; local: number };

/** Inflates one entry with its stated size as the output cap: why it fails, or null when it is what it says. */
function entryProblem(bytes: Uint8Array, view: DataView, entry: Entry): "tooLargeUncompressed" | "unreadable" | null {
  if (entry.local === 0xffffffff || view.getUint32(entry.local, true) !== LOCAL_ENTRY) return "unreadable";
  const start = entry.local + 30 + view.getUint16(entry.local + 26, true) + view.getUint16(entry.local + 28, true);
  const data = bytes.subarray(start, start + entry.compressed);
  if (data.byteLength !== entry.compressed) return "unreadable";
  if (entry.method === STORED) return entry.compressed === entry.size ? null : "unreadable";
  if (entry.method !== DEFLATED) return "unreadable";
  try {
    // zlib refuses a cap of 0; an empty entry's data must inflate to nothing anyway.
    return inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) }).byteLength === entry.size ? null : "unreadable";
  } catch (error) {
    // Output beyond the cap: the entry holds more than its stated size.
    return error instanceof RangeError ? "tooLargeUncompressed" : "unreadable";
  }
}

export function checkArchive(bytes: Uint8Array, limits: Limits = { maxEntries: MAX_ARCHIVE_ENTRIES, maxUncompressedBytes: MAX_ARCHIVE_UNCOMPRESSED_BYTES }): ArchiveCheck {
  if (bytes.byteLength < 22) return { ok: false, reason: "unreadable" };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    const end = findEndRecord(view);
    const directory = end < 0 ? null : directoryOf(view, end);
    if (!directory) return { ok: false, reason: "unreadable" };
    if (directory.count > limits.maxEntries) return { ok: false, reason: "tooManyEntries" };
    let at = directory.offset;
    let total = 0;
    const entries: Entry[] = [];
    for (let i = 0; i < directory.count; i++) {
      if (view.getUint32(at, true) !== CENTRAL_ENTRY) return { ok: false, reason: "unreadable" };
      const nameLength = view.getUint16(at + 28, true);
      const extraLength = view.getUint16(at + 30, true);
      const commentLength = view.getUint16(at + 32, true);
      const sizes = sizesOf(view, at, nameLength, extraLength);
      if (!sizes) return { ok: false, reason: "unreadable" };
      total += sizes.size;
      if (total > limits.maxUncompressedBytes) return { ok: false, reason: "tooLargeUncompressed" };
      entries.push({ ...sizes, method: view.getUint16(at + 10, true), local: view.getUint32(at + 42, true) });
      at += 46 + nameLength + extraLength + commentLength;
    }
    for (const entry of entries) {
      const problem = entryProblem(bytes, view, entry);
      if (problem) return { ok: false, reason: problem };
    }
    return { ok: true, entries: directory.count, uncompressedBytes: total };
  } catch {
    // A DataView read past the end: the directory points outside the file.
    return { ok: false, reason: "unreadable" };
  }
}
