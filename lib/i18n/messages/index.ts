// The message catalogues, one JSON file per feature and language. zh-CN is the source language.
// A new feature adds its two files here; `npm run i18n:check` keeps the languages in step.
import enAdmin from "./en/admin.json";
import enAuth from "./en/auth.json";
import enCommon from "./en/common.json";
import enHome from "./en/home.json";
import enTable from "./en/table.json";
import zhAdmin from "./zh-CN/admin.json";
import zhAuth from "./zh-CN/auth.json";
import zhCommon from "./zh-CN/common.json";
import zhHome from "./zh-CN/home.json";
import zhTable from "./zh-CN/table.json";

export const zhCN = { ...zhCommon, ...zhAuth, ...zhHome, ...zhTable, ...zhAdmin };
export const en: typeof zhCN = { ...enCommon, ...enAuth, ...enHome, ...enTable, ...enAdmin };
