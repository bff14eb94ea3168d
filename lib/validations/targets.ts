// Filters of the targets list, shared by the page and its export.
import { z } from "zod";
import { provisionalParam } from "./dashboard";
import { MAX_ID } from "./fields";
import { INDICATOR_CODE } from "./indicator";

// Ids beyond the database's integer column are ignored like any other unusable filter.
const optionalId = z.coerce.number().int().positive().max(MAX_ID).optional().catch(undefined);
const optionalCode = z.string().regex(/^\d{6}$/).optional().catch(undefined);

export const TARGET_STATUSES = ["ACHIEVED", "ON_TRACK", "AT_RISK", "OFF_TRACK", "MISSED", "NO_DATA"] as const;
export const GROUP_BY = ["none", "plan", "area", "department", "region", "status"] as const;

export const targetFilterSchema = z.object({
  plan: optionalId,
  area: z.string().max(100).optional().catch(undefined),
  department: optionalId,
  region: optionalCode,
  indicator: z.string().regex(INDICATOR_CODE).optional().catch(undefined),
  status: z.enum(TARGET_STATUSES).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  group: z.enum(GROUP_BY).default("none").catch("none"),
  provisional: provisionalParam.catch(false),
  page: z.coerce.number().int().min(1).max(1_000_000).default(1).catch(1),
});

export type TargetFilters = z.output<typeof targetFilterSchema>;
