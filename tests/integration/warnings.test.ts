// Red and yellow cards against the demo database: issued by the same rules from the demo figures'
// statuses, idempotent, scoped to the user's region, and the whole life of a card — a county with
// two off-track pass-rate targets gets a red card, a rectification task is set and done, the targets
// recover over two approved quarters, lifting is proposed and the office confirms it. The figures and
// periods this changes are put back afterwards, so the other test files see the demo as seeded.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recomputeEvaluations } from "@/lib/data/evaluation/recompute";
import { readEvidence } from "@/lib/data/evidence";
import { saveFigure } from "@/lib/data/figures";
import { updatePeriod } from "@/lib/data/periods";
import { getSummaryReport } from "@/lib/data/reports/summary";
import { approveFigures } from "@/lib/data/review";
import { confirmLift, issueCard, liftCard, withdrawCard } from "@/lib/data/warnings/cards";
import { getCard, listCards, listOpenTasks, listRegionCards, summarizeTasksByDepartment } from "@/lib/data/warnings/list";
import { syncRuleCards } from "@/lib/data/warnings/sync";
import { addNote, addTask, completeTask } from "@/lib/data/warnings/tasks";
import { db } from "@/lib/db";
import { userNamed } from "../support/users";

const COUNTY = "450621"; // 上思县: FOOD_SPOT_PASS and CONSUMER_SERVICE_SAT off track in the demo
const INDICATORS = [
  { code: "FOOD_SPOT_PASS", department: "SCJ" },
  { code: "CONSUMER_SERVICE_SAT", department: "SW" },
];
const figureKeys = { indicator: { code: { in: INDICATORS.map((i) => i.code) } }, region: { code: COUNTY }, year: 2020, quarter: { in: [3, 4] } };
let savedFigures: Awaited<ReturnType<typeof db.figure.findMany>> = [];
let savedPeriods: { year: number; quarter: number; isOpen: boolean }[] = [];

beforeAll(async () => {
  savedFigures = await db.figure.findMany({ where: figureKeys });
  savedPeriods = await db.reportingPeriod.findMany({ where: { year: 2020 }, select: { year: true, quarter: true, isOpen: true } });
});

afterAll(async () => {
  await db.figure.deleteMany({ where: figureKeys });
  await db.figure.createMany({ data: savedFigures });
  for (const p of savedPeriods) await db.reportingPeriod.update({ where: { year_quarter: { year: p.year, quarter: p.quarter } }, data: { isOpen: p.isOpen } });
  const county = await db.region.findUniqueOrThrow({ where: { code: COUNTY } });
  await db.evidenceFile.deleteMany({ where: { rectificationNote: { task: { card: { regionId: county.id } } } } });
  await db.warningCard.deleteMany({ where: { regionId: county.id } });
  await recomputeEvaluations(db);
});

describe("cards issued by rule", () => {
  it("gives the demo counties the cards their pass-rate targets earn, and a second sync changes nothing", async () => {
    const office = await userNamed("office");
    const cards = await listCards(office);
    const rule = cards.filter((c) => c.source === "RULE" && c.reasonCode !== "VETO_EVENT");
    expect(rule.find((c) => c.region.code === COUNTY)).toMatchObject({ color: "RED", reasonCode: "RATE_OFF_TRACK_MULTIPLE", status: "OPEN", asOfPeriod: "2020Q3" });
    expect(rule.find((c) => c.region.code === COUNTY)?.indicatorCodes.sort()).toEqual(["CONSUMER_SERVICE_SAT", "FOOD_SPOT_PASS"]);
    expect(rule.find((c) => c.region.code === "450603")).toMatchObject({ color: "YELLOW", reasonCode: "RATE_OFF_TRACK" });
    expect(rule.some((c) => c.region.code === "450681")).toBe(false);
    // 上思县's veto event entered for the 2020 assessment earns a red card of its own.
    expect(cards.find((c) => c.region.code === COUNTY && c.reasonCode === "VETO_EVENT")).toMatchObject({ color: "RED", asOfPeriod: "2020", reason: "VETO_SYSTEMIC_INCIDENT" });

    const before = await db.warningCard.count();
    expect(await syncRuleCards(db)).toEqual({ issued: 0, updated: 0, proposed: 0, reopened: 0 });
    await recomputeEvaluations(db);
    expect(await db.warningCard.count()).toBe(before);
  });
});

describe("where cards appear", () => {
  it("lists the open cards of the region's subtree in the summary report, with their rectification", async () => {
    const result = await getSummaryReport(await userNamed("leader"), "450600", { kind: "QUARTER", year: 2020, quarter: 3 });
    if (!result.ok) throw new Error(result.code);
    const red = result.report.warnings.find((w) => w.code === COUNTY && w.reasonCode === "RATE_OFF_TRACK_MULTIPLE");
    expect(red).toMatchObject({ color: "RED", status: "OPEN", tasks: { total: 0, done: 0, overdue: 0 } });
    expect(result.report.warnings.every((w) => w.status === "OPEN" || w.status === "LIFT_PROPOSED")).toBe(true);
  });
});

describe("scope", () => {
  it("shows a county user only its own county's cards, and no other region", async () => {
    const viewer = await userNamed("viewer-dx");
    const cards = await listCards(viewer, { filter: "all" });
    expect(cards.every((c) => c.region.code === "450681")).toBe(true);
    expect(await listRegionCards(viewer, COUNTY)).toBeNull();
    expect(await listRegionCards(viewer, "450600")).toBeNull();
    expect((await listRegionCards(viewer, "450681"))?.cards.every((c) => c.region.code === "450681")).toBe(true);
    const someCard = await db.warningCard.findFirstOrThrow({ where: { region: { code: COUNTY } } });
    expect(await getCard(viewer, someCard.id)).toBeNull();
  });

  it("lets the office judge the cards of the regions below it only, and refuses the viewer", async () => {
    const officeDx = await userNamed("office-dx");
    const own = await issueCard(officeDx, { regionCode: "450681", color: "YELLOW", reason: "自评" });
    expect(own).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const outside = await issueCard(officeDx, { regionCode: COUNTY, color: "YELLOW", reason: "越权" });
    expect(outside).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { regionCode: [{ code: "warnings.validation.regionCode" }] } });
  });
});

describe("a card's life", () => {
  it("issues and withdraws a card by hand, with reasons, audited", async () => {
    const office = await userNamed("office");
    const issued = await issueCard(office, { regionCode: "450681", color: "YELLOW", reason: "产品质量监督抽查发现问题集中" });
    if (!issued.ok) throw new Error(issued.code);
    const card = await getCard(office, issued.data.id);
    expect(card).toMatchObject({ source: "MANUAL", status: "OPEN", reason: "产品质量监督抽查发现问题集中", canJudge: true });
    expect(await withdrawCard(office, { cardId: issued.data.id, version: 2, reason: "x" })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await withdrawCard(office, { cardId: issued.data.id, version: 1, reason: "误发" })).toMatchObject({ ok: true });
    const after = await getCard(office, issued.data.id);
    expect(after).toMatchObject({ status: "WITHDRAWN", closeReason: "误发" });
    expect(after?.timeline.map((e) => e.action)).toEqual(["warning.issue", "warning.withdraw"]);
    expect(after?.timeline[1]).toMatchObject({ actor: expect.stringContaining("office"), reason: "误发" });
  });

  it("red card → task done → targets recover for two quarters → lifting proposed → the office confirms", async () => {
    const [office, admin, dept] = await Promise.all([userNamed("office"), userNamed("admin"), userNamed("dept-scj")]);
    const red = await db.warningCard.findFirstOrThrow({ where: { region: { code: COUNTY }, conditionKey: "RATE", status: "OPEN" } });
    const scj = await db.department.findUniqueOrThrow({ where: { code: "SCJ" } });

    const task = await addTask(office, { cardId: red.id, departmentId: scj.id, deadline: new Date("2020-12-31T00:00:00Z"), actions: "开展食品生产企业专项整治，提高抽检合格率" });
    if (!task.ok) throw new Error(task.code);
    expect(await addTask(dept, { cardId: red.id, departmentId: scj.id, deadline: new Date("2021-01-31T00:00:00Z"), actions: "x" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect((await listOpenTasks(dept)).map((t) => t.id)).toContain(task.data.id);
    expect((await listOpenTasks(dept)).find((t) => t.id === task.data.id)?.isOverdue).toBe(true);
    expect((await summarizeTasksByDepartment(office)).find((d) => d.department.id === scj.id)).toMatchObject({ open: 1, overdue: 1 });

    expect(await addNote(dept, { taskId: task.data.id, note: "已完成 32 家企业整改复查" })).toMatchObject({ ok: true });
    expect(await completeTask(dept, { taskId: task.data.id, version: 1 })).toMatchObject({ ok: true });
    // Tasks done, but the targets are still off track: no proposal yet.
    expect((await db.warningCard.findUniqueOrThrow({ where: { id: red.id } })).status).toBe("OPEN");

    // The targets recover: good figures approved for 2020Q3 and, once it opens, 2020Q4.
    await approveGoodFigures(office, 3);
    expect((await db.warningCard.findUniqueOrThrow({ where: { id: red.id } })).status).toBe("OPEN");
    expect(await updatePeriod(admin, { year: 2020, quarter: 4, isOpen: true })).toMatchObject({ ok: true });
    await approveGoodFigures(office, 4);
    const proposed = await getCard(office, red.id);
    expect(proposed?.status).toBe("LIFT_PROPOSED");
    expect(await db.warningCard.count({ where: { region: { code: COUNTY }, conditionKey: "RATE", status: { in: ["OPEN", "LIFT_PROPOSED"] } } })).toBe(1);

    expect(await confirmLift(dept, { cardId: red.id, version: proposed?.version ?? 0 })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await confirmLift(office, { cardId: red.id, version: proposed?.version ?? 0 })).toMatchObject({ ok: true });
    const lifted = await getCard(office, red.id);
    expect(lifted).toMatchObject({ status: "LIFTED" });
    expect(lifted?.timeline.map((e) => e.action)).toEqual(["warning.issue", "warning.task.create", "warning.task.note", "warning.task.done", "warning.liftPropose", "warning.liftConfirm"]);
    expect(await liftCard(office, { cardId: red.id, version: lifted?.version ?? 0, reason: "again" })).toMatchObject({ ok: false, code: "CONFLICT" });
  });
});

/** The office enters, on the owner departments' behalf, pass rates above target for a quarter of 2020 and approves them. */
async function approveGoodFigures(office: Awaited<ReturnType<typeof userNamed>>, quarter: number) {
  for (const indicator of INDICATORS) {
    const stored = await db.figure.findFirst({ where: { indicator: { code: indicator.code }, region: { code: COUNTY }, year: 2020, quarter } });
    const saved = await saveFigure(office, {
      indicatorCode: indicator.code,
      regionCode: COUNTY,
      year: 2020,
      quarter,
      value: null,
      numerator: 99,
      denominator: 100,
      note: "整改后复查",
      version: stored?.version ?? 0,
      departmentCode: indicator.department,
      submit: true,
    });
    if (!saved.ok) throw new Error(`${indicator.code}: ${saved.code} ${JSON.stringify(saved)}`);
    const approved = await approveFigures(office, [{ id: saved.data.figure.id, version: saved.data.figure.version }]);
    if (!approved.ok) throw new Error(`${indicator.code}: ${approved.code}`);
  }
}

describe("progress notes with evidence", () => {
  const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
  const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

  it("keeps the owner department's files with its note, refuses a bad file with the note, and lets whoever sees the card download them", async () => {
    const [office, dept, leader, viewer] = await Promise.all([userNamed("office"), userNamed("dept-scj"), userNamed("leader"), userNamed("viewer-dx")]);
    const issued = await issueCard(office, { regionCode: COUNTY, color: "YELLOW", reason: "产品质量问题集中" });
    if (!issued.ok) throw new Error(issued.code);
    const scj = await db.department.findUniqueOrThrow({ where: { code: "SCJ" } });
    const task = await addTask(office, { cardId: issued.data.id, departmentId: scj.id, deadline: new Date("2021-06-30T00:00:00Z"), actions: "复查抽检不合格企业" });
    if (!task.ok) throw new Error(task.code);
    const notesBefore = await db.rectificationNote.count();
    const filesBefore = await db.evidenceFile.count();

    // A file that is not what its name says refuses the whole note: nothing is kept half.
    const refused = await addNote(dept, { taskId: task.data.id, note: "复查进展", files: [new File([PDF], "复查报告.pdf"), new File(["not a picture"], "现场.png")] });
    expect(refused).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { file: [{ code: "assessment.evidence.type" }] } });
    expect(await db.rectificationNote.count()).toBe(notesBefore);
    expect(await db.evidenceFile.count()).toBe(filesBefore);
    // A user who may not report on the task cannot attach either.
    expect(await addNote(await userNamed("office-dx"), { taskId: task.data.id, note: "x", files: [new File([PDF], "a.pdf")] })).toMatchObject({ ok: false, code: "NOT_FOUND" });

    const noted = await addNote(dept, { taskId: task.data.id, note: "已复查 12 家企业", files: [new File([PDF], "复查报告.pdf"), new File([PNG], "现场.png")] });
    if (!noted.ok) throw new Error(noted.code);
    const card = await getCard(office, issued.data.id);
    const files = card?.tasks[0]?.notes[0]?.evidence ?? [];
    expect(files.map((f) => f.fileName)).toEqual(["复查报告.pdf", "现场.png"]);
    // The timeline's progress entry carries the same files.
    expect(card?.timeline.find((e) => e.action === "warning.task.note")?.files).toEqual(files);

    const [pdf, png] = files.map((f) => f.id);
    for (const reader of [office, leader, dept]) {
      const read = await readEvidence(reader, pdf ?? 0);
      expect(read.ok && read.data.content.equals(PDF) && read.data.mimeType === "application/pdf").toBe(true);
    }
    const picture = await readEvidence(leader, png ?? 0);
    expect(picture).toMatchObject({ ok: true, data: { fileName: "现场.png", mimeType: "image/png", size: PNG.length } });
    // 东兴市's viewer cannot see 上思县's card, nor its files.
    expect(await getCard(viewer, issued.data.id)).toBeNull();
    expect(await readEvidence(viewer, pdf ?? 0)).toMatchObject({ ok: false, code: "NOT_FOUND" });

    // Audited: each upload under the county's path, and the note names its files.
    const uploads = await db.auditEvent.findMany({ where: { action: "evidence.upload", entityId: { in: files.map((f) => String(f.id)) } } });
    expect(uploads).toHaveLength(2);
    const county = await db.region.findUniqueOrThrow({ where: { code: COUNTY } });
    expect(uploads.map((e) => e.regionPath)).toEqual([county.path, county.path]);
    const note = await db.auditEvent.findFirstOrThrow({ where: { action: "warning.task.note", entityId: String(noted.data.id) } });
    expect(JSON.parse(note.after ?? "{}")).toMatchObject({ note: "已复查 12 家企业", files: files.map((f) => ({ id: f.id, fileName: f.fileName })) });
  });
});
