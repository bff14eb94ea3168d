// axe-core (WCAG 2.0/2.1 A and AA tags) on every page, as every demo role that can open it, in Chinese
// and in English, at 1366 px and at 320 px: no violations, and at 320 px no page wider than the screen
// (WCAG 1.4.10). Pages come from the file system (support/page-routes.ts); a dynamic page is opened
// through a link to it on a page the role opened before, so with a real record of the demo data.
// One test per role and language: it signs in once and walks every page in that one session. The
// walk changes nothing, so it runs in the main project beside the other specs; they change figures
// and records it may show, never a demo account's settings or sessions (display-settings.spec.ts
// switches large text and high contrast on an account of its own).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { isDynamic, pageRoutes, ROUTE_URLS, routeMatcher, UNSCANNED } from "./support/page-routes";
import { signIn } from "./support/auth";
import { describeViolations, scanPage, settle } from "./support/axe";

const ROLES = ["admin", "office", "leader", "dept-scj", "office-dx", "viewer-dx"] as const;
const LANGUAGES = ["zh-CN", "en"] as const;
const WIDTHS = [1366, 320] as const;
const HEIGHT = 900;
// The admin's walk is the longest: 44 pages at 49 addresses, two scans each; about 3 minutes on a
// 2-core machine at load 10, 7 at load 19.
const WALK_TIMEOUT = 20 * 60_000;

/** What one role's walk in one language found and covered (also written to disk for the totals). */
interface Walk {
  pages: string[];
  scans: number;
  rules: string[];
  /** Violated rules, counted once per scan. */
  violations: number;
  /** The violations, pages wider than the screen and links that do not open, one line each. */
  problems: string[];
}

/** The links on the page (paths with their query), to reach the dynamic routes. */
async function linksOn(page: Page): Promise<string[]> {
  return page.locator("a[href^='/']").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
}

/** Opens the address; false when this role may not (404, a redirect elsewhere). */
async function opens(page: Page, url: string): Promise<boolean> {
  const response = await page.goto(url);
  if (!response || response.status() >= 400) return false;
  return new URL(page.url()).pathname === new URL(url, page.url()).pathname;
}

/** The route an address belongs to: of those it matches, the one with the fewest dynamic parts ("/admin/plans/new" is not a plan). */
function routeOf(routes: string[], href: string): string | undefined {
  const dynamicParts = (route: string) => route.split("[").length;
  return routes.filter((r) => routeMatcher(r).test(href)).sort((a, b) => dynamicParts(a) - dynamicParts(b))[0];
}

/** A figure's page is linked from its History dialog (entry, review) only: opens the first one there. */
async function historyLinks(page: Page): Promise<string[]> {
  const button = page.getByTestId("history-button").first();
  if ((await button.count()) === 0) return [];
  await button.click();
  await page.getByTestId("history-dialog").getByRole("link").first().waitFor();
  return linksOn(page);
}

async function walkAs(page: Page, language: string): Promise<Walk> {
  const routes = pageRoutes().filter((r) => !(r in UNSCANNED));
  const all = pageRoutes();
  const pages = new Set<string>();
  const rules = new Set<string>();
  const problems: string[] = [];
  const links: string[] = [];
  let scans = 0;
  let violations = 0;

  const visit = async (route: string, url: string): Promise<boolean> => {
    await page.setViewportSize({ width: WIDTHS[0], height: HEIGHT });
    if (!(await opens(page, url))) return false;
    links.push(...(await linksOn(page)));
    pages.add(route);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: HEIGHT });
      await settle(page);
      const result = await scanPage(page);
      scans += 1;
      for (const r of [...result.passes, ...result.violations, ...result.incomplete, ...result.inapplicable]) rules.add(r.id);
      const where = `${url} (${language}, ${width} px)`;
      violations += result.violations.length;
      problems.push(...describeViolations(result, where));
      // Reflow: the page itself never scrolls sideways (wide tables scroll in their own box).
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 1) problems.push(`reflow on ${where}: the page is ${overflow} px wider than the screen`);
    }
    if (!links.some((h) => routeOf(all, h) === "/figures/[id]")) links.push(...(await historyLinks(page)));
    return true;
  };

  for (const route of routes.filter((r) => !isDynamic(r))) {
    for (const url of ROUTE_URLS[route] ?? [route]) await visit(route, url);
  }
  // Dynamic routes through links seen so far, in rounds until one opens nothing new (a target's page
  // is linked from its plan's page, which is itself a dynamic route).
  let pending = routes.filter(isDynamic);
  for (let opened = true; opened && pending.length > 0; ) {
    opened = false;
    for (const route of pending) {
      const href = links.find((h) => routeOf(all, h) === route);
      if (href === undefined) continue;
      pending = pending.filter((r) => r !== route);
      if (await visit(route, href)) opened = true;
      else problems.push(`a link to ${href} on a page this role opened does not open (${language})`);
    }
  }
  return { pages: [...pages], scans, rules: [...rules], violations, problems };
}

/**
 * A page nobody reached would silently go unscanned. Each walk records what it covered (one folder
 * per run); the last to finish prints the totals and checks that every page was scanned by some role.
 */
function recordAndCheckCoverage(name: string, walk: Walk) {
  const dir = path.join(test.info().project.outputDir, `axe-pages-${process.env.E2E_PORT ?? "run"}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(walk));
  const done = readdirSync(dir);
  if (done.length < ROLES.length * LANGUAGES.length) return;
  const walks = done.map((file) => JSON.parse(readFileSync(path.join(dir, file), "utf8")) as Walk);
  const reached = new Set(walks.flatMap((w) => w.pages));
  const scans = walks.reduce((sum, w) => sum + w.scans, 0);
  const rules = new Set(walks.flatMap((w) => w.rules));
  const violations = walks.reduce((sum, w) => sum + w.violations, 0);
  const total = pageRoutes().filter((r) => !(r in UNSCANNED));
  console.log(`axe (all roles, both languages, 1366 and 320 px): ${reached.size} of ${total.length} pages, ${scans} scans, ${rules.size} rules checked, ${violations} violations`);
  expect.soft(total.filter((r) => !reached.has(r)), "pages no role could open").toEqual([]);
}

test.describe.configure({ mode: "parallel" });

for (const role of ROLES) {
  for (const language of LANGUAGES) {
    test(`axe: every page ${role} can open, ${language}, 1366 and 320 px`, async ({ browser }) => {
      test.setTimeout(WALK_TIMEOUT);
      const started = Date.now();
      const context = await browser.newContext({ viewport: { width: WIDTHS[0], height: HEIGHT }, locale: language });
      await context.addCookies([{ name: "locale", value: language, url: test.info().project.use.baseURL ?? "" }]);
      const page = await context.newPage();
      await signIn(page, role);
      const walk = await walkAs(page, language);
      await context.close();
      const seconds = Math.round((Date.now() - started) / 1000);
      console.log(`axe (${role}, ${language}): ${walk.pages.length} pages, ${walk.scans} scans, ${walk.rules.length} rules checked, ${walk.violations} violations, ${seconds} s`);
      recordAndCheckCoverage(`${role}-${language}`, walk);
      expect(walk.problems, walk.problems.join("\n")).toEqual([]);
    });
  }
}
