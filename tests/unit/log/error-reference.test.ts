// Issue 14, defect 9 ("errors show no request id"): a server error's page shows a reference, and the
// server's log line for that error carries the same reference with the request's id (proxy.ts gives
// every request one), so the number a user reads out finds the request. Next hands the error, with
// its digest, to instrumentation.ts and the same digest to the error boundary; this test plays Next's
// part with one error and checks both ends.
import { Writable } from "node:stream";
import { createElement, type FunctionComponent, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { requestIdFor } from "@/lib/http/request-id";
import type { Locale } from "@/lib/i18n/locales";

const lines = vi.hoisted(() => [] as string[]);
vi.mock("@/lib/log", async (importActual) => {
  const actual = await importActual<typeof import("@/lib/log")>();
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
      done();
    },
  });
  return { ...actual, log: actual.createLogger(sink) };
});

const { onRequestError } = await import("@/instrumentation");
const { default: DashboardError } = await import("@/app/(dashboard)/error");
const { default: RootError } = await import("@/app/error");
const { I18nProvider } = await import("@/lib/i18n/client");
/** The provider with its children given as createElement's third argument. */
const Provider = I18nProvider as FunctionComponent<{ locale: Locale; children?: ReactNode }>;

describe("the error reference", () => {
  it("is on the error page and, with the request id, in the log line of the same error", async () => {
    // instrumentation.ts logs in the Node.js runtime only.
    process.env.NEXT_RUNTIME = "nodejs";
    const requestId = requestIdFor(new Headers(), { trustProxy: false });
    const error = Object.assign(new Error("SQLITE_BUSY: database is locked"), { digest: "2718281828" });
    lines.length = 0;
    await onRequestError(
      error,
      { path: "/targets?region=450681", method: "GET", headers: { "x-request-id": requestId, cookie: "session=secret" } },
      { routerKind: "App Router", routePath: "/(dashboard)/targets", routeType: "render", renderSource: "react-server-components", revalidateReason: undefined },
    );
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(entries).toEqual([expect.objectContaining({ level: "error", msg: "request error", requestId, digest: "2718281828", path: "/targets", method: "GET" })]);
    expect(lines.join("\n")).not.toContain("session=secret");

    for (const [Boundary, locale, text] of [
      [DashboardError, "zh-CN", "错误编号：2718281828"],
      [RootError, "en", "Reference: 2718281828"],
    ] as const) {
      const html = renderToStaticMarkup(createElement(Provider, { locale }, createElement(Boundary, { error, reset: () => undefined })));
      expect(html).toContain(text);
      expect(html).not.toContain("SQLITE_BUSY");
    }
    console.log(`error reference: 1 error, digest ${error.digest} on the page and in the log line with request id ${requestId}`);
  });

  it("is absent for an error without a digest (one that happened in the browser)", () => {
    const html = renderToStaticMarkup(createElement(Provider, { locale: "en" }, createElement(RootError, { error: new Error("client"), reset: () => undefined })));
    expect(html).not.toContain("Reference");
  });
});
