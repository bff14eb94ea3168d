// Precision and recall of the extractor against the hand-labelled ground truth in
// tests/fixtures/extraction/<document>.jsonl (rules in its README), over the seed policy
// documents and the documents written for these tests (tests/fixtures/extraction/documents).
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractTargets, type ExtractedTarget } from "@/lib/domain/extract";

const root = path.resolve(import.meta.dirname, "../../..");
const fixturesDir = path.join(root, "tests/fixtures/extraction");
const documentDirs = [path.join(root, "prisma/seed/documents"), path.join(fixturesDir, "documents")];
/**
 * The level reached on the whole labelled set (14 documents, 236 targets): a change to the
 * extractor must not fall below it. Strict: a match must also agree on comparator and year.
 * F1 is the harmonic mean of precision and recall (strict F1: of the strict ones).
 */
const MIN_PRECISION = 1;
const MIN_RECALL = 1;
const MIN_STRICT_PRECISION = 1;
const MIN_STRICT_RECALL = 1;
const MIN_STRICT_F1 = 1;

interface Label {
  quote: string;
  indicator: string;
  comparator: string;
  value: number;
  unit: string;
  year: number | null;
  start: number;
  end: number;
}

interface DocumentResult {
  name: string;
  labels: number;
  candidates: number;
  matched: number;
  sameComparator: number;
  sameYear: number;
  sameIndicator: number;
  strict: number;
  missed: Label[];
  spurious: ExtractedTarget[];
}

function readLabels(stem: string, text: string): Label[] {
  const lines = readFileSync(path.join(fixturesDir, `${stem}.jsonl`), "utf8").split("\n");
  return lines
    .filter((line) => line.trim() !== "")
    .map((line) => {
      const raw = JSON.parse(line) as Omit<Label, "start" | "end">;
      const start = text.indexOf(raw.quote);
      return { ...raw, start, end: start + raw.quote.length };
    });
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Loose indicator agreement: one phrase contains the other. */
function sameIndicator(label: string, found: string): boolean {
  return found.length > 0 && (label.includes(found) || found.includes(label));
}

/** One-to-one greedy matching: a candidate matches a label when quotes overlap and value and unit agree. */
function evaluate(name: string, labels: Label[], found: ExtractedTarget[]): DocumentResult {
  const used = new Set<number>();
  const result: DocumentResult = {
    name, labels: labels.length, candidates: found.length, matched: 0,
    sameComparator: 0, sameYear: 0, sameIndicator: 0, strict: 0, missed: [], spurious: [],
  };
  for (const label of labels) {
    const index = found.findIndex(
      (t, i) => !used.has(i) && overlaps(t, label) && t.value === label.value && t.unit === label.unit,
    );
    const target = found[index];
    if (target === undefined) {
      result.missed.push(label);
      continue;
    }
    used.add(index);
    result.matched += 1;
    if (target.comparator === label.comparator) result.sameComparator += 1;
    if (target.year === label.year) result.sameYear += 1;
    if (sameIndicator(label.indicator, target.indicator)) result.sameIndicator += 1;
    if (target.comparator === label.comparator && target.year === label.year) result.strict += 1;
    else console.log(`NOT STRICT ${name}: ${label.quote} (${target.comparator} ${String(target.year)} ≠ ${label.comparator} ${String(label.year)})`);
  }
  result.spurious = found.filter((_, i) => !used.has(i));
  return result;
}

const ratio = (n: number, d: number): number => (d === 0 ? 1 : n / d);
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const pct = (n: number, d: number): string => `${(100 * ratio(n, d)).toFixed(1)}%`;

describe("extraction ground truth", () => {
  const documents = documentDirs
    .flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith(".txt")).map((f) => ({ dir, stem: f.replace(/\.txt$/u, "") })))
    .sort((a, b) => a.stem.localeCompare(b.stem));

  const results = documents.map(({ dir, stem }) => {
    const text = readFileSync(path.join(dir, `${stem}.txt`), "utf8");
    const labels = readLabels(stem, text);
    return { text, labels, result: evaluate(stem, labels, extractTargets(text)) };
  });

  it("has a fixture for every document, with quotes that occur exactly once", () => {
    expect(documents.length).toBeGreaterThanOrEqual(14);
    for (const { text, labels } of results) {
      for (const label of labels) {
        expect(label.start, label.quote).toBeGreaterThanOrEqual(0);
        expect(text.indexOf(label.quote, label.start + 1), label.quote).toBe(-1);
      }
    }
  });

  it(`reaches precision ${MIN_PRECISION} and recall ${MIN_RECALL} over all documents`, () => {
    const rows = results.map(({ result: r }) => ({
      document: r.name,
      labels: r.labels,
      extracted: r.candidates,
      matched: r.matched,
      precision: pct(r.matched, r.candidates),
      recall: pct(r.matched, r.labels),
      comparator: pct(r.sameComparator, r.matched),
      year: pct(r.sameYear, r.matched),
      indicator: pct(r.sameIndicator, r.matched),
    }));
    const sum = (pick: (r: DocumentResult) => number): number =>
      results.reduce((acc, { result }) => acc + pick(result), 0);
    const labels = sum((r) => r.labels);
    const candidates = sum((r) => r.candidates);
    const matched = sum((r) => r.matched);
    rows.push({
      document: "ALL", labels, extracted: candidates, matched,
      precision: pct(matched, candidates), recall: pct(matched, labels),
      comparator: pct(sum((r) => r.sameComparator), matched),
      year: pct(sum((r) => r.sameYear), matched),
      indicator: pct(sum((r) => r.sameIndicator), matched),
    });
    console.table(rows);
    for (const { result } of results) {
      for (const m of result.missed) console.log(`MISSED   ${result.name}: ${m.quote} (${m.value}${m.unit})`);
      for (const s of result.spurious) console.log(`SPURIOUS ${result.name}: ${s.quote} (${s.value}${s.unit})`);
    }
    const strict = sum((r) => r.strict);
    const precision = ratio(matched, candidates);
    const recall = ratio(matched, labels);
    const strictPrecision = ratio(strict, candidates);
    const strictRecall = ratio(strict, labels);
    const figures = {
      precision, recall, f1: f1(precision, recall),
      strictPrecision, strictRecall, strictF1: f1(strictPrecision, strictRecall),
    };
    console.log(Object.entries(figures).map(([k, v]) => `${k} ${v.toFixed(3)}`).join(" · "));
    expect(figures.precision).toBeGreaterThanOrEqual(MIN_PRECISION);
    expect(figures.recall).toBeGreaterThanOrEqual(MIN_RECALL);
    expect(figures.strictPrecision).toBeGreaterThanOrEqual(MIN_STRICT_PRECISION);
    expect(figures.strictRecall).toBeGreaterThanOrEqual(MIN_STRICT_RECALL);
    expect(figures.strictF1).toBeGreaterThanOrEqual(MIN_STRICT_F1);
  });
});
