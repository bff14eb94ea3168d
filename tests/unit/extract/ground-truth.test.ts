// Precision and recall of the extractor against the hand-labelled ground truth in
// tests/fixtures/extraction/<document>.jsonl, over the seed policy documents.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractTargets, type ExtractedTarget } from "@/lib/domain/extract";

const root = path.resolve(import.meta.dirname, "../../..");
const documentsDir = path.join(root, "prisma/seed/documents");
const fixturesDir = path.join(root, "tests/fixtures/extraction");

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
    sameComparator: 0, sameYear: 0, sameIndicator: 0, missed: [], spurious: [],
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
  }
  result.spurious = found.filter((_, i) => !used.has(i));
  return result;
}

const ratio = (n: number, d: number): number => (d === 0 ? 1 : n / d);
const pct = (n: number, d: number): string => `${(100 * ratio(n, d)).toFixed(1)}%`;

describe("extraction ground truth", () => {
  const stems = readdirSync(documentsDir)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => f.replace(/\.txt$/u, ""))
    .sort();

  const results = stems.map((stem) => {
    const text = readFileSync(path.join(documentsDir, `${stem}.txt`), "utf8");
    const labels = readLabels(stem, text);
    return { text, labels, result: evaluate(stem, labels, extractTargets(text)) };
  });

  it("has a fixture for every seed document, with quotes that occur exactly once", () => {
    expect(stems.length).toBeGreaterThanOrEqual(5);
    for (const { text, labels } of results) {
      for (const label of labels) {
        expect(label.start, label.quote).toBeGreaterThanOrEqual(0);
        expect(text.indexOf(label.quote, label.start + 1), label.quote).toBe(-1);
      }
    }
  });

  it("reaches precision and recall of at least 0.90 over all documents", () => {
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
    expect(ratio(matched, candidates)).toBeGreaterThanOrEqual(0.9);
    expect(ratio(matched, labels)).toBeGreaterThanOrEqual(0.9);
  });
});
