// Zip bombs are refused before exceljs or mammoth unpack them: too many entries, too much stated
// content, or an entry that holds more than its directory says.
import { deflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import { Document, Packer, Paragraph } from "docx";
import { describe, expect, it } from "vitest";
import { readDocument } from "@/lib/files/read-document";
import { readTable } from "@/lib/files/read-table";
import { MAX_ARCHIVE_ENTRIES, MAX_ARCHIVE_UNCOMPRESSED_BYTES, checkArchive } from "@/lib/upload/archive-limits";

interface ZipEntry {
  name: string;
  data: Buffer;
  /** The uncompressed size written into the headers (default: the true size). */
  statedSize?: number;
}

/** A minimal ZIP writer (deflate, no CRC check needed by the guard) that can also lie about sizes. */
function zip(entries: ZipEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const compressed = deflateRawSync(entry.data);
    const size = entry.statedSize ?? entry.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

describe("checkArchive", () => {
  it("passes a real workbook and a real document, counting entries and content", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("表").addRow(["指标代码", 1]);
    const xlsx = checkArchive(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(xlsx).toMatchObject({ ok: true });
    expect(xlsx.ok && xlsx.entries).toBeGreaterThan(5);
    const docx = checkArchive(new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph("目标")] }] }))));
    expect(docx).toMatchObject({ ok: true });
  });

  it("refuses more than the allowed number of entries, reading only the directory", () => {
    const many = zip(Array.from({ length: MAX_ARCHIVE_ENTRIES + 1 }, (_, i) => ({ name: `x/${i}.xml`, data: Buffer.from("<a/>") })));
    expect(checkArchive(many)).toEqual({ ok: false, reason: "tooManyEntries" });
    const allowed = zip(Array.from({ length: MAX_ARCHIVE_ENTRIES }, (_, i) => ({ name: `x/${i}.xml`, data: Buffer.from("<a/>") })));
    expect(checkArchive(allowed)).toMatchObject({ ok: true, entries: MAX_ARCHIVE_ENTRIES });
  });

  it("refuses an archive whose stated content is over the limit, and accepts one at the limit", () => {
    const half = MAX_ARCHIVE_UNCOMPRESSED_BYTES / 2;
    expect(checkArchive(zip([{ name: "a", data: Buffer.alloc(half) }, { name: "b", data: Buffer.alloc(half) }]))).toMatchObject({ ok: true, uncompressedBytes: MAX_ARCHIVE_UNCOMPRESSED_BYTES });
    expect(checkArchive(zip([{ name: "a", data: Buffer.alloc(half) }, { name: "b", data: Buffer.alloc(half + 1) }]))).toEqual({ ok: false, reason: "tooLargeUncompressed" });
  });

  it("refuses an entry that inflates to more than its directory states, with bounded memory", () => {
    const liar = zip([{ name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(60 * 1024 * 1024), statedSize: 1_000 }]);
    expect(liar.byteLength).toBeLessThan(100 * 1024);
    expect(checkArchive(liar)).toEqual({ ok: false, reason: "tooLargeUncompressed" });
  });

  it("calls truncated or garbled archives unreadable", () => {
    const good = zip([{ name: "a", data: Buffer.from("hello") }]);
    expect(checkArchive(good.subarray(0, good.length - 5))).toEqual({ ok: false, reason: "unreadable" });
    expect(checkArchive(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]))).toEqual({ ok: false, reason: "unreadable" });
  });
});

describe("the upload readers", () => {
  const bomb = zip([{ name: "[Content_Types].xml", data: Buffer.alloc(MAX_ARCHIVE_UNCOMPRESSED_BYTES + 1) }]);

  it("refuse an XLSX bomb as too large, before unpacking it", async () => {
    expect(await readTable("figures.xlsx", bomb)).toEqual({ ok: false, reason: "archiveTooLarge" });
  });

  it("refuse a DOCX bomb as too large, before unpacking it", async () => {
    expect(await readDocument("plan.docx", Buffer.from(bomb))).toEqual({ ok: false, reason: "ARCHIVE_TOO_LARGE" });
  });
});
