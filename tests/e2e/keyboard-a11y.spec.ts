// Issue 18 by keyboard: pickers that do not navigate on an arrow key, a prompt before unsaved
// figures are lost, a skip link on every page, and review buttons named for their figure.
import { expect, test, type Page } from "@playwright/test";
import { contrast } from "../support/colour-vision";
import { signIn } from "./support/auth";

/** Moves the picker's selection one step with an arrow key, as a keyboard user browsing the list. */
async function arrowThrough(page: Page, testId: string) {
  const picker = page.getByTestId(testId);
  const before = await picker.inputValue();
  const isLast = await picker.evaluate((el) => (el as HTMLSelectElement).selectedIndex === (el as HTMLSelectElement).options.length - 1);
  await picker.focus();
  await page.keyboard.press(isLast ? "ArrowUp" : "ArrowDown");
  await expect(picker).not.toHaveValue(before);
}

test("an arrow key on the quarter picker does not load another quarter; its Go button does", async ({ page }) => {
  await signIn(page, "office");
  await page.goto("/review?period=2020Q3");
  await arrowThrough(page, "period-picker");
  await page.waitForTimeout(1500);
  await expect(page).toHaveURL(/period=2020Q3/);
  await expect(page.getByRole("button", { name: "切换 · 报告期" })).toBeVisible();
  await page.getByTestId("period-picker-go").press("Enter");
  await expect(page).not.toHaveURL(/period=2020Q3/);
});

test("typed, unsaved figures are not thrown away without asking", async ({ page }) => {
  await signIn(page, "dept-scj");
  await page.goto("/entry?period=2020Q3");
  await arrowThrough(page, "period-picker");
  await page.waitForTimeout(1500);
  await expect(page).toHaveURL(/period=2020Q3/);

  const note = page.locator('input[data-field="note"]:not([disabled])').first();
  await note.fill("尚未保存的说明");
  const asked: string[] = [];
  page.once("dialog", (dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  await page.getByTestId("period-picker-go").click();
  await expect.poll(() => asked).toEqual(["本页有未保存的数据，离开后将丢失。确定离开吗？"]);
  await expect(page).toHaveURL(/period=2020Q3/);
  await expect(note).toHaveValue("尚未保存的说明");

  // A link of the page asks too; declining stays.
  page.once("dialog", (dialog) => {
    asked.push(dialog.type());
    void dialog.dismiss();
  });
  await page.getByRole("link", { name: "概览" }).first().click();
  await expect.poll(() => asked.length).toBe(2);
  await expect(asked[1]).toBe("confirm");
  await expect(page).toHaveURL(/\/entry\?period=2020Q3/);
  await expect(note).toHaveValue("尚未保存的说明");

  // Unloading the page asks through the browser's own prompt.
  page.once("dialog", (dialog) => {
    asked.push(dialog.type());
    void dialog.dismiss();
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => asked[2]).toBe("beforeunload");
});

test("the first Tab reaches a skip link that moves focus to the main content", async ({ page }) => {
  await signIn(page, "office");
  for (const path of ["/", "/review?period=2020Q3"]) {
    await page.goto(path);
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "跳到主要内容" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page.locator(":focus")).toHaveAttribute("id", "main");
    await expect(page.locator("main")).toBeFocused();
  }
});

test("each review button's accessible name says which figure it acts on", async ({ page }) => {
  await signIn(page, "office");
  await page.goto("/review?period=2020Q3&status=SUBMITTED");
  const item = page.locator('[data-testid^="review-item-"]').first();
  const figure = (await item.locator("p").first().innerText()).trim();
  expect(figure).toMatch(/^.+ · .+$/);
  await expect(item.getByTestId("approve")).toHaveAccessibleName(`通过 · ${figure} · 2020Q3`);
  await expect(item.getByTestId("return")).toHaveAccessibleName(`退回 · ${figure} · 2020Q3`);
  await expect(item.getByTestId("history-button")).toHaveAccessibleName(`记录 · ${figure} · 2020Q3`);
  await expect(page.getByRole("button", { name: "通过", exact: true })).toHaveCount(0);
});

test("focus is always visible: an outline of at least 2 px and 3:1 against the page around it", async ({ page }) => {
  await signIn(page, "office");
  await page.goto("/review?period=2020Q3");
  const seen: string[] = [];
  for (let i = 0; i < 25; i += 1) {
    await page.keyboard.press("Tab");
    const ring = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      const canvas = document.createElement("canvas").getContext("2d", { willReadFrequently: true })!;
      const rgb = (colour: string) => {
        canvas.fillStyle = "#fff";
        canvas.fillRect(0, 0, 1, 1);
        canvas.fillStyle = colour;
        canvas.fillRect(0, 0, 1, 1);
        const [r, g, b] = canvas.getImageData(0, 0, 1, 1).data;
        return `rgb(${r}, ${g}, ${b})`;
      };
      let background = "rgb(255, 255, 255)";
      for (let node = el.parentElement; node; node = node.parentElement) {
        const bg = getComputedStyle(node).backgroundColor;
        if (bg !== "rgba(0, 0, 0, 0)") {
          background = rgb(bg);
          break;
        }
      }
      return { what: `${el.tagName} ${el.textContent?.slice(0, 20)}`, width: parseFloat(style.outlineWidth), styleName: style.outlineStyle, colour: rgb(style.outlineColor), background };
    });
    expect(ring.styleName, ring.what).not.toBe("none");
    expect(ring.width, ring.what).toBeGreaterThanOrEqual(2);
    expect(contrast(ring.colour, ring.background), ring.what).toBeGreaterThanOrEqual(3);
    seen.push(ring.what);
  }
  expect(seen.length).toBe(25);
});
