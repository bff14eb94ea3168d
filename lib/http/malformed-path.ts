// Next answers an API path with a broken %-escape ("/api/v1/regions/%E0%A4%A/scorecard") with a bare
// 500 before any route handler runs; the proxy answers it first, as the 400 it is.
import type { NextRequest } from "next/server";
import { translatorForRequest } from "@/lib/i18n/request-locale";
import { apiError } from "./errors";

export function malformedPathResponse(request: NextRequest) {
  const decodes = request.nextUrl.pathname.split("/").every((segment) => {
    try {
      decodeURIComponent(segment);
      return true;
    } catch {
      return false;
    }
  });
  return decodes ? null : apiError("BAD_REQUEST", translatorForRequest(request).t("api.errors.malformedPath"));
}
