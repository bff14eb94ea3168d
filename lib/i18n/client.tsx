"use client";
// Client-side access to the catalogue chosen by the root layout.
import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { Locale } from "./locales";
import { createTranslator, messagesFor, type Translate } from "./translate";

const I18nContext = createContext<{ locale: Locale; t: Translate } | null>(null);

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const value = useMemo(() => ({ locale, t: createTranslator(messagesFor(locale)) }), [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n() {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n must be used inside <I18nProvider>");
  return value;
}
