// A second app server for specs that need another configuration than the suite's (an https:// site
// address behind a TLS proxy, a real installation): started by `npm start`'s script on the same
// production build, and a small local TLS reverse proxy (self-signed certificate made with openssl)
// that sets X-Forwarded-Proto/Host like the README's nginx configuration.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";
import path from "node:path";

const root = path.resolve(__dirname, "..", "..", "..");
export const TMP_DIR = path.join(root, "tests", ".tmp");

export function removeDatabase(file: string) {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
}

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = http.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface AppServer {
  url: string;
  /** Everything the start script printed so far. */
  output(): string;
  close(): Promise<void>;
}

export async function startAppServer(env: Record<string, string>, timeoutMs = 150_000): Promise<AppServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let output = "";
  const app = spawn(path.join(root, "node_modules", ".bin", "tsx"), ["scripts/start.ts"], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NODE_ENV: "production", PORT: String(port), HOST: "127.0.0.1", ...env },
  });
  app.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  app.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const close = () =>
    new Promise<void>((resolve) => {
      if (app.exitCode !== null) return resolve();
      app.on("exit", () => resolve());
      // start.ts forwards SIGTERM to the Next server it started.
      app.kill("SIGTERM");
    });
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (app.exitCode !== null) throw new Error(`the app server exited with ${app.exitCode}:\n${output}`);
    if (await fetch(`${url}/api/health`).then((r) => r.ok, () => false)) return { url, output: () => output, close };
    await new Promise((r) => setTimeout(r, 500));
  }
  await close();
  throw new Error(`the app server did not start:\n${output}`);
}

function certificate(): { key: Buffer; cert: Buffer } {
  const key = path.join(TMP_DIR, "tls.key");
  const cert = path.join(TMP_DIR, "tls.crt");
  if (!fs.existsSync(cert)) {
    fs.mkdirSync(TMP_DIR, { recursive: true });
    execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "2", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"], { stdio: "ignore" });
  }
  return { key: fs.readFileSync(key), cert: fs.readFileSync(cert) };
}

/** An HTTPS reverse proxy on a free port in front of `upstreamPort`. */
export async function startTlsProxy(tlsPort: number, upstreamPort: number): Promise<{ close(): Promise<void> }> {
  const tls = https.createServer(certificate(), (request, response) => {
    const headers = { ...request.headers, "x-forwarded-proto": "https", "x-forwarded-host": `127.0.0.1:${tlsPort}`, "x-forwarded-for": request.socket.remoteAddress ?? "" };
    const upstream = http.request({ host: "127.0.0.1", port: upstreamPort, method: request.method, path: request.url, headers }, (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    });
    upstream.on("error", () => response.writeHead(502).end());
    request.pipe(upstream);
  });
  await new Promise<void>((resolve) => tls.listen(tlsPort, "127.0.0.1", resolve));
  return { close: () => new Promise<void>((resolve) => tls.close(() => resolve())) };
}
