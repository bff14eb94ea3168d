import type { Locator, Page } from "@playwright/test";

/** Chooses the option of a select whose label contains `text` (region options are indented). */
export async function selectByText(select: Locator, text: string) {
  const value = await select.locator("option", { hasText: text }).first().getAttribute("value");
  if (value === null) throw new Error(`no option "${text}"`);
  await select.selectOption(value);
}

/** Confirms every window.confirm() the page opens (record actions ask before changing state). */
export function acceptDialogs(page: Page) {
  page.on("dialog", (dialog) => void dialog.accept());
}

/** A short suffix that keeps records of repeated runs apart. */
export const uniqueSuffix = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;

/** A form control by its label; required fields' labels end in an asterisk. */
export function field(page: Page, label: string): Locator {
  return page.getByLabel(new RegExp(`^${label}\\*?$`));
}
