// Two-factor sign-in in the browser: real TOTP codes computed from the secret the enrolment page shows.
import { generateSync } from "otplib";
import { expect, type Page } from "@playwright/test";

/** The code an authenticator app shows at `at` (ms). */
export function totpCode(secret: string, at = Date.now()): string {
  return generateSync({ secret, epoch: Math.floor(at / 1000) });
}

/** On the enrolment step: reads the secret shown as text, confirms with a real code, returns it and the recovery codes shown. */
export async function enrolSecondFactor(page: Page): Promise<{ secret: string; recoveryCodes: string[] }> {
  await expect(page).toHaveURL(/\/login\/second-factor/);
  await expect(page.getByTestId("totp-qr")).toBeVisible();
  const secret = (await page.getByTestId("totp-secret").innerText()).replace(/\s/g, "");
  await page.getByLabel("动态口令（6 位数字）").fill(totpCode(secret));
  await page.getByRole("button", { name: "完成绑定" }).click();
  await expect(page.getByTestId("recovery-codes").locator("li")).toHaveCount(10);
  const recoveryCodes = await page.getByTestId("recovery-codes").locator("li").allInnerTexts();
  return { secret, recoveryCodes };
}
