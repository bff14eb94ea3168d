// Issue 18, 适老化: a per-user setting, saved on the account, for larger text (≥ 1.5×) and a
// high-contrast theme; body text line spacing ≥ 1.3; pages still usable at 200 % zoom with large text.
import { expect, test, type Page } from "@playwright/test";
import { contrast } from "../support/colour-vision";
import { field, selectByText, uniqueSuffix } from "./support/admin";
import { signIn } from "./support/auth";

const PASSWORD = "Display#Test1";

/** Font size and line height of the main content's body text, and the worst text contrast on it. */
async function measure(page: Page) {
  return page.evaluate(() => {
    const canvas = document.createElement("canvas").getContext("2d", { willReadFrequently: true })!;
    const rgb = (colour: string) => {
      canvas.fillStyle = "#fff";
      canvas.fillRect(0, 0, 1, 1);
      canvas.fillStyle = colour;
      canvas.fillRect(0, 0, 1, 1);
      const [r, g, b] = canvas.getImageData(0, 0, 1, 1).data;
      return `rgb(${r}, ${g}, ${b})`;
    };
    const background = (el: Element | null): string => {
      for (let node = el; node; node = node.parentElement) {
        const bg = getComputedStyle(node).backgroundColor;
        if (bg && bg !== "rgba(0, 0, 0, 0)" && bg !== "transparent") return bg;
      }
      return "rgb(255, 255, 255)";
    };
    // Text, not status marks: a matrix square's glyph is checked with the status palette (4.5:1 on its mark).
    const texts = [...document.querySelectorAll<HTMLElement>("main p, main li, main td, main th, main dd, main label, main a")].filter((el) => !el.closest(".matrix-cell") && el.getClientRects().length > 0 && (el.innerText ?? "").trim() !== "");
    return {
      rootFont: parseFloat(getComputedStyle(document.documentElement).fontSize),
      lineHeights: texts.map((el) => {
        const style = getComputedStyle(el);
        const lh = style.lineHeight === "normal" ? 1.2 * parseFloat(style.fontSize) : parseFloat(style.lineHeight);
        return { ratio: lh / parseFloat(style.fontSize), text: el.innerText.slice(0, 30) };
      }),
      colours: texts.map((el) => ({ fg: rgb(getComputedStyle(el).color), bg: rgb(background(el)), text: el.innerText.slice(0, 30) })),
      overflow: document.documentElement.scrollWidth - window.innerWidth,
    };
  });
}

test("body text has line spacing of at least 1.3", async ({ page }) => {
  await signIn(page, "office");
  for (const path of ["/", "/review?period=2020Q3", "/completeness?period=2020Q3", "/targets"]) {
    await page.goto(path);
    const tight = (await measure(page)).lineHeights.filter((l) => l.ratio < 1.3);
    expect(tight, path).toEqual([]);
  }
});

test("large text and high contrast: switched in the shell, kept on the account, 1.5× text, 7:1 text, no sideways scrolling at 200 % zoom", async ({ browser }) => {
  // A viewer of its own: the demo accounts' pages are scanned by the axe walk at the same time.
  const username = `e2e-display-${uniqueSuffix()}`;
  const admin = await browser.newPage();
  await signIn(admin, "admin");
  await admin.goto("/admin/users/new");
  await field(admin, "用户名").fill(username);
  await field(admin, "姓名").fill("大字测试");
  await field(admin, "角色").selectOption("VIEWER");
  await selectByText(field(admin, "管辖范围"), "东兴市");
  await field(admin, "密码").fill(PASSWORD);
  await field(admin, "再次输入密码").fill(PASSWORD);
  await admin.getByRole("button", { name: "保存" }).click();
  await expect(admin.getByTestId("users-table")).toContainText(username);
  await admin.close();

  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  await signIn(page, username, PASSWORD);
  await page.goto("/");
  const normal = await measure(page);
  const large = page.getByTestId("display-largeText");
  const contrastButton = page.getByTestId("display-highContrast");
  await expect(large).toHaveAttribute("aria-pressed", "false");
  await large.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("html")).toHaveClass(/large-text/);
  await expect(large).toBeFocused();
  await contrastButton.click();
  await expect(page.locator("html")).toHaveClass(/high-contrast/);
  await expect(contrastButton).toHaveAttribute("aria-pressed", "true");

  // Saved on the account: a new session (another browser) starts with both.
  await page.waitForLoadState("networkidle");
  const other = await browser.newContext({ viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });
  const phone = await other.newPage();
  await signIn(phone, username, PASSWORD);
  for (const path of ["/", "/targets", `/regions/450681`]) {
    await phone.goto(path);
    await expect(phone.locator("html")).toHaveClass(/large-text/);
    await expect(phone.locator("html")).toHaveClass(/high-contrast/);
    const m = await measure(phone);
    expect(m.rootFont).toBeGreaterThanOrEqual(normal.rootFont * 1.5);
    expect(m.overflow, `${path} scrolls sideways at 200 %`).toBeLessThanOrEqual(1);
    const weak = m.colours.filter((c) => contrast(c.fg, c.bg) < 7).map((c) => `${c.text}: ${c.fg} on ${c.bg}`);
    expect(weak, path).toEqual([]);
  }
  await phone.screenshot({ path: test.info().outputPath("large-high-contrast-200.png"), fullPage: false });

  await context.close();
  await other.close();
});
