// Issue 18, problem 2: after an action focus goes somewhere that makes sense, not to the page body.
// (Approval on /review moves focus to its message: checked in entry-review.spec.ts's approval step.)
import { expect, test } from "@playwright/test";
import { signIn } from "./support/auth";
import { field } from "./support/admin";

test("closing the history dialog returns focus to the button that opened it", async ({ page }) => {
  await signIn(page, "office");
  await page.goto("/review?period=2020Q3&status=SUBMITTED");
  const opener = page.locator('[data-testid^="review-item-"]').first().getByTestId("history-button");
  await opener.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByTestId("history-dialog");
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});

test("a refused admin form puts focus on its first wrong field", async ({ page }) => {
  await signIn(page, "admin");
  await page.goto("/admin/departments/new");
  await field(page, "编码").fill("1x");
  // Submitted from its button, which is disabled while the server answers.
  await page.getByRole("button", { name: "保存" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("error-code")).toContainText("部门编码用大写字母、数字和下划线");
  await expect(field(page, "编码")).toBeFocused();
  await expect(page.locator(":focus")).toHaveAttribute("aria-invalid", "true");
});
