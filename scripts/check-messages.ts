// `npm run i18n:check`: the zh-CN and en catalogues must have exactly the same keys, none empty.
import { en, zhCN } from "@/lib/i18n/messages";

function flatten(node: unknown, prefix = ""): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (typeof node !== "object" || node === null) return out.set(prefix, node);
  for (const [key, value] of Object.entries(node)) {
    for (const [k, v] of flatten(value, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
  }
  return out;
}

const zh = flatten(zhCN);
const english = flatten(en);
const problems = [
  ...[...zh.keys()].filter((k) => !english.has(k)).map((k) => `missing in en: ${k}`),
  ...[...english.keys()].filter((k) => !zh.has(k)).map((k) => `missing in zh-CN: ${k}`),
  ...[...zh, ...english].filter(([, v]) => typeof v !== "string" || v.trim() === "").map(([k]) => `empty or not text: ${k}`),
];
if (problems.length > 0) {
  console.error(problems.join("\n"));
  process.exit(1);
}
console.log(`Message catalogues match (${zh.size} keys).`);
