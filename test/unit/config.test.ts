import { describe, expect, it } from "vitest";
import { ConfigError, configFrom, describeConfig } from "../../src/config.js";

function problems(vars: Record<string, string>): string[] {
  try {
    configFrom(vars);
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  return [];
}

describe("config", () => {
  it("works with no environment at all: offline defaults and the playground", () => {
    const c = configFrom({});
    expect(c.DATABASE_URL).toBeUndefined();
    expect(c.CARAVAN_DATA_DIR).toBe("./.data");
    expect(c.PORT).toBe(3000);
    expect(c.embeddings).toBe("local");
    expect(c.vectorIndex).toBe("local");
    expect(c.playgroundEnabled).toBe(true);
    expect(c.telegramEnabled).toBe(false);
  });

  it("treats blank values as unset", () => {
    expect(configFrom({ PORT: "", OPENAI_API_KEY: " " }).embeddings).toBe("local");
  });

  it("lists every problem at once, by variable name", () => {
    const p = problems({ DATABASE_URL: "nonsense", LOG_LEVEL: "loud" });
    expect(p).toHaveLength(2);
    expect(p[0]).toMatch(/^DATABASE_URL: must be a postgresql:\/\/ URL/);
    expect(p[1]).toMatch(/^LOG_LEVEL: must be one of/);
  });

  it.each([
    ["PORT", "abc", /PORT: must be a number/],
    ["PORT", "70000", /PORT:/],
    ["DATABASE_POOL_SIZE", "0", /DATABASE_POOL_SIZE:/],
    ["EMBEDDINGS", "magic", /EMBEDDINGS: must be local or openai/],
    ["VECTOR_INDEX", "faiss", /VECTOR_INDEX: must be local or pinecone/],
    ["OPENAI_BASE_URL", "ftp://example.com", /OPENAI_BASE_URL: must be an http\(s\) URL/],
    ["TELEGRAM_API_ROOT", "not a url", /TELEGRAM_API_ROOT:/],
    ["DISCORD_API_URL", "localhost", /DISCORD_API_URL:/],
    ["PINECONE_HOST", "::", /PINECONE_HOST:/],
    ["EMBEDDING_DIMENSIONS", "many", /EMBEDDING_DIMENSIONS: must be a number/],
    ["TELEGRAM_BOT_TOKEN", "oops", /TELEGRAM_BOT_TOKEN: must look like/],
    ["DISCORD_GUILD_ID", "guild", /DISCORD_GUILD_ID: must be a numeric Discord id/],
    ["PLAYGROUND", "maybe", /PLAYGROUND: must be true or false/],
  ])("rejects %s=%s", (key, value, pattern) => {
    const p = problems({ [key]: value });
    expect(p.join("\n")).toMatch(pattern);
  });

  it("checks combinations that depend on each other", () => {
    expect(problems({ EMBEDDINGS: "openai" }).join()).toMatch(/EMBEDDINGS: is openai but OPENAI_API_KEY is not set/);
    expect(problems({ VECTOR_INDEX: "pinecone" }).join()).toMatch(/PINECONE_API_KEY is not set/);
    expect(problems({ PINECONE_API_KEY: "pc-key" }).join()).toMatch(/PINECONE_INDEX: set PINECONE_INDEX or PINECONE_HOST/);
    expect(problems({ DISCORD_BOT_TOKEN: "tok" }).join()).toMatch(/DISCORD_LEADS_CHANNEL_ID: required/);
    expect(problems({ TELEGRAM_BOT_TOKEN: "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ", TELEGRAM_WEBHOOK_URL: "https://x.example/tg" }).join()).toMatch(
      /TELEGRAM_WEBHOOK_SECRET: required/,
    );
    const webhook = { TELEGRAM_BOT_TOKEN: "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ", TELEGRAM_WEBHOOK_URL: "https://x.example/tg", TELEGRAM_WEBHOOK_SECRET: "s3cret-token" };
    expect(problems({ ...webhook, PLAYGROUND: "true" }).join()).toMatch(/PLAYGROUND: cannot run beside the Telegram webhook/);
    expect(problems(webhook)).toEqual([]);
  });

  it("never echoes secret values in errors or descriptions", () => {
    const secret = "sk-very-secret-value";
    const p = problems({ OPENAI_API_KEY: secret, PORT: "nope", DATABASE_URL: `mysql://u:${secret}@h/db` });
    expect(p.join("\n")).not.toContain(secret);
    const c = configFrom({ OPENAI_API_KEY: secret });
    expect(JSON.stringify(describeConfig(c))).not.toContain(secret);
    expect(describeConfig(c).OPENAI_API_KEY).toBe("set");
  });

  it("selects real services when their keys are present", () => {
    const c = configFrom({ OPENAI_API_KEY: "sk-x", PINECONE_API_KEY: "pc-x", PINECONE_INDEX: "caravan" });
    expect(c.embeddings).toBe("openai");
    expect(c.vectorIndex).toBe("pinecone");
    expect(configFrom({ OPENAI_API_KEY: "sk-x", EMBEDDINGS: "local" }).embeddings).toBe("local");
  });
});
