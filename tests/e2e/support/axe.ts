// axe-core with the WCAG 2.0 and 2.1 A and AA rules, and its violations as readable lines.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

export type AxeResults = Awaited<ReturnType<AxeBuilder["analyze"]>>;

/** Lets the page settle after a resize (ResizeObserver callbacks and React's re-render). */
export async function settle(page: Page) {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/**
 * Runs the rules once in the page. Two settings halve a scan's time (3–8 s each on a loaded 2-core
 * machine before): axe.run in the page itself ("legacy mode"), where the default merges the frames'
 * partial results in a blank page it opens for every scan (the app has no frames); and the nodes of
 * violations only (resultTypes), where the default returns every node that passed, each with its
 * selector and HTML. The other result types still name every rule that was checked.
 */
export async function scanPage(page: Page): Promise<AxeResults> {
  return new AxeBuilder({ page }).options({ resultTypes: ["violations"] }).withTags(AXE_TAGS).setLegacyMode().analyze();
}

/** One line per violated rule: the rule, where, what it asks, and the first nodes with what is wrong. */
export function describeViolations(result: AxeResults, where: string): string[] {
  return result.violations.map((v) => {
    const nodes = v.nodes.slice(0, 5).map((n) => `\n    ${n.target.join(" ")}: ${n.failureSummary?.split("\n")[1]?.trim() ?? ""}`);
    const more = v.nodes.length > 5 ? `\n    … and ${v.nodes.length - 5} more` : "";
    return `${v.id} (${v.impact}) on ${where}: ${v.help}${nodes.join("")}${more}`;
  });
}
