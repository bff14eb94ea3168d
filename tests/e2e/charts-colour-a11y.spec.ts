// Issue 18, problems 3 and 6: every chart has its numbers as text and lines told apart by more than
// colour; one status palette on every page, its contrast and its colour-vision distances measured
// from the colours the browser renders.
import { expect, test, type Page } from "@playwright/test";
import { closestPairs, contrast } from "../support/colour-vision";
import { signIn } from "./support/auth";

const STATUSES = ["ACHIEVED", "ON_TRACK", "AT_RISK", "OFF_TRACK", "MISSED", "NO_DATA"];

test("the indicator trend: a named chart surface, lines differing in marker and dash, a table of its values", async ({ page }) => {
  await signIn(page, "office");
  await page.goto("/indicators/FOOD_SPOT_PASS?region=450600");
  const figure = page.getByTestId("trend-figure");
  const surface = figure.locator('svg.recharts-surface[tabindex="0"]');
  await expect(surface).toHaveAccessibleName(/走势图/);

  // Each legend entry (region lines and the expected path) has its own marker-and-dash pair, and the
  // drawn lines carry those dashes.
  const entries = await figure.getByTestId("trend-legend").locator("li").evaluateAll((items) => items.map((li) => `${li.getAttribute("data-marker")}|${li.getAttribute("data-dash")}`));
  expect(entries.length).toBeGreaterThan(2);
  expect(new Set(entries).size).toBe(entries.length);
  const dashes = await figure.locator(".recharts-line-curve").evaluateAll((paths) => paths.map((p) => p.getAttribute("stroke-dasharray") ?? "solid"));
  expect(new Set(dashes).size).toBeGreaterThan(2);
  await expect(figure.locator(".recharts-line-dots path").first()).toBeAttached();

  // The table behind the chart: one row per quarter, a column per line, numbers in the cells.
  const table = figure.getByTestId("chart-table");
  await table.locator("summary").click();
  await expect(table.locator("caption")).toContainText("各季度数值");
  await expect(table.locator("thead th")).toHaveCount(entries.length + 2); // quarter, lines, target
  await expect(table.locator("tbody tr").first().locator("th")).toHaveAttribute("scope", "row");
  const numbers = await table.locator("tbody td").allInnerTexts();
  expect(numbers.filter((n) => /\d/.test(n)).length).toBeGreaterThan(10);
});

test("the report's trend charts and area chart give their values as text", async ({ page }) => {
  await signIn(page, "leader");
  await page.goto("/reports?region=450600&period=2020");
  const trends = page.getByTestId("report").locator("figure[data-indicator]");
  const count = await trends.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i += 1) {
    const trend = trends.nth(i);
    await expect(trend.locator('svg[role="img"]')).toHaveAccessibleName(/走势图/);
    const cells = await trend.getByTestId("chart-table").locator("tbody td").allTextContents();
    expect(cells.some((c) => /\d/.test(c)), `trend ${i}`).toBe(true);
  }
  const area = page.getByTestId("report").getByTestId("chart-table").filter({ has: page.locator("caption", { hasText: "各领域目标状态" }) });
  await expect(area.locator("tbody tr").first()).toBeAttached();
});

type Seen = { status: string; kind: "mark" | "text"; colour: string; background: string };

/** Every status mark (matrix square, chart segment, sparkline) and status text (badges, legends) on the page, with the colours the browser paints. */
async function statusColours(page: Page): Promise<Seen[]> {
  return page.evaluate(() => {
    const seen: { status: string; kind: "mark" | "text"; colour: string; background: string }[] = [];
    // Computed colours may come as lab() or oklch() (Tailwind 4): a canvas turns any of them into sRGB.
    const canvas = document.createElement("canvas").getContext("2d", { willReadFrequently: true })!;
    const rgb = (colour: string) => {
      canvas.clearRect(0, 0, 1, 1);
      canvas.fillStyle = "#fff";
      canvas.fillRect(0, 0, 1, 1);
      canvas.fillStyle = colour;
      canvas.fillRect(0, 0, 1, 1);
      const [r, g, b] = canvas.getImageData(0, 0, 1, 1).data;
      return `rgb(${r}, ${g}, ${b})`;
    };
    const opaque = (el: Element | null): string => {
      for (let node = el; node; node = node.parentElement) {
        const bg = getComputedStyle(node).backgroundColor;
        if (bg && bg !== "rgba(0, 0, 0, 0)" && bg !== "transparent") return bg;
      }
      return "rgb(255, 255, 255)";
    };
    for (const el of document.querySelectorAll("[data-status]")) {
      if (el instanceof SVGElement) continue; // read below from their fill
      const status = el.getAttribute("data-status") ?? "";
      const style = getComputedStyle(el);
      if (el.classList.contains("matrix-cell")) {
        seen.push({ status, kind: "mark", colour: style.backgroundColor, background: opaque(el.parentElement) });
        seen.push({ status, kind: "text", colour: style.color, background: style.backgroundColor });
      } else {
        seen.push({ status, kind: "text", colour: style.color, background: opaque(el) });
      }
    }
    for (const rect of document.querySelectorAll("svg rect[data-status]")) {
      const status = rect.getAttribute("data-status") ?? "";
      seen.push({ status, kind: "mark", colour: getComputedStyle(rect).fill, background: "rgb(255, 255, 255)" });
    }
    for (const text of document.querySelectorAll("svg text[data-status]")) {
      seen.push({ status: text.getAttribute("data-status") ?? "", kind: "text", colour: getComputedStyle(text).fill, background: "rgb(255, 255, 255)" });
    }
    return seen.map((s) => ({ ...s, colour: rgb(s.colour), background: rgb(s.background) }));
  });
}

test("one status palette on the overview, entry, review and reports: contrast as mark and as text, apart under colour-vision deficiencies", async ({ browser }) => {
  test.setTimeout(240_000); // five pages as three users
  const all: (Seen & { page: string })[] = [];
  const visit = async (user: string, paths: string[]) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, user);
    for (const path of paths) {
      await page.goto(path);
      for (const s of await statusColours(page)) if (STATUSES.includes(s.status)) all.push({ ...s, page: path });
    }
    await context.close();
  };
  await visit("office", ["/", "/review?period=2020Q3", "/targets"]);
  await visit("dept-scj", ["/entry?period=2020Q3"]);
  await visit("leader", ["/reports?region=450600&period=2020"]);

  for (const path of ["/", "/review?period=2020Q3", "/entry?period=2020Q3", "/reports?region=450600&period=2020"]) {
    expect(all.filter((s) => s.page === path).length, `status colours on ${path}`).toBeGreaterThan(0);
  }
  for (const s of all) {
    const needed = s.kind === "mark" ? 3 : 4.5;
    expect(contrast(s.colour, s.background), `${s.page} ${s.status} ${s.kind} ${s.colour} on ${s.background}`).toBeGreaterThanOrEqual(needed);
  }
  // One palette: each status has one mark colour and one text colour (glyphs on marks aside) everywhere.
  const marks: Record<string, string> = {};
  for (const status of STATUSES) {
    const markColours = new Set(all.filter((s) => s.status === status && s.kind === "mark").map((s) => s.colour));
    const textColours = new Set(all.filter((s) => s.status === status && s.kind === "text" && s.background !== [...markColours][0]).map((s) => s.colour));
    expect(markColours.size, `${status} marks: ${[...markColours].join(", ")}`).toBe(1);
    expect(textColours.size, `${status} texts: ${[...textColours].join(", ")}`).toBe(1);
    marks[status] = [...markColours][0]!;
  }
  for (const pair of closestPairs(marks)) expect(pair.distance, `${pair.vision}: ${pair.a} vs ${pair.b}`).toBeGreaterThanOrEqual(20);
});

test("stacked segments are parted by a white line and every segment says its status without colour", async ({ page }) => {
  await signIn(page, "office");
  await page.goto("/");
  const rects = page.locator("svg rect[data-status]:has(title)");
  expect(await rects.count()).toBeGreaterThan(5);
  const segments = await rects.evaluateAll((list) => list.map((r) => ({ stroke: getComputedStyle(r).stroke, width: parseFloat(getComputedStyle(r).strokeWidth), title: r.querySelector("title")?.textContent ?? "" })));
  for (const s of segments) {
    expect(s.stroke).toBe("rgb(255, 255, 255)");
    expect(s.width).toBeGreaterThanOrEqual(1.5);
    expect(s.title).toMatch(/: \d+$/);
  }
  // The legend pairs each colour with a glyph and a word.
  const legend = await page.locator("svg text[data-status]").allTextContents();
  expect(legend).toEqual(["⊘ 未完成", "✕ 进度滞后", "! 存在风险", "↗ 进度正常", "✓ 已完成", "? 暂无数据"]);
});
