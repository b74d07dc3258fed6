import { describe, expect, it } from "vitest";
import { LazyEmbedder, loadOnce } from "../../src/adapters/lazyAdapters.js";
import { openAIEmbeddingSpace } from "../../src/adapters/vectorFactory.js";
import { OpenAIEmbedder } from "../../src/adapters/openai/embedder.js";
import { HashEmbedder } from "../../src/adapters/local/hashEmbedder.js";
import { configFrom } from "../../src/config.js";

describe("loadOnce", () => {
  it("loads once for concurrent callers, and tries again after a failed load", async () => {
    let calls = 0;
    const get = loadOnce(async () => {
      calls++;
      if (calls === 1) throw new Error("network down");
      return calls;
    });
    await expect(get()).rejects.toThrow("network down");
    const [a, b] = await Promise.all([get(), get()]);
    expect([a, b, calls]).toEqual([2, 2, 2]);
  });
});

describe("LazyEmbedder", () => {
  it("delegates to the loaded embedder", async () => {
    const real = new HashEmbedder();
    const lazy = new LazyEmbedder(real.model, real.dimensions, async () => real);
    expect(await lazy.embedQuery("argan oil")).toEqual(await real.embedQuery("argan oil"));
  });

  it("refuses an embedder that is not the one announced", async () => {
    const real = new HashEmbedder();
    const lazy = new LazyEmbedder(real.model, real.dimensions + 1, async () => real);
    await expect(lazy.embedQuery("x")).rejects.toThrow(/announced as/);
  });
});

describe("openAIEmbeddingSpace", () => {
  it.each([
    { EMBEDDING_MODEL: "text-embedding-3-small" },
    { EMBEDDING_MODEL: "text-embedding-3-large", EMBEDDING_DIMENSIONS: "256" },
    { EMBEDDING_MODEL: "text-embedding-ada-002" },
    { EMBEDDING_MODEL: "my-local-model", EMBEDDING_DIMENSIONS: "768" },
  ])("announces what the OpenAI embedder reports for %o", (vars) => {
    const config = configFrom({ OPENAI_API_KEY: "sk-test", ...vars });
    const real = new OpenAIEmbedder(config);
    expect(openAIEmbeddingSpace(config)).toEqual({ model: real.model, dimensions: real.dimensions });
  });

  it("needs EMBEDDING_DIMENSIONS for a model of unknown size", () => {
    expect(() => openAIEmbeddingSpace(configFrom({ OPENAI_API_KEY: "sk-test", EMBEDDING_MODEL: "my-local-model" }))).toThrow(/EMBEDDING_DIMENSIONS/);
  });
});
