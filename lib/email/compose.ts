// A notification as text in the reader's language: the bell's line, and the e-mail (one per event,
// or one digest a day) with the link into the product.
import type { NotificationKind } from "@/lib/domain/notifications";
import type { Locale } from "@/lib/i18n/locales";
import { createTranslator, messagesFor } from "@/lib/i18n/translate";

export interface StoredNotification {
  kind: string;
  params: string;
  link: string;
}

/** Placeholders in the reader's language: "regionEn" stands in for "region" in English, where given. */
function paramsFor(locale: Locale, json: string): Record<string, string | number> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    parsed = {};
  }
  const raw = typeof parsed === "object" && parsed !== null ? (parsed as Record<string, unknown>) : {};
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(raw)) if (typeof value === "string" || typeof value === "number") out[key] = value;
  if (locale === "en") for (const key of Object.keys(out)) if (`${key}En` in out) out[key] = out[`${key}En`] ?? out[key] ?? "";
  return out;
}

export function describeNotification(locale: Locale, n: StoredNotification): { title: string; body: string } {
  const t = createTranslator(messagesFor(locale));
  const params = paramsFor(locale, n.params);
  const kind = n.kind as NotificationKind;
  return { title: t(`notifications.kinds.${kind}.title`, params), body: t(`notifications.kinds.${kind}.body`, params) };
}

const absolute = (baseUrl: string, link: string) => `${baseUrl.replace(/\/+$/, "")}${link}`;

/** One e-mail for one notification. */
export function composeEmail(locale: Locale, baseUrl: string, recipientName: string, n: StoredNotification) {
  const t = createTranslator(messagesFor(locale));
  const { title, body } = describeNotification(locale, n);
  return {
    subject: t("notifications.email.subject", { title }),
    text: [t("notifications.email.greeting", { name: recipientName }), "", body, "", t("notifications.email.open", { link: absolute(baseUrl, n.link) }), "", t("notifications.email.footer", { link: absolute(baseUrl, "/notifications") })].join("\n"),
  };
}

/** The day's notifications of one person in one e-mail. */
export function composeDigest(locale: Locale, baseUrl: string, recipientName: string, items: readonly StoredNotification[]) {
  const t = createTranslator(messagesFor(locale));
  const lines = items.flatMap((n, i) => {
    const { title, body } = describeNotification(locale, n);
    return [`${i + 1}. ${title}`, `   ${body}`, `   ${absolute(baseUrl, n.link)}`];
  });
  return {
    subject: t("notifications.email.digestSubject", { count: items.length }),
    text: [t("notifications.email.greeting", { name: recipientName }), "", ...lines, "", t("notifications.email.footer", { link: absolute(baseUrl, "/notifications") })].join("\n"),
  };
}
