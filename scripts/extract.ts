// `npm run -s extract -- path/to/file.txt`: print the numeric targets found in a policy
// document, one JSON object per line. Reads .txt in UTF-8 (with or without BOM), UTF-16 or
// GB18030, and .docx, .doc and .pdf files.
import { readFileSync } from "node:fs";
import { extractTargets } from "../lib/domain/extract";
import { cleanText, decodeText, readDocument, type ReadFailure } from "../lib/files/read-document";

const REASONS: Partial<Record<ReadFailure, string>> = {
  IMAGE_ONLY: "此PDF仅包含图片，没有可提取的文字；请粘贴文字或上传Word文件 / This PDF holds images only; paste the text or upload the Word file",
};

async function readText(path: string): Promise<string> {
  const bytes = readFileSync(path);
  if (!/\.(?:docx?|pdf)$/iu.test(path)) return cleanText(decodeText(bytes));
  const result = await readDocument(path, bytes);
  if (!result.ok) throw new Error(`cannot read ${path}: ${REASONS[result.reason] ?? result.reason}`);
  return result.text;
}

async function main(argv: readonly string[]): Promise<number> {
  const paths = argv.filter((a) => a !== "--");
  if (paths.length === 0) {
    console.error("usage: npm run -s extract -- path/to/file.txt [more files…]");
    return 2;
  }
  // `… | head` closes the pipe early: that is not an error.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
  for (const path of paths) {
    let text: string;
    try {
      text = await readText(path);
    } catch (error) {
      console.error(error instanceof Error && error.message.startsWith("cannot read") ? error.message : `cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
      return 1;
    }
    for (const t of extractTargets(text)) {
      const line = {
        quote: t.quote,
        indicator: t.indicator,
        comparator: t.comparator,
        value: t.value,
        unit: t.unit,
        year: t.year,
        scope: t.scope,
        leadDepartments: t.leadDepartments,
        supportDepartments: t.supportDepartments,
        valueMax: t.valueMax,
        measure: t.measure,
        isMaintain: t.isMaintain,
        aspirational: t.aspirational,
        start: t.start,
        end: t.end,
        ...(paths.length > 1 ? { file: path } : {}),
      };
      process.stdout.write(`${JSON.stringify(line)}\n`);
    }
  }
  return 0;
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
