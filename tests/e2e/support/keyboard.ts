import { expect, type Locator, type Page } from "@playwright/test";

/** Presses Tab (or Shift+Tab) until the element has focus, as a keyboard-only user walks to it. */
export async function tabTo(page: Page, target: Locator, { backwards = false, max = 400 } = {}) {
  const key = backwards ? "Shift+Tab" : "Tab";
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  await expect(target, `reached by ${key} within ${max} presses`).toBeFocused();
}
