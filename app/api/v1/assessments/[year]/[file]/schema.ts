// GET /api/v1/assessments/YEAR/notice.{docx,pdf}?region=CODE[&lang=zh-CN|en]: the published notice.
import { z } from "zod";
import { defineRoute } from "@/lib/http/spec";
import { LOCALES } from "@/lib/i18n/locales";
import { assessmentYearParam, regionCodeParam } from "@/lib/validations/assessment-process";

export const NOTICE_FILES = ["notice.docx", "notice.pdf"] as const;

export const assessmentNoticeRoute = defineRoute({
  method: "GET",
  path: "/api/v1/assessments/{year}/{file}",
  doc: "assessment.api.notice",
  auth: "user",
  permission: { capability: "assessment.view" },
  params: z.object({ year: assessmentYearParam, file: z.enum(NOTICE_FILES) }),
  query: z.object({ region: regionCodeParam, lang: z.enum(LOCALES).optional() }),
  response: { contentType: "application/pdf, application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
  audit: "export",
  errors: ["FORBIDDEN", "NOT_FOUND", "UNAVAILABLE"],
});
