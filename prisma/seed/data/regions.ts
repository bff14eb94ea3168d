// Administrative divisions of the demo, with their GB/T 2260 division codes.
// Two independent trees; the application adds a national root above the provinces itself.
import type { SeedRegion } from "../types";

export const GUANGXI_CODE = "450000";
export const FANGCHENGGANG_CODE = "450600";
export const HEBEI_CODE = "130000";

/** 防城港市's county-level divisions, in the order used by the demo tables. */
export const FANGCHENGGANG_COUNTY_CODES = ["450602", "450603", "450621", "450681"] as const;
export type FangchenggangCountyCode = (typeof FANGCHENGGANG_COUNTY_CODES)[number];

export const regions: SeedRegion[] = [
  { code: GUANGXI_CODE, name: "广西壮族自治区", nameEn: "Guangxi", level: "PROVINCE", parentCode: null },
  { code: FANGCHENGGANG_CODE, name: "防城港市", nameEn: "Fangchenggang", level: "CITY", parentCode: GUANGXI_CODE },
  { code: "450602", name: "港口区", nameEn: "Gangkou", level: "COUNTY", parentCode: FANGCHENGGANG_CODE },
  { code: "450603", name: "防城区", nameEn: "Fangcheng", level: "COUNTY", parentCode: FANGCHENGGANG_CODE },
  { code: "450621", name: "上思县", nameEn: "Shangsi", level: "COUNTY", parentCode: FANGCHENGGANG_CODE },
  { code: "450681", name: "东兴市", nameEn: "Dongxing", level: "COUNTY", parentCode: FANGCHENGGANG_CODE },

  { code: HEBEI_CODE, name: "河北省", nameEn: "Hebei", level: "PROVINCE", parentCode: null },
  { code: "130100", name: "石家庄市", nameEn: "Shijiazhuang", level: "CITY", parentCode: HEBEI_CODE },
  { code: "130200", name: "唐山市", nameEn: "Tangshan", level: "CITY", parentCode: HEBEI_CODE },
  { code: "130300", name: "秦皇岛市", nameEn: "Qinhuangdao", level: "CITY", parentCode: HEBEI_CODE },
  { code: "130400", name: "邯郸市", nameEn: "Handan", level: "CITY", parentCode: HEBEI_CODE },
  { code: "130500", name: "邢台市", nameEn: "Xingtai", level: "CITY", parentCode: HEBEI_CODE },
  { code: "130600", name: "保定市", nameEn: "Baoding", level: "CITY", parentCode: HEBEI_CODE },
  { code: "130700", name: "张家口市", nameEn: "Zhangjiakou", level: "CITY", parentCode: HEBEI_CODE },
  { code: "130800", name: "承德市", nameEn: "Chengde", level: "CITY", parentCode: HEBEI_CODE },
  { code: "130900", name: "沧州市", nameEn: "Cangzhou", level: "CITY", parentCode: HEBEI_CODE },
  { code: "131000", name: "廊坊市", nameEn: "Langfang", level: "CITY", parentCode: HEBEI_CODE },
  { code: "131100", name: "衡水市", nameEn: "Hengshui", level: "CITY", parentCode: HEBEI_CODE },
];
