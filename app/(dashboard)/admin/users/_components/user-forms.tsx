"use client";
import { AssignmentFields, type AssignmentValues } from "@/components/admin/assignment-fields";
import { EntityForm } from "@/components/admin/entity-form";
import type { RegionChoice } from "@/components/admin/region-options";
import type { FormAction } from "@/components/admin/use-action-form";
import { TextField } from "@/components/ui/form";
import type { DepartmentOption } from "@/lib/data/admin/form-options";
import { useI18n } from "@/lib/i18n/client";

type Action = FormAction<{ id: number }>;

function PasswordFields({ errorsFor }: { errorsFor: (name: string) => string[] | undefined }) {
  const { t } = useI18n();
  return (
    <>
      <TextField name="password" type="password" autoComplete="new-password" label={t("admin.users.password")} required errors={errorsFor("password")} hint={t("admin.users.passwordHint")} />
      <TextField name="passwordConfirm" type="password" autoComplete="new-password" label={t("admin.users.passwordConfirm")} required errors={errorsFor("passwordConfirm")} />
    </>
  );
}

export function NewUserForm({ action, regions, departments }: { action: Action; regions: RegionChoice[]; departments: DepartmentOption[] }) {
  const { t } = useI18n();
  return (
    <EntityForm action={action} redirectTo="/admin/users" cancelHref="/admin/users" testId="user-form">
      {(errorsFor) => (
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <TextField name="username" label={t("admin.users.username")} required errors={errorsFor("username")} hint={t("admin.users.usernameHint")} autoComplete="off" />
          <TextField name="name" label={t("admin.users.name")} required errors={errorsFor("name")} />
          <AssignmentFields regions={regions} departments={departments} errorsFor={errorsFor} />
          <PasswordFields errorsFor={errorsFor} />
        </div>
      )}
    </EntityForm>
  );
}

export function EditUserForm({ action, values, regions, departments, isSelf }: { action: Action; values: AssignmentValues & { name: string; version: number }; regions: RegionChoice[]; departments: DepartmentOption[]; isSelf: boolean }) {
  const { t } = useI18n();
  return (
    <EntityForm action={action} cancelHref="/admin/users" testId="user-form">
      {(errorsFor) => (
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <input type="hidden" name="version" value={values.version} />
          <TextField name="name" label={t("admin.users.name")} required defaultValue={values.name} errors={errorsFor("name")} />
          <AssignmentFields values={values} regions={regions} departments={departments} errorsFor={errorsFor} disabled={isSelf} />
          {isSelf && (
            <>
              {/* Disabled selects are not submitted: the unchanged values go as hidden fields. */}
              <input type="hidden" name="role" value={values.role} />
              <input type="hidden" name="scopeRegionId" value={values.scopeRegionId} />
              <p className="text-sm text-slate-600 sm:col-span-2">{t("admin.users.selfHint")}</p>
            </>
          )}
        </div>
      )}
    </EntityForm>
  );
}

export function ResetPasswordForm({ action }: { action: Action }) {
  const { t } = useI18n();
  return (
    <EntityForm action={action} submitLabel={t("admin.users.resetPassword")} testId="password-form" resetOnSuccess>
      {(errorsFor) => (
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <PasswordFields errorsFor={errorsFor} />
        </div>
      )}
    </EntityForm>
  );
}
