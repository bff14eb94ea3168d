// The card rules' settings as stored (table `settings`), with the defaults of lib/domain/warnings.
import type { DbWriter } from "@/lib/db-client";
import { CARD_SETTING_KEYS, cardSettingsFrom, type CardSettings } from "@/lib/domain/warnings";

export async function loadCardSettings(db: DbWriter): Promise<CardSettings> {
  return cardSettingsFrom(await db.setting.findMany({ where: { key: { in: Object.values(CARD_SETTING_KEYS) } } }));
}
