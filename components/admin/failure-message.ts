// Turns a failure result into the sentence an official reads (what went wrong, and what to do).
import type { Translate } from "@/lib/i18n/translate";
import type { Failure } from "@/lib/result";

export function describeFailure(t: Translate, failure: Pick<Failure, "code" | "reason" | "params" | "fieldErrors">): string {
  if (failure.code === "IN_USE") {
    const { hint, ...counts } = failure.params ?? {};
    const list = Object.entries(counts)
      .map(([key, n]) => t(`admin.dependents.${key}`, { n }))
      .join(t("admin.listSeparator"));
    const advice = hint === "archive" ? t("admin.errors.inUseArchive") : hint === "deactivate" ? t("admin.errors.inUseDeactivate") : "";
    return `${t("admin.errors.IN_USE", { list })}${advice}`;
  }
  // A refusal with a reason says why (e.g. an indicator other regions use is the administrator's).
  if (failure.code === "FORBIDDEN" && failure.reason) return t(`admin.errors.forbidden.${failure.reason}`);
  return t(`admin.errors.${failure.code}`);
}
