"use client";
// The office's forms on cards: issue one by hand, confirm a proposed lifting, lift or withdraw with a reason.
import { SelectField, SubmitButton, TextAreaField, type Option } from "@/components/ui/form";
import { useActionForm } from "@/components/admin/use-action-form";
import { useI18n } from "@/lib/i18n/client";
import { closeCardAction, confirmLiftAction, issueCardAction } from "../actions";
import { FormOutcome } from "./form-outcome";

export function IssueCardForm({ regions }: { regions: Option[] }) {
  const { t } = useI18n();
  const { state, isPending, onSubmit, errorsFor } = useActionForm(issueCardAction);
  return (
    <form onSubmit={onSubmit} className="space-y-3" aria-label={t("warnings.issue.title")} data-testid="issue-card-form">
      <SelectField name="regionCode" label={t("warnings.issue.region")} options={regions} placeholder="" required errors={errorsFor("regionCode")} />
      <SelectField
        name="color"
        label={t("warnings.issue.color")}
        options={[
          { value: "YELLOW", label: t("warnings.color.YELLOW") },
          { value: "RED", label: t("warnings.color.RED") },
        ]}
        required
        errors={errorsFor("color")}
      />
      <TextAreaField name="reason" label={t("warnings.issue.reason")} rows={3} required errors={errorsFor("reason")} />
      <FormOutcome state={state} successKey="warnings.issue.done" />
      <SubmitButton isPending={isPending} label={t("warnings.issue.submit")} />
    </form>
  );
}

export function ConfirmLiftForm({ cardId, version, region }: { cardId: number; version: number; region: string }) {
  const { t } = useI18n();
  const { state, isPending, onSubmit } = useActionForm(confirmLiftAction);
  return (
    <form onSubmit={onSubmit} className="space-y-2">
      <input type="hidden" name="cardId" value={cardId} />
      <input type="hidden" name="version" value={version} />
      <FormOutcome state={state} successKey="warnings.decide.done" />
      <SubmitButton isPending={isPending} label={t("warnings.decide.confirm", { region })} />
    </form>
  );
}

/** Lift (销号) or withdraw (撤销) with a required reason: one reason field, a button for each. */
export function CloseCardForm({ cardId, version, region }: { cardId: number; version: number; region: string }) {
  const { t } = useI18n();
  const { state, isPending, onSubmit, errorsFor } = useActionForm(closeCardAction);
  return (
    <form onSubmit={onSubmit} className="space-y-2" aria-label={`${t("warnings.decide.lift")} / ${t("warnings.decide.withdraw")}`}>
      <input type="hidden" name="cardId" value={cardId} />
      <input type="hidden" name="version" value={version} />
      <TextAreaField
        name="reason"
        label={t("warnings.decide.reason")}
        hint={`${t("warnings.decide.liftHint")} ${t("warnings.decide.withdrawHint")}`}
        rows={2}
        required
        errors={errorsFor("reason")}
      />
      <FormOutcome state={state} successKey="warnings.decide.done" />
      <fieldset className="flex flex-wrap gap-4 text-sm">
        <legend className="sr-only">{t("warnings.decide.decision")}</legend>
        {(["lift", "withdraw"] as const).map((decision) => (
          <label key={decision} className="flex items-center gap-2">
            <input type="radio" name="decision" value={decision} defaultChecked={decision === "lift"} className="h-4 w-4" />
            {t(`warnings.decide.${decision}`)}
          </label>
        ))}
      </fieldset>
      <SubmitButton isPending={isPending} label={t("warnings.decide.submit", { region })} />
    </form>
  );
}
