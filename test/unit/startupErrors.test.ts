import { describe, expect, it } from "vitest";
import { configFrom } from "../../src/config.js";
import { explainStartupError } from "../../src/startupErrors.js";

const pg = configFrom({ DATABASE_URL: "postgresql://caravan@db.internal:5432/caravan" });
const local = configFrom({});

describe("explainStartupError", () => {
  it("names the setting to fix for the usual operator mistakes", () => {
    expect(explainStartupError(Object.assign(new Error("Call to 'getMe' failed!"), { method: "getMe", error_code: 401 }), local)).toMatch(/TELEGRAM_BOT_TOKEN/);
    expect(explainStartupError(Object.assign(new Error("An invalid token was provided."), { code: "TokenInvalid" }), local)).toMatch(/DISCORD_BOT_TOKEN/);
    expect(explainStartupError(new AggregateError([Object.assign(new Error("connect"), { code: "ECONNREFUSED" })]), pg)).toMatch(/Cannot reach Postgres \(ECONNREFUSED\): check DATABASE_URL/);
    expect(explainStartupError(Object.assign(new Error("auth"), { code: "28P01" }), pg)).toMatch(/password in DATABASE_URL/);
    expect(explainStartupError(Object.assign(new Error("db"), { code: "3D000" }), pg)).toMatch(/does not exist: create it/);
    expect(explainStartupError(Object.assign(new Error("listen"), { code: "EADDRINUSE", port: 3000 }), local)).toMatch(/Port 3000 is already in use/);
  });

  it("falls back to the error's own message, and never echoes the database URL", () => {
    expect(explainStartupError(new Error("migration 2026_x failed"), local)).toBe("migration 2026_x failed");
    expect(explainStartupError(Object.assign(new Error("x"), { code: "ECONNREFUSED" }), pg)).not.toContain("db.internal");
  });
});
