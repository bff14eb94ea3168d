import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader, StatusBadge } from "@/components/admin/page-header";
import { RecordActions } from "@/components/admin/record-actions";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { listDepartmentOptions, listRegionOptions } from "@/lib/data/admin/form-options";
import { getUser } from "@/lib/data/admin/users";
import { getSecondFactorStatus } from "@/lib/data/second-factor";
import { formatDate } from "@/lib/i18n/format";
import { getTranslator } from "@/lib/i18n/server";
import { can } from "@/lib/permissions";
import { parseIdParam } from "@/lib/validations/fields";
import { resetPasswordAction, resetSecondFactorAction, setUserActiveAction, updateUserAction } from "../actions";
import { EditUserForm, ResetPasswordForm } from "../_components/user-forms";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("admin.users.edit") };
}

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const [user, { t, locale }, { id: rawId }] = await Promise.all([requireUser(), getTranslator(), params]);
  const id = parseIdParam(rawId);
  if (!can(user, "user.manage") || id === null) notFound();
  const [account, regions, departments, secondFactor] = await Promise.all([
    getUser(user, id),
    listRegionOptions(user),
    listDepartmentOptions(user),
    getSecondFactorStatus(user, id),
  ]);
  if (!account || !secondFactor) notFound();
  const isSelf = account.id === user.id;
  return (
    <div className="space-y-4">
      <PageHeader
        title={
          <>
            {account.name} <span className="font-mono text-base text-slate-500">{account.username}</span>{" "}
            <StatusBadge active={account.active} activeLabel={t("admin.status.active")} inactiveLabel={t("admin.status.inactive")} />
          </>
        }
        description={t("admin.users.createdOn", { date: formatDate(locale, account.createdAt) })}
      />
      <Card title={t("admin.users.profile")}>
        <EditUserForm action={updateUserAction.bind(null, id)} values={account} regions={regions} departments={departments} isSelf={isSelf} />
      </Card>
      <Card title={t("admin.users.resetPassword")}>
        <p className="mb-3 text-sm text-slate-600">{t("admin.users.resetHint")}</p>
        <ResetPasswordForm action={resetPasswordAction.bind(null, id)} />
      </Card>
      <Card title={t("admin.users.secondFactor.title")}>
        <p className="text-sm" data-testid="second-factor-status">
          {secondFactor.enrolledAt
            ? t("admin.users.secondFactor.enrolled", { date: formatDate(locale, secondFactor.enrolledAt), count: secondFactor.recoveryCodesLeft })
            : t("admin.users.secondFactor.notEnrolled")}{" "}
          {secondFactor.required ? t("admin.users.secondFactor.required") : t("admin.users.secondFactor.optional")}
        </p>
        {secondFactor.enrolledAt && (
          <>
            <p className="my-3 text-sm text-slate-600">{t("admin.users.secondFactor.resetHint")}</p>
            <RecordActions
              actions={[
                {
                  label: t("admin.users.secondFactor.reset"),
                  run: resetSecondFactorAction.bind(null, id),
                  confirm: t("admin.users.secondFactor.confirmReset", { name: account.name }),
                  successMessage: t("admin.users.secondFactor.resetDone"),
                  tone: "danger",
                  testId: "reset-second-factor",
                },
              ]}
            />
          </>
        )}
      </Card>
      <Card title={t("admin.statusActions")}>
        <p className="mb-3 text-sm text-slate-600">{t("admin.users.deactivateHint")}</p>
        <RecordActions
          actions={[
            account.active
              ? { label: t("admin.users.deactivate"), run: setUserActiveAction.bind(null, id, false), confirm: t("admin.confirm.deactivateUser", { name: account.name }), tone: "danger", testId: "deactivate" }
              : { label: t("admin.activate"), run: setUserActiveAction.bind(null, id, true), testId: "activate" },
          ]}
        />
      </Card>
    </div>
  );
}
