// Reading the PDF and Word 97 fixtures (tests/fixtures/documents, made offline: see its README).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractTargets } from "@/lib/domain/extract";
import { readDocument } from "@/lib/files/read-document";

const fixtures = path.resolve(import.meta.dirname, "../../fixtures/documents");
const read = (name: string) => readDocument(name, readFileSync(path.join(fixtures, name)));

describe("reading a text PDF", () => {
  it("finds the text without running header, page numbers or page breaks", async () => {
    const result = await read("policy.pdf");
    if (!result.ok) throw new Error(result.reason);
    const lines = result.text.split("\n");
    expect(lines[0]).toBe("东湖市2024年质量强市工作要点");
    expect(result.text).not.toContain("东湖市人民政府办公室文件");
    expect(lines.filter((l) => /^[-—\s]*\d+[-—\s]*$/u.test(l))).toEqual([]);
    // The sentence that page 1 broke after "均达" is one line again, and so is the wrapped department list.
    expect(lines).toContain(
      "（二）提升服务质量。开展服务质量监测评价，推动生活性服务业向高品质和多样化升级，加快生产性服务业向专业化和价值链高端延伸，全市服务业增加值占地区生产总值比重提高到52%左右，旅游、养老、家政等重点领域顾客满意度均达到80分以上。",
    );
    expect(lines).toContain("责任单位：市市场监管局、市住房城乡建设局、市农业农村局");
    expect(lines).toContain("三、保障措施");
    expect(lines).toHaveLength(13);
  });

  it("gives the extractor the targets of the document", async () => {
    const result = await readDocument("政策.PDF", readFileSync(path.join(fixtures, "policy.pdf")));
    if (!result.ok) throw new Error(result.reason);
    const quotes = extractTargets(result.text).map((t) => t.quote);
    expect(quotes).toContain("旅游、养老、家政等重点领域顾客满意度均达到80分以上");
    expect(quotes).toContain("工程质量一次验收合格率达到100%");
  });

  it("says a scanned PDF holds images only, and a damaged one is unreadable", async () => {
    expect(await read("scanned.pdf")).toEqual({ ok: false, reason: "IMAGE_ONLY" });
    expect(await readDocument("plan.pdf", Buffer.from("%PDF-1.7 broken"))).toEqual({ ok: false, reason: "UNREADABLE" });
  });
});

describe("reading a Word 97 .doc", () => {
  it("finds one line per paragraph and the extractor finds its targets", async () => {
    const result = await read("county-plan.doc");
    if (!result.ok) throw new Error(result.reason);
    expect(result.text).toBe(readFileSync(path.join(fixtures, "county-plan.txt"), "utf8").trim());
    expect(extractTargets(result.text).map((t) => t.value)).toEqual([98, 97.5, 95, 5, 2, 8, 12, 0.5, 96, 96]);
  });

  it("says a damaged .doc is unreadable", async () => {
    expect(await readDocument("plan.doc", Buffer.from("not an OLE file"))).toEqual({ ok: false, reason: "UNREADABLE" });
  });
});
