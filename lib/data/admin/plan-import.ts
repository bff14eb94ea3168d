// Accepting a reviewed policy-document import (its analysis: document-analysis.ts): all targets or
// none, in one transaction, audited.
// Creates the plan (or extends one), task areas and new indicators as needed, and the targets with
// their source sentences; then computes their evaluations so dashboards show them at once.
import "server-only";
import type { DbTransaction } from "@/lib/db-client";
import type { SessionUser } from "@/lib/auth/session-user";
import type { ImportInput, ImportTargetInput } from "@/lib/validations/plan-import-input";
import { recordAudit } from "../audit";
import { recomputeEvaluations } from "../evaluation/recompute";
import { insertIndicator } from "./indicators";
import { ensureArea, findPlanForChange, insertPlan } from "./plans";
import { change } from "./run";
import { insertTarget } from "./targets";

async function planFor(tx: DbTransaction, user: SessionUser, input: ImportInput) {
  if (input.plan.mode === "new") {
    const { mode: _mode, ...fields } = input.plan;
    const created = await insertPlan(tx, user, { ...fields, sourceText: input.sourceText, stages: [] });
    return { id: created.id, sourceText: input.sourceText, isNew: true };
  }
  const plan = await findPlanForChange(tx, user, input.plan.planId);
  // Source sentences must be quoted from the plan's text: a further document is appended to it.
  if (!plan.sourceText.includes(input.sourceText)) {
    const sourceText = plan.sourceText ? `${plan.sourceText}\n\n${input.sourceText}` : input.sourceText;
    await tx.plan.update({ where: { id: plan.id }, data: { sourceText } });
    await recordAudit(tx, user, {
      action: "plan.appendText",
      entityType: "Plan",
      entityId: plan.id,
      before: { sourceTextLength: plan.sourceText.length },
      after: { sourceTextLength: sourceText.length },
    });
    return { id: plan.id, sourceText, isNew: false };
  }
  return { id: plan.id, sourceText: plan.sourceText, isNew: false };
}

async function freeIndicatorCode(tx: DbTransaction, planId: number, start: number) {
  for (let n = start; ; n += 1) {
    const code = `IMP_${planId}_${n}`;
    if (!(await tx.indicator.findUnique({ where: { code }, select: { id: true } }))) return { code, next: n + 1 };
  }
}

export async function acceptImport(user: SessionUser, input: ImportInput) {
  return change(user, "plan.manage", async (tx) => {
    const plan = await planFor(tx, user, input);
    const fullPlan = await findPlanForChange(tx, user, plan.id);
    // Two candidates naming the same new indicator share it.
    const created = new Map<string, number>();
    let nextCode = 1;
    const targetIds: number[] = [];

    for (const [i, t] of input.targets.entries()) {
      const prefix = `targets.${i}.`;
      const indicatorId = await indicatorFor(t);
      const areaId = t.area ? (await ensureArea(tx, user, plan.id, t.area)).id : null;
      const target = await insertTarget(tx, user, fullPlan, { ...t, indicatorId, areaId, sourceSentence: t.quote }, prefix);
      targetIds.push(target.id);
    }

    async function indicatorFor(t: ImportTargetInput): Promise<number> {
      if (t.indicator.mode === "existing") return t.indicator.indicatorId;
      const { mode: _mode, code, ...fields } = t.indicator;
      const key = `${fields.name}\u0000${fields.unit}`;
      const known = created.get(key);
      if (known !== undefined) return known;
      let finalCode = code;
      if (finalCode === null) {
        const free = await freeIndicatorCode(tx, plan.id, nextCode);
        finalCode = free.code;
        nextCode = free.next;
      }
      const field = `targets.${input.targets.indexOf(t)}.indicator.code`;
      const indicator = await insertIndicator(tx, user, { ...fields, code: finalCode, nameEn: null, definition: "" }, field);
      created.set(key, indicator.id);
      return indicator.id;
    }

    await recomputeEvaluations(tx, { ids: targetIds });
    await recordAudit(tx, user, {
      action: "plan.import",
      entityType: "Plan",
      entityId: plan.id,
      after: { planCreated: plan.isNew, targets: targetIds, indicatorsCreated: [...created.values()] },
    });
    return { planId: plan.id, targetIds, indicatorsCreated: created.size };
  });
}
