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
import { appealAction, checkAction, decideAction, evidenceAction, returnAction, selfAssessmentAction, verifyAction } from "../actions";
import { EvidenceForm } from "../_forms/evidence-form";
import { FieldsForm } from "../_forms/fields-form";
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
  const verifyItems: ScoreFormItem[] = items.map((item) => {
    const given = view.items[item.code];
    const c = computed.get(item.code) ?? null;
    return {
      code: item.code,
      name: item.name,
      max: item.points,
      start: given?.verifiedPoints ?? given?.selfPoints ?? c,
      reference: `${t("assessment.process.selfPoints")} ${points(locale, given?.selfPoints ?? null)} · ${t("assessment.detail.computed")} ${points(locale, c)} / ${points(locale, item.points)}`,
      reason: given?.verifiedReason ?? null,
    };
  });
  const itemName = (code: string | null) => (code ? (items.find((i) => i.code === code)?.name ?? code) : t("assessment.process.checkAll"));
  const ref = { year, region: row.code };
  const assessingOpen = view.role === "ASSESSING" && !view.published;
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
      {view.can.verify && (
        <div className="mt-4 space-y-6">
          <section aria-labelledby="verify-heading">
            <h3 id="verify-heading" className="mb-2 font-semibold">{t("assessment.process.verifyHeading", { region: regionName })}</h3>
            <ScoreForm mode="verify" year={year} region={row.code} regionName={regionName} items={verifyItems} action={verifyAction} />
          </section>
          <section aria-labelledby="return-heading">
            <h3 id="return-heading" className="mb-2 font-semibold">{t("assessment.process.returnHeading")}</h3>
            <FieldsForm
              id="return-form"
              hidden={ref}
              fields={[{ name: "comment", label: t("assessment.process.comment"), kind: "textarea" }]}
              submitLabel={`${t("assessment.process.return")} · ${regionName}`}
              success={t("assessment.process.returned")}
              action={returnAction}
            />
          </section>
        </div>
      )}
      <section aria-labelledby="checks-heading" className="mt-6">
        <h3 id="checks-heading" className="mb-2 font-semibold">{t("assessment.process.checksHeading")}</h3>
        {view.checks.length === 0 ? (
          <p className="text-sm text-slate-500">{t("assessment.process.noChecks")}</p>
        ) : (
          <ul className="space-y-1 text-sm" data-testid="checks">
            {view.checks.map((c) => (
              <li key={c.id} className="break-words">{t("assessment.process.checkLine", { date: c.checkedOn, item: itemName(c.itemCode), by: c.checkedBy ?? "—", findings: c.findings })}</li>
            ))}
          </ul>
        )}
        {assessingOpen && (
          <div className="mt-3">
            <FieldsForm
              id="check-form"
              hidden={ref}
              fields={[
                { name: "itemCode", label: t("assessment.process.checkItem"), kind: "select", options: [{ value: "", label: t("assessment.process.checkAll") }, ...items.map((i) => ({ value: i.code, label: i.name }))] },
                { name: "checkedOn", label: t("assessment.process.checkedOn"), kind: "date" },
                { name: "findings", label: t("assessment.process.findings"), kind: "textarea" },
              ]}
              submitLabel={t("assessment.process.recordCheck")}
              success={t("assessment.process.checkRecorded")}
              action={checkAction}
            />
          </div>
        )}
      </section>
      <section aria-labelledby="appeals-heading" className="mt-6">
        <h3 id="appeals-heading" className="mb-2 font-semibold">{t("assessment.process.appealsHeading")}</h3>
        {view.appeals.length === 0 ? (
          <p className="text-sm text-slate-500">{t("assessment.process.noAppeals")}</p>
        ) : (
          <ul className="space-y-3 text-sm" data-testid="appeals">
            {view.appeals.map((a) => (
              <li key={a.id} className="rounded-md border border-slate-200 p-3" data-testid={`appeal-${a.id}`}>
                <p className="break-words">{t("assessment.process.appealLine", { item: itemName(a.itemCode), reason: a.reason, status: t(`assessment.process.appealStatus.${a.status}`) })}</p>
                {a.requestedPoints !== null && <p className="text-slate-600">{t("assessment.process.requestedPoints")}：{points(locale, a.requestedPoints)}</p>}
                {view.evidence
                  .filter((e) => e.appealId === a.id)
                  .map((e) => (
                    <p key={e.id} className="break-all"><span aria-hidden="true">· </span><a href={`/api/v1/evidence/${e.id}`} className="text-sky-700 hover:underline">{e.fileName}</a></p>
                  ))}
                {a.decision && <p className="text-slate-700">{t("assessment.process.decisionLine", { decision: a.decision })}</p>}
                {a.correctedInVersion !== null && <p className="text-slate-700">{t("assessment.process.correctedIn", { version: a.correctedInVersion })}</p>}
                {view.can.decide && a.status === "PENDING" && (
                  <div className="mt-2">
                    <FieldsForm
                      id={`decide-form-${a.id}`}
                      hidden={{ ...ref, appealId: a.id }}
                      fields={[
                        { name: "decision", label: t("assessment.process.decision"), kind: "select", options: (["UPHELD", "REJECTED"] as const).map((d) => ({ value: d, label: t(`assessment.process.appealStatus.${d}`) })) },
                        { name: "points", label: t("assessment.process.correctedPoints"), kind: "number", defaultValue: a.requestedPoints === null ? "" : String(a.requestedPoints) },
                        { name: "reason", label: t("assessment.process.decisionReason"), kind: "textarea" },
                      ]}
                      submitLabel={t("assessment.process.decideFor", { item: itemName(a.itemCode) })}
                      success={t("assessment.process.decided")}
                      action={decideAction}
                    />
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
        {view.can.appeal && (
          <div className="mt-3">
            <FieldsForm
              id="appeal-form"
              hidden={ref}
              fields={[
                { name: "itemCode", label: t("assessment.process.appealItem"), kind: "select", options: items.map((i) => ({ value: i.code, label: i.name })) },
                { name: "requestedPoints", label: t("assessment.process.requestedPoints"), kind: "number" },
                { name: "reason", label: t("assessment.process.appealReason"), kind: "textarea" },
                { name: "file", label: t("assessment.process.appealEvidence"), kind: "file", hint: t("assessment.evidence.fileHint") },
              ]}
              submitLabel={t("assessment.process.fileAppeal")}
              success={t("assessment.process.appealFiled")}
              action={appealAction}
            />
          </div>
        )}
      </section>
    </Card>
  );
}
