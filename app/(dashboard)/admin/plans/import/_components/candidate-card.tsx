"use client";
// One extracted target under review: the source sentence, and every field the target will get.
import { memo } from "react";
import { regionOptions, type RegionChoice } from "@/components/admin/region-options";
import type { DepartmentOption, IndicatorOption } from "@/lib/data/admin/form-options";
import { NEW_INDICATOR, type CandidateState, type FieldMessages } from "./review-state";
import { useI18n } from "@/lib/i18n/client";
import { localizedName } from "@/lib/i18n/format";
import { COMPARATORS, DIRECTIONS, INDICATOR_KINDS, MEASURES } from "@/lib/validations/enums";
import { COMPARATOR_SYMBOL } from "@/lib/i18n/display";

const INPUT = "mt-1 block w-full min-w-0 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-base aria-[invalid=true]:border-red-500 sm:text-sm";
const LABEL = "block text-xs font-medium text-slate-600";

interface Choices {
  indicators: IndicatorOption[];
  indicatorsById: Map<number, IndicatorOption>;
  departments: DepartmentOption[];
  regions: RegionChoice[];
}

export const CandidateCard = memo(function CandidateCard({
  candidate: c,
  index,
  choices,
  errors,
  isActive,
  onChange,
  onLocate,
}: {
  candidate: CandidateState;
  index: number;
  choices: Choices;
  errors: FieldMessages | undefined;
  isActive: boolean;
  onChange: (key: string, patch: Partial<CandidateState>) => void;
  onLocate: (key: string) => void;
}) {
  const { t, locale } = useI18n();
  const set = (patch: Partial<CandidateState>) => onChange(c.key, patch);
  const id = (name: string) => `${c.key}-${name}`;
  const err = (name: string) => errors?.[name];
  const unit = c.indicatorChoice === NEW_INDICATOR ? c.newIndicator.unit : (choices.indicatorsById.get(Number(c.indicatorChoice))?.unit ?? c.unit);
  const suggested = c.suggestions.map((s) => ({ s, indicator: choices.indicatorsById.get(s.id) })).filter((x) => x.indicator !== undefined);
  const otherErrors = Object.entries(errors ?? {})
    .filter(([field]) => !["indicator", "regionId", "targetValue", "deadlineYear", "comparator", "area", "leadDepartmentId", "supportDepartmentIds", "measure"].includes(field))
    .flatMap(([, messages]) => messages);

  return (
    <article
      data-testid="candidate"
      aria-label={t("admin.import.candidateLabel", { n: index + 1 })}
      className={`rounded-lg border bg-white p-3 shadow-sm ${isActive ? "border-orange-400 ring-2 ring-orange-200" : errors ? "border-red-300" : "border-slate-200"} ${c.accepted ? "" : "opacity-60"}`}
    >
      <div className="flex flex-wrap items-center gap-2">
        <label className="flex items-center gap-2 text-sm font-medium">
          <input type="checkbox" checked={c.accepted} onChange={(e) => set({ accepted: e.target.checked })} className="h-4 w-4" data-testid="accept" />
          {t("admin.import.accept")} #{index + 1}
        </label>
        {c.aspirational && <span className="rounded bg-sky-100 px-1.5 py-0.5 text-xs text-sky-800">{t("admin.import.aspirational")}</span>}
        {c.scope && <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">{t("admin.import.scope", { scope: c.scope })}</span>}
        {c.valueMax !== null && <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">{t("admin.import.range", { min: c.value, max: c.valueMax })}</span>}
        <button type="button" onClick={() => onLocate(c.key)} className="ml-auto text-xs text-brand-700 hover:underline">
          {t("admin.import.locate")}
        </button>
      </div>
      <blockquote className="mt-2 cursor-pointer rounded-md bg-yellow-50 px-2 py-1.5 text-sm leading-6 text-slate-800" onClick={() => onLocate(c.key)} data-testid="candidate-quote">
        {c.quote}
      </blockquote>

      {c.accepted && (
        <div className="mt-3 grid grid-cols-2 gap-2 sm:grid-cols-4">
          <div className="col-span-2 sm:col-span-4">
            <label htmlFor={id("indicator")} className={LABEL}>
              {t("admin.fields.indicator")} <span className="font-normal text-slate-500">{t("admin.import.phrase", { phrase: c.indicatorPhrase })}</span>
            </label>
            <select id={id("indicator")} value={c.indicatorChoice} onChange={(e) => set({ indicatorChoice: e.target.value })} aria-invalid={Boolean(err("indicator"))} className={INPUT} data-testid="indicator-select">
              <option value="">{t("admin.choose")}</option>
              <option value={NEW_INDICATOR}>{t("admin.import.newIndicator")}</option>
              {suggested.length > 0 && (
                <optgroup label={t("admin.import.suggested")}>
                  {suggested.map(({ s, indicator }) => (
                    <option key={`s${s.id}`} value={String(s.id)}>
                      {`${t("admin.withDetail", { name: localizedName(locale, indicator!.name, indicator!.nameEn), detail: indicator!.unit })} · ${Math.round(s.score * 100)}%`}
                    </option>
                  ))}
                </optgroup>
              )}
              <optgroup label={t("admin.import.allIndicators")}>
                {choices.indicators.map((i) => (
                  <option key={i.id} value={String(i.id)}>{t("admin.withDetail", { name: localizedName(locale, i.name, i.nameEn), detail: i.unit })}</option>
                ))}
              </optgroup>
            </select>
          </div>

          {c.indicatorChoice === NEW_INDICATOR && (
            <div className="col-span-2 grid grid-cols-2 gap-2 rounded-md border border-dashed border-slate-300 p-2 sm:col-span-4 sm:grid-cols-4">
              <label className="col-span-2">
                <span className={LABEL}>{t("admin.import.newIndicatorName")}</span>
                <input value={c.newIndicator.name} onChange={(e) => set({ newIndicator: { ...c.newIndicator, name: e.target.value } })} className={INPUT} />
              </label>
              <label>
                <span className={LABEL}>{t("admin.indicators.unit")}</span>
                <input value={c.newIndicator.unit} onChange={(e) => set({ newIndicator: { ...c.newIndicator, unit: e.target.value } })} className={INPUT} />
              </label>
              <label>
                <span className={LABEL}>{t("admin.indicators.kind")}</span>
                <select value={c.newIndicator.kind} onChange={(e) => set({ newIndicator: { ...c.newIndicator, kind: e.target.value } })} className={INPUT}>
                  {INDICATOR_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(`admin.kinds.${k}`)}
                    </option>
                  ))}
                </select>
              </label>
              <label className="col-span-2">
                <span className={LABEL}>{t("admin.indicators.direction")}</span>
                <select value={c.newIndicator.direction} onChange={(e) => set({ newIndicator: { ...c.newIndicator, direction: e.target.value } })} className={INPUT}>
                  {DIRECTIONS.map((d) => (
                    <option key={d} value={d}>
                      {t(`admin.directions.${d}`)}
                    </option>
                  ))}
                </select>
              </label>
            </div>
          )}
          {err("indicator") && <p className="col-span-2 text-sm text-red-600 sm:col-span-4">{err("indicator")!.map((m) => t(m)).join(" ")}</p>}

          <label>
            <span className={LABEL}>{t("admin.targets.comparator")}</span>
            <select value={c.comparator} onChange={(e) => set({ comparator: e.target.value })} className={INPUT}>
              {COMPARATORS.map((k) => (
                <option key={k} value={k}>
                  {`${COMPARATOR_SYMBOL[k]} ${t(`admin.comparators.${k}`)}`}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span className={LABEL}>
              {unit ? t("admin.withDetail", { name: t("admin.targets.targetValue"), detail: unit }) : t("admin.targets.targetValue")}
            </span>
            <input value={c.value} inputMode="decimal" onChange={(e) => set({ value: e.target.value })} aria-invalid={Boolean(err("targetValue"))} className={INPUT} data-testid="value" />
          </label>
          <label>
            <span className={LABEL}>{t("admin.targets.deadlineYear")}</span>
            <input value={c.deadlineYear} inputMode="numeric" onChange={(e) => set({ deadlineYear: e.target.value })} aria-invalid={Boolean(err("deadlineYear"))} className={INPUT} />
            {!c.yearFromText && <span className="text-xs text-amber-700">{t("admin.import.yearAssumed")}</span>}
          </label>
          <label>
            <span className={LABEL}>{t("admin.targets.measure")}</span>
            <select value={c.measure} onChange={(e) => set({ measure: e.target.value })} className={INPUT}>
              {MEASURES.map((m) => (
                <option key={m} value={m}>
                  {t(`admin.measures.${m}`)}
                </option>
              ))}
            </select>
          </label>
          {["targetValue", "deadlineYear", "comparator", "measure"].flatMap((f) => err(f) ?? []).length > 0 && (
            <p className="col-span-2 text-sm text-red-600 sm:col-span-4">
              {["targetValue", "deadlineYear", "comparator", "measure"]
                .flatMap((f) => err(f) ?? [])
                .map((m) => t(m))
                .join(" ")}
            </p>
          )}
          <label className="col-span-2 flex items-center gap-2 text-sm sm:col-span-4">
            <input type="checkbox" checked={c.isMaintain} onChange={(e) => set({ isMaintain: e.target.checked })} className="h-4 w-4" />
            {t("admin.targets.isMaintain")}
          </label>

          <label className="col-span-2">
            <span className={LABEL}>{t("admin.fields.region")}</span>
            <select value={c.regionId} onChange={(e) => set({ regionId: e.target.value })} aria-invalid={Boolean(err("regionId"))} className={INPUT} data-testid="region-select">
              <option value="">{t("admin.choose")}</option>
              {regionOptions(locale, choices.regions).map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
            {err("regionId") && <span className="text-sm text-red-600">{err("regionId")!.map((m) => t(m)).join(" ")}</span>}
          </label>
          <label className="col-span-2">
            <span className={LABEL}>{t("admin.fields.area")}</span>
            <input value={c.area} list="import-areas" onChange={(e) => set({ area: e.target.value })} aria-invalid={Boolean(err("area"))} className={INPUT} />
            {err("area") && <span className="text-sm text-red-600">{err("area")!.map((m) => t(m)).join(" ")}</span>}
          </label>

          <label className="col-span-2">
            <span className={LABEL}>{t("admin.targets.lead")}</span>
            <select value={c.leadDepartmentId} onChange={(e) => set({ leadDepartmentId: e.target.value })} className={INPUT}>
              <option value="">{t("admin.none")}</option>
              {choices.departments.map((d) => (
                <option key={d.id} value={String(d.id)}>
                  {d.name}
                </option>
              ))}
            </select>
          </label>
          <details className="col-span-2 text-sm">
            <summary className="mt-4 cursor-pointer text-slate-700">
              {t("admin.import.supportSummary", {
                list:
                  c.supportDepartmentIds.length === 0
                    ? t("admin.none")
                    : c.supportDepartmentIds.map((sid) => choices.departments.find((d) => d.id === sid)?.shortName ?? sid).join(t("admin.listSeparator")),
              })}
            </summary>
            <div className="mt-1 grid max-h-40 grid-cols-2 gap-1 overflow-y-auto rounded-md border border-slate-200 p-2">
              {choices.departments.map((d) => (
                <label key={d.id} className="flex items-center gap-1.5">
                  <input
                    type="checkbox"
                    checked={c.supportDepartmentIds.includes(d.id)}
                    onChange={(e) => set({ supportDepartmentIds: e.target.checked ? [...c.supportDepartmentIds, d.id] : c.supportDepartmentIds.filter((x) => x !== d.id) })}
                  />
                  {d.shortName}
                </label>
              ))}
            </div>
          </details>
          {(c.leadNames.length > 0 || c.supportNames.length > 0) && (
            <p className="col-span-2 text-xs text-slate-500 sm:col-span-4">
              {t("admin.import.documentDepartments", { lead: c.leadNames.join(t("admin.listSeparator")) || "—", support: c.supportNames.join(t("admin.listSeparator")) || "—" })}
              {c.unmatchedDepartments.length > 0 && <span className="text-amber-700"> {t("admin.import.unmatched", { names: c.unmatchedDepartments.join(t("admin.listSeparator")) })}</span>}
            </p>
          )}
          {otherErrors.length > 0 && <p className="col-span-2 text-sm text-red-600 sm:col-span-4">{otherErrors.map((m) => t(m)).join(" ")}</p>}
        </div>
      )}
    </article>
  );
});
