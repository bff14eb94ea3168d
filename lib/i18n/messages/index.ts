// The message catalogues, one JSON file per feature and language. zh-CN is the source language.
// A new feature adds its two files here; `npm run i18n:check` keeps the languages in step.
import enAccount from "./en/account.json";
import enSecurity from "./en/security.json";
import enAdmin from "./en/admin.json";
import enApi from "./en/api.json";
import enAssessment from "./en/assessment.json";
import enAudit from "./en/audit.json";
import enAuth from "./en/auth.json";
import enCommon from "./en/common.json";
import enDashboard from "./en/dashboard.json";
import enEntry from "./en/entry.json";
import enHome from "./en/home.json";
import enReports from "./en/reports.json";
import enReview from "./en/review.json";
import enTable from "./en/table.json";
import zhAccount from "./zh-CN/account.json";
import zhSecurity from "./zh-CN/security.json";
import zhAdmin from "./zh-CN/admin.json";
import zhApi from "./zh-CN/api.json";
import zhAssessment from "./zh-CN/assessment.json";
import zhAudit from "./zh-CN/audit.json";
import zhAuth from "./zh-CN/auth.json";
import zhCommon from "./zh-CN/common.json";
import zhDashboard from "./zh-CN/dashboard.json";
import zhEntry from "./zh-CN/entry.json";
import zhHome from "./zh-CN/home.json";
import zhReports from "./zh-CN/reports.json";
import zhReview from "./zh-CN/review.json";
import zhTable from "./zh-CN/table.json";

export const zhCN = { ...zhCommon, ...zhAuth, ...zhHome, ...zhTable, ...zhDashboard, ...zhEntry, ...zhReview, ...zhAudit, ...zhAdmin, ...zhReports, ...zhApi, ...zhAssessment, ...zhAccount, ...zhSecurity };
export const en: typeof zhCN = { ...enCommon, ...enAuth, ...enHome, ...enTable, ...enDashboard, ...enEntry, ...enReview, ...enAudit, ...enAdmin, ...enReports, ...enApi, ...enAssessment, ...enAccount, ...enSecurity };
