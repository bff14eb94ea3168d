"use client";
// The plan's task areas: rename, reorder (sort number), delete when unused, add.
import { useRouter } from "next/navigation";
import { describeFailure } from "@/components/admin/failure-message";
import { RecordActions } from "@/components/admin/record-actions";
import { useActionForm, type FormAction } from "@/components/admin/use-action-form";
import { useI18n } from "@/lib/i18n/client";
import type { Result } from "@/lib/result";

interface AreaValue {
  id: number;
  name: string;
  nameEn: string | null;
  sortOrder: number;
  targetCount: number;
}

type SaveArea = (planId: number, areaId: number | null, previous: Result<{ id: number }> | null, formData: FormData) => Promise<Result<{ id: number }>>;
type DeleteArea = (planId: number, areaId: number) => Promise<Result<unknown>>;

const INPUT = "block w-full min-w-0 rounded-md border border-slate-300 px-2 py-1.5 text-sm aria-[invalid=true]:border-red-500";

function AreaRow({ area, save, remove }: { area: AreaValue | null; save: FormAction<{ id: number }>; remove?: () => Promise<Result<unknown>> }) {
  const { t } = useI18n();
  const router = useRouter();
  const { state, isPending, onSubmit, errorsFor } = useActionForm(async (previous: Result<{ id: number }> | null, formData: FormData) => {
    const result = await save(previous, formData);
    if (result.ok) router.refresh();
    return result;
  });
  const nameErrors = errorsFor("name");
  return (
    <li className="rounded-md border border-slate-200 p-2">
      <form onSubmit={onSubmit} noValidate className="grid grid-cols-1 gap-2 sm:grid-cols-[2fr_2fr_5rem_auto] sm:items-center">
        <input name="name" aria-label={t("admin.fields.name")} placeholder={t("admin.fields.name")} defaultValue={area?.name ?? ""} aria-invalid={Boolean(nameErrors)} className={INPUT} />
        <input name="nameEn" aria-label={t("admin.fields.nameEn")} placeholder={t("admin.fields.nameEn")} defaultValue={area?.nameEn ?? ""} className={INPUT} />
        <input name="sortOrder" type="number" min={0} aria-label={t("admin.fields.sortOrder")} defaultValue={area?.sortOrder ?? 0} className={INPUT} />
        <button type="submit" disabled={isPending} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100 disabled:opacity-50">
          {area ? t("admin.save") : t("admin.plans.addArea")}
        </button>
      </form>
      {state && !state.ok && <p className="mt-1 text-sm text-red-600">{nameErrors ? nameErrors.map((e) => t(e)).join(" ") : describeFailure(t, state)}</p>}
      {area && (
        <div className="mt-1 flex flex-wrap items-center gap-3 text-xs text-slate-500">
          <span>{t("admin.plans.areaTargets", { n: area.targetCount })}</span>
          {remove && area.targetCount === 0 && <RecordActions actions={[{ label: t("admin.delete"), run: remove, tone: "danger", successMessage: t("admin.deleted") }]} />}
        </div>
      )}
    </li>
  );
}

export function AreasEditor({ planId, areas, saveArea, deleteArea }: { planId: number; areas: AreaValue[]; saveArea: SaveArea; deleteArea: DeleteArea }) {
  return (
    <ul className="space-y-2">
      {areas.map((area) => (
        <AreaRow key={area.id} area={area} save={(previous, formData) => saveArea(planId, area.id, previous, formData)} remove={() => deleteArea(planId, area.id)} />
      ))}
      <AreaRow key={`new-${areas.length}`} area={null} save={(previous, formData) => saveArea(planId, null, previous, formData)} />
    </ul>
  );
}
