// One section of a region's assessment (a 一级 item, the bonus or the deduction items): each item
// with its rule in words, the inputs it was scored on, its points, computed and counted score.
import { ScrollBox } from "@/components/ui/scroll-box";
import type { ProcessView } from "@/lib/data/assessment/process-view";
import type { ItemScore, SchemeItem } from "@/lib/domain/assessment";
import { localizedName } from "@/lib/i18n/format";
import { explanationWords, points, ruleWords, type Words } from "./item-words";

interface Department {
  code: string;
  name: string;
  nameEn: string | null;
}

/** On a phone the rows read as cards: each number says what it is. */
function PhoneLabel({ text }: { text: string }) {
  return <span className="mr-1 font-normal text-slate-500 sm:hidden">{text}</span>;
}

interface Props {
  items: readonly SchemeItem[];
  scores: readonly ItemScore[];
  words: Words;
  departments: readonly Department[];
  testId: string;
  /** The name of the box the table scrolls in: its section's heading. */
  label: string;
  /** The self-assessed and verified scores, reasons and evidence, where the user may see them. */
  process?: Pick<ProcessView, "items" | "evidence"> | null;
}

export function ItemsTable({ items, scores, words, departments, testId, label, process }: Props) {
  const { t, locale } = words;
  const departmentName = (code: string | null) => {
    const department = departments.find((d) => d.code === code);
    return department ? localizedName(locale, department.name, department.nameEn) : code;
  };
  return (
    <ScrollBox label={label}>
      <table className="w-full border-collapse text-sm max-sm:block sm:min-w-[48rem]" data-testid={testId}>
        <thead className="whitespace-nowrap text-left text-xs text-slate-600 max-sm:sr-only">
          <tr>
            <th scope="col" className="w-1/3 px-2 py-2 font-medium">{t("assessment.detail.item")}</th>
            <th scope="col" className="px-2 py-2 font-medium">{t("assessment.detail.rule")} · {t("assessment.detail.inputs")}</th>
            <th scope="col" className="px-2 py-2 text-right font-medium">{t("assessment.detail.max")}</th>
            <th scope="col" className="px-2 py-2 text-right font-medium">{t("assessment.detail.computed")}</th>
            <th scope="col" className="px-2 py-2 text-right font-medium">{t("assessment.process.selfPoints")}</th>
            <th scope="col" className="px-2 py-2 text-right font-medium">{t("assessment.process.verifiedPoints")}</th>
            <th scope="col" className="px-2 py-2 text-right font-medium">{t("assessment.detail.points")}</th>
          </tr>
        </thead>
        <tbody className="max-sm:block">
          {items.map((item) => {
            const score = scores.find((s) => s.code === item.code);
            if (!score) return null;
            const given = process?.items[item.code];
            const files = process?.evidence.filter((e) => e.itemCode === item.code) ?? [];
            return (
              <tr key={item.code} className="border-t border-slate-100 align-top max-sm:block max-sm:py-2" data-testid={`item-${item.code}`}>
                <th scope="row" className="px-2 py-2 text-left font-normal max-sm:block max-sm:py-1">
                  <span className="font-medium">{item.name}</span>
                  {item.department && <span className="mt-1 block text-xs text-slate-500">{t("assessment.detail.department", { department: departmentName(item.department) ?? "" })}</span>}
                  {item.evidence && <span className="block text-xs text-slate-500">{t("assessment.detail.evidence", { evidence: item.evidence })}</span>}
                </th>
                <td className="px-2 py-2 max-sm:block max-sm:py-1">
                  <p className="text-slate-700">{ruleWords(words, item)}</p>
                  {explanationWords(words, item, score).map((line) => (
                    <p key={line} className="mt-1 text-slate-900" data-testid="item-inputs">{line}</p>
                  ))}
                  {given?.selfReason && <p className="mt-1 text-xs text-slate-600" data-testid="item-self-reason">{t("assessment.process.selfReason")}：{given.selfReason}</p>}
                  {given?.verifiedReason && <p className="mt-1 text-xs text-slate-600" data-testid="item-verified-reason">{t("assessment.process.verifiedReason")}：{given.verifiedReason}</p>}
                  {files.length > 0 && (
                    <ul className="mt-1 space-y-0.5 text-xs">
                      {files.map((file) => (
                        <li key={file.id} className="break-all">
                          <span aria-hidden="true">· </span><a href={`/api/v1/evidence/${file.id}`} className="text-sky-700 hover:underline" aria-label={t("assessment.evidence.download", { file: file.fileName })} data-testid="item-evidence">{file.fileName}</a>
                        </li>
                      ))}
                    </ul>
                  )}
                  {score.issues.map((issue) => (
                    <span key={issue} className="mt-1 mr-1 inline-block rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900">⚠ {t(`assessment.issues.${issue}`)}</span>
                  ))}
                </td>
                <td className="px-2 py-2 text-right tabular-nums max-sm:inline-block max-sm:py-1 max-sm:text-left">
                  <PhoneLabel text={t("assessment.detail.max")} />
                  {points(locale, item.points)}
                </td>
                <td className="px-2 py-2 text-right tabular-nums max-sm:inline-block max-sm:py-1 max-sm:text-left">
                  <PhoneLabel text={t("assessment.detail.computed")} />
                  {score.computed === null ? t("assessment.detail.notScored") : points(locale, score.computed)}
                </td>
                <td className="px-2 py-2 text-right tabular-nums max-sm:inline-block max-sm:py-1 max-sm:text-left" data-testid="item-self">
                  <PhoneLabel text={t("assessment.process.selfPoints")} />
                  {points(locale, given?.selfPoints ?? null)}
                </td>
                <td className="px-2 py-2 text-right tabular-nums max-sm:inline-block max-sm:py-1 max-sm:text-left" data-testid="item-verified">
                  <PhoneLabel text={t("assessment.process.verifiedPoints")} />
                  {points(locale, given?.verifiedPoints ?? null)}
                </td>
                <td className="px-2 py-2 text-right tabular-nums max-sm:inline-block max-sm:py-1 max-sm:text-left font-semibold">
                  <PhoneLabel text={t("assessment.detail.points")} />
                  <span data-testid="item-points">{points(locale, score.points)}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollBox>
  );
}
