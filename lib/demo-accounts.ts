// The demo accounts created with the demo data (shown on the sign-in page only while demo data is loaded).
import type { Role } from "./auth/session-user";

export const DEMO_PASSWORD = "Demo#2026";

/** The setting the seeds write: "true" once demo data is loaded. */
export const DEMO_LOADED_SETTING = "demo_loaded";

/** 东兴市: the demo county that the county-scoped accounts belong to. */
export const DEMO_COUNTY_CODE = "450681";

export interface DemoAccount {
  username: string;
  name: string;
  role: Role;
  scopeRegionCode: string;
  departmentCode: string | null;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { username: "admin", name: "系统管理员", role: "ADMIN", scopeRegionCode: "000000", departmentCode: null },
  { username: "office", name: "王晓梅", role: "OFFICE", scopeRegionCode: "450600", departmentCode: null },
  { username: "leader", name: "李建国", role: "LEADERSHIP", scopeRegionCode: "450600", departmentCode: null },
  { username: "dept-scj", name: "陈志强", role: "DEPARTMENT", scopeRegionCode: "450600", departmentCode: "SCJ" },
  // The assessed county's office: its self-assessment and appeals (issue 13).
  { username: "office-dx", name: "梁振华", role: "OFFICE", scopeRegionCode: DEMO_COUNTY_CODE, departmentCode: null },
  { username: "viewer-dx", name: "黄丽华", role: "VIEWER", scopeRegionCode: DEMO_COUNTY_CODE, departmentCode: null },
];
