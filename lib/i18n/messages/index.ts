// The message catalogues, one JSON file per feature and language. zh-CN is the source language.
// A new feature adds its two files here; `npm run i18n:check` keeps the languages in step.
import enAuth from "./en/auth.json";
import enCommon from "./en/common.json";
import enDashboard from "./en/dashboard.json";
import enHome from "./en/home.json";
import zhAuth from "./zh-CN/auth.json";
import zhCommon from "./zh-CN/common.json";
import zhDashboard from "./zh-CN/dashboard.json";
import zhHome from "./zh-CN/home.json";

export const zhCN = { ...zhCommon, ...zhAuth, ...zhHome, ...zhDashboard };
export const en: typeof zhCN = { ...enCommon, ...enAuth, ...enHome, ...enDashboard };
