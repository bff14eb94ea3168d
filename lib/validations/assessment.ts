// An assessment scheme (考核方案) as stored JSON, checked on the way in: every rule is one of
// the engine's kinds with its parameters, defaults filled in, and the points add up. Messages
// are catalogue keys ("assessment.validation.*"), shown next to the field they name.
import { z } from "zod";
import { DEFAULT_GRADE_BANDS, type AssessmentScheme, type GivenScore } from "@/lib/domain/assessment";
import { cleanString, MSG, optionalText, requiredNumber } from "./fields";
import { TARGET_STATUSES } from "./targets";

export const ASSESSMENT_MSG = {
  code: "assessment.validation.code",
  share: "assessment.validation.share",
  positive: "assessment.validation.positive",
  nonNegative: "assessment.validation.nonNegative",
  duplicateCode: "assessment.validation.duplicateCode",
  groupSum: "assessment.validation.groupSum",
  total: "assessment.validation.total",
  tiersOrder: "assessment.validation.tiersOrder",
  rankBands: "assessment.validation.rankBands",
  gradeBands: "assessment.validation.gradeBands",
  gradeLowest: "assessment.validation.gradeLowest",
  noItems: "assessment.validation.noItems",
  score: "assessment.validation.score",
} as const;
const M = ASSESSMENT_MSG;

const CODE = /^[A-Z][A-Z0-9_]{0,63}$/;
const code = () => z.string({ error: MSG.required }).regex(CODE, M.code);
const text = (max: number) => cleanString({ error: MSG.required }).trim().min(1, MSG.required).max(max, MSG.tooLong);
const share = () => z.number({ error: MSG.number }).min(0, M.share).max(1, M.share);
const positive = () => z.number({ error: MSG.number }).finite(MSG.number).positive(M.positive);
const nonNegative = () => z.number({ error: MSG.number }).finite(MSG.number).min(0, M.nonNegative);
const noTarget = () => z.enum(["FULL", "ZERO"], { error: MSG.choice }).default("ZERO");
const status = () => z.enum(TARGET_STATUSES, { error: MSG.choice });

/** Two floats that should be equal: points are given to at most a few decimals. */
const same = (a: number, b: number) => Math.abs(a - b) < 1e-6;
const descending = (xs: number[]) => xs.every((x, i) => i === 0 || x < (xs[i - 1] as number));

const statusRule = z.object({
  kind: z.literal("status"),
  indicatorCode: code(),
  shares: z.partialRecord(status(), share()).default({ ACHIEVED: 1, ON_TRACK: 0.8, AT_RISK: 0.5 }),
  noTarget: noTarget(),
});

const shortfallRule = z.object({
  kind: z.literal("shortfall"),
  indicatorCode: code(),
  deductPerUnit: positive(),
  unit: positive().default(1),
  partialUnits: z.enum(["PROPORTIONAL", "WHOLE", "STARTED"], { error: MSG.choice }).default("PROPORTIONAL"),
  noTarget: noTarget(),
});

const shareRule = z.object({
  kind: z.literal("share"),
  area: text(100),
  credited: z.array(status()).min(1, MSG.required).default(["ACHIEVED"]),
  noTarget: noTarget(),
});

const countRule = z.object({
  kind: z.literal("count"),
  source: z.union([z.object({ indicatorCode: code() }).strict(), z.object({ counter: code() }).strict()], { error: MSG.choice }),
  perItem: positive(),
});

const tiersRule = z.object({
  kind: z.literal("tiers"),
  indicatorCode: code(),
  basis: z.enum(["VALUE", "PROGRESS"], { error: MSG.choice }).default("VALUE"),
  met: share().default(1),
  tiers: z
    .array(z.object({ atLeast: nonNegative(), share: share() }))
    .default([{ atLeast: 0.9, share: 0.6 }])
    .refine((tiers) => descending(tiers.map((t) => t.atLeast)), M.tiersOrder),
  noTarget: noTarget(),
});

const growthRule = z.object({
  kind: z.literal("growth"),
  indicatorCode: code(),
  above: share().default(1),
  equal: share().default(0.5),
  below: share().default(0),
});

const rankRule = z.object({
  kind: z.literal("rank"),
  indicatorCode: code(),
  bands: z
    .array(z.object({ upTo: positive().max(1, M.share), share: share() }))
    .min(1, MSG.required)
    .default([
      { upTo: 1 / 3, share: 1 },
      { upTo: 2 / 3, share: 2 / 3 },
      { upTo: 1, share: 1 / 3 },
    ])
    .refine((bands) => descending(bands.map((b) => -b.upTo)) && same(bands.at(-1)?.upTo ?? 0, 1), M.rankBands),
});

const manualRule = z.object({
  kind: z.literal("manual"),
  levels: z.array(share()).min(1, MSG.required).nullable().default(null),
});

export const ruleSchema = z.discriminatedUnion("kind", [statusRule, shortfallRule, shareRule, countRule, tiersRule, growthRule, rankRule, manualRule], {
  error: MSG.choice,
});

export const schemeItemSchema = z.object({
  code: code(),
  name: text(200),
  points: positive(),
  department: code().nullable().default(null),
  evidence: text(1000).nullable().default(null),
  rule: ruleSchema,
});

const groupSchema = z
  .object({ code: code(), name: text(100), points: positive(), items: z.array(schemeItemSchema).min(1, M.noItems) })
  .refine((g) => same(g.items.reduce((sum, item) => sum + item.points, 0), g.points), { message: M.groupSum, path: ["points"] });

const gradeBandSchema = z.object({ code: text(8), label: text(20), min: nonNegative() });

const extraItems = z.object({ cap: nonNegative(), items: z.array(schemeItemSchema) });

export const assessmentSchemeSchema = z
  .object({
    name: text(200),
    total: positive().default(100),
    groups: z.array(groupSchema).min(1, M.noItems),
    bonus: extraItems.default({ cap: 0, items: [] }),
    deductions: extraItems.default({ cap: 0, items: [] }),
    vetoes: z.array(z.object({ code: code(), name: text(200) })).default([]),
    grades: z
      .array(gradeBandSchema)
      .min(1, MSG.required)
      .default(() => DEFAULT_GRADE_BANDS.map((band) => ({ ...band })))
      .refine((bands) => descending(bands.map((b) => b.min)), M.gradeBands)
      .refine((bands) => bands.at(-1)?.min === 0, M.gradeLowest)
      .refine((bands) => new Set(bands.map((b) => b.code)).size === bands.length, M.duplicateCode),
  })
  .superRefine((scheme, ctx) => {
    const groupTotal = scheme.groups.reduce((sum, g) => sum + g.points, 0);
    if (!same(groupTotal, scheme.total)) ctx.addIssue({ code: "custom", message: M.total, path: ["total"] });
    const seen = new Set<string>();
    const paths: [string, (string | number)[]][] = [
      ...scheme.groups.flatMap((g, gi) => [
        [g.code, ["groups", gi, "code"]] as [string, (string | number)[]],
        ...g.items.map((item, ii): [string, (string | number)[]] => [item.code, ["groups", gi, "items", ii, "code"]]),
      ]),
      ...scheme.bonus.items.map((item, i): [string, (string | number)[]] => [item.code, ["bonus", "items", i, "code"]]),
      ...scheme.deductions.items.map((item, i): [string, (string | number)[]] => [item.code, ["deductions", "items", i, "code"]]),
      ...scheme.vetoes.map((veto, i): [string, (string | number)[]] => [veto.code, ["vetoes", i, "code"]]),
    ];
    for (const [itemCode, path] of paths) {
      if (seen.has(itemCode)) ctx.addIssue({ code: "custom", message: M.duplicateCode, path });
      seen.add(itemCode);
    }
  }) satisfies z.ZodType<AssessmentScheme>;

export type AssessmentSchemeInput = z.input<typeof assessmentSchemeSchema>;

/** A score given for one item (self-assessment or verification), from a form or the API. */
export const givenScoreSchema = z.object({
  points: requiredNumber().pipe(z.number().min(0, M.score)),
  reason: optionalText(2000),
}) satisfies z.ZodType<GivenScore>;
