// Next answers a path with a broken %-escape ("/api/v1/regions/%E0%A4%A/scorecard", "/regions/%E0%A4%A")
// with a bare 500 before any route handler or page runs; the proxy answers it first, as the 400 it is:
// the API's JSON error for an API path, a line of text for a page.
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
  if (decodes) return null;
  const message = translatorForRequest(request).t("api.errors.malformedPath");
  if (request.nextUrl.pathname.startsWith("/api/")) return apiError("BAD_REQUEST", message);
  return new Response(message, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}
