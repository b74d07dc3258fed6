// With OPENAI_API_KEY the LLM parser reads any language. A buyer writing in one Caravan has no
// locale for (Portuguese here) gets the clarifying question in English, after a plain sentence
// saying so — rendered by the Telegram bot and the playground alike. The model is a fake OpenAI
// server; its answer is deliberately untidy (unit words, certification spellings, a language
// name) so the shared normalisation is checked on the way.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeHttp, type FakeHttp, type RecordedRequest } from "../../helpers/fakeHttp.js";
import { Harness, seededCore, texts } from "../telegram/harness.js";
import { call, startPlayground, type Playground } from "../playground/harness.js";
import type { Bubble } from "../../../src/channels/playground/render.js";

const PORTUGUESE = "Olá, precisamos de óleo de argan orgânico certificado halal para as nossas lojas em Lisboa";

/** The model's answer, as an LLM might write it: names and spellings, not codes. */
const MODEL_ANSWER = {
  product: "Óleo de Argan",
  quantity: null,
  targetPrice: null,
  incoterm: null,
  destination: { country: "portugal", place: "Lisboa" },
  deadline: null,
  certifications: ["Orgânico", "HALAL", "Halal certified"],
  language: "Portuguese",
};

let fake: FakeHttp;
const seen: RecordedRequest[] = [];

function completion(req: RecordedRequest) {
  seen.push(req);
  const body = req.body as { model?: string; messages?: { role: string; content: string }[] };
  // Strict: a chat completion with the configured model and the buyer's text among the messages.
  if (body.model !== "test-model" || !body.messages?.some((m) => m.content.includes(PORTUGUESE))) return { status: 400, body: { error: { message: "unexpected request" } } };
  return {
    body: {
      id: "chatcmpl-test", object: "chat.completion", created: 1_700_000_000, model: "test-model",
      choices: [{ index: 0, message: { role: "assistant", content: JSON.stringify(MODEL_ANSWER), refusal: null }, finish_reason: "stop", logprobs: null }],
      usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
    },
  };
}

const env = () => ({ OPENAI_API_KEY: "sk-test-secret-0123456789", OPENAI_BASE_URL: `${fake.url}/v1`, LLM_MODEL: "test-model", EMBEDDINGS: "local" });

beforeAll(async () => {
  fake = await startFakeHttp({ "POST /v1/chat/completions": completion });
});
afterAll(async () => fake?.close());

describe("Telegram, with the LLM parser, for a language without a locale", () => {
  let setup: Awaited<ReturnType<typeof seededCore>>;
  beforeAll(async () => {
    setup = await seededCore(undefined, env());
  }, 120_000);
  afterAll(async () => setup?.t.cleanup());

  it("says plainly it replies in English, then asks the question in English, on a normalised request", async () => {
    const h = new Harness(setup.core, setup.deals, { id: 880_001, is_bot: false, first_name: "Ana", language_code: "fr" });
    const sent = texts(await h.say(PORTUGUESE));
    expect(h.violations).toEqual([]);
    const note = sent.findIndex((s) => s.includes("I can't write in Portuguese yet, so I'm replying in English."));
    const ask = sent.findIndex((s) => /How much/.test(s));
    expect(note).toBeGreaterThanOrEqual(0);
    expect(ask).toBeGreaterThan(note);
    // The chat was French: it now follows the English it answers in.
    expect(sent.join("\n")).not.toMatch(/Quelle quantité|Combien/);
    const request = await setup.t.db.prisma.sourcingRequest.findFirstOrThrow({ where: { buyer: { platform: "telegram", externalId: "880001" } } });
    expect(request).toMatchObject({ product: "óleo de argan", destinationCountry: "PT", destinationPlace: "Lisbon", certifications: ["halal", "organic"] });
  });

  it("adds no note for a language it has a locale for", async () => {
    const h = new Harness(setup.core, setup.deals, { id: 880_002, is_bot: false, first_name: "Bea", language_code: "en" });
    // The fake refuses any other text with a 400: the LLM parser falls back to the rules, in English.
    const sent = texts(await h.say("I need organic argan oil"));
    expect(sent.join("\n")).not.toMatch(/can't write in/);
    expect(sent[0]).toMatch(/How much organic argan oil/);
  });
});

describe("the playground, with the LLM parser, for a language without a locale", () => {
  let pg: Playground;
  beforeAll(async () => {
    pg = await startPlayground(env());
  }, 120_000);
  afterAll(async () => pg?.stop());

  it("renders the plain English note before the English question", async () => {
    const msg = await call(pg.url, "POST", "/api/buyer/message", { session: "session-llm-pt-0001", text: PORTUGUESE });
    expect(msg.status).toBe(200);
    const lines = (msg.json.bubbles as Bubble[]).flatMap((b) => b.lines);
    const note = lines.findIndex((l) => l === "I can't write in Portuguese yet, so I'm replying in English.");
    expect(note).toBeGreaterThanOrEqual(0);
    expect(lines.findIndex((l) => /How much/.test(l))).toBeGreaterThan(note);
  });
});
