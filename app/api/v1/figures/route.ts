// PUT /api/v1/figures: saves one quarterly figure (session or API token) as a draft, or submits it
// with "submit": true. 200 saved figure · 400 field errors · 401 · 403 out of scope (audited) ·
// 409 version conflict (with the stored figure) · 423 closed period or approved figure.
import { NextResponse } from "next/server";
import { getRequestUser } from "@/lib/auth/request-user";
import { recordRefusedWrite, saveFigure, saveInputOf } from "@/lib/data/figures";
import type { FieldErrors } from "@/lib/result";
import { apiError, unauthorized, type ApiErrorCode } from "@/lib/http";
import { issueMessage, failureMessage } from "@/lib/i18n/issues";
import { translatorForRequest } from "@/lib/i18n/request-locale";
import type { Translate } from "@/lib/i18n/translate";
import { can } from "@/lib/permissions";
import { figurePutSchema, zodFieldErrors } from "@/lib/validations/figure";

export const dynamic = "force-dynamic";

const STATUS: Record<string, ApiErrorCode> = { INVALID: "BAD_REQUEST", FORBIDDEN: "FORBIDDEN", NOT_FOUND: "NOT_FOUND", CONFLICT: "CONFLICT", LOCKED: "LOCKED" };

function fieldBody(t: Translate, errors: FieldErrors) {
  const entries = Object.entries(errors).filter(([, list]) => list?.length);
  return {
    fieldErrors: Object.fromEntries(entries.map(([field, list]) => [field, (list ?? []).map((i) => issueMessage(t, i))])),
    fieldCodes: Object.fromEntries(entries.map(([field, list]) => [field, (list ?? []).map((i) => i.code)])),
  };
}

export async function PUT(request: Request) {
  const { t } = translatorForRequest(request);
  const body: unknown = await request.json().catch(() => undefined);
  const parsed = figurePutSchema.safeParse(body ?? {});
  if (!parsed.success) return apiError("BAD_REQUEST", t("entry.errors.invalid"), fieldBody(t, zodFieldErrors(parsed.error)));
  const user = await getRequestUser(request);
  if (!user) return unauthorized();
  const p = parsed.data;
  if (!can(user, "figure.enter")) {
    await recordRefusedWrite(user, `${p.indicator}|${p.region}|${p.period.year}Q${p.period.quarter}`, body, "cannotEnter");
    return apiError("FORBIDDEN", t("entry.errors.cannotEnter"));
  }

  const result = await saveFigure(user, saveInputOf(p));
  if (result.ok) {
    const { figure, indicatorCode, regionCode, reasons, targetStatus } = result.data;
    return NextResponse.json({ figure: { ...figure, indicator: indicatorCode, region: regionCode }, needsExplanation: reasons, targetStatus });
  }
  const extra = {
    reason: result.reason,
    ...(result.fieldErrors && fieldBody(t, result.fieldErrors)),
    ...("current" in result && { current: result.current ?? null }),
  };
  return apiError(STATUS[result.code] ?? "BAD_REQUEST", failureMessage(t, result), extra);
}
