// Error codes from validation and the data layer, as sentences in the user's language.
// Codes live under "entry.errors"; a note requirement names its reasons (off track, jump).
import type { Failure, FieldIssue } from "@/lib/result";
import type { Translate } from "./translate";

export function issueMessage(t: Translate, issue: FieldIssue): string {
  const params = { ...issue.params };
  if (typeof params.reasons === "string") {
    params.reasons = params.reasons
      .split(",")
      .filter(Boolean)
      .map((r) => t(`entry.reasons.${r}`))
      .join(t("entry.listSeparator"));
  }
  return t(`entry.errors.${issue.code}`, params);
}

export function issueMessages(t: Translate, issues: readonly FieldIssue[] | undefined): string {
  return (issues ?? []).map((i) => issueMessage(t, i)).join(t("entry.sentenceSeparator"));
}

/** The sentence for a failure of figure entry, review or import: its reason, else "invalid". */
export function failureMessage(t: Translate, failure: Pick<Failure, "reason" | "params">): string {
  return issueMessage(t, { code: failure.reason ?? "invalid", params: failure.params });
}
