// Server-side locale and translator for the current request (cookie-based, Chinese by default).
import "server-only";
import { cookies } from "next/headers";
import { LOCALE_COOKIE, toLocale, type Locale } from "./locales";
import { createTranslator, messagesFor, type Translate } from "./translate";

export async function getLocale(): Promise<Locale> {
  const store = await cookies();
  return toLocale(store.get(LOCALE_COOKIE)?.value);
}

export async function getTranslator(): Promise<{ t: Translate; locale: Locale }> {
  const locale = await getLocale();
  return { t: createTranslator(messagesFor(locale)), locale };
}
