// The access rules of pages and server actions, read from their source (they need a browser session
// to run; tests/e2e covers some of them end to end). A new page or action without its check fails
// here (issue 14, "Access").
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Capability } from "@/lib/permissions";

const root = path.resolve(import.meta.dirname, "../../..");

function filesNamed(dir: string, test: (name: string) => boolean): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && test(e.name))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
    .sort();
}

/** Pages any signed-in user may open, each with the reason. */
const SIGNED_IN_PAGES: Record<string, string> = {
  "app/(dashboard)/api-docs/page.tsx": "the API reference: the same text as the public /api/v1/openapi.json",
};

/** Server actions open to anyone, each with the reason. */
const PUBLIC_ACTIONS: Record<string, string> = {
  "app/locale-actions.ts:setLocale": "stores the UI language cookie; a preference, no data",
  "app/(auth)/login/actions.ts:signInAction": "the sign-in form itself: checks the password, throttled and audited (lib/data/sign-in-attempt.ts)",
  "app/(auth)/login/second-factor/actions.ts:secondFactorAction":
    "the sign-in's second step: acts only on the pending step its cookie names, throttled and audited (lib/data/second-factor-sign-in.ts)",
};

/** The names the file imports from the data layer (lib/data), which checks role and scope itself. */
function dataFunctions(source: string): Set<string> {
  const names = [...source.matchAll(/import\s*\{([^}]*)\}\s*from\s*"@\/lib\/data\/[\w/-]+"/g)].flatMap((m) => (m[1] ?? "").split(","));
  return new Set(names.map((n) => n.replace(/^\s*type\s+/, "").trim()).filter((n) => n && !/^type\s/.test(n)));
}

/** Each exported function of a source file with its body (up to the next top-level declaration). */
function exportedFunctions(source: string): { name: string; body: string }[] {
  const starts = [...source.matchAll(/^export async function (\w+)\(/gm)];
  return starts.map((m, i) => {
    const end = source.slice((m.index ?? 0) + 1).search(/^(export |function |const |async function )/m);
    const body = source.slice(m.index, end < 0 ? undefined : (m.index ?? 0) + 1 + end);
    return { name: m[1] ?? "", body: i < starts.length ? body : "" };
  });
}

/** What a function does with the signed-in user: its capability checks and the data-layer calls it hands the user to. */
function guardsOf(body: string, data: Set<string>) {
  const signedIn = /\b(requireUser|loadPeriodPage)\(/.test(body);
  const capabilities = [...body.matchAll(/\bcan\(user, "([\w.]+)"\)/g)].map((m) => m[1] as Capability);
  const periodPage = /\bloadPeriodPage\("[\w.]+"/.test(body);
  const dataCalls = [...body.matchAll(/\b(\w+)\((?:user\b|await requireUser\(\))/g)].map((m) => m[1] ?? "").filter((name) => data.has(name));
  return { signedIn, capabilities, periodPage, dataCalls };
}

describe("pages under app/(dashboard)", () => {
  const pages = filesNamed("app/(dashboard)", (name) => name === "page.tsx");

  it("the period pages' loader checks the capability it is given", () => {
    const loader = readFileSync(path.join(root, "app/(dashboard)/_lib/period-page.ts"), "utf8");
    expect(loader).toMatch(/const user = await requireUser\(\);\s*if \(!can\(user, capability\)\) notFound\(\);/);
  });

  it("each asks for the signed-in user and checks a capability, or hands the user to the data layer and answers 404 when it finds nothing", () => {
    expect(pages.length).toBeGreaterThan(30);
    const unguarded: string[] = [];
    for (const file of pages) {
      const source = readFileSync(path.join(root, file), "utf8");
      if (SIGNED_IN_PAGES[file] && /\brequireUser\(\)/.test(source)) continue;
      const { signedIn, capabilities, periodPage, dataCalls } = guardsOf(source, dataFunctions(source));
      const adminIndex = source.includes("ADMIN_SECTIONS.filter((s) => can(user, s.capability))");
      const gated = periodPage || (capabilities.length > 0 && /if \(!can\(user, "[\w.]+"\)[^\n]*\) (notFound|redirect)\(/.test(source));
      const scoped = dataCalls.length > 0 && source.includes("notFound()");
      if (!signedIn || !(gated || adminIndex || scoped)) unguarded.push(file);
    }
    expect(unguarded).toEqual([]);
  });
});

describe("server actions (app/**/*actions.ts)", () => {
  const files = filesNamed("app", (name) => name.endsWith("actions.ts"));

  it("every exported action asks for the signed-in user and checks a capability or goes through the data layer", () => {
    let actions = 0;
    const unguarded: string[] = [];
    for (const file of files) {
      const source = readFileSync(path.join(root, file), "utf8");
      expect(source.startsWith('"use server";'), file).toBe(true);
      for (const { name, body } of exportedFunctions(source)) {
        actions++;
        const key = `${file}:${name}`;
        if (PUBLIC_ACTIONS[key]) continue;
        const { signedIn, capabilities, dataCalls } = guardsOf(body, dataFunctions(source));
        if (!signedIn || (capabilities.length === 0 && dataCalls.length === 0)) unguarded.push(key);
      }
    }
    console.log(`server actions: ${actions} in ${files.length} files, ${unguarded.length} without a check`);
    expect(actions).toBeGreaterThan(20);
    expect(unguarded).toEqual([]);
  });

  it("the public actions exist", () => {
    for (const key of Object.keys(PUBLIC_ACTIONS)) {
      const [file, name] = key.split(":");
      expect(readFileSync(path.join(root, file ?? ""), "utf8"), key).toContain(`export async function ${name}(`);
    }
  });
});
