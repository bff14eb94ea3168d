// Reading uploaded documents: encodings of .txt files, and the text of .docx files.
import iconv from "iconv-lite";
import { Document, Packer, Paragraph } from "docx";
import { describe, expect, it } from "vitest";
import { extractTargets } from "@/lib/domain/extract";
import { cleanText, decodeText, readDocument } from "@/lib/files/read-document";

const TEXT = "到2020年,全市制造业产品质量监督抽查合格率稳定在93%以上。";

describe("decodeText", () => {
  it("reads UTF-8 with and without BOM, GB18030 and UTF-16", () => {
    expect(decodeText(Buffer.from(TEXT, "utf8"))).toBe(TEXT);
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, "utf8")]))).toBe(TEXT);
    expect(decodeText(iconv.encode(TEXT, "gb18030"))).toBe(TEXT);
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(TEXT, "utf16le")]))).toBe(TEXT);
  });

  it("normalises line endings", () => {
    expect(cleanText("\ufeff一、目标\r\n二、措施\r第三行\n\n")).toBe("一、目标\n二、措施\n第三行");
  });
});

describe("readDocument", () => {
  it("reads a .docx, one line per paragraph, and the extractor finds its targets", async () => {
    const doc = new Document({ sections: [{ children: [new Paragraph("二、主要目标"), new Paragraph(TEXT)] }] });
    const bytes = await Packer.toBuffer(doc);
    const result = await readDocument("决定.DOCX", bytes);
    expect(result).toEqual({ ok: true, text: `二、主要目标\n${TEXT}` });
    if (result.ok) expect(extractTargets(result.text).map((t) => t.value)).toEqual([93]);
  });

  it("refuses other formats, empty files and broken .docx files with a reason", async () => {
    expect(await readDocument("plan.odt", Buffer.from("PK"))).toEqual({ ok: false, reason: "UNSUPPORTED" });
    expect(await readDocument("plan.txt", Buffer.from("  \n"))).toEqual({ ok: false, reason: "EMPTY" });
    expect(await readDocument("plan.docx", Buffer.from("not a zip"))).toEqual({ ok: false, reason: "UNREADABLE" });
  });
});
