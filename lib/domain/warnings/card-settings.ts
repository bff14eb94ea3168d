// The rules that issue and lift red and yellow cards (红黄牌): installation settings (table
// `settings`) with these defaults, so an office can change them without a code change.
import { DEFAULT_SETTINGS, type CardRules } from "../evaluation-settings";

export interface CardSettings extends CardRules {
  /** Whether a veto event (一票否决) entered for a region's assessment earns a red card. */
  redOnVeto: boolean;
  /** Consecutive quarters a card's targets must be back on track before lifting is proposed. */
  liftQuarters: number;
}

export const DEFAULT_CARD_SETTINGS: CardSettings = {
  ...DEFAULT_SETTINGS.cards,
  redOnVeto: true,
  liftQuarters: 2,
};

export const CARD_SETTING_KEYS: Record<keyof CardSettings, string> = {
  yellowOffTrackRates: "cards.yellow_off_track_rates",
  redOffTrackRates: "cards.red_off_track_rates",
  redOnMissedRate: "cards.red_on_missed_rate",
  redOnVeto: "cards.red_on_veto",
  liftQuarters: "cards.lift_quarters",
};

const FLAGS: ReadonlySet<keyof CardSettings> = new Set<keyof CardSettings>(["redOnMissedRate", "redOnVeto"]);

/**
 * The settings from stored key/value rows: a missing or unusable value keeps its default (counts
 * are whole numbers ≥ 1, flags "true" or "false").
 */
export function cardSettingsFrom(rows: readonly { key: string; value: string }[]): CardSettings {
  const settings: CardSettings = { ...DEFAULT_CARD_SETTINGS };
  for (const [name, key] of Object.entries(CARD_SETTING_KEYS) as [keyof CardSettings, string][]) {
    const raw = rows.find((r) => r.key === key)?.value.trim();
    if (raw === undefined) continue;
    if (FLAGS.has(name)) {
      if (raw === "true" || raw === "false") Object.assign(settings, { [name]: raw === "true" });
    } else {
      const value = Number(raw);
      if (Number.isInteger(value) && value >= 1) Object.assign(settings, { [name]: value });
    }
  }
  return settings;
}
