// `npm run -s extract -- path/to/file.txt`: print the numeric targets found in a policy
// document, one JSON object per line.
import { readFileSync } from "node:fs";
import { extractTargets } from "../lib/domain/extract";

function main(argv: readonly string[]): number {
  const paths = argv.filter((a) => a !== "--");
  if (paths.length === 0) {
    console.error("usage: npm run -s extract -- path/to/file.txt [more files…]");
    return 2;
  }
  for (const path of paths) {
    let text: string;
    try {
      text = readFileSync(path, "utf8");
    } catch (error) {
      console.error(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
      return 1;
    }
    if (text.startsWith("\ufeff")) text = text.slice(1);
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

process.exitCode = main(process.argv.slice(2));
