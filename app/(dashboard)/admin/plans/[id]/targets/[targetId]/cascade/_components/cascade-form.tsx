"use client";
// The cascade table: a proposed value per child region under the chosen basis, editable per child,
// with the sum (counts) or the check against the parent (rates) shown live, and a warning when the
// children's targets do not add back up to the parent's.
import { useMemo, useState, useTransition } from "react";
import { describeFailure } from "@/components/admin/failure-message";
import { BUTTON_PRIMARY } from "@/components/admin/page-header";
import { StatusBadge } from "@/components/status/status-badge";
import { ScrollBox } from "@/components/ui/scroll-box";
import { checkSplit, proposeSplit, type CascadeBasis } from "@/lib/domain";
import type { Cascade } from "@/lib/data/cascade/read";
import { useI18n } from "@/lib/i18n/client";
import { formatNumber, localizedName } from "@/lib/i18n/format";
import { formatTarget } from "@/lib/i18n/display";
import type { Result } from "@/lib/result";
import type { CascadeInput } from "@/lib/validations/cascade";

type Accept = (input: CascadeInput) => Promise<Result<{ created: number; updated: number; kept: number }>>;
const BASES: CascadeBasis[] = ["EQUAL", "BASELINE", "SHARE"];
const INPUT = "w-28 rounded-md border border-slate-300 px-2 py-1 text-right tabular-nums";

export function CascadeForm({ cascade, accept }: { cascade: Cascade; accept: Accept }) {
  const { t, locale } = useI18n();
  const { parent, children } = cascade;
  const { kind, unit, decimals } = parent.indicator;
  const isRate = kind === "RATE";
  const [basis, setBasis] = useState<CascadeBasis>("EQUAL");
  const [shares, setShares] = useState<string[]>(children.map(() => ""));
  const [edits, setEdits] = useState<(string | null)[]>(children.map(() => null));
  const [overwrite, setOverwrite] = useState<boolean[]>(children.map(() => false));
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  const proposed = useMemo(
    () => proposeSplit(kind, parent.targetValue, basis, children.map((c, i) => ({ regionCode: c.region.code, baseline: c.baseline, share: Number(shares[i]) || null }))),
    [kind, parent.targetValue, basis, children, shares],
  );
  const isKept = (i: number) => Boolean(children[i]?.target?.isEditedByHand && !children[i]?.target?.isArchived && !overwrite[i]);
  const values = children.map((c, i) => (isKept(i) ? (c.target?.targetValue ?? 0) : Number(edits[i] ?? proposed[i]?.targetValue ?? 0)));
  const check = checkSplit(kind, parent, children.map((c, i) => ({ regionCode: c.region.code, targetValue: values[i] ?? 0 })));
  const shortNames = check.shortChildren.map((code) => children.find((c) => c.region.code === code)).map((c) => (c ? localizedName(locale, c.region.name, c.region.nameEn) : ""));

  const changeBasis = (next: CascadeBasis) => {
    setBasis(next);
    setEdits(children.map(() => null));
  };
  const submit = () =>
    startTransition(async () => {
      const rows = children.map((c, i) => ({ regionId: c.region.id, value: values[i] ?? 0, version: c.target?.version ?? null, overwrite: overwrite[i] ?? false }));
      const result = await accept({ parentVersion: parent.version, rows });
      setMessage(result.ok ? { ok: true, text: t("cascade.saved", result.data) } : { ok: false, text: describeFailure(t, result) });
    });

  return (
    <div className="space-y-4">
      <fieldset className="flex flex-wrap gap-4 text-sm" disabled={isRate}>
        <legend className="mb-1 font-medium text-slate-700">{t(isRate ? "cascade.basisRate" : "cascade.basis")}</legend>
        {!isRate &&
          BASES.map((b) => (
            <label key={b} className="flex items-center gap-1">
              <input type="radio" name="basis" value={b} checked={basis === b} onChange={() => changeBasis(b)} />
              {t(`cascade.bases.${b}`)}
            </label>
          ))}
      </fieldset>
      <ScrollBox label={t("cascade.title")}>
        <table className="w-full text-left text-sm" data-testid="cascade-table">
          <thead className="border-b border-slate-200 text-slate-600">
            <tr>
              <th className="py-2 pr-3 font-medium">{t("cascade.child")}</th>
              <th className="py-2 pr-3 text-right font-medium">{t("cascade.baseline")}</th>
              {basis === "SHARE" && !isRate && <th className="py-2 pr-3 font-medium">{t("cascade.share")}</th>}
              <th className="py-2 pr-3 font-medium">{t("cascade.value", { unit })}</th>
              <th className="py-2 pr-3 font-medium">{t("cascade.current")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {children.map((c, i) => {
              const name = localizedName(locale, c.region.name, c.region.nameEn);
              return (
                <tr key={c.region.id} data-region={c.region.code}>
                  <td className="py-2 pr-3 font-medium">{name}</td>
                  <td className="py-2 pr-3 text-right tabular-nums">{c.baseline === null ? "—" : formatNumber(locale, c.baseline, decimals)}</td>
                  {basis === "SHARE" && !isRate && (
                    <td className="py-2 pr-3">
                      <input aria-label={t("cascade.shareOf", { region: name })} className={INPUT} inputMode="decimal" value={shares[i] ?? ""} onChange={(e) => { setShares(shares.map((s, j) => (j === i ? e.target.value : s))); setEdits(children.map(() => null)); }} />
                    </td>
                  )}
                  <td className="py-2 pr-3">
                    <input aria-label={t("cascade.valueOf", { region: name })} className={INPUT} inputMode="decimal" disabled={isKept(i)} value={isKept(i) ? String(values[i]) : (edits[i] ?? String(proposed[i]?.targetValue ?? ""))} onChange={(e) => setEdits(edits.map((v, j) => (j === i ? e.target.value : v)))} />
                  </td>
                  <td className="py-2 pr-3 text-sm">
                    {c.target ? (
                      <span className="flex flex-wrap items-center gap-2">
                        {formatTarget(locale, { comparator: parent.comparator, targetValue: c.target.targetValue }, parent.indicator)}
                        {c.target.status && <StatusBadge status={c.target.status} label={t(`status.${c.target.status}`)} />}
                        {c.target.isEditedByHand && !c.target.isArchived && (
                          <label className="flex items-center gap-1 text-amber-800">
                            <input type="checkbox" checked={overwrite[i] ?? false} onChange={(e) => setOverwrite(overwrite.map((o, j) => (j === i ? e.target.checked : o)))} />
                            {t("cascade.overwrite", { region: name })}
                          </label>
                        )}
                      </span>
                    ) : (
                      <span className="text-slate-500">{t("cascade.none")}</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollBox>
      <p className="text-sm" data-testid="cascade-check">
        {check.combined !== null
          ? t("cascade.combined", { combined: formatNumber(locale, check.combined, decimals), unit, parent: formatTarget(locale, parent, parent.indicator) })
          : t("cascade.inherited", { parent: formatTarget(locale, parent, parent.indicator) })}
      </p>
      {!check.meetsParent && (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="cascade-warning">
          {isRate ? t("cascade.warningRate", { regions: shortNames.join(t("admin.listSeparator")) }) : t("cascade.warningSum", { gap: formatNumber(locale, check.gap ?? 0, decimals), unit })}
        </p>
      )}
      <button type="button" className={BUTTON_PRIMARY} onClick={submit} disabled={pending} data-testid="cascade-accept">
        {t("cascade.accept")}
      </button>
      {message && (
        <p role="status" className={`text-sm ${message.ok ? "text-green-800" : "text-red-700"}`} data-testid="cascade-message">
          {message.text}
        </p>
      )}
    </div>
  );
}
