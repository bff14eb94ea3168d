// Control and bidi-override characters never reach stored text: names, notes, comments and imported notes.
import { describe, expect, it } from "vitest";
import { parseImportRows } from "@/lib/domain/figure-import/parse-rows";
import { noteInput, reopenSchema, returnSchema } from "@/lib/validations/figure";
import { optionalText, requiredText, sanitiseText } from "@/lib/validations/fields";

const HOSTILE = "抽\u0000查\u0007合\u001b格\u007f率\u202e%39\u202c\u2066x\u2069\r\n第二行\t末";
const CLEAN = "抽查合格率%39x\n第二行\t末";

describe("sanitiseText", () => {
  it("removes NUL, C0 controls but tab and line feed, DEL and bidi embeddings, overrides and isolates", () => {
    expect(sanitiseText(HOSTILE)).toBe(CLEAN);
    for (let code = 0; code < 0x20; code++) {
      const char = String.fromCharCode(code);
      expect(sanitiseText(`a${char}b`), `U+${code.toString(16)}`).toBe(char === "\t" || char === "\n" ? `a${char}b` : "ab");
    }
    for (const code of [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]) {
      expect(sanitiseText(`a${String.fromCharCode(code)}b`)).toBe("ab");
    }
  });

  it("replaces a lone surrogate, leading or trailing, with U+FFFD and keeps a pair", () => {
    expect(sanitiseText("a\ud800b")).toBe("a\ufffdb");
    expect(sanitiseText("a\udc00")).toBe("a\ufffd");
    expect(sanitiseText("\udbff\ud83d\udc4d\udfff")).toBe("\ufffd👍\ufffd");
    expect(requiredText(40).parse("抽\ud800查")).toBe("抽\ufffd查");
  });

  it("keeps ordinary Chinese, English, emoji and the zero-width joiner", () => {
    const text = "到2025年,合格率≥95%。Quality 👍‍ ok";
    expect(sanitiseText(text)).toBe(text);
  });
});

describe("the text fields", () => {
  it("clean names and texts before trimming and counting", () => {
    expect(requiredText(40).parse(HOSTILE)).toBe(CLEAN);
    expect(optionalText(40).parse(` ${HOSTILE} `)).toBe(CLEAN);
    expect(requiredText(40).safeParse("\u0000\u202e ").success).toBe(false);
    expect(optionalText(40).parse("\u0000")).toBe("");
  });

  it("clean figure notes, review comments and reopen reasons", () => {
    expect(noteInput.parse(HOSTILE)).toBe(CLEAN);
    const figure = { id: 1, version: 1 };
    const returned = returnSchema.safeParse({ figure, comment: HOSTILE });
    const reopened = reopenSchema.safeParse({ figure, reason: HOSTILE });
    expect(returned.success && returned.data.comment).toBe(CLEAN);
    expect(reopened.success && reopened.data.reason).toBe(CLEAN);
  });

  it("clean notes in an imported file", () => {
    const parsed = parseImportRows([
      { line: 1, cells: ["指标代码", "地区代码", "报告期", "数值", "说明"] },
      { line: 2, cells: ["GX_BRAND_NEW", "450602", "2020Q3", "2", HOSTILE] },
    ]);
    expect(parsed.rows[0]?.note).toBe(CLEAN);
  });
});
