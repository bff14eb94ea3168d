// Reads and checks the environment, failing with a message that says what to fix.
import { ConfigError, databaseKindOf, databaseUrl, poolSize } from "@/lib/db-url";

export interface StartConfig {
  port: number;
  /** HOST: the address to listen on; null keeps Next's default (every interface). */
  host: string | null;
  databaseUrl: string;
  authSecret: string | null;
  /** What an empty database gets on first start: the demo, or a real installation (one administrator). */
  installMode: "demo" | "production";
}

export function readConfig(env: Record<string, string | undefined> = process.env, argv: readonly string[] = process.argv): StartConfig {
  const rawPort = env.PORT?.trim() || "3000";
  const port = Number(rawPort);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ConfigError(`PORT must be a whole number from 1 to 65535 (got "${rawPort}").`);
  }
  const host = env.HOST?.trim() || null;
  if (host !== null && !/^[\w.:[\]-]+$/.test(host)) {
    throw new ConfigError(`HOST must be an address or host name such as 127.0.0.1 or 0.0.0.0 (got "${host}").`);
  }
  const secret = env.NEXTAUTH_SECRET?.trim() || null;
  if (secret !== null && secret.length < 32) {
    throw new ConfigError("NEXTAUTH_SECRET must be at least 32 characters; unset it to have one generated and stored.");
  }
  const siteUrl = env.NEXTAUTH_URL?.trim() || null;
  if (siteUrl !== null && !/^https?:\/\/[^/\s]+/i.test(siteUrl)) {
    throw new ConfigError(`NEXTAUTH_URL must be the site's public address such as https://quality.example.gov.cn (got "${siteUrl}").`);
  }
  // The session cookie's name and Secure flag come from the site address alone (lib/auth/session-cookie.ts):
  // behind a reverse proxy the request says nothing reliable about it, so it must be given.
  if ((env.TRUST_PROXY === "1" || env.TRUST_PROXY === "true") && siteUrl === null) {
    throw new ConfigError("TRUST_PROXY=1 needs NEXTAUTH_URL, the site's public address (e.g. https://quality.example.gov.cn): the session cookie is Secure exactly when it is https.");
  }
  const rawMode = env.INSTALL_MODE?.trim() || (argv.includes("--no-demo") ? "production" : "demo");
  if (rawMode !== "demo" && rawMode !== "production") {
    throw new ConfigError(`INSTALL_MODE must be "production" (a real installation) or "demo" (got "${rawMode}").`);
  }
  if (rawMode === "demo" && argv.includes("--no-demo")) throw new ConfigError("--no-demo contradicts INSTALL_MODE=demo.");
  databaseKindOf(databaseUrl());
  poolSize(env);
  return { port, host, databaseUrl: databaseUrl(), authSecret: secret, installMode: rawMode };
}

/** The arguments of `next dev|start`: the port, and the listening address when HOST names one. */
export function nextArgs(mode: "dev" | "start", config: Pick<StartConfig, "port" | "host">): string[] {
  return [mode, "--port", String(config.port), ...(config.host ? ["--hostname", config.host] : [])];
}
