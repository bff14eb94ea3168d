// The methods the app answers. Anything else (TRACE, CONNECT, made-up names) gets 405 from the proxy
// with an Allow header, instead of reaching Next, which answered TRACE with a 500 and a stack trace.
import type { NextRequest } from "next/server";
import { translatorForRequest } from "@/lib/i18n/request-locale";
import { apiError } from "./errors";

export const ALLOWED_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
const ALLOWED = new Set<string>(ALLOWED_METHODS);

export function isAllowedMethod(method: string): boolean {
  return ALLOWED.has(method);
}

export function methodNotAllowedResponse(request: NextRequest) {
  if (isAllowedMethod(request.method)) return null;
  const response = apiError("METHOD_NOT_ALLOWED", translatorForRequest(request).t("api.errors.METHOD_NOT_ALLOWED"));
  response.headers.set("Allow", ALLOWED_METHODS.join(", "));
  return response;
}
