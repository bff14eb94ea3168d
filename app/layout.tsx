import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { getSessionUser } from "@/lib/auth/session";
import { getDisplaySettings } from "@/lib/data/display-settings";
import { I18nProvider } from "@/lib/i18n/client";
import { getTranslator } from "@/lib/i18n/server";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return {
    title: { default: t("app.name"), template: `%s · ${t("app.name")}` },
    // Files in public/; proxy.ts lets them through without sign-in.
    icons: { icon: [{ url: "/favicon.ico", sizes: "any" }, { url: "/icon.svg", type: "image/svg+xml" }], apple: "/apple-touch-icon.png" },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

/** The signed-in user's display settings as classes on <html> (globals.css): larger text, high contrast. */
async function displayClasses(): Promise<string | undefined> {
  const user = await getSessionUser();
  if (!user) return undefined;
  const display = await getDisplaySettings(user);
  return [display.largeText && "large-text", display.highContrast && "high-contrast"].filter(Boolean).join(" ") || undefined;
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [{ locale }, className] = await Promise.all([getTranslator(), displayClasses()]);
  return (
    <html lang={locale} className={className}>
      <body className="min-h-screen font-sans">
        <I18nProvider locale={locale}>{children}</I18nProvider>
      </body>
    </html>
  );
}
