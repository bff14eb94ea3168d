// Invented place names for the synthetic province: two syllables drawn from the lists below, in a
// fixed shuffled order so every region gets a different name. The syllables were picked to read
// like Chinese place names without copying real divisions (a coincidental match is harmless).
import { rngFor } from "../random";

const FIRST = [
  ["漪", "Yi"], ["砚", "Yan"], ["珞", "Luo"], ["霁", "Ji"], ["苒", "Ran"], ["蘅", "Heng"], ["泓", "Hong"], ["瑾", "Jin"],
  ["棠", "Tang"], ["翎", "Ling"], ["璟", "Jing"], ["渟", "Ting"], ["芃", "Peng"], ["筠", "Yun"], ["蔚", "Wei"], ["黛", "Dai"],
] as const;

const SECOND = [
  ["川", "chuan"], ["原", "yuan"], ["阳", "yang"], ["宁", "ning"], ["安", "an"], ["平", "ping"], ["丰", "feng"], ["源", "yuan"],
  ["溪", "xi"], ["江", "jiang"], ["城", "cheng"], ["浦", "pu"], ["林", "lin"], ["泉", "quan"], ["桥", "qiao"], ["屿", "yu"],
] as const;

export interface PlaceName {
  name: string;
  nameEn: string;
}

/** `count` distinct two-syllable names (without 市/县/区), the same on every call for a seed. */
export function placeNames(count: number, seed: number): PlaceName[] {
  const all: PlaceName[] = FIRST.flatMap(([c1, p1]) =>
    // Pinyin marks a syllable boundary before a, e, o with an apostrophe (Jin'an, not Jinan).
    SECOND.map(([c2, p2]) => ({ name: c1 + c2, nameEn: p1 + (/^[aeo]/.test(p2) ? "'" : "") + p2 })),
  );
  const rng = rngFor(seed, "place-names");
  for (let i = all.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rng() * (i + 1));
    [all[i], all[j]] = [all[j] as PlaceName, all[i] as PlaceName];
  }
  if (count > all.length) {
    for (let i = all.length; i < count; i += 1) all.push({ name: `示范${i + 1}`, nameEn: `Shifan ${i + 1}` });
  }
  return all.slice(0, count);
}
