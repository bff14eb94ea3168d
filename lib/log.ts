// The server's structured log (pino, one JSON line per event on stdout): level, ISO time, and for
// requests the request id and user id. Passwords, tokens and cookies are never written: the paths
// below are redacted wherever they appear in a logged object. Server-side only (the proxy, route
// handlers, instrumentation); the browser bundle never imports it.
import pino, { type DestinationStream, type Logger } from "pino";

/** Fields that may carry a credential, at the top level, one level down, and in request headers. */
export const REDACTED_PATHS = [
  "password",
  "token",
  "*.password",
  "*.token",
  "*.newPassword",
  "headers.authorization",
  "headers.cookie",
  'headers["set-cookie"]',
  "*.headers.authorization",
  "*.headers.cookie",
  '*.headers["set-cookie"]',
];

/** A logger writing to `destination` (stdout by default); tests pass a stream to read the lines. */
export function createLogger(destination?: DestinationStream): Logger {
  const options = {
    level: process.env.LOG_LEVEL?.trim() || "info",
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
    redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
  };
  return destination ? pino(options, destination) : pino(options);
}

export const log = createLogger();
