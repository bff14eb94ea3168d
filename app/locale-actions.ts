"use server";
// Stores the chosen UI language in a cookie (a preference, not a secret: no session needed).
import { cookies } from "next/headers";
import { LOCALE_COOKIE, toLocale } from "@/lib/i18n/locales";

export async function setLocale(value: string): Promise<void> {
  const store = await cookies();
  store.set(LOCALE_COOKIE, toLocale(value), { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
}
