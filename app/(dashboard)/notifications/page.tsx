import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { Pager } from "@/components/layout/pager";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { listNotifications, NOTIFICATIONS_PAGE_SIZE } from "@/lib/data/notifications/inbox";
import { describeNotification } from "@/lib/email/compose";
import { getTranslator } from "@/lib/i18n/server";
import { can } from "@/lib/permissions";
import { NotificationList } from "./_components/notification-list";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("notifications.title") };
}

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  if (!can(user, "dashboard.view")) notFound();
  const raw = (await searchParams).page;
  const page = typeof raw === "string" && /^\d{1,5}$/.test(raw) && Number(raw) > 0 ? Number(raw) : 1;
  const [{ t, locale }, { rows, total }] = await Promise.all([getTranslator(), listNotifications(user, page)]);
  const items = rows.map((n) => ({ id: n.id, link: n.link, createdAt: n.createdAt.toISOString(), isRead: n.readAt !== null, ...describeNotification(locale, n) }));
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("notifications.title")}
        actions={<Link href="/notifications/preferences" className="text-sm text-brand-700 hover:underline">{t("notifications.preferences.title")}</Link>}
      />
      <Card>
        <NotificationList items={items} />
        <Pager page={page} pageCount={Math.ceil(total / NOTIFICATIONS_PAGE_SIZE)} total={total} pathname="/notifications" search={{}} />
      </Card>
    </div>
  );
}
