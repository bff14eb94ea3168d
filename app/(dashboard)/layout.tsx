import type { ReactNode } from "react";
import { AppShell } from "@/components/layout/app-shell";
import { navItemsFor } from "@/components/layout/nav-items";
import { requireUser } from "@/lib/auth/session";
import { countUnreadNotifications } from "@/lib/data/notifications/inbox";
import { getDisplaySettings } from "@/lib/data/display-settings";
import { localizedName } from "@/lib/i18n/format";
import { getTranslator } from "@/lib/i18n/server";

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const [user, { t, locale }] = await Promise.all([requireUser(), getTranslator()]);
  const unread = await countUnreadNotifications(user);
  const display = await getDisplaySettings(user);
  const shellUser = { name: user.name, roleLabel: t(`roles.${user.role}`), scopeName: localizedName(locale, user.scopeRegionName, user.scopeRegionNameEn) };
  return (
    <AppShell user={shellUser} items={navItemsFor(user)} unread={unread} display={display}>
      {children}
    </AppShell>
  );
}
