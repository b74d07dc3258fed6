// No handler failure escapes the desk: an unexpected error is answered with the apology in the
// seller's language, an answer that cannot be delivered (the interaction is gone) is only logged,
// and unknown commands or stale buttons get a sentence, not silence.
import { describe, expect, it } from "vitest";
import { createDeskHandler } from "../../../src/channels/discord/interactions.js";
import type { DealDeps } from "../../../src/core/deals/index.js";
import type { ChatStore } from "../../../src/ports/chatStore.js";
import type { SellerDeskStore } from "../../../src/ports/sellerDesk.js";
import { systemClock } from "../../../src/ports/clock.js";
import { t } from "../../../src/locales/index.js";
import { createLogger } from "../../../src/logger.js";
import { customId } from "../../../src/channels/discord/customIds.js";
import { CardLog, Recorder, event } from "./desk.js";

const broken = new Proxy({}, { get: () => async () => { throw new Error("connection terminated unexpectedly"); } });
// Only the clock is read before the broken stores fail; the deals core is never reached here.
const deals = { clock: systemClock } as unknown as DealDeps;
const desk = createDeskHandler({ deals, stores: { desk: broken as SellerDeskStore, chatState: broken as ChatStore }, cards: new CardLog(), log: createLogger("silent") });

describe("desk failure containment", () => {
  it("answers an unexpected failure with the apology in the seller's language, after deferring", async () => {
    const r = new Recorder();
    await desk.handle(event("u1", "command", "profile", { locale: "fr" }), r);
    expect(r.deferred).toBe(true);
    expect(r.replies).toEqual([{ content: t("fr", "discord-error-generic"), ephemeral: true }]);
    expect(r.last?.content).not.toContain("connection terminated");
  });

  it("resolves when even the answer fails (the interaction expired)", async () => {
    const gone = new Recorder();
    gone.reply = async () => { throw new Error("Unknown interaction"); };
    await expect(desk.handle(event("u1", "command", "link", { options: { code: "CRV-AAAA-BBBB" } }), gone)).resolves.toBeUndefined();
  });

  it("names unknown commands and stale custom ids", async () => {
    const cmd = new Recorder();
    await desk.handle(event("u1", "command", "nonsense"), cmd);
    expect(cmd.last?.content).toBe(t("en", "discord-error-unknown-action"));
    const stale = new Recorder();
    await desk.handle(event("u1", "button", "caravan:teleport:abc"), stale);
    expect(stale.last?.content).toBe(t("en", "discord-error-unknown-action"));
    // A select with a value that is not a reason: nothing runs, the seller is told.
    const bad = new Recorder();
    await desk.handle(event("u1", "select", customId("reason", "abc"), { values: ["<script>"] }), bad);
    expect(bad.last?.content).toBe(t("en", "discord-error-unknown-action"));
  });
});
