// The one failure-code → HTTP status table, and the error answer every route gives.
import { describe, expect, it } from "vitest";
import { API_ERROR_OF, apiErrorSchema, failureResponse, HTTP_STATUS } from "@/lib/http/errors";
import { createTranslator, messagesFor } from "@/lib/i18n/translate";
import { failure, type FailureCode } from "@/lib/result";

const t = createTranslator(messagesFor("en"));

describe("failure code → HTTP status", () => {
  it("answers each data-layer failure with its status", () => {
    const status = Object.fromEntries(Object.entries(API_ERROR_OF).map(([code, api]) => [code, HTTP_STATUS[api]]));
    expect(status).toEqual({
      INVALID: 400,
      FORBIDDEN: 403,
      NOT_FOUND: 404,
      CONFLICT: 409,
      DUPLICATE: 409,
      IN_USE: 409,
      LAST_ADMIN: 409,
      SELF: 409,
      ARCHIVED: 409,
      LOCKED: 423,
    } satisfies Record<FailureCode, number>);
  });

  it("gives the transport errors their statuses", () => {
    expect(HTTP_STATUS).toEqual({
      BAD_REQUEST: 400,
      UNAUTHORIZED: 401,
      FORBIDDEN: 403,
      NOT_FOUND: 404,
      METHOD_NOT_ALLOWED: 405,
      CONFLICT: 409,
      TOO_LARGE: 413,
      UNSUPPORTED_MEDIA_TYPE: 415,
      LOCKED: 423,
      UNAVAILABLE: 503,
    });
  });
});

describe("failureResponse", () => {
  it("translates the reason and the field issues, keeps the codes and the extras, and is never cached", async () => {
    const invalid = {
      ...failure("INVALID", { reason: "invalid", fieldErrors: { numerator: [{ code: "numeratorExceedsDenominator" }], period: [{ code: "badReportPeriod" }] } }),
      current: null,
    };
    const response = failureResponse(t, invalid);
    expect(response.status).toBe(400);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const body: unknown = await response.json();
    expect(apiErrorSchema.safeParse(body).success).toBe(true);
    expect(body).toEqual({
      error: {
        code: "BAD_REQUEST",
        message: t("entry.errors.invalid"),
        reason: "invalid",
        fieldErrors: { numerator: [t("entry.errors.numeratorExceedsDenominator")], period: [t("api.issues.badReportPeriod")] },
        fieldCodes: { numerator: ["numeratorExceedsDenominator"], period: ["badReportPeriod"] },
        current: null,
      },
    });
  });

  it("uses the API's message for a failure without a reason", async () => {
    const response = failureResponse(t, failure("DUPLICATE"));
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({ error: { code: "CONFLICT", message: t("api.errors.CONFLICT") } });
  });
});
