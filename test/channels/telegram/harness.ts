// A buyer bot on a real test database with the real core (offline adapters, a tiny catalog),
// driven with bot.handleUpdate; an API transformer records every call and answers like Telegram.
import type { Update, UserFromGetMe } from "grammy/types";
import type { Bot } from "grammy";
import { configFrom } from "../../../src/config.js";
import { createLogger, silentLogger } from "../../../src/logger.js";
import { buildCoreDeps, type CoreDeps } from "../../../src/wiring.js";
import { openCatalog } from "../../../src/adapters/catalog/readCatalog.js";
import { seedCatalog } from "../../../src/core/catalog/seedCatalog.js";
import { dealDepsFrom } from "../../../src/adapters/db/dealsRuntime.js";
import { createOutboxStore } from "../../../src/adapters/db/outboxStore.js";
import { createOutboxWorker } from "../../../src/core/deals/outboxWorker.js";
import { recordDelivery } from "../../../src/core/deals/deliveries.js";
import type { DealDeps } from "../../../src/core/deals/deps.js";
import type { Actor } from "../../../src/core/deals/types.js";
import { createBot } from "../../../src/channels/telegram/bot.js";
import { createTelegramDelivery } from "../../../src/channels/telegram/delivery.js";
import { createBuyerStore } from "../../../src/adapters/db/buyerStore.js";
import type { BotContext } from "../../../src/channels/telegram/context.js";
import { createTestDb, type TestDb } from "../../helpers/testDb.js";
import { telegramViolations } from "../../helpers/strictTelegram.js";
import { HEADER, row, tempDir, writeFile } from "../../helpers/catalogFiles.js";

export const botInfo = {
  id: 4242, is_bot: true, first_name: "Caravan", username: "caravan_test_bot", can_join_groups: false,
  can_read_all_group_messages: false, supports_inline_queries: false, can_connect_to_business: false, has_main_web_app: false,
} as UserFromGetMe;

export interface Call {
  method: string;
  payload: Record<string, unknown>;
}

export const clock = { now: () => new Date("2026-11-22T10:00:00Z") };

/** A test database with the real core on a small catalog (`rows`: catalog CSV lines, the demo four by default). */
export async function seededCore(rows?: string[], env: Record<string, string> = {}): Promise<{ t: TestDb; core: CoreDeps; deals: DealDeps }> {
  const t = await createTestDb();
  // `env`: extra settings, e.g. OPENAI_API_KEY + OPENAI_BASE_URL of a fake server for the LLM parser.
  const config = configFrom(env);
  const core = buildCoreDeps(config, t.db, silentLogger, clock);
  const file = writeFile(tempDir(), "tg.csv", [
    HEADER,
    ...(rows ?? [
    row("Atlas Argan", "AA-1", "Organic culinary argan oil", { certifications: "organic;ecocert", moq: 200, unit: "kg", price_min: 14, price_max: 16, currency: "EUR", ships_to: "NL;FR", lead_time_days: 20 }),
    row("Souss Oils", "SO-1", "Culinary argan oil, toasted", { certifications: "organic", moq: 500, unit: "kg", ships_to: "NL" }),
    row("Sahara Gold", "SG-1", "Cold pressed argan oil", { certifications: "", moq: 100, unit: "kg", ships_to: "*" }),
    row("Maple North", "MN-1", "Pure maple syrup grade A amber", { certifications: "organic;kosher", unit: "l", seller_country: "CA", origin_country: "CA", ships_to: "*" }),
    ]),
  ].join("\n"));
  await seedCatalog(core, async () => (await openCatalog(file)).rows);
  return { t, core, deals: dealDepsFrom(config, t.db, clock) };
}

/** Update ids are per bot, so one counter across every simulated user. */
let nextUpdateId = 1;

export class Harness {
  calls: Call[] = [];
  /** Calls the real Bot API would refuse (text length, HTML, UTF-8, callback_data…): answered with its 400, and kept for tests to assert none. */
  violations: string[] = [];
  /** When set, sendMessage answers with this Telegram error. */
  failSend: { error_code: number; description: string; parameters?: { retry_after?: number } } | null = null;
  private nextMessageId = 1000;
  readonly bot: Bot<BotContext>;

  constructor(
    readonly core: CoreDeps, readonly deals: DealDeps, readonly user = { id: 777001, is_bot: false, first_name: "Alice", language_code: "en" },
    rateLimit = { max: 1000, windowMs: 1000 },
  ) {
    this.bot = createBot({ core, deals, logger: process.env.DEBUG_TG ? createLogger("debug") : silentLogger }, { token: "123456:TEST-token-abcdefghijklmnop", botInfo, autoRetry: false, rateLimit });
    this.bot.api.config.use(async (_prev, method, payload) => {
      const p = (payload ?? {}) as Record<string, unknown>;
      this.calls.push({ method, payload: p });
      const refused = telegramViolations(method, p);
      if (refused.length) {
        this.violations.push(...refused.map((v) => `${method}: ${v}`));
        return { ok: false, error_code: 400, description: `Bad Request: ${refused.join("; ")}` } as never;
      }
      if (method === "sendMessage") {
        if (this.failSend) return { ok: false, ...this.failSend } as never;
        return { ok: true, result: { message_id: this.nextMessageId++, date: 0, chat: { id: Number(p.chat_id), type: "private", first_name: "x" }, text: String(p.text) } } as never;
      }
      return { ok: true, result: true } as never;
    });
  }

  private chat() {
    return { id: this.user.id, type: "private" as const, first_name: this.user.first_name };
  }

  message(text: string, extra: Record<string, unknown> = {}): Update {
    const id = nextUpdateId++;
    const entities = text.startsWith("/") ? [{ type: "bot_command" as const, offset: 0, length: text.split(" ")[0]!.length }] : undefined;
    return { update_id: id, message: { message_id: id, date: 0, chat: this.chat(), from: this.user, text, ...(entities ? { entities } : {}), ...extra } } as Update;
  }

  press(data: string): Update {
    const id = nextUpdateId++;
    return { update_id: id, callback_query: { id: `cb${id}`, from: this.user, chat_instance: "ci", data, message: { message_id: 1, date: 0, chat: this.chat(), text: "card" } } } as Update;
  }

  /** Handles an update and returns the API calls it made. */
  async send(u: Update): Promise<Call[]> {
    const from = this.calls.length;
    await this.bot.handleUpdate(u);
    return this.calls.slice(from);
  }
  async say(text: string, extra: Record<string, unknown> = {}): Promise<Call[]> {
    return this.send(this.message(text, extra));
  }

  /** Delivers pending telegram outbox messages through the real delivery and worker. */
  async drain(): Promise<number> {
    const delivery = createTelegramDelivery(this.bot.api, createBuyerStore(this.core.db), silentLogger);
    const worker = createOutboxWorker({ store: createOutboxStore(this.core.db), channels: [delivery], onDelivered: (m, r) => recordDelivery(this.deals, m, r), backoffBaseMs: 20, backoffMaxMs: 50, pollMs: 50 });
    return worker.drain();
  }
}

export const texts = (calls: Call[]) => calls.filter((c) => c.method === "sendMessage").map((c) => String(c.payload.text));

/** Every callback_data on the inline keyboards of these calls. */
export function buttons(calls: Call[]): { text: string; data: string }[] {
  const out: { text: string; data: string }[] = [];
  for (const c of calls) {
    const markup = c.payload.reply_markup as { inline_keyboard?: { text: string; callback_data?: string }[][] } | undefined;
    for (const r of markup?.inline_keyboard ?? []) for (const b of r) if (b.callback_data) out.push({ text: b.text, data: b.callback_data });
  }
  return out;
}

export const answers = (calls: Call[]) => calls.filter((c) => c.method === "answerCallbackQuery").map((c) => (c.payload.text as string | undefined) ?? "");

export const validQuote = {
  unitPrice: "13.2", currency: "EUR", unit: "kg", moq: 500, moqUnit: "kg", leadTimeDays: 21, incoterm: "CIF", incotermPlace: "Rotterdam",
  validUntil: "2027-02-28", samplesAvailable: true, sampleCost: 0, paymentTerms: "30% deposit", notes: "Ecocert <certified>",
};

/** Links a Discord member to a seller so the test can act as that seller. */
export async function sellerActor(core: CoreDeps, sellerName: string): Promise<Actor> {
  const seller = await core.db.prisma.seller.findFirstOrThrow({ where: { name: sellerName } });
  const externalId = `dc-${seller.id}`;
  await core.db.prisma.sellerMember.upsert({
    where: { platform_externalId: { platform: "discord", externalId } },
    create: { sellerId: seller.id, platform: "discord", externalId, displayName: "sales" },
    update: {},
  });
  return { platform: "discord", userId: externalId };
}

/** text → questions → card → search → introduce the first seller; returns the introduction. */
export async function introducedBuyer(core: CoreDeps, h: Harness) {
  await h.say("/start");
  const card = await h.say("We need organic argan oil, 2 t CIF Rotterdam");
  const search = buttons(card).find((b) => b.data.startsWith("rs:"))!;
  const req = await core.db.prisma.sourcingRequest.findUniqueOrThrow({ where: { id: search.data.split(":")[1] } });
  const shortlist = await h.send(h.press(search.data));
  const intro = buttons(shortlist).find((b) => b.data.startsWith("in:"))!;
  await h.send(h.press(intro.data));
  return core.db.prisma.introduction.findFirstOrThrow({ where: { requestId: req.id }, include: { seller: true } });
}

