import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader, StatusBadge } from "@/components/admin/page-header";
import { RecordActions } from "@/components/admin/record-actions";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { getDepartmentForAdmin } from "@/lib/data/admin/departments";
import { getTranslator } from "@/lib/i18n/server";
import { can } from "@/lib/permissions";
import { parseIdParam } from "@/lib/validations/fields";
import { deleteDepartmentAction, saveDepartment, setDepartmentActiveAction } from "../actions";
import { DepartmentForm } from "../_components/department-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("admin.departments.edit") };
}

export default async function DepartmentPage({ params }: { params: Promise<{ id: string }> }) {
  const [user, { t }, { id: rawId }] = await Promise.all([requireUser(), getTranslator(), params]);
  const id = parseIdParam(rawId);
  if (!can(user, "master.manage") || id === null) notFound();
  const department = await getDepartmentForAdmin(user, id);
  if (!department) notFound();
  return (
    <div className="space-y-4">
      <PageHeader
        title={
          <>
            {department.name} <StatusBadge active={department.active} activeLabel={t("admin.status.active")} inactiveLabel={t("admin.status.inactive")} />
          </>
        }
        description={t("admin.departments.editIntro")}
      />
      <Card>
        <DepartmentForm action={saveDepartment.bind(null, id)} values={department} isNew={false} />
      </Card>
      <Card title={t("admin.statusActions")}>
        <RecordActions
          actions={[
            department.active
              ? { label: t("admin.deactivate"), run: setDepartmentActiveAction.bind(null, id, false), confirm: t("admin.confirm.deactivate", { name: department.name }), testId: "deactivate" }
              : { label: t("admin.activate"), run: setDepartmentActiveAction.bind(null, id, true), testId: "activate" },
            { label: t("admin.delete"), run: deleteDepartmentAction.bind(null, id), confirm: t("admin.confirm.delete", { name: department.name }), tone: "danger", redirectTo: "/admin/departments", testId: "delete" },
          ]}
        />
      </Card>
    </div>
  );
}
