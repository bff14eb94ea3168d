"use client";
// A user's e-mail address, the language of its e-mail, and whether e-mail comes per event or as a daily digest.
import { EntityForm } from "@/components/admin/entity-form";
import type { FormAction } from "@/components/admin/use-action-form";
import { CheckboxField, SelectField, TextField } from "@/components/ui/form";
import { useI18n } from "@/lib/i18n/client";

export function PreferencesForm({ action, values }: { action: FormAction<{ version: number }>; values: { email: string | null; locale: string; emailEnabled: boolean; emailDigest: boolean } }) {
  const { t } = useI18n();
  return (
    <EntityForm action={action} testId="preferences-form">
      {(errorsFor) => (
        <>
          <TextField name="email" type="email" label={t("notifications.preferences.email")} defaultValue={values.email ?? ""} errors={errorsFor("email")} autoComplete="email" />
          <SelectField
            name="locale"
            label={t("notifications.preferences.locale")}
            defaultValue={values.locale}
            options={[{ value: "zh-CN", label: "中文" }, { value: "en", label: "English" }]}
            errors={errorsFor("locale")}
          />
          <CheckboxField name="emailEnabled" label={t("notifications.preferences.emailEnabled")} defaultChecked={values.emailEnabled} />
          <CheckboxField name="emailDigest" label={t("notifications.preferences.emailDigest")} hint={t("notifications.preferences.emailDigestHint")} defaultChecked={values.emailDigest} />
        </>
      )}
    </EntityForm>
  );
}
