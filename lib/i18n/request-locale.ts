// The language of an API answer: the UI's language cookie when a browser calls, else the
// caller's Accept-Language (English when it prefers English), else Chinese.
import { LOCALE_COOKIE, toLocale, type Locale } from "./locales";
import { createTranslator, messagesFor, type Translate } from "./translate";

export function localeFromRequest(request: Request): Locale {
  const cookie = request.headers.get("cookie") ?? "";
  const match = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]+)`).exec(cookie);
  if (match?.[1]) return toLocale(decodeURIComponent(match[1]));
  const accept = request.headers.get("accept-language")?.trim().toLowerCase() ?? "";
  return accept.startsWith("en") ? "en" : "zh-CN";
}

export function translatorForRequest(request: Request): { t: Translate; locale: Locale } {
  const locale = localeFromRequest(request);
  return { t: createTranslator(messagesFor(locale)), locale };
}
