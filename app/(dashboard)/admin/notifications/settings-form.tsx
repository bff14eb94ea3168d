"use client";
// Which events notify, N days before the due date, and the SMTP server kept in the database.
import { EntityForm } from "@/components/admin/entity-form";
import type { FormAction } from "@/components/admin/use-action-form";
import { CheckboxField, TextField } from "@/components/ui/form";
import { NOTIFICATION_KINDS, type NotificationSettings } from "@/lib/domain/notifications";
import { useI18n } from "@/lib/i18n/client";

export function NotificationSettingsForm({ action, settings, stored }: { action: FormAction<unknown>; settings: NotificationSettings; stored: { smtpUrl: string; from: string; baseUrl: string } }) {
  const { t } = useI18n();
  return (
    <EntityForm action={action} testId="notification-settings">
      {(errorsFor) => (
        <>
          <fieldset className="space-y-2">
            <legend className="text-sm font-medium text-slate-700">{t("notifications.admin.events")}</legend>
            {NOTIFICATION_KINDS.map((kind) => (
              <CheckboxField key={kind} name={`event_${kind}`} label={t(`notifications.kinds.${kind}.name`)} defaultChecked={settings.enabled[kind]} />
            ))}
          </fieldset>
          <TextField name="dueSoonDays" label={t("notifications.admin.dueSoonDays")} inputMode="numeric" defaultValue={String(settings.dueSoonDays)} errors={errorsFor("dueSoonDays")} required />
          <TextField name="smtpUrl" label={t("notifications.admin.smtpUrl")} hint={t("notifications.admin.smtpUrlHint", { current: stored.smtpUrl || "—" })} errors={errorsFor("smtpUrl")} autoComplete="off" />
          <TextField name="from" label={t("notifications.admin.from")} defaultValue={stored.from} errors={errorsFor("from")} />
          <TextField name="baseUrl" label={t("notifications.admin.baseUrl")} hint={t("notifications.admin.baseUrlHint")} defaultValue={stored.baseUrl} errors={errorsFor("baseUrl")} />
        </>
      )}
    </EntityForm>
  );
}
