// A second app server behind a small local TLS reverse proxy, as a deployment runs it: the app
// started by `npm start`'s script with an https:// NEXTAUTH_URL and TRUST_PROXY=1 on the e2e
// database, and an HTTPS proxy (self-signed certificate made with openssl) that sets
// X-Forwarded-Proto/Host like the README's nginx configuration.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";
import path from "node:path";

const root = path.resolve(__dirname, "..", "..", "..");

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = http.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function certificate(dir: string): { key: Buffer; cert: Buffer } {
  const key = path.join(dir, "tls.key");
  const cert = path.join(dir, "tls.crt");
  if (!fs.existsSync(cert)) {
    execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "2", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"], { stdio: "ignore" });
  }
  return { key: fs.readFileSync(key), cert: fs.readFileSync(cert) };
}

async function waitForHealth(url: string, app: ChildProcess, timeoutMs = 120_000) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (app.exitCode !== null) throw new Error(`the HTTPS-site app server exited with ${app.exitCode}`);
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the HTTPS-site app server did not start");
}

export interface HttpsSite {
  url: string;
  close(): Promise<void>;
}

export async function startHttpsSite(databaseUrl: string): Promise<HttpsSite> {
  const [appPort, tlsPort] = [await freePort(), await freePort()];
  const url = `https://127.0.0.1:${tlsPort}`;
  const app = spawn(path.join(root, "node_modules", ".bin", "tsx"), ["scripts/start.ts"], {
    cwd: root,
    stdio: "ignore",
    env: { ...process.env, PORT: String(appPort), HOST: "127.0.0.1", DATABASE_URL: databaseUrl, NODE_ENV: "production", NEXTAUTH_URL: url, TRUST_PROXY: "1" },
  });
  await waitForHealth(`http://127.0.0.1:${appPort}/api/health`, app);
  const tls = https.createServer(certificate(path.join(root, "tests", ".tmp")), (request, response) => {
    const upstream = http.request(
      { host: "127.0.0.1", port: appPort, method: request.method, path: request.url, headers: { ...request.headers, "x-forwarded-proto": "https", "x-forwarded-host": `127.0.0.1:${tlsPort}`, "x-forwarded-for": request.socket.remoteAddress ?? "" } },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    upstream.on("error", () => response.writeHead(502).end());
    request.pipe(upstream);
  });
  await new Promise<void>((resolve) => tls.listen(tlsPort, "127.0.0.1", resolve));
  return {
    url,
    async close() {
      await new Promise<void>((resolve) => tls.close(() => resolve()));
      // start.ts forwards SIGTERM to the Next server it started.
      app.kill("SIGTERM");
    },
  };
}
