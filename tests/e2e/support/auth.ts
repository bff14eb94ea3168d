import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "Demo#2026";

/** Fills and submits the real sign-in form. */
export async function submitSignIn(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.getByRole("button", { name: /登录|Sign in/ }).click();
}

/** Signs in and waits for the dashboard. */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD) {
  await submitSignIn(page, username, password);
  await expect(page).not.toHaveURL(/\/login/);
}
