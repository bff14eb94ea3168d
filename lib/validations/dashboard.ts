// Query parameters shared by the dashboard pages and APIs.
import { z } from "zod";
import { parsePeriod } from "@/lib/domain";

export const provisionalParam = z
  .enum(["0", "1", "true", "false"])
  .optional()
  .transform((v) => v === "1" || v === "true");

export const periodParam = z
  .string()
  .optional()
  .refine((v) => v === undefined || parsePeriod(v) !== null, { message: "badPeriod" })
  .transform((v) => (v === undefined ? null : parsePeriod(v)));

export const regionCodeParam = z.string().regex(/^\d{6}$/, "badRegionCode");

export const dashboardSearchSchema = z.object({ provisional: provisionalParam });
