import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/admin/page-header";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { listDepartmentOptions, listRegionOptions } from "@/lib/data/admin/form-options";
import { getTranslator } from "@/lib/i18n/server";
import { can } from "@/lib/permissions";
import { createUserAction } from "../actions";
import { NewUserForm } from "../_components/user-forms";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("admin.users.new") };
}

export default async function NewUserPage() {
  const [user, { t }] = await Promise.all([requireUser(), getTranslator()]);
  if (!can(user, "user.manage")) notFound();
  const [regions, departments] = await Promise.all([listRegionOptions(user), listDepartmentOptions(user)]);
  return (
    <div className="space-y-4">
      <PageHeader title={t("admin.users.new")} description={t("admin.users.newIntro")} />
      <Card>
        <NewUserForm action={createUserAction} regions={regions} departments={departments} />
      </Card>
    </div>
  );
}
