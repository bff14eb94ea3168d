// The signed-in user as the data layer sees it: always re-read from the database per request.
export type Role = "ADMIN" | "OFFICE" | "LEADERSHIP" | "DEPARTMENT" | "VIEWER";

export interface SessionUser {
  id: number;
  username: string;
  name: string;
  role: Role;
  scopeRegionId: number;
  scopeRegionCode: string;
  scopeRegionName: string;
  scopeRegionNameEn: string | null;
  /** Materialised path of the scope region; everything whose path starts with it is in scope. */
  scopePath: string;
  departmentId: number | null;
  departmentName: string | null;
  /** The password was set by someone else (a real installation's first administrator): change it before anything else. */
  mustChangePassword: boolean;
}
