// Document analysis refuses text beyond its length limit at once, with a message, instead of holding
// the server's thread (a 1,000,000-character paste used to block every request for 32 s).
import { describe, expect, it } from "vitest";
import { analyseDocumentAction } from "@/app/(dashboard)/admin/plans/import/actions";
import { ANALYSIS_TEXT_MAX } from "@/lib/validations/plan-import-input";

describe("analyseDocumentAction", () => {
  it("refuses text over the limit with a field message, before analysing it", async () => {
    const result = await analyseDocumentAction("到2020年,全市制造业产品质量监督抽查合格率稳定在93%以上。".repeat(40_000));
    expect(result).toEqual({ ok: false, code: "INVALID", fieldErrors: { text: [{ code: "admin.import.errors.textTooLong" }] } });
    const justOver = await analyseDocumentAction("字".repeat(ANALYSIS_TEXT_MAX + 1));
    expect(justOver).toEqual({ ok: false, code: "INVALID", fieldErrors: { text: [{ code: "admin.import.errors.textTooLong" }] } });
  });
});
