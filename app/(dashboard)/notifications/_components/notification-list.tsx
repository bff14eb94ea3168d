"use client";
// The user's notifications, newest first: unread ones marked (in words, not only by weight), each
// with its link and a button that marks it read; one button marks them all read.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { BUTTON_SECONDARY } from "@/components/admin/page-header";
import { useI18n } from "@/lib/i18n/client";
import { formatDateTime } from "@/lib/i18n/format-time";
import { markRead } from "../actions";

export interface NotificationItem {
  id: number;
  title: string;
  body: string;
  link: string;
  createdAt: string;
  isRead: boolean;
}

export function NotificationList({ items }: { items: NotificationItem[] }) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const mark = (ids: number[] | "all") =>
    startTransition(async () => {
      await markRead(ids);
      router.refresh();
    });
  if (items.length === 0) return <p className="text-sm text-slate-600">{t("notifications.empty")}</p>;
  return (
    <div className="space-y-3">
      {items.some((n) => !n.isRead) && (
        <button type="button" className={BUTTON_SECONDARY} disabled={pending} onClick={() => mark("all")} data-testid="mark-all-read">
          {t("notifications.markAllRead")}
        </button>
      )}
      <ul className="divide-y divide-slate-100" data-testid="notification-list">
        {items.map((n) => (
          <li key={n.id} className="flex flex-wrap items-start justify-between gap-2 py-3" data-read={n.isRead}>
            <div className="min-w-0">
              <p className={n.isRead ? "text-slate-700" : "font-semibold text-slate-900"}>
                {!n.isRead && <span className="mr-2 rounded bg-brand-100 px-1.5 py-0.5 text-xs text-brand-900">{t("notifications.unread")}</span>}
                <Link href={n.link} className="hover:underline">{n.title}</Link>
              </p>
              <p className="text-sm text-slate-600">{n.body}</p>
              <p className="text-xs text-slate-500">{formatDateTime(locale, n.createdAt)}</p>
            </div>
            {!n.isRead && (
              <button type="button" className={BUTTON_SECONDARY} disabled={pending} onClick={() => mark([n.id])} aria-label={t("notifications.markReadOf", { title: n.title })}>
                {t("notifications.markRead")}
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
