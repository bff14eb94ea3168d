"use client";
import Link from "next/link";
import { ZhText } from "@/components/ui/zh-text";
import { signOut } from "next-auth/react";
import { useState, type ReactNode } from "react";
import { useI18n } from "@/lib/i18n/client";
import type { DisplaySettings } from "@/lib/validations/display";
import { DisplaySwitch } from "./display-switch";
import { LanguageSwitch } from "./language-switch";
import type { NavItem } from "./nav-items";
import { SidebarNav } from "./sidebar-nav";

export interface ShellUser {
  name: string;
  roleLabel: string;
  scopeName: string;
}

export function AppShell({ user, items, unread, display, children }: { user: ShellUser; items: NavItem[]; unread: number; display: DisplaySettings; children: ReactNode }) {
  const { t } = useI18n();
  const [isMenuOpen, setMenuOpen] = useState(false);
  return (
    <div className="min-h-screen md:grid md:grid-cols-[14rem_1fr]">
      <a
        href="#main"
        data-testid="skip-link"
        className="sr-only z-50 rounded-md bg-white px-3 py-2 text-sm font-medium text-brand-900 shadow focus:not-sr-only focus:fixed focus:left-2 focus:top-2"
      >
        {t("nav.skipToMain")}
      </a>
      <aside className="no-print hidden border-r border-slate-200 bg-white p-4 md:block">
        <p className="mb-4 px-3 text-base font-semibold text-brand-900">{t("app.name")}</p>
        <SidebarNav items={items} />
      </aside>
      <div className="flex min-w-0 flex-col">
        <header className="no-print flex flex-wrap items-center gap-3 border-b border-slate-200 bg-white px-4 py-2">
          <button
            type="button"
            className="rounded-md border border-slate-300 px-2.5 py-1 text-sm md:hidden"
            aria-expanded={isMenuOpen}
            aria-controls="mobile-nav"
            onClick={() => setMenuOpen((open) => !open)}
          >
            {t("nav.menu")}
          </button>
          <p className="truncate text-sm font-semibold text-brand-900 md:hidden">{t("app.name")}</p>
          <div className="ml-auto flex min-w-0 flex-wrap items-center justify-end gap-x-3 gap-y-1">
            <p className="hidden min-w-0 truncate text-right text-sm sm:block" data-testid="current-user">
              <span className="font-medium">
                <ZhText text={user.name} />
              </span>
              <span className="text-slate-500"> · {user.roleLabel} · {user.scopeName}</span>
            </p>
            <DisplaySwitch initial={display} />
            <Link
              href="/notifications"
              className="relative rounded-md px-2 py-1 text-sm text-slate-700 hover:bg-slate-100"
              aria-label={t("notifications.bell", { count: unread })}
              data-testid="notification-bell"
            >
              <svg aria-hidden="true" viewBox="0 0 24 24" className="inline h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
                <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9M13.7 21a2 2 0 0 1-3.4 0" />
              </svg>
              {unread > 0 && (
                <span className="ml-0.5 rounded-full bg-red-600 px-1.5 text-xs font-semibold text-white" data-testid="notification-count">
                  {unread > 99 ? "99+" : unread}
                </span>
              )}
            </Link>
            <LanguageSwitch />
            <button
              type="button"
              className="rounded-md px-2.5 py-1 text-sm text-slate-700 hover:bg-slate-100"
              onClick={() => signOut({ callbackUrl: "/login" })}
            >
              {t("nav.signOut")}
            </button>
          </div>
        </header>
        {isMenuOpen && (
          <div id="mobile-nav" className="no-print border-b border-slate-200 bg-white p-3 md:hidden">
            <p className="mb-2 px-3 text-sm text-slate-600">
              {user.name} · {user.roleLabel} · {user.scopeName}
            </p>
            <SidebarNav items={items} onNavigate={() => setMenuOpen(false)} />
          </div>
        )}
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-7xl flex-1 p-4 outline-none md:p-6">{children}</main>
      </div>
    </div>
  );
}
