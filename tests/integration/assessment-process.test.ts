// The year's assessment process against the demo database, on a 2021 scheme copied from 2020 (so the
// demo's own years stay as they are): self-assessment with reasons and evidence, submission,
// and evidence files and scores that survive a restart (a new database client) and are audited.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getAssessmentYear } from "@/lib/data/assessment/year";
import { getProcessView } from "@/lib/data/assessment/process-view";
import { addSchemeVersion, copyScheme } from "@/lib/data/assessment/schemes";
import { addItemEvidence, saveSelfAssessment } from "@/lib/data/assessment/self-assessment";
import { recordCheck, returnSubmission, verifyScores } from "@/lib/data/assessment/verification";
import { decideAppeal, fileAppeal } from "@/lib/data/assessment/appeals";
import { getNotice } from "@/lib/data/assessment/notice";
import { publishAssessment } from "@/lib/data/assessment/publication";
import { readEvidence } from "@/lib/data/evidence";
import { writeNoticeDocx } from "@/lib/export/assessment-notice-docx";
import { correctionLine } from "@/lib/export/assessment-notice-text";
import { createTranslator, messagesFor } from "@/lib/i18n/translate";
import { db } from "@/lib/db";
import { createDbClient } from "@/lib/db-client";
import { schemeItems } from "@/lib/domain/assessment";
import { userNamed } from "../support/users";

const YEAR = 2021;
const DX = "450681";
const ref = { year: YEAR, region: DX };
const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

async function selfItems() {
  const year = await getAssessmentYear(await userNamed("office-dx"), YEAR, "450600");
  if (!year.ok) throw new Error(year.code);
  const scheme = year.data.scheme.definition;
  const score = year.data.regions[0]!.score;
  return schemeItems(scheme).map((item) => {
    const computed = score.items.find((i) => i.code === item.code)?.computed ?? null;
    return { code: item.code, points: computed ?? item.points, reason: computed === null ? "会议纪要和文件齐全" : null };
  });
}

describe("the assessment process", () => {
  beforeAll(async () => {
    const copied = await copyScheme(await userNamed("office"), { region: "450600", fromYear: 2020, toYear: YEAR });
    expect(copied.ok).toBe(true);
  });

  it("refuses a copy over an existing year and a copy by the county's office", async () => {
    expect(await copyScheme(await userNamed("office"), { region: "450600", fromYear: 2020, toYear: YEAR })).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { toYear: [{ code: "assessment.errors.schemeExists" }] } });
    expect(await copyScheme(await userNamed("office-dx"), { region: "450600", fromYear: 2020, toYear: 2022 })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("lets only the county's own office self-assess, and asks for a reason where a score differs", async () => {
    const items = await selfItems();
    expect(await saveSelfAssessment(await userNamed("office"), ref, { explanation: null, items }, false)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const manual = items.find((i) => i.reason !== null)!;
    const noReason = items.map((i) => (i.code === manual.code ? { ...i, reason: null } : i));
    const refused = await saveSelfAssessment(await userNamed("office-dx"), ref, { explanation: null, items: noReason }, true);
    expect(refused).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { [`reason.${manual.code}`]: [{ code: "assessment.validation.reasonRequired" }] } });
    const tooHigh = items.map((i) => (i.code === manual.code ? { ...i, points: 99 } : i));
    expect(await saveSelfAssessment(await userNamed("office-dx"), ref, { explanation: null, items: tooHigh }, false)).toMatchObject({ fieldErrors: { [`points.${manual.code}`]: [{ code: "assessment.validation.maxPoints" }] } });
  });

  it("checks evidence by content and size, and keeps it in the database or the configured folder", async () => {
    const dx = await userNamed("office-dx");
    const fake = await addItemEvidence(dx, ref, "ORG_LEADERSHIP", new File(["not a pdf"], "纪要.pdf"));
    expect(fake).toMatchObject({ ok: false, fieldErrors: { file: [{ code: "assessment.evidence.type" }] } });
    const renamed = await addItemEvidence(dx, ref, "ORG_LEADERSHIP", new File([PDF], "纪要.docx"));
    expect(renamed).toMatchObject({ ok: false, fieldErrors: { file: [{ code: "assessment.evidence.name" }] } });
    process.env.EVIDENCE_MAX_BYTES = "16";
    const large = await addItemEvidence(dx, ref, "ORG_LEADERSHIP", new File([PDF], "纪要.pdf"));
    delete process.env.EVIDENCE_MAX_BYTES;
    expect(large).toMatchObject({ ok: false, fieldErrors: { file: [{ code: "assessment.evidence.tooLarge", params: { max: "16 B" } }] } });

    const saved = await addItemEvidence(dx, ref, "ORG_LEADERSHIP", new File([PDF], "领导小组会议纪要.pdf"));
    expect(saved).toMatchObject({ ok: true, data: { fileName: "领导小组会议纪要.pdf", mimeType: "application/pdf", size: PDF.length } });

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "evidence-"));
    process.env.EVIDENCE_DIR = dir;
    try {
      const inFolder = await addItemEvidence(dx, ref, "ORG_POLICY", new File([PDF], "规划.pdf"));
      if (!inFolder.ok) throw new Error(inFolder.code);
      const files = fs.readdirSync(dir, { recursive: true }).map(String);
      expect(files.some((f) => f.endsWith(".tmp"))).toBe(false);
      expect(files.filter((f) => /^[0-9a-f]{2}\/[0-9a-f]{64}$/.test(f))).toHaveLength(1);
      const read = await readEvidence(await userNamed("office"), inFolder.data.id);
      expect(read.ok && read.data.content.equals(PDF)).toBe(true);
    } finally {
      delete process.env.EVIDENCE_DIR;
      fs.rmSync(dir, { recursive: true, force: true });
    }
    // Another county's office and a department user cannot read it.
    if (!saved.ok) throw new Error(saved.code);
    expect(await readEvidence(await userNamed("dept-scj"), saved.data.id)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect((await readEvidence(await userNamed("leader"), saved.data.id)).ok).toBe(true);
  });

  it("submits, after which the self-assessment is read-only; scores and evidence survive a restart and are audited", async () => {
    const dx = await userNamed("office-dx");
    const items = await selfItems();
    const submitted = await saveSelfAssessment(dx, ref, { explanation: "全年质量工作按方案推进", items }, true);
    expect(submitted).toEqual({ ok: true, data: { status: "SUBMITTED" } });
    expect(await saveSelfAssessment(dx, ref, { explanation: null, items }, false)).toMatchObject({ ok: false, code: "LOCKED", reason: "assessment.errors.notEditable" });

    const fresh = createDbClient();
    try {
      const result = await fresh.assessmentResult.findFirstOrThrow({
        where: { scheme: { year: YEAR }, region: { code: DX } },
        select: { id: true, status: true, explanation: true, items: { select: { itemCode: true, selfPoints: true } }, evidence: { select: { id: true, fileName: true, content: true } } },
      });
      expect(result.status).toBe("SUBMITTED");
      expect(result.explanation).toBe("全年质量工作按方案推进");
      expect(result.items).toHaveLength(items.length);
      const minutes = result.evidence.find((e) => e.fileName === "领导小组会议纪要.pdf");
      expect(Buffer.from(minutes!.content!).equals(PDF)).toBe(true);
      const audit = await fresh.auditEvent.findMany({ where: { OR: [{ entityType: "AssessmentResult", entityId: String(result.id) }, { entityType: "EvidenceFile", entityId: String(minutes!.id) }] }, select: { action: true, before: true, after: true, actor: true } });
      expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(["evidence.upload", "assessment.self.submit"]));
      const submit = audit.find((a) => a.action === "assessment.self.submit")!;
      expect(JSON.parse(submit.after!)).toMatchObject({ status: "SUBMITTED", items: { ORG_LEADERSHIP: { points: expect.any(Number), reason: "会议纪要和文件齐全" } } });
      expect(submit.actor).toContain("office-dx");
    } finally {
      await fresh.$disconnect();
    }
    const view = await getProcessView(await userNamed("office"), YEAR, DX);
    expect(view.ok && view.data.can).toEqual({ selfAssess: false, verify: true, appeal: false, decide: false });
  });

  it("lets the city's office return, then verify item by item with a reason where a score differs, and record checks", async () => {
    const office = await userNamed("office");
    const dx = await userNamed("office-dx");
    expect(await verifyScores(dx, ref, { explanation: null, items: [{ code: "ORG_LEADERSHIP", points: 4, reason: null }] })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await returnSubmission(office, ref, "请补充会议纪要")).toEqual({ ok: true, data: { status: "RETURNED" } });
    expect(await verifyScores(office, ref, { explanation: null, items: [] })).toMatchObject({ ok: false, code: "CONFLICT", reason: "assessment.errors.notSubmitted" });
    expect((await saveSelfAssessment(dx, ref, { explanation: "已补充", items: await selfItems() }, true)).ok).toBe(true);

    const self = (await selfItems()).find((i) => i.code === "ORG_LEADERSHIP")!;
    const lower = { code: "ORG_LEADERSHIP", points: self.points / 2, reason: null };
    expect(await verifyScores(office, ref, { explanation: null, items: [lower] })).toMatchObject({ ok: false, fieldErrors: { "reason.ORG_LEADERSHIP": [{ code: "assessment.validation.reasonRequired" }] } });
    // A judgement item confirmed at the self-assessed score keeps the county's reason.
    const policy = (await selfItems()).find((i) => i.code === "ORG_POLICY")!;
    const confirmed = { code: "ORG_POLICY", points: policy.points, reason: null };
    expect(await verifyScores(office, ref, { explanation: null, items: [{ ...lower, reason: "纪要只覆盖半年" }, confirmed] })).toEqual({ ok: true, data: { status: "VERIFIED" } });
    expect((await recordCheck(office, ref, { itemCode: "ORG_LEADERSHIP", checkedOn: new Date("2022-02-10"), findings: "现场查阅会议纪要" })).ok).toBe(true);
    expect(await recordCheck(office, ref, { itemCode: "NOPE", checkedOn: new Date("2022-02-10"), findings: "x" })).toMatchObject({ ok: false, fieldErrors: { itemCode: [{ code: "assessment.validation.unknownItem" }] } });

    const year = await getAssessmentYear(office, YEAR, "450600");
    const row = year.ok ? year.data.regions.find((r) => r.code === DX) : undefined;
    expect(row?.status).toBe("VERIFIED");
    expect(row?.score.items.find((i) => i.code === "ORG_LEADERSHIP")).toMatchObject({ points: self.points / 2, given: { reason: "纪要只覆盖半年" } });
    expect(row?.selfScore.items.find((i) => i.code === "ORG_LEADERSHIP")?.points).toBe(self.points);
    const view = await getProcessView(dx, YEAR, DX);
    expect(view.ok && view.data.checks.map((c) => c.findings)).toEqual(["现场查阅会议纪要"]);
    expect(view.ok && view.data.items.ORG_LEADERSHIP).toMatchObject({ selfPoints: self.points, verifiedPoints: self.points / 2, verifiedReason: "纪要只覆盖半年" });
    expect(view.ok && view.data.items.ORG_POLICY).toMatchObject({ verifiedPoints: policy.points, verifiedReason: "会议纪要和文件齐全" });
  });

  it("publishes only when every county is verified, then locks the scheme and keeps the results read-only; the notice lists every county", async () => {
    const office = await userNamed("office");
    const refused = await publishAssessment(office, { year: YEAR, region: "450600" });
    expect(refused).toMatchObject({ ok: false, code: "CONFLICT", reason: "assessment.errors.notAllVerified", params: { regions: "港口区、防城区、上思县" } });
    await verifyOthersDirectly();
    expect(await publishAssessment(await userNamed("office-dx"), { year: YEAR, region: "450600" })).toMatchObject({ ok: false });
    expect(await publishAssessment(office, { year: YEAR, region: "450600" })).toEqual({ ok: true, data: { version: 1 } });
    expect(await publishAssessment(office, { year: YEAR, region: "450600" })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await verifyScores(office, ref, { explanation: null, items: [] })).toMatchObject({ ok: false, code: "LOCKED" });

    const year = await getAssessmentYear(await userNamed("leader"), YEAR, "450600");
    if (!year.ok) throw new Error(year.code);
    expect(year.data.scheme.locked).toBe(true);
    expect(year.data.publication?.version).toBe(1);
    expect(year.data.regions.every((r) => r.status === "PUBLISHED")).toBe(true);

    const notice = await getNotice(await userNamed("leader"), YEAR, "450600");
    if (!notice.ok) throw new Error(notice.code);
    expect(notice.data.rows.map((r) => r.name).sort()).toEqual(["上思县", "东兴市", "港口区", "防城区"].sort());
    expect(notice.data.rows.find((r) => r.code === "450621")).toMatchObject({ grade: "D", vetoes: [expect.stringContaining("质量安全")] });
    const docx = await writeNoticeDocx({ t: createTranslator(messagesFor("zh-CN")), locale: "zh-CN" }, notice.data);
    const text = docxText(docx);
    for (const row of notice.data.rows) {
      expect(text).toContain(row.name);
      expect(text).toContain(`${row.grade}（${row.gradeLabel}）`);
    }
    // The county's office reads the notice of all counties.
    expect((await getNotice(await userNamed("office-dx"), YEAR, "450600")).ok).toBe(true);
  });

  it("takes an appeal within the period; an upheld one publishes a corrected version that the notice shows, a rejected one changes nothing", async () => {
    const office = await userNamed("office");
    const dx = await userNamed("office-dx");
    const before = await getAssessmentYear(office, YEAR, "450600");
    if (!before.ok) throw new Error(before.code);
    const published = before.data.regions.find((r) => r.code === DX)!.score;
    const lowered = published.items.find((i) => i.code === "ORG_LEADERSHIP")!;

    expect(await fileAppeal(office, ref, { itemCode: "ORG_LEADERSHIP", reason: "x", requestedPoints: null }, null)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const late = new Date(Date.now() + 30 * 86_400_000);
    expect(await fileAppeal(dx, ref, { itemCode: "ORG_LEADERSHIP", reason: "x", requestedPoints: null }, null, late)).toMatchObject({ ok: false, reason: "assessment.errors.appealClosed" });
    const filed = await fileAppeal(dx, ref, { itemCode: "ORG_LEADERSHIP", reason: "下半年纪要已补交", requestedPoints: lowered.max }, new File([PDF], "补充纪要.pdf"));
    if (!filed.ok) throw new Error(filed.code);
    expect(await fileAppeal(dx, ref, { itemCode: "ORG_LEADERSHIP", reason: "again", requestedPoints: null }, null)).toMatchObject({ ok: false, fieldErrors: { itemCode: [{ code: "assessment.errors.appealPending" }] } });
    const other = await fileAppeal(dx, ref, { itemCode: "ORG_POLICY", reason: "政策文件齐全", requestedPoints: null }, null);
    if (!other.ok) throw new Error(other.code);

    expect(await decideAppeal(office, ref, { appealId: other.data.id, decision: "REJECTED", reason: "材料不足", points: null })).toEqual({ ok: true, data: { status: "REJECTED", version: null } });
    expect(await decideAppeal(dx, ref, { appealId: filed.data.id, decision: "UPHELD", reason: "x", points: 1 })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await decideAppeal(office, ref, { appealId: filed.data.id, decision: "UPHELD", reason: "补交材料属实", points: lowered.max })).toEqual({ ok: true, data: { status: "UPHELD", version: 2 } });
    expect(await decideAppeal(office, ref, { appealId: filed.data.id, decision: "REJECTED", reason: "x", points: null })).toMatchObject({ ok: false, reason: "assessment.errors.appealDecided" });

    const after = await getAssessmentYear(office, YEAR, "450600");
    if (!after.ok) throw new Error(after.code);
    expect(after.data.publication?.version).toBe(2);
    const corrected = after.data.regions.find((r) => r.code === DX)!.score;
    expect(corrected.items.find((i) => i.code === "ORG_LEADERSHIP")).toMatchObject({ points: lowered.max, given: { reason: "补交材料属实" } });
    expect(corrected.total).toBeCloseTo(Math.round((published.total + lowered.max - lowered.points) * 10) / 10, 5);
    // Every other county keeps its published total.
    for (const r of after.data.regions.filter((r) => r.code !== DX)) expect(r.score.total).toBe(before.data.regions.find((b) => b.code === r.code)!.score.total);

    const notice = await getNotice(await userNamed("leader"), YEAR, "450600");
    if (!notice.ok) throw new Error(notice.code);
    expect(notice.data.version).toBe(2);
    const zh = { t: createTranslator(messagesFor("zh-CN")), locale: "zh-CN" as const };
    const pts = (n: number) => String(Number(n.toFixed(2)));
    expect(correctionLine(zh, notice.data.corrections[0]!)).toMatch(new RegExp(`^第 2 版（.+）：东兴市「成立质量强县.+」得分由 ${pts(lowered.points)} 分更正为 ${pts(lowered.max)} 分（申诉成立：补交材料属实）$`));
    expect(docxText(await writeNoticeDocx(zh, notice.data))).toContain("补交材料属实");
    const audit = await db.auditEvent.findMany({ where: { action: { in: ["assessment.appeal.file", "assessment.appeal.decide", "assessment.republish"] } }, select: { action: true } });
    expect(audit.map((a) => a.action).sort()).toEqual(["assessment.appeal.decide", "assessment.appeal.decide", "assessment.appeal.file", "assessment.appeal.file", "assessment.republish"]);
  });

  it("changes a locked scheme only by a new, audited version with a note", async () => {
    const office = await userNamed("office");
    expect(await addSchemeVersion(office, { region: "450600", year: YEAR, definition: "{", note: "调整" })).toMatchObject({ ok: false, fieldErrors: { definition: [{ code: "assessment.validation.definition" }] } });
    const year = await getAssessmentYear(office, YEAR, "450600");
    if (!year.ok) throw new Error(year.code);
    const definition = { ...year.data.scheme.definition, name: "各县（市、区）质量工作考核（修订）" };
    expect(await addSchemeVersion(await userNamed("leader"), { region: "450600", year: YEAR, definition: JSON.stringify(definition), note: "x" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await addSchemeVersion(office, { region: "450600", year: YEAR, definition: JSON.stringify(definition), note: "更正方案名称" })).toEqual({ ok: true, data: { version: 2 } });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "assessment.scheme.version" }, orderBy: { id: "desc" }, select: { before: true, after: true } });
    expect(JSON.parse(audit.before!)).toEqual({ version: 1, locked: true });
    expect(JSON.parse(audit.after!)).toEqual({ version: 2, note: "更正方案名称" });
  });
});

/** The other three counties' results as the office would have verified them (manual items at full points). */
async function verifyOthersDirectly() {
  const scheme = await db.assessmentScheme.findFirstOrThrow({ where: { year: YEAR, region: { code: "450600" } }, select: { id: true, versions: { select: { id: true, definition: true } } } });
  const version = scheme.versions[0]!;
  const manual = schemeItems(JSON.parse(version.definition)).filter((i) => i.rule.kind === "manual" && !i.code.startsWith("BONUS") && !i.code.startsWith("DED"));
  for (const code of ["450602", "450603", "450621"]) {
    const region = await db.region.findUniqueOrThrow({ where: { code }, select: { id: true } });
    await db.assessmentResult.create({
      data: {
        schemeId: scheme.id,
        schemeVersionId: version.id,
        regionId: region.id,
        status: "VERIFIED",
        vetoes: JSON.stringify(code === "450621" ? ["VETO_SYSTEMIC_INCIDENT"] : []),
        items: { create: manual.map((i) => ({ itemCode: i.code, verifiedPoints: i.points, verifiedReason: "见证材料齐全" })) },
      },
    });
  }
}

/** The text of a Word file's main document. */
function docxText(buffer: Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "notice-docx-")), "notice.docx");
  fs.writeFileSync(file, buffer);
  const xml = execFileSync("unzip", ["-p", file, "word/document.xml"], { encoding: "utf8" });
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  return xml.replace(/<\/w:p>/g, "\n").replace(/<[^>]+>/g, "");
}

// The 2021 scheme is this file's own: removed afterwards, so the other files see the demo's years.
afterAll(async () => {
  delete process.env.EVIDENCE_DIR;
  const scheme = await db.assessmentScheme.findFirst({ where: { year: YEAR, region: { code: "450600" } }, select: { id: true } });
  if (!scheme) return;
  const where = { result: { schemeId: scheme.id } };
  await db.evidenceFile.deleteMany({ where: { OR: [where, { appeal: where }] } });
  await db.assessmentAppeal.deleteMany({ where });
  await db.assessmentPublication.deleteMany({ where: { schemeId: scheme.id } });
  await db.assessmentResult.deleteMany({ where: { schemeId: scheme.id } });
  await db.assessmentScheme.delete({ where: { id: scheme.id } });
});
