// What a route declares about itself: method, path, who may call it, its request schemas and its
// answers. Route handlers (lib/http/route.ts), the OpenAPI document and the reference page all read
// the same declaration, so the documentation cannot drift from what the handler accepts.
import type { z } from "zod";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Capability } from "@/lib/permissions";
import type { ApiErrorCode } from "./errors";

export interface RouteSpec {
  method: "GET" | "PUT" | "POST";
  /** The OpenAPI path, parameters in braces: "/api/v1/regions/{code}/scorecard". */
  path: string;
  /** Catalogue key of the route's text: `${doc}.summary` and `${doc}.description`. */
  doc: string;
  /** "user": a signed-in session or an API token (else 401); "public": anyone. */
  auth: "user" | "public";
  permission?: {
    capability: Capability;
    /** Catalogue key of the 403 message; "api.errors.FORBIDDEN" when omitted. */
    message?: string;
    /** Runs before the 403 answer, e.g. to audit the refused attempt. */
    onDenied?: (user: SessionUser, body: unknown) => Promise<void>;
  };
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** How the body arrives; a multipart body's schema documents the form and the handler reads it. */
  bodyType?: "json" | "multipart";
  response: {
    /** The 200 answer's media type; JSON when omitted. */
    contentType?: string;
    /** The 200 JSON answer's shape (omitted for files). */
    schema?: z.ZodType;
  };
  /** "export": a 200 answer is a download of figures or reports, recorded in the audit trail. */
  audit?: "export";
  /** The error answers the route gives besides 400 (bad input) and 401 (no caller). */
  errors: readonly ApiErrorCode[];
}

export function defineRoute<const S extends RouteSpec>(spec: S): S {
  return spec;
}
