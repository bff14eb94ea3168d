// The synthetic province's regions: 示范省 (990000), its cities (990100, 990200, …) and their
// county-level divisions, coded as real ones are: districts 02…, counties 21…, county-level cities 81.
import { rngFor } from "../random";
import type { SeedRegion } from "../types";
import { placeNames } from "./names";
import { PROVINCE_CODE, PROVINCE_NAME, PROVINCE_NAME_EN, type ProvinceParams } from "./params";

export interface ProvinceRegions {
  /** Province first, then each city followed by its counties. */
  regions: SeedRegion[];
  cityCodes: string[];
  countyCodes: string[];
  countiesByCity: Map<string, string[]>;
}

/** Splits `total` counties over the cities, each at least one, unevenly but deterministically. */
export function citySizes(cities: number, total: number, seed: number): number[] {
  if (cities < 1 || cities > 99 || total < cities) throw new Error(`Cannot spread ${total} counties over ${cities} cities`);
  const rng = rngFor(seed, "city-sizes");
  const weights = Array.from({ length: cities }, () => 0.55 + rng());
  const sum = weights.reduce((a, b) => a + b, 0);
  const spare = total - cities;
  const exact = weights.map((w) => (w / sum) * spare);
  const sizes = exact.map((x) => 1 + Math.floor(x));
  const byRemainder = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  const missing = total - sizes.reduce((a, b) => a + b, 0);
  for (let k = 0; k < missing; k += 1) {
    const slot = byRemainder[k];
    if (slot) sizes[slot.i] = (sizes[slot.i] ?? 0) + 1;
  }
  return sizes;
}

/** Division-code suffixes and kinds for a city's `size` county-level divisions. */
function countySlots(size: number): { suffix: string; kind: "区" | "县" | "市" }[] {
  const districts = size >= 4 ? 2 : 1;
  const hasCountyCity = size >= 5;
  const counties = size - districts - (hasCountyCity ? 1 : 0);
  const slots: { suffix: string; kind: "区" | "县" | "市" }[] = [];
  for (let i = 0; i < districts; i += 1) slots.push({ suffix: String(2 + i).padStart(2, "0"), kind: "区" });
  for (let i = 0; i < counties; i += 1) slots.push({ suffix: String(21 + i), kind: "县" });
  if (hasCountyCity) slots.push({ suffix: "81", kind: "市" });
  return slots;
}

const KIND_EN = { 区: "District", 县: "County", 市: "City" } as const;

export function buildProvinceRegions(params: ProvinceParams): ProvinceRegions {
  const sizes = citySizes(params.cities, params.counties, params.seed);
  const names = placeNames(params.cities + params.counties, params.seed);
  const regions: SeedRegion[] = [{ code: PROVINCE_CODE, name: PROVINCE_NAME, nameEn: PROVINCE_NAME_EN, level: "PROVINCE", parentCode: null }];
  const cityCodes: string[] = [];
  const countyCodes: string[] = [];
  const countiesByCity = new Map<string, string[]>();
  let nameIndex = 0;
  const nextName = () => names[nameIndex++] ?? { name: `示范${nameIndex}`, nameEn: `Shifan ${nameIndex}` };

  sizes.forEach((size, c) => {
    const cityCode = `99${String(c + 1).padStart(2, "0")}00`;
    const cityName = nextName();
    regions.push({ code: cityCode, name: `${cityName.name}市`, nameEn: `${cityName.nameEn} City`, level: "CITY", parentCode: PROVINCE_CODE });
    cityCodes.push(cityCode);
    const children: string[] = [];
    for (const slot of countySlots(size)) {
      const code = cityCode.slice(0, 4) + slot.suffix;
      const place = nextName();
      regions.push({ code, name: place.name + slot.kind, nameEn: `${place.nameEn} ${KIND_EN[slot.kind]}`, level: "COUNTY", parentCode: cityCode });
      children.push(code);
    }
    countiesByCity.set(cityCode, children);
    countyCodes.push(...children);
  });
  return { regions, cityCodes, countyCodes, countiesByCity };
}
