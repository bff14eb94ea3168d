// Text from the data that may be Chinese inside the English interface (a person's name, a document's
// title, a department without an English name, a note): marked lang="zh-CN" when it holds Chinese,
// so a screen reader reads it with a Chinese voice (WCAG 3.1.2).
const CHINESE = /[\u3400-\u9fff\uf900-\ufaff]/u;

export function ZhText({ text }: { text: string | null | undefined }) {
  if (!text) return null;
  return CHINESE.test(text) ? <span lang="zh-CN">{text}</span> : <>{text}</>;
}
