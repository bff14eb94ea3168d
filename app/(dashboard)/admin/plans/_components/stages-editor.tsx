"use client";
// The plan's stages (启动阶段, 实施阶段 …) as editable rows, submitted as one JSON field.
import { useState } from "react";
import { dateValue } from "@/components/admin/date-value";
import { useI18n } from "@/lib/i18n/client";

export interface StageValue {
  name: string;
  startDate: string;
  endDate: string;
}

export function StagesEditor({ initial, errorsFor }: { initial: { name: string; startDate: Date; endDate: Date }[]; errorsFor: (name: string) => string[] | undefined }) {
  const { t } = useI18n();
  const [stages, setStages] = useState<StageValue[]>(initial.map((s) => ({ name: s.name, startDate: dateValue(s.startDate), endDate: dateValue(s.endDate) })));
  const update = (i: number, patch: Partial<StageValue>) => setStages((all) => all.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const input = "mt-1 block w-full min-w-0 rounded-md border border-slate-300 px-2 py-1.5 text-sm";

  return (
    <fieldset className="space-y-2 text-sm sm:col-span-2">
      <legend className="font-medium text-slate-700">{t("admin.plans.stages")}</legend>
      <input type="hidden" name="stages" value={JSON.stringify(stages)} />
      {stages.length === 0 && <p className="text-slate-500">{t("admin.plans.noStages")}</p>}
      {stages.map((stage, i) => {
        const errors = ["name", "startDate", "endDate"].flatMap((f) => errorsFor(`stages.${i}.${f}`) ?? []);
        return (
          <div key={i} className="rounded-md border border-slate-200 p-2">
            <div className="grid grid-cols-1 gap-2 sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-end">
              <label>
                <span className="text-slate-600">{t("admin.plans.stageName")}</span>
                <input className={input} value={stage.name} onChange={(e) => update(i, { name: e.target.value })} />
              </label>
              <label>
                <span className="text-slate-600">{t("admin.plans.stageStart")}</span>
                <input type="date" className={input} value={stage.startDate} onChange={(e) => update(i, { startDate: e.target.value })} />
              </label>
              <label>
                <span className="text-slate-600">{t("admin.plans.stageEnd")}</span>
                <input type="date" className={input} value={stage.endDate} onChange={(e) => update(i, { endDate: e.target.value })} />
              </label>
              <button type="button" onClick={() => setStages((all) => all.filter((_, j) => j !== i))} className="rounded-md border border-slate-300 px-2 py-1.5 text-slate-700 hover:bg-slate-100">
                {t("admin.remove")}
              </button>
            </div>
            {errors.length > 0 && <p className="mt-1 text-red-600">{[...new Set(errors)].map((e) => t(e)).join(" ")}</p>}
          </div>
        );
      })}
      <button type="button" onClick={() => setStages((all) => [...all, { name: "", startDate: "", endDate: "" }])} className="rounded-md border border-slate-300 px-3 py-1.5 text-slate-700 hover:bg-slate-100">
        {t("admin.plans.addStage")}
      </button>
    </fieldset>
  );
}
