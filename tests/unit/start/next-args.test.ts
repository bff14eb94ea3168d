// `npm start` passes HOST to `next start` as the listening address; without HOST, Next's default
// (every interface) is kept, as before.
import { describe, expect, it } from "vitest";
import { nextArgs, readConfig } from "@/scripts/start/config";

const env = (extra: Record<string, string>) => ({ DATABASE_URL: "file:./test.db", ...extra });

describe("the start command's listening address", () => {
  it("listens where HOST says", () => {
    const config = readConfig(env({ HOST: "127.0.0.1", PORT: "3100" }));
    expect(nextArgs("start", config)).toEqual(["start", "--port", "3100", "--hostname", "127.0.0.1"]);
  });

  it("keeps Next's default without HOST", () => {
    const config = readConfig(env({ PORT: "3100" }));
    expect(config.host).toBeNull();
    expect(nextArgs("dev", config)).toEqual(["dev", "--port", "3100"]);
  });

  it("refuses a HOST that is not an address", () => {
    expect(() => readConfig(env({ HOST: "0.0.0.0 --inspect" }))).toThrow(/HOST must be an address/);
  });
});

describe("the site address", () => {
  it("is required behind a reverse proxy, which alone decides the session cookie's Secure flag", () => {
    expect(() => readConfig(env({ TRUST_PROXY: "1" }))).toThrow(/TRUST_PROXY=1 needs NEXTAUTH_URL/);
    expect(() => readConfig(env({ TRUST_PROXY: "1", NEXTAUTH_URL: "quality.example.gov.cn" }))).toThrow(/NEXTAUTH_URL must be/);
    expect(readConfig(env({ TRUST_PROXY: "1", NEXTAUTH_URL: "https://quality.example.gov.cn" })).port).toBe(3000);
    expect(readConfig(env({})).port).toBe(3000);
  });
});
