// Numbers in a policy document that are not targets although they look like them: the scoring
// rules of an assessment scheme, and figures reported with a bare "为" (a measured result).

/**
 * "本项满分10分", "每低1个百分点扣0.5分", "每低于目标值1个百分点扣该项分值的10%", "低于95%的,
 * 本项不得分", "得分85分以上为优秀".
 */
const SCORING_RULE =
  /满分|扣\s*\d|扣[^,;。\d]{0,8}\d|扣分|扣完|不得分|得分|加\s*\d+(?:\.\d+)?\s*分|为(?:优秀|良好|合格|不合格|基本合格|较好|一般|较差)|每(?:低|高|少|多|超)于?[^,;。]{0,8}?\d+(?:\.\d+)?\s*(?:个百分点|%|分)/u;

/** "工业产品质量监督抽查合格率达到96%以上(8分)": the points an item of an assessment is worth. */
export const SCORE_WEIGHT = /\(\s*\d+(?:\.\d+)?\s*分\s*\)/gu;

/** Words that make a "为" clause a goal after all ("到2025年…覆盖率为100%", "力争…为"). */
const GOAL_WORDS = /(?:到|至)\s*\d{4}\s*年|力争|争取|确保|目标|要|应/u;

export function isScoringRule(sentence: string): boolean {
  return SCORING_RULE.test(sentence);
}

/** "2023年全县食品抽检合格率为97.2%": a figure stated with a bare 为 reports a result. */
export function isReportedFigure(clause: string, sentenceLead: string): boolean {
  if (!/(?<![成作认])为\s*$/u.test(clause)) return false;
  return !GOAL_WORDS.test(sentenceLead + clause);
}
