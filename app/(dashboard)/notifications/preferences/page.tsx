import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { getNotificationPreferences } from "@/lib/data/notifications/inbox";
import { getTranslator } from "@/lib/i18n/server";
import { can } from "@/lib/permissions";
import { savePreferences } from "../actions";
import { PreferencesForm } from "./preferences-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("notifications.preferences.title") };
}

export default async function PreferencesPage() {
  const user = await requireUser();
  if (!can(user, "dashboard.view")) notFound();
  const [{ t }, preferences] = await Promise.all([getTranslator(), getNotificationPreferences(user)]);
  return (
    <div className="space-y-4">
      <PageHeader title={t("notifications.preferences.title")} />
      <Card>
        <PreferencesForm action={savePreferences} values={preferences} />
      </Card>
    </div>
  );
}
