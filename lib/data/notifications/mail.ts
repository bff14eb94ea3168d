// E-mail delivery of notifications (the "mail" and "digest" jobs). A runner first claims rows by
// one conditional update (PENDING → its own token, with the claim time), so two runners never send
// the same row, and rows a runner claimed but never finished (it died mid-send) are claimed again
// once the claim is older than STALE_CLAIM_MS; then
// decides per row: no SMTP, no address or e-mail off → SKIPPED; digest wanted → DIGEST (sent by
// the daily digest); otherwise one message now → SENT (FAILED when the server refuses it).
import "server-only";
import { db } from "@/lib/db";
import { composeDigest, composeEmail } from "@/lib/email/compose";
import { sendMail } from "@/lib/email/transport";
import { toLocale } from "@/lib/i18n/locales";
import { log } from "@/lib/log";
import { loadMailConfig } from "./mail-config";

const claimedSelect = {
  id: true,
  kind: true,
  params: true,
  link: true,
  user: { select: { id: true, name: true, email: true, locale: true, active: true, emailEnabled: true, emailDigest: true } },
} as const;

/** Longer than any run sends for (the job lock is 15 minutes): an older claim's runner is gone. */
export const STALE_CLAIM_MS = 30 * 60_000;

/**
 * One UPDATE statement: each row in state `from`, or claimed from it by a runner that never
 * finished, moves to exactly one runner's token.
 */
async function claim(from: "PENDING" | "DIGEST", runnerId: string, now: Date) {
  const token = `SENDING:${from}:${runnerId}`;
  const stale = new Date(now.getTime() - STALE_CLAIM_MS);
  await db.notification.updateMany({
    where: { OR: [{ emailState: from }, { emailState: { startsWith: `SENDING:${from}:` }, emailClaimedAt: { lt: stale } }] },
    data: { emailState: token, emailClaimedAt: now },
  });
  const rows = await db.notification.findMany({ where: { emailState: token }, select: claimedSelect, orderBy: { id: "asc" } });
  return { token, rows };
}

/** Only rows this runner still holds: a row another runner took over (a stale claim) is its to mark. */
const mark = (token: string, ids: readonly number[], emailState: string, emailedAt: Date | null = null) =>
  ids.length === 0 ? Promise.resolve() : db.notification.updateMany({ where: { id: { in: [...ids] }, emailState: token }, data: { emailState, emailedAt } }).then(() => undefined);

export interface MailOutcome {
  sent: number;
  skipped: number;
  digest: number;
  failed: number;
}

export async function deliverPendingEmails(runnerId: string, now = new Date()): Promise<MailOutcome> {
  const config = await loadMailConfig(db);
  const { token, rows } = await claim("PENDING", runnerId, now);
  const outcome: MailOutcome = { sent: 0, skipped: 0, digest: 0, failed: 0 };
  const skipped = rows.filter((r) => !config || !r.user.email || !r.user.emailEnabled || !r.user.active).map((r) => r.id);
  const digest = rows.filter((r) => !skipped.includes(r.id) && r.user.emailDigest).map((r) => r.id);
  await mark(token, skipped, "SKIPPED");
  await mark(token, digest, "DIGEST");
  outcome.skipped = skipped.length;
  outcome.digest = digest.length;
  for (const row of rows) {
    if (!config || !row.user.email || skipped.includes(row.id) || digest.includes(row.id)) continue;
    const message = composeEmail(toLocale(row.user.locale), config.baseUrl, row.user.name, row);
    try {
      await sendMail(config, { to: row.user.email, ...message });
      await mark(token, [row.id], "SENT", now);
      outcome.sent += 1;
    } catch (err) {
      log.warn({ err, notification: row.id }, "e-mail not sent");
      await mark(token, [row.id], "FAILED");
      outcome.failed += 1;
    }
  }
  return outcome;
}

/** One e-mail per person with everything waiting for the digest. */
export async function deliverDigests(runnerId: string, now = new Date()): Promise<MailOutcome> {
  const config = await loadMailConfig(db);
  const { token, rows } = await claim("DIGEST", runnerId, now);
  const outcome: MailOutcome = { sent: 0, skipped: 0, digest: 0, failed: 0 };
  const byUser = new Map<number, typeof rows>();
  for (const row of rows) byUser.set(row.user.id, [...(byUser.get(row.user.id) ?? []), row]);
  for (const items of byUser.values()) {
    const user = items[0]?.user;
    const ids = items.map((i) => i.id);
    if (!user || !config || !user.email || !user.emailEnabled || !user.active) {
      await mark(token, ids, "SKIPPED");
      outcome.skipped += ids.length;
      continue;
    }
    try {
      await sendMail(config, { to: user.email, ...composeDigest(toLocale(user.locale), config.baseUrl, user.name, items) });
      await mark(token, ids, "SENT", now);
      outcome.sent += ids.length;
    } catch (err) {
      log.warn({ err, user: user.id }, "digest not sent");
      await mark(token, ids, "FAILED");
      outcome.failed += ids.length;
    }
  }
  return outcome;
}
