"use client";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useState } from "react";
import { AssignmentFields } from "@/components/admin/assignment-fields";
import { describeFailure } from "@/components/admin/failure-message";
import { RecordActions } from "@/components/admin/record-actions";
import type { RegionChoice } from "@/components/admin/region-options";
import { useActionForm, type FormAction } from "@/components/admin/use-action-form";
import { DataTable } from "@/components/data-table/data-table";
import { columnHelper } from "@/components/data-table/features";
import { FormMessage, SubmitButton, TextField } from "@/components/ui/form";
import type { ApiTokenRow } from "@/lib/data/admin/api-tokens";
import type { DepartmentOption } from "@/lib/data/admin/form-options";
import { useI18n } from "@/lib/i18n/client";
import { formatDate, localizedName } from "@/lib/i18n/format";
import type { Result } from "@/lib/result";

type Created = { id: number; name: string; token: string };

/** Creates a token and shows its value once, with a copy button and a warning. */
export function TokenCreator({ action, regions, departments }: { action: FormAction<Created>; regions: RegionChoice[]; departments: DepartmentOption[] }) {
  const { t } = useI18n();
  const router = useRouter();
  const { state, isPending, onSubmit, errorsFor } = useActionForm(action);
  const [copied, setCopied] = useState(false);
  const created = state?.ok ? state.data : null;
  useEffect(() => {
    if (created) router.refresh();
  }, [created, router]);

  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="token-form">
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <TextField name="name" label={t("admin.tokens.name")} required errors={errorsFor("name")} hint={t("admin.tokens.nameHint")} autoComplete="off" />
          <AssignmentFields regions={regions} departments={departments} errorsFor={errorsFor} />
        </div>
        {state && !state.ok && <FormMessage tone="error">{describeFailure(t, state)}</FormMessage>}
        <SubmitButton isPending={isPending} label={t("admin.tokens.create")} pendingLabel={t("admin.saving")} />
      </form>
      {created && (
        <div className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-4" data-testid="new-token">
          <p className="font-semibold text-amber-900">{t("admin.tokens.createdTitle", { name: created.name })}</p>
          <p className="text-sm text-amber-900">{t("admin.tokens.showOnce")}</p>
          <div className="flex flex-wrap items-center gap-2">
            <code className="min-w-0 flex-1 break-all rounded bg-white px-2 py-1.5 font-mono text-sm" data-testid="token-value">
              {created.token}
            </code>
            <button
              type="button"
              className="rounded-md border border-amber-400 bg-white px-3 py-1.5 text-sm hover:bg-amber-100"
              onClick={async () => {
                await navigator.clipboard?.writeText(created.token).catch(() => undefined);
                setCopied(true);
              }}
            >
              {copied ? t("admin.tokens.copied") : t("admin.tokens.copy")}
            </button>
          </div>
          <p className="text-xs text-amber-800">{t("admin.tokens.usage")}</p>
        </div>
      )}
    </div>
  );
}

const helper = columnHelper<ApiTokenRow>();

export function TokensTable({ rows, revoke }: { rows: ApiTokenRow[]; revoke: (id: number) => Promise<Result<unknown>> }) {
  const { t, locale } = useI18n();
  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor("name", { header: t("admin.tokens.name"), cell: (c) => <span className="font-medium">{c.getValue()}</span> }),
        helper.accessor("prefix", { header: t("admin.tokens.prefix"), cell: (c) => <span className="font-mono text-xs">{c.getValue()}…</span> }),
        helper.accessor((r) => t(`roles.${r.role}`), { id: "role", header: t("admin.users.role") }),
        helper.accessor((r) => localizedName(locale, r.scopeRegion.name, r.scopeRegion.nameEn), { id: "scope", header: t("admin.users.scope") }),
        helper.accessor((r) => r.createdBy?.name ?? "—", { id: "createdBy", header: t("admin.tokens.createdBy") }),
        helper.accessor("createdAt", { header: t("admin.tokens.createdAt"), sortFn: "datetime", cell: (c) => formatDate(locale, c.getValue()) }),
        helper.accessor("lastUsedAt", { header: t("admin.tokens.lastUsed"), sortFn: "datetime", sortUndefined: "last", cell: (c) => formatDate(locale, c.getValue()) }),
        helper.accessor((r) => (r.revokedAt ? t("admin.tokens.revoked") : t("admin.tokens.valid")), {
          id: "state",
          header: t("admin.fields.status"),
          cell: (c) =>
            c.row.original.revokedAt ? (
              <span className="whitespace-nowrap text-xs text-slate-500">{t("admin.tokens.revokedOn", { date: formatDate(locale, c.row.original.revokedAt) })}</span>
            ) : (
              <RecordActions
                actions={[{ label: t("admin.tokens.revoke"), run: () => revoke(c.row.original.id), confirm: t("admin.tokens.confirmRevoke", { name: c.row.original.name }), tone: "danger", successMessage: t("admin.tokens.revokedDone"), testId: "revoke" }]}
              />
            ),
        }),
      ]),
    [t, locale, revoke],
  );
  return <DataTable data={rows} columns={columns} label={t("admin.sections.tokens")} getRowId={(r) => String(r.id)} emptyMessage={t("admin.tokens.empty")} testId="tokens-table" />;
}
