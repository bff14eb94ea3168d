// Document analysis runs in a worker thread with a time limit (issue 14, defect 1: analysing a
// 1,000,000-character paste blocked every other request, /api/health too, for 32 s). One long
// paragraph of 30,000–40,000 characters takes seconds on one thread, 176,000 characters over 30 s:
// the length limit alone does not bound the time.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { analyseDocumentAction } from "@/app/(dashboard)/admin/plans/import/actions";
import { GET as health } from "@/app/api/health/route";
import type { SessionUser } from "@/lib/auth/session-user";
import { analyseText } from "@/lib/domain/plan-import/analyse";
import { en, zhCN } from "@/lib/i18n/messages";
import { createTranslator } from "@/lib/i18n/translate";
import { userNamed } from "../support/users";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({
  getSessionUser: async () => session.user,
  getReadySessionUser: async () => session.user,
  requireUser: async () => {
    if (!session.user) throw new Error("NEXT_REDIRECT /login");
    return session.user;
  },
}));

/** One paragraph without a full stop: the extractor's slowest shape (≈2–3 s at 1,000 clauses). */
const slowText = (clauses: number) => "到2020年,全市制造业产品质量监督抽查合格率稳定在93%以上,".repeat(clauses);

beforeAll(async () => {
  session.user = await userNamed("office");
});

afterEach(() => {
  delete process.env.ANALYSIS_TIME_LIMIT_SECONDS;
  delete process.env.ANALYSIS_CONCURRENCY;
});

async function askHealth(): Promise<number> {
  const response = await health(new Request("http://localhost/api/health"), { params: Promise.resolve({}) });
  return response.status;
}

describe("document analysis off the request thread", () => {
  it("gives the same candidates in the worker as the pure analysis", async () => {
    const text = "到2025年,全市制造业产品质量监督抽查合格率稳定在95%以上。每万人口高价值发明专利拥有量达到3件。";
    const result = await analyseDocumentAction(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.candidates.length).toBeGreaterThan(0);
    expect(result.data.candidates.map((c) => c.quote)).toEqual(analyseText(text, { indicators: [], departments: [], regions: [] }).candidates.map((c) => c.quote));
  });

  it("answers other requests while a slow analysis is still running", { timeout: 320_000 }, async () => {
    // This test is about the other requests, not the limit: on a busy machine the analysis takes longer.
    process.env.ANALYSIS_TIME_LIMIT_SECONDS = "300";
    const started = performance.now();
    let analysisMs: number | null = null;
    const analysis = analyseDocumentAction(slowText(1_000)).then((result) => {
      analysisMs = performance.now() - started;
      return result;
    });
    // A health request every 100 ms until the analysis is done; each notes when it was answered.
    const answers: { status: number; askedAt: number; answeredAt: number; whileRunning: boolean }[] = [];
    while (analysisMs === null) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      if (analysisMs !== null) break;
      const askedAt = performance.now() - started;
      const status = await askHealth();
      answers.push({ status, askedAt, answeredAt: performance.now() - started, whileRunning: analysisMs === null });
    }
    const result = await analysis;
    const during = answers.filter((a) => a.whileRunning);
    const slowest = Math.max(0, ...answers.map((a) => a.answeredAt - a.askedAt));
    console.log(
      `analysis worker: analysis of ${slowText(1_000).length} characters took ${Math.round(analysisMs ?? 0)} ms; ${answers.length} health requests, ${during.length} answered while it ran, slowest answer ${Math.round(slowest)} ms, errors: ${answers.filter((a) => a.status !== 200).length}`,
    );
    expect(result.ok).toBe(true);
    expect(during.length).toBeGreaterThan(0);
    expect(answers.every((a) => a.status === 200)).toBe(true);
  });

  it("ends an analysis at its time limit with a message in the user's language", async () => {
    process.env.ANALYSIS_TIME_LIMIT_SECONDS = "1";
    const started = performance.now();
    // 176,000 characters (within the length limit) that take over 30 s to analyse on one thread.
    const result = await analyseDocumentAction(slowText(5_500));
    const elapsed = performance.now() - started;
    console.log(`analysis worker: a runaway analysis (${slowText(5_500).length} characters) ended after ${Math.round(elapsed)} ms at a 1 s limit`);
    const issue = { code: "admin.import.errors.analysisTimeout", params: { seconds: 1 } };
    expect(result).toEqual({ ok: false, code: "INVALID", reason: "invalid", fieldErrors: { text: [issue] } });
    expect(elapsed).toBeLessThan(10_000);
    expect(createTranslator(zhCN)(issue.code, issue.params)).toMatch(/^分析超过 1 秒仍未完成/);
    expect(createTranslator(en)(issue.code, issue.params)).toMatch(/^The analysis took longer than 1 second/);
    // The server still answers, and the next analysis runs normally.
    expect(await askHealth()).toBe(200);
    delete process.env.ANALYSIS_TIME_LIMIT_SECONDS;
    expect((await analyseDocumentAction("到2025年,全市制造业产品质量监督抽查合格率稳定在95%以上。")).ok).toBe(true);
  });

  it("refuses an analysis beyond the number running at once, with a message", async () => {
    process.env.ANALYSIS_TIME_LIMIT_SECONDS = "2";
    process.env.ANALYSIS_CONCURRENCY = "2";
    const started = performance.now();
    const results = await Promise.all([0, 1, 2].map(() => analyseDocumentAction(slowText(5_500))));
    const codes = results.map((r) => (r.ok ? "ok" : r.fieldErrors?.text?.[0]?.code));
    console.log(`analysis worker: 3 analyses at once with room for 2: ${codes.join(", ")} after ${Math.round(performance.now() - started)} ms`);
    expect(codes).toEqual(["admin.import.errors.analysisTimeout", "admin.import.errors.analysisTimeout", "admin.import.errors.analysisBusy"]);
    expect(createTranslator(zhCN)("admin.import.errors.analysisBusy")).toMatch(/稍候/);
    // Both places are free again.
    delete process.env.ANALYSIS_TIME_LIMIT_SECONDS;
    expect((await analyseDocumentAction("到2025年,全市制造业产品质量监督抽查合格率稳定在95%以上。")).ok).toBe(true);
  });
});
