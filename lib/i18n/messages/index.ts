// The message catalogues, one JSON file per feature and language. zh-CN is the source language.
// A new feature adds its two files here; `npm run i18n:check` keeps the languages in step.
import enAudit from "./en/audit.json";
import enAuth from "./en/auth.json";
import enCommon from "./en/common.json";
import enDashboard from "./en/dashboard.json";
import enEntry from "./en/entry.json";
import enHome from "./en/home.json";
import enReview from "./en/review.json";
import zhAudit from "./zh-CN/audit.json";
import zhAuth from "./zh-CN/auth.json";
import zhCommon from "./zh-CN/common.json";
import zhDashboard from "./zh-CN/dashboard.json";
import zhEntry from "./zh-CN/entry.json";
import zhHome from "./zh-CN/home.json";
import zhReview from "./zh-CN/review.json";

export const zhCN = { ...zhCommon, ...zhAuth, ...zhHome, ...zhDashboard, ...zhEntry, ...zhReview, ...zhAudit };
export const en: typeof zhCN = { ...enCommon, ...enAuth, ...enHome, ...enDashboard, ...enEntry, ...enReview, ...enAudit };
