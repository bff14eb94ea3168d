// An assessment item's rule and the engine's explanation of its points, in the reader's language.
import type { Explanation, ItemScore, SchemeItem } from "@/lib/domain/assessment";
import { COMPARATOR_SYMBOL } from "@/lib/i18n/display";
import { formatNumber, localizedName } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";

export interface IndicatorName {
  code: string;
  name: string;
  nameEn: string | null;
  unit: string;
}

export interface Words {
  t: Translate;
  locale: Locale;
  indicators: ReadonlyMap<string, IndicatorName>;
}

/** A share of an item's points, as a percentage ("60%", "66.7%"). */
export const percent = (locale: Locale, share: number) => `${formatNumber(locale, Number((share * 100).toFixed(1)), Number.isInteger(share * 100) ? 0 : 1)}%`;
/** Points and figures to at most two decimals. */
export const points = (locale: Locale, value: number | null) => (value === null ? "—" : formatNumber(locale, Number(value.toFixed(2)), Number.isInteger(value) ? 0 : Number.isInteger(value * 10) ? 1 : 2));

function indicatorName({ locale, indicators }: Words, code: string) {
  const indicator = indicators.get(code);
  return indicator ? localizedName(locale, indicator.name, indicator.nameEn) : code;
}

function figure(words: Words, code: string | null, value: number | null) {
  const unit = code ? (words.indicators.get(code)?.unit ?? "") : "";
  return value === null ? "—" : `${points(words.locale, value)}${unit}`;
}

function counterName(t: Translate, counter: string) {
  const key = `assessment.counters.${counter}`;
  const name = t(key);
  return name === key ? counter : name;
}

export function ruleWords(words: Words, item: SchemeItem): string {
  const { t, locale } = words;
  const pct = (share: number) => percent(locale, share);
  const sep = t("assessment.rule.listSeparator");
  const rule = item.rule;
  const noTarget = "noTarget" in rule ? t("assessment.rule.noTarget", { policy: t(`assessment.rule.noTargetPolicy.${rule.noTarget}`) }) : "";
  switch (rule.kind) {
    case "status": {
      const shares = Object.entries(rule.shares)
        .filter(([, share]) => share !== undefined && share > 0)
        .map(([status, share]) => t("assessment.rule.statusShare", { status: t(`status.${status}`), share: pct(share ?? 0) }))
        .join(sep);
      return t("assessment.rule.status", { indicator: indicatorName(words, rule.indicatorCode), shares }) + noTarget;
    }
    case "shortfall":
      return (
        t("assessment.rule.shortfall", {
          indicator: indicatorName(words, rule.indicatorCode),
          unit: points(locale, rule.unit),
          unitName: words.indicators.get(rule.indicatorCode)?.unit ?? "",
          deduct: points(locale, rule.deductPerUnit),
          partial: t(`assessment.rule.partial.${rule.partialUnits}`),
        }) + noTarget
      );
    case "share":
      return t("assessment.rule.share", { area: rule.area, credited: rule.credited.map((s) => t(`status.${s}`)).join(t("assessment.rule.orSeparator")) }) + noTarget;
    case "count": {
      const source =
        "counter" in rule.source
          ? t("assessment.rule.countCounter", { counter: counterName(t, rule.source.counter) })
          : t("assessment.rule.countIndicator", { indicator: indicatorName(words, rule.source.indicatorCode) });
      return t("assessment.rule.count", { source, perItem: points(locale, rule.perItem), max: points(locale, item.points) });
    }
    case "tiers": {
      const tiers = rule.tiers.map((tier) => t("assessment.rule.tier", { atLeast: pct(tier.atLeast), share: pct(tier.share) })).join(sep);
      const basis = rule.basis === "PROGRESS" ? t("assessment.rule.progressBasis") : "";
      return t("assessment.rule.tiers", { indicator: indicatorName(words, rule.indicatorCode), met: pct(rule.met), tiers }) + basis + noTarget;
    }
    case "growth":
      return t("assessment.rule.growth", { indicator: indicatorName(words, rule.indicatorCode), above: pct(rule.above), equal: pct(rule.equal), below: pct(rule.below) });
    case "rank": {
      const bands = rule.bands.map((band) => t("assessment.rule.rankBand", { upTo: pct(band.upTo), share: pct(band.share) })).join(sep);
      return t("assessment.rule.rank", { indicator: indicatorName(words, rule.indicatorCode), bands });
    }
    case "manual": {
      const levels = rule.levels ? t("assessment.rule.manualLevels", { levels: rule.levels.map((l) => points(locale, l * item.points)).join(" / ") }) : "";
      return t("assessment.rule.manual", { levels });
    }
  }
}

function explain(words: Words, item: SchemeItem, e: Explanation, computed: number | null): string {
  const { t, locale } = words;
  const pct = (share: number) => percent(locale, share);
  if (e.kind === "manual") return "";
  if (e.outcome === "NO_DATA") return t("assessment.explain.noData");
  const code = "indicatorCode" in item.rule ? item.rule.indicatorCode : null;
  switch (e.kind) {
    case "status":
      if (e.outcome === "NO_TARGET") return t("assessment.explain.noTarget", { share: pct(e.share) });
      return t("assessment.explain.status", { status: e.status ? t(`status.${e.status}`) : "—", share: pct(e.share) });
    case "shortfall": {
      if (e.outcome === "NO_TARGET") return t("assessment.explain.noTarget", { share: pct(item.points > 0 ? (computed ?? 0) / item.points : 0) });
      const target = `${e.comparator ? COMPARATOR_SYMBOL[e.comparator] : ""}${figure(words, code, e.targetValue)}`;
      if (e.gap === 0) return t("assessment.explain.shortfallMet", { value: figure(words, code, e.value), target });
      return t("assessment.explain.shortfall", { value: figure(words, code, e.value), target, gap: figure(words, code, e.gap), deducted: points(locale, e.deducted) });
    }
    case "share":
      if (e.outcome === "NO_TARGET") return t("assessment.explain.noTarget", { share: pct(e.share) });
      return t("assessment.explain.share", { credited: e.credited, targets: e.targets, share: pct(e.share) });
    case "count":
      return t("assessment.explain.count", { count: points(locale, e.count), perItem: points(locale, e.perItem) });
    case "tiers":
      if (e.outcome === "NO_TARGET") return t("assessment.explain.noTarget", { share: pct(e.share) });
      if (e.met) return t("assessment.explain.tiersMet", { value: figure(words, code, e.value), target: figure(words, code, e.targetValue) });
      if (e.attainment === null) return t("assessment.explain.tiersNoAttainment", { value: figure(words, code, e.value), target: figure(words, code, e.targetValue) });
      return t("assessment.explain.tiers", { value: figure(words, code, e.value), target: figure(words, code, e.targetValue), attainment: pct(e.attainment), share: pct(e.share) });
    case "growth":
      return t("assessment.explain.growth", {
        value: figure(words, code, e.value),
        lastYear: figure(words, code, e.lastYearValue),
        change: e.change ? t(`assessment.explain.change.${e.change}`) : "—",
        share: pct(e.share),
      });
    case "rank":
      return t("assessment.explain.rank", { value: figure(words, code, e.value), rank: e.rank ?? "—", of: e.of, share: pct(e.share) });
  }
}

/** How the item's points came about: the rule's inputs, and a given score with its reason. */
export function explanationWords(words: Words, item: SchemeItem, score: ItemScore): string[] {
  const { t, locale } = words;
  const reason = (r: string | null) => (r && r.trim() !== "" ? r : t("assessment.explain.noReason"));
  const lines = [explain(words, item, score.explanation, score.computed)].filter((line) => line !== "");
  if (score.kind === "manual") {
    lines.push(score.given ? t("assessment.explain.manualGiven", { points: points(locale, score.points), reason: reason(score.given.reason) }) : t("assessment.explain.manualMissing"));
  } else if (score.given) {
    lines.push(t("assessment.explain.given", { points: points(locale, score.points), computed: points(locale, score.computed), reason: reason(score.given.reason) }));
  }
  return lines;
}
