// The summary report as PDF: the system Chromium (playwright-core) opens the print page as the caller
// and prints it. The page's own @page rules give A4, the running header and the page numbers, so the
// PDF and a user's "print" from the browser look the same. One browser is kept while PDFs are being
// asked for and closed after a minute of rest; each PDF gets its own context (cookies, viewport).
import fs from "node:fs";
import { chromium, type Browser } from "playwright-core";
import { createLimiter, positiveIntFromEnv } from "./pdf-queue";

/** Chromium is not installed where the server looks for it. */
export class ChromiumMissingError extends Error {}

const IDLE_CLOSE_MS = 60_000;
const PAGE_TIMEOUT_MS = 30_000;
/** About A4's text width at 96 dpi: charts are drawn at the width they are printed at. */
const VIEWPORT = { width: 700, height: 1000 };
/**
 * Chromium embeds CFF-flavoured CJK fonts (Noto Sans CJK, the only Chinese font on these servers) as
 * Type 3 fonts, and every face it embeds costs seconds per PDF. One regular face for every weight
 * (bold is synthesised) halves that and shrinks the file by a third; where no such font is installed
 * the face is skipped and the system's sans-serif is used.
 */
const ONE_FACE_CSS = `
@font-face { font-family: "Report Sans"; font-weight: 100 900; src: local("Noto Sans CJK SC Regular"), local("NotoSansCJKsc-Regular"), local("Source Han Sans SC Regular"), local("WenQuanYi Zen Hei"); }
html, body, body *, svg text { font-family: "Report Sans", sans-serif !important; }`;

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
}

export function isPdfAvailable(): boolean {
  // An absolute path outside the project: nothing for the bundler to trace.
  return fs.existsSync(/*turbopackIgnore: true*/ chromiumPath());
}

let browser: Promise<Browser> | null = null;
let idleTimer: NodeJS.Timeout | null = null;
let rendering = 0;

function launch(): Promise<Browser> {
  if (!isPdfAvailable()) throw new ChromiumMissingError(`Chromium not found at ${chromiumPath()}`);
  if (!browser) {
    const launched = chromium.launch({
      executablePath: chromiumPath(),
      args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
    });
    browser = launched.then(
      (b) => {
        b.on("disconnected", () => {
          if (browser === launched) browser = null;
        });
        return b;
      },
      (error: unknown) => {
        browser = null;
        throw error;
      },
    );
  }
  return browser;
}

function scheduleClose() {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = setTimeout(() => {
    if (rendering > 0 || !browser) return;
    const closing = browser;
    browser = null;
    void closing.then((b) => b.close()).catch(() => undefined);
  }, IDLE_CLOSE_MS);
  idleTimer.unref();
}

export interface PdfJob {
  /** The print page's absolute URL. */
  url: string;
  /** Cookies to send to the print page's origin (the caller's session, the locale). */
  cookies: { name: string; value: string }[];
}

/**
 * At most REPORTS_PDF_CONCURRENCY renders at once (default 2) and REPORTS_PDF_QUEUE waiting (default 4)
 * in this app server; beyond that renderReportPdf throws QueueFullError (503 with Retry-After).
 */
const renders = createLimiter({
  concurrency: positiveIntFromEnv("REPORTS_PDF_CONCURRENCY", 2),
  maxQueued: positiveIntFromEnv("REPORTS_PDF_QUEUE", 4),
  retryAfterSeconds: 10,
});

export function renderReportPdf(job: PdfJob): Promise<Buffer> {
  return renders.run(() => render(job));
}

async function render(job: PdfJob): Promise<Buffer> {
  const b = await launch();
  rendering += 1;
  // The print page is complete as served (its charts are SVG drawn on the server): no script needs to
  // run, and hydrating a long report would cost seconds.
  const context = await b.newContext({ viewport: VIEWPORT, reducedMotion: "reduce", javaScriptEnabled: false });
  try {
    const origin = new URL(job.url).origin;
    if (job.cookies.length > 0) {
      await context.addCookies(job.cookies.map((c) => ({ name: c.name, value: c.value, url: origin, secure: /^__(Secure|Host)-/.test(c.name) })));
    }
    const page = await context.newPage();
    page.setDefaultTimeout(PAGE_TIMEOUT_MS);
    const response = await page.goto(job.url, { waitUntil: "load" });
    if (!response?.ok()) throw new Error(`the print page answered ${response?.status() ?? "nothing"}`);
    // addStyleTag waits for page script, which is off: append the style from the renderer's side.
    await page.evaluate((css) => {
      const style = document.createElement("style");
      style.textContent = css;
      document.head.append(style);
    }, ONE_FACE_CSS);
    await page.evaluate(() => document.fonts.ready);
    return await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
  } finally {
    await context.close().catch(() => undefined);
    rendering -= 1;
    scheduleClose();
  }
}
