// axe-core (WCAG 2.1 A and AA) on every page, as every demo role that can open it, in Chinese and in
// English, at 1366 px and at 320 px: no violations, and no page wider than the screen. Pages come from the file system
// (support/page-routes.ts); each role signs in once and its session is reused for all its scans.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { isDynamic, pageRoutes, ROUTE_URLS, routeMatcher, UNSCANNED } from "./support/page-routes";
import { signIn } from "./support/auth";

const ROLES = ["admin", "office", "leader", "dept-scj", "office-dx", "viewer-dx"] as const;
const LANGUAGES = ["zh-CN", "en"] as const;
const WIDTHS = [1366, 320] as const;
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

type Violation = { url: string; language: string; width: number; rule: string; targets: string[] };

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

/**
 * A page nobody reached would silently go unscanned. Each role's test records the pages it scanned
 * (one folder per run); the last of them to finish checks that every page was scanned by some role.
 */
function expectEveryRouteReached(role: string, scanned: string[]) {
  const dir = path.join(test.info().project.outputDir, `axe-pages-${process.env.E2E_PORT ?? "run"}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${role}.json`), JSON.stringify(scanned));
  const done = readdirSync(dir);
  if (done.length < ROLES.length * LANGUAGES.length) return;
  const reached = new Set(done.flatMap((file) => JSON.parse(readFileSync(path.join(dir, file), "utf8")) as string[]));
  const total = pageRoutes().filter((r) => !(r in UNSCANNED));
  console.log(`axe (all roles): ${reached.size} of ${total.length} pages scanned`);
  expect(total.filter((r) => !reached.has(r))).toEqual([]);
}

async function scan(page: Page) {
  return new AxeBuilder({ page }).withTags(TAGS).analyze();
}

test.describe.configure({ mode: "parallel" });

for (const role of ROLES) {
  for (const language of LANGUAGES) {
    test(`axe: every page ${role} can open, ${language}, 1366 and 320 px`, async ({ browser }) => {
      test.setTimeout(1_200_000);
      const signedIn = await browser.newContext();
      await signIn(await signedIn.newPage(), role);
      const storageState = await signedIn.storageState();
      await signedIn.close();

      const violations: Violation[] = [];
      const reflow: string[] = [];
      const rules = new Set<string>();
      const pages = new Set<string>();
      let scans = 0;
      const context = await browser.newContext({ storageState, viewport: { width: 1366, height: 900 }, locale: language });
      await context.addCookies([{ name: "locale", value: language, url: test.info().project.use.baseURL ?? "" }]);
      const page = await context.newPage();
      const seenLinks: string[] = [];
      for (const route of pageRoutes()) {
        if (route in UNSCANNED) continue;
        let urls: readonly string[] = ROUTE_URLS[route] ?? [route];
        if (isDynamic(route)) {
          const match = seenLinks.find((href) => routeMatcher(route).test(href));
          if (!match) continue;
          urls = [match];
        }
        for (const url of urls) {
          await page.setViewportSize({ width: 1366, height: 900 });
          if (!(await opens(page, url))) continue;
          seenLinks.push(...(await linksOn(page)));
          pages.add(route);
          for (const width of WIDTHS) {
            await page.setViewportSize({ width, height: 900 });
            const result = await scan(page);
            scans += 1;
            for (const r of [...result.passes, ...result.violations, ...result.incomplete, ...result.inapplicable]) rules.add(r.id);
            for (const v of result.violations) violations.push({ url, language, width, rule: v.id, targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) });
            // Reflow (WCAG 1.4.10): at 320 px the page itself never scrolls sideways (wide tables scroll in their own box).
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
            if (overflow > 1) reflow.push(`${url} (${language}, ${width} px): ${overflow} px too wide`);
          }
        }
      }
      await context.close();
      console.log(`axe (${role}, ${language}): ${scans} scans of ${pages.size} pages, ${rules.size} rules checked, ${violations.length} violations`);
      expect(violations, JSON.stringify(violations, null, 1)).toEqual([]);
      expect(reflow).toEqual([]);
      expectEveryRouteReached(`${role}-${language}`, [...pages]);
    });
  }
}
