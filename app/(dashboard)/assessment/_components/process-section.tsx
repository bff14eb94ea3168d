// The process part of a region's assessment page: the step reached, the explanation and comments,
// and the forms the user may use now (self-assessment and evidence for the assessed region's
// office, verification, return and checks for the assessing office, appeals and their decisions).
import { Card } from "@/components/ui/card";
import type { ProcessView } from "@/lib/data/assessment/process-view";
import type { AssessedRegionScore, AssessmentYear } from "@/lib/data/assessment/year";
import { schemeItems } from "@/lib/domain/assessment";
import type { Translate } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/locales";
import { formatDate } from "@/lib/i18n/format";
import { evidenceAction, selfAssessmentAction } from "../actions";
import { EvidenceForm } from "../_forms/evidence-form";
import { ScoreForm, type ScoreFormItem } from "../_forms/score-form";
import { points } from "./item-words";

interface Props {
  year: number;
  data: Omit<AssessmentYear, "regions">;
  row: AssessedRegionScore;
  regionName: string;
  view: ProcessView;
  t: Translate;
  locale: Locale;
}

export function ProcessSection({ year, data, row, regionName, view, t, locale }: Props) {
  const items = schemeItems(data.scheme.definition);
  const computed = new Map(row.score.items.map((i) => [i.code, i.computed]));
  const selfItems: ScoreFormItem[] = items.map((item) => {
    const given = view.items[item.code];
    const c = computed.get(item.code) ?? null;
    return {
      code: item.code,
      name: item.name,
      max: item.points,
      start: given?.selfPoints ?? c,
      reference: `${t("assessment.detail.computed")} ${points(locale, c)} / ${points(locale, item.points)}`,
      reason: given?.selfReason ?? null,
    };
  });
  return (
    <Card title={t("assessment.process.heading")}>
      <div className="space-y-3 text-sm" data-testid="process-section">
        <p data-testid="process-status">{t("assessment.process.status", { status: t(`assessment.resultStatus.${view.status ?? "NONE"}`) })}</p>
        {view.explanation && <p className="whitespace-pre-line text-slate-700" data-testid="process-explanation">{t("assessment.process.explanationShown", { text: view.explanation })}</p>}
        {view.returnComment && <p className="rounded-md bg-amber-50 px-3 py-2 text-amber-900" data-testid="process-return-comment">{t("assessment.process.returnComment", { text: view.returnComment })}</p>}
        {view.appealOpenUntil && <p className="text-slate-600">{t("assessment.process.appealOpen", { deadline: formatDate(locale, view.appealOpenUntil) })}</p>}
      </div>
      {view.can.selfAssess && (
        <div className="mt-4 space-y-6">
          <section aria-labelledby="self-heading">
            <h3 id="self-heading" className="mb-2 font-semibold">{t("assessment.process.selfHeading", { region: regionName })}</h3>
            <ScoreForm mode="self" year={year} region={row.code} regionName={regionName} items={selfItems} explanation={view.explanation} action={selfAssessmentAction} />
          </section>
          <section aria-labelledby="evidence-heading">
            <h3 id="evidence-heading" className="mb-2 font-semibold">{t("assessment.evidence.upload")}</h3>
            <EvidenceForm year={year} region={row.code} items={items.map((i) => ({ code: i.code, name: i.name }))} action={evidenceAction} />
          </section>
        </div>
      )}
    </Card>
  );
}
