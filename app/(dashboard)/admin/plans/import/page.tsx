import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { PageHeader } from "@/components/admin/page-header";
import { requireUser } from "@/lib/auth/session";
import { listDepartmentOptions, listIndicatorOptions, listPlanOptions, listRegionOptions } from "@/lib/data/admin/form-options";
import { getTranslator } from "@/lib/i18n/server";
import { can } from "@/lib/permissions";
import { parseIdParam } from "@/lib/validations/fields";
import { acceptImportAction, analyseDocumentAction, readDocumentAction } from "./actions";
import { ImportWorkbench } from "./_components/import-workbench";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("admin.sections.import") };
}

const searchSchema = z.object({ planId: z.string().optional() });

export default async function ImportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [user, { t }, search] = await Promise.all([requireUser(), getTranslator(), searchParams]);
  if (!can(user, "plan.manage")) notFound();
  const parsed = searchSchema.safeParse(search);
  const planId = parsed.success && parsed.data.planId ? parseIdParam(parsed.data.planId) : null;
  const [indicators, departments, regions, plans] = await Promise.all([listIndicatorOptions(user), listDepartmentOptions(user), listRegionOptions(user), listPlanOptions(user)]);
  return (
    <div className="space-y-4">
      <PageHeader title={t("admin.sections.import")} description={t("admin.import.intro")} />
      <ImportWorkbench
        indicators={indicators}
        departments={departments}
        regions={regions}
        plans={plans}
        initialPlanId={planId}
        scopeRegionId={user.scopeRegionId}
        readFile={readDocumentAction}
        analyse={analyseDocumentAction}
        accept={acceptImportAction}
      />
    </div>
  );
}
