// Every API route's declaration, in the order the reference lists them. A test checks that each
// app/api/**/route.ts is here and uses the wrapper (tests/unit/http/api-routes.test.ts).
import type { RouteSpec } from "@/lib/http/spec";
import { healthRoute } from "./health/schema";
import { assessmentNoticeRoute } from "./v1/assessments/[year]/[file]/schema";
import { assessmentYearRoute } from "./v1/assessments/[year]/schema";
import { evidenceRoute } from "./v1/evidence/[id]/schema";
import { figureImportsRoute } from "./v1/figure-imports/schema";
import { templateRoute } from "./v1/figure-imports/template/schema";
import { figuresRoute } from "./v1/figures/schema";
import { rankingExportRoute } from "./v1/indicators/[code]/ranking.csv/schema";
import { meRoute } from "./v1/me/schema";
import { openApiRoute } from "./v1/openapi.json/schema";
import { scorecardRoute } from "./v1/regions/[code]/scorecard/schema";
import { reportsRoute } from "./v1/reports/[file]/schema";
import { targetsExportRoute } from "./v1/targets/[file]/schema";
import { targetsRoute } from "./v1/targets/schema";
import { warningsRoute } from "./v1/warnings/schema";

export const API_ROUTES: readonly RouteSpec[] = [
  meRoute,
  targetsRoute,
  scorecardRoute,
  targetsExportRoute,
  rankingExportRoute,
  figuresRoute,
  templateRoute,
  figureImportsRoute,
  reportsRoute,
  warningsRoute,
  assessmentYearRoute,
  assessmentNoticeRoute,
  evidenceRoute,
  openApiRoute,
  healthRoute,
];
