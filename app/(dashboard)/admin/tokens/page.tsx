import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/admin/page-header";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { listApiTokens } from "@/lib/data/admin/api-tokens";
import { listDepartmentOptions, listRegionOptions } from "@/lib/data/admin/form-options";
import { getTranslator } from "@/lib/i18n/server";
import { can } from "@/lib/permissions";
import { createApiTokenAction, revokeApiTokenAction } from "./actions";
import { TokenCreator, TokensTable } from "./_components/tokens";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("admin.sections.tokens") };
}

export default async function TokensPage() {
  const [user, { t }] = await Promise.all([requireUser(), getTranslator()]);
  if (!can(user, "token.manage")) notFound();
  const [rows, regions, departments] = await Promise.all([listApiTokens(user), listRegionOptions(user), listDepartmentOptions(user)]);
  return (
    <div className="space-y-4">
      <PageHeader title={t("admin.sections.tokens")} description={t("admin.tokens.intro")} />
      <p className="text-sm">
        <Link href="/api-docs" className="text-brand-700 hover:underline" data-testid="api-docs-link">
          {t("api.doc.referenceLink")}
        </Link>
      </p>
      <Card title={t("admin.tokens.new")}>
        <TokenCreator action={createApiTokenAction} regions={regions} departments={departments} />
      </Card>
      <TokensTable rows={rows} revoke={revokeApiTokenAction} />
    </div>
  );
}
