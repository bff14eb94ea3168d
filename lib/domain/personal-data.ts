// Personal data as records and lists may show it (等保 §8.1.4.11): enough to tell which address
// it was, never the whole of it. Only its owner sees an address in full (the preferences page).

/** "chen.zhiqiang@example.gov.cn" → "ch***@example.gov.cn"; null stays null. */
export function maskEmail(email: string | null): string | null {
  if (email === null) return null;
  const at = email.lastIndexOf("@");
  if (at < 1) return "***";
  return `${email.slice(0, Math.min(2, at - 1))}***${email.slice(at)}`;
}
