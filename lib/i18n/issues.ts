// Error codes from validation and the data layer, as sentences in the user's language.
// Codes live under "entry.errors"; a note requirement names its reasons (off track, jump).
import type { FieldIssue } from "@/lib/domain";
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

export function reasonMessage(t: Translate, reason: string, params?: Record<string, string | number>): string {
  return issueMessage(t, { code: reason, params });
}
