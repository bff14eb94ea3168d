// GET /api/v1/openapi.json: the OpenAPI 3.1 document, in the caller's language.
import { handle } from "@/lib/http";
import { openApiDocument } from "@/lib/http/openapi";
import { API_ROUTES } from "../../routes";
import { openApiRoute } from "./schema";

export const GET = handle(openApiRoute, async ({ t, json }) => json(openApiDocument(API_ROUTES, t)));
