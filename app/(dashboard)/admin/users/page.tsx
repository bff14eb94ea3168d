import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BUTTON_PRIMARY, PageHeader } from "@/components/admin/page-header";
import { requireUser } from "@/lib/auth/session";
import { listUsers } from "@/lib/data/admin/users";
import { getTranslator } from "@/lib/i18n/server";
import { can } from "@/lib/permissions";
import { UsersTable } from "./_components/users-table";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("admin.sections.users") };
}

export default async function UsersPage() {
  const [user, { t }] = await Promise.all([requireUser(), getTranslator()]);
  if (!can(user, "user.manage")) notFound();
  const rows = await listUsers(user);
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("admin.sections.users")}
        description={t("admin.users.intro")}
        actions={
          <Link href="/admin/users/new" className={BUTTON_PRIMARY}>
            {t("admin.users.new")}
          </Link>
        }
      />
      <UsersTable rows={rows} />
    </div>
  );
}
