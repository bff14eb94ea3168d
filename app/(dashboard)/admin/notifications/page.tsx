import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/admin/page-header";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { getNotificationAdmin } from "@/lib/data/notifications/settings";
import { getTranslator } from "@/lib/i18n/server";
import { can } from "@/lib/permissions";
import { saveNotificationSettings } from "./actions";
import { NotificationSettingsForm } from "./settings-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("notifications.admin.title") };
}

export default async function NotificationSettingsPage() {
  const user = await requireUser();
  if (!can(user, "user.manage")) notFound();
  const [{ t }, admin] = await Promise.all([getTranslator(), getNotificationAdmin(user)]);
  return (
    <div className="space-y-4">
      <PageHeader title={t("notifications.admin.title")} description={t("notifications.admin.description")} />
      <p
        className={`rounded-md border px-3 py-2 text-sm ${admin.email ? "border-green-300 bg-green-50 text-green-900" : "border-amber-300 bg-amber-50 text-amber-900"}`}
        data-testid="email-status"
      >
        {admin.email ? t(`notifications.admin.emailOn.${admin.email.source}`, { smtp: admin.email.smtpUrl, from: admin.email.from }) : t("notifications.admin.emailOff")}
      </p>
      <Card>
        <NotificationSettingsForm action={saveNotificationSettings} settings={admin.settings} stored={admin.stored} />
      </Card>
    </div>
  );
}
