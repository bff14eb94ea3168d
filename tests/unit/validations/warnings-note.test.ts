// A progress note's form: the files chosen with it, the empty part a browser sends when none is chosen, and the limit.
import { describe, expect, it } from "vitest";
import { issueCodes } from "@/lib/result";
import { parseWith } from "@/lib/validations/fields";
import { noteSchema } from "@/lib/validations/warnings";

const pdf = (name: string) => new File(["%PDF-1.4"], name, { type: "application/pdf" });

describe("noteSchema", () => {
  it("takes the chosen files and drops the browser's empty part for no file", () => {
    expect(parseWith(noteSchema, { taskId: "7", note: "已复查", file: [new File([], "")] })).toEqual({ ok: true, data: { taskId: 7, note: "已复查", file: [] } });
    const parsed = parseWith(noteSchema, { taskId: "7", note: "已复查", file: [pdf("a.pdf"), pdf("b.pdf")] });
    expect(parsed.ok && parsed.data.file.map((f) => f.name)).toEqual(["a.pdf", "b.pdf"]);
    // A chosen file that is empty is kept, for the evidence check to refuse with its own message.
    const empty = parseWith(noteSchema, { taskId: "7", note: "已复查", file: [new File([], "空.pdf")] });
    expect(empty.ok && empty.data.file).toHaveLength(1);
  });

  it("refuses more than five files, and a text where a file belongs", () => {
    const many = parseWith(noteSchema, { taskId: "7", note: "已复查", file: Array.from({ length: 6 }, (_, i) => pdf(`${i}.pdf`)) });
    expect(!many.ok && issueCodes(many.fieldErrors)).toEqual({ file: ["warnings.validation.tooManyFiles"] });
    const text = parseWith(noteSchema, { taskId: "7", note: "已复查", file: ["a.pdf"] });
    expect(!text.ok && Object.values(issueCodes(text.fieldErrors)).flat()).toEqual(["warnings.validation.file"]);
  });
});
