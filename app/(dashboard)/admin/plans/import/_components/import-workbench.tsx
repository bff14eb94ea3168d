"use client";
// The policy-document import: source → review (plan, candidates next to the highlighted text) →
// accept. Accepting sends every ticked candidate at once; the server creates all or none.
import { useRouter } from "next/navigation";
import { useCallback, useMemo, useState, useTransition } from "react";
import { describeFailure } from "@/components/admin/failure-message";
import type { RegionChoice } from "@/components/admin/region-options";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form";
import type { DocumentAnalysis } from "@/lib/domain/plan-import/analyse";
import type { DepartmentOption, IndicatorOption, PlanOption } from "@/lib/data/admin/form-options";
import { buildPayload, candidateState, initialPlan, manualCandidate, routeErrors, type CandidateState, type FieldMessages, type PlanState } from "./review-state";
import { useI18n } from "@/lib/i18n/client";
import type { Result } from "@/lib/result";
import { CandidateCard } from "./candidate-card";
import { PlanCard } from "./plan-card";
import { SourceStep } from "./source-step";
import { SourceText } from "./source-text";

interface Props {
  indicators: IndicatorOption[];
  departments: DepartmentOption[];
  regions: RegionChoice[];
  plans: PlanOption[];
  initialPlanId: number | null;
  scopeRegionId: number;
  readFile: (formData: FormData) => Promise<Result<{ text: string; name: string }>>;
  analyse: (text: string) => Promise<Result<DocumentAnalysis & { text: string }>>;
  accept: (payload: unknown) => Promise<Result<{ planId: number; count: number }>>;
}

type Errors = { plan: FieldMessages; byCandidate: Record<string, FieldMessages>; other: string[] };
const NO_ERRORS: Errors = { plan: {}, byCandidate: {}, other: [] };

export function ImportWorkbench({ indicators, departments, regions, plans, initialPlanId, scopeRegionId, readFile, analyse, accept }: Props) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const [draft, setDraft] = useState("");
  const [text, setText] = useState<string | null>(null);
  const [plan, setPlan] = useState<PlanState | null>(null);
  const [candidates, setCandidates] = useState<CandidateState[]>([]);
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const [errors, setErrors] = useState<Errors>(NO_ERRORS);
  const [message, setMessage] = useState<string | null>(null);
  const [isExtracting, startExtracting] = useTransition();
  const [isAccepting, startAccepting] = useTransition();
  const [manualCount, setManualCount] = useState(0);

  const choices = useMemo(() => ({ indicators, indicatorsById: new Map(indicators.map((i) => [i.id, i])), departments, regions }), [indicators, departments, regions]);
  const defaultsFor = (p: PlanState | null) => {
    const existing = p?.mode === "existing" ? plans.find((x) => String(x.id) === p.planId) : undefined;
    const year = existing ? new Date(existing.deadline).getUTCFullYear() : p?.deadline ? Number(p.deadline.slice(0, 4)) : new Date().getFullYear();
    return { regionId: p?.issuingRegionId || String(scopeRegionId), year };
  };

  function extract() {
    setMessage(null);
    startExtracting(async () => {
      const result = await analyse(draft);
      if (!result.ok) {
        setMessage(result.fieldErrors?.text ? result.fieldErrors.text.map((issue) => t(issue.code, issue.params)).join(" ") : describeFailure(t, result));
        return;
      }
      const { text: clean, candidates: found, meta, regionId } = result.data;
      const existingPlan = initialPlanId !== null && plans.some((p) => p.id === initialPlanId) ? String(initialPlanId) : null;
      const nextPlan = initialPlan(meta, String(regionId ?? scopeRegionId), existingPlan);
      const defaults = defaultsFor(nextPlan);
      setText(clean);
      setPlan(nextPlan);
      setCandidates(found.map((c, i) => candidateState(c, `c${i}`, defaults)));
      setActiveKey(null);
      setErrors(NO_ERRORS);
    });
  }

  const updateCandidate = useCallback((key: string, patch: Partial<CandidateState>) => {
    setCandidates((all) => all.map((c) => (c.key === key ? { ...c, ...patch } : c)));
  }, []);

  /** Shows a candidate's sentence in the text; on narrow screens the text sits above the list. */
  const locate = useCallback((key: string) => {
    setActiveKey(key);
    const panel = document.getElementById("source-panel");
    if (panel && window.matchMedia("(max-width: 1023px)").matches) panel.scrollIntoView({ block: "start", behavior: "smooth" });
  }, []);

  function addSelection(start: number, end: number) {
    if (text === null) return;
    const key = `m${manualCount}`;
    setManualCount((n) => n + 1);
    const added = manualCandidate(text, start, end, key, indicators, defaultsFor(plan));
    setCandidates((all) => [...all, added].sort((a, b) => a.start - b.start));
    setActiveKey(key);
    setTimeout(() => document.getElementById(`card-${key}`)?.scrollIntoView({ block: "center" }), 50);
  }

  function acceptSelected() {
    if (text === null || plan === null) return;
    const { payload, keys } = buildPayload(text, plan, candidates);
    setMessage(null);
    startAccepting(async () => {
      const result = await accept(payload);
      if (result.ok) {
        router.push(`/admin/plans/${result.data.planId}?imported=${result.data.count}`);
        return;
      }
      const routed = routeErrors(result.fieldErrors ?? {}, keys);
      setErrors(routed);
      setMessage([describeFailure(t, result), ...routed.other.map((k) => t(k))].join(" "));
      const firstBad = keys.find((k) => routed.byCandidate[k]);
      if (firstBad) {
        setActiveKey(firstBad);
        document.getElementById(`card-${firstBad}`)?.scrollIntoView({ block: "center" });
      }
    });
  }

  if (text === null || plan === null) {
    return (
      <Card>
        <SourceStep text={draft} onTextChange={setDraft} readFile={readFile} onExtract={extract} isExtracting={isExtracting} error={message} />
      </Card>
    );
  }

  const acceptedCount = candidates.filter((c) => c.accepted).length;
  const areaNames = [...new Set(candidates.map((c) => c.area).filter(Boolean))];
  const count = (n: number) => new Intl.NumberFormat(locale).format(n);

  return (
    <div className="space-y-4">
      <Card title={t("admin.import.planTitle")}>
        <PlanCard plan={plan} onChange={(patch) => setPlan((p) => (p ? { ...p, ...patch } : p))} plans={plans} regions={regions} errors={errors.plan} />
      </Card>

      <div className="flex flex-wrap items-center gap-2 text-sm">
        <p className="font-medium" data-testid="candidate-count">
          {t("admin.import.found", { n: count(candidates.length), accepted: count(acceptedCount) })}
        </p>
        <button type="button" onClick={() => setCandidates((all) => all.map((c) => ({ ...c, accepted: true })))} className="rounded-md border border-slate-300 px-2.5 py-1 hover:bg-slate-100">
          {t("admin.import.acceptAll")}
        </button>
        <button type="button" onClick={() => setCandidates((all) => all.map((c) => ({ ...c, accepted: false })))} className="rounded-md border border-slate-300 px-2.5 py-1 hover:bg-slate-100" data-testid="accept-none">
          {t("admin.import.acceptNone")}
        </button>
        <button type="button" onClick={() => { setText(null); setPlan(null); setCandidates([]); setMessage(null); }} className="rounded-md border border-slate-300 px-2.5 py-1 hover:bg-slate-100">
          {t("admin.import.startOver")}
        </button>
      </div>

      <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div id="source-panel" className="order-first scroll-mt-4 lg:order-none lg:col-start-2 lg:row-start-1">
          <div className="lg:sticky lg:top-4">
            <SourceText text={text} highlights={candidates} activeKey={activeKey} onAddSelection={addSelection} />
          </div>
        </div>
        <div className="space-y-3 lg:col-start-1 lg:row-start-1">
          {candidates.length === 0 && <p className="rounded-md border border-slate-200 bg-white p-4 text-sm text-slate-600">{t("admin.import.noneFound")}</p>}
          <datalist id="import-areas">
            {areaNames.map((a) => (
              <option key={a} value={a} />
            ))}
          </datalist>
          {candidates.map((c, i) => (
            <div key={c.key} id={`card-${c.key}`} onFocusCapture={() => setActiveKey(c.key)}>
              <CandidateCard candidate={c} index={i} choices={choices} errors={errors.byCandidate[c.key]} isActive={c.key === activeKey} onChange={updateCandidate} onLocate={locate} />
            </div>
          ))}
        </div>
      </div>

      <div className="sticky bottom-0 z-10 -mx-4 space-y-2 border-t border-slate-200 bg-white/95 px-4 py-3 md:-mx-6 md:px-6">
        {message && <FormMessage tone="error">{message}</FormMessage>}
        <div className="flex flex-wrap items-center gap-3">
          <button
            type="button"
            onClick={acceptSelected}
            disabled={isAccepting || acceptedCount === 0}
            className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-900 disabled:opacity-60"
            data-testid="accept-selected"
          >
            {isAccepting ? t("admin.saving") : t("admin.import.acceptSelected", { n: count(acceptedCount) })}
          </button>
          <p className="text-xs text-slate-500">{t("admin.import.allOrNothing")}</p>
        </div>
      </div>
    </div>
  );
}
