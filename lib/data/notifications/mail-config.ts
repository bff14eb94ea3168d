// Where e-mail goes out: SMTP_URL / MAIL_FROM / APP_BASE_URL in the environment win over the
// settings stored in the database (so every app server and the cron command agree). Without an
// SMTP URL e-mail is off and nothing fails.
import "server-only";
import type { DbWriter } from "@/lib/db-client";

export const MAIL_SETTING_KEYS = { smtpUrl: "email.smtpUrl", from: "email.from", baseUrl: "email.baseUrl" } as const;

export interface MailConfig {
  smtpUrl: string;
  from: string;
  baseUrl: string;
  source: "env" | "settings";
}

export async function loadMailConfig(db: DbWriter, env: NodeJS.ProcessEnv = process.env): Promise<MailConfig | null> {
  const rows = await db.setting.findMany({ where: { key: { in: Object.values(MAIL_SETTING_KEYS) } } });
  const stored = (key: string) => rows.find((r) => r.key === key)?.value.trim() || undefined;
  const smtpUrl = env.SMTP_URL?.trim() || stored(MAIL_SETTING_KEYS.smtpUrl);
  if (!smtpUrl) return null;
  return {
    smtpUrl,
    from: env.MAIL_FROM?.trim() || stored(MAIL_SETTING_KEYS.from) || "quality-targets@localhost",
    baseUrl: env.APP_BASE_URL?.trim() || stored(MAIL_SETTING_KEYS.baseUrl) || env.NEXTAUTH_URL?.trim() || "http://localhost:3000",
    source: env.SMTP_URL?.trim() ? "env" : "settings",
  };
}
