// "Tell me when a seller lists it": a request nothing fits can be watched; once a seller's catalog
// adds the product, the buyer gets one message (through the outbox) with [Search suppliers], and
// only then. A buyer watches only their own, still searchable request.
import { describe, expect, it } from "vitest";
import { checkWatches, WATCH_DAYS, type ConversationDeps } from "../../../src/core/conversation/index.js";
import type { CoreDeps } from "../../../src/wiring.js";
import { translate } from "../../../src/locales/index.js";
import { requestStatus } from "../../../src/channels/requestStatus.js";
import { openCatalog } from "../../../src/adapters/catalog/readCatalog.js";
import { seedCatalog } from "../../../src/core/catalog/seedCatalog.js";
import { HEADER, row, tempDir, writeFile } from "../../helpers/catalogFiles.js";
import type { TestDb } from "../../helpers/testDb.js";
import { buyer, clock, only, pressable, useWorld } from "./world.js";

let deps: ConversationDeps;
let core: CoreDeps;
let t: TestDb;
useWorld((w) => ({ deps, core, t } = w));

const hits = (requestId: string) => t.db.prisma.outboxMessage.findMany({ where: { kind: "watch_hit", payload: { path: ["requestId"], equals: requestId } } });

async function addToCatalog(name: string, ...rows: string[]) {
  const file = writeFile(tempDir(), name, [HEADER, ...rows].join("\n"));
  await seedCatalog(core, async () => (await openCatalog(file)).rows);
}

/** A buyer whose request nothing fits, shown the [watch] button. */
async function noFit(lang: "en" | "fr", text: string) {
  const b = await buyer(deps, lang);
  const card = only(await b.say(text), "requestCard");
  const empty = only(await b.press(pressable(card, "search")), "notice");
  expect(empty.msg.key).toBe("tg-shortlist-empty");
  return { b, requestId: card.requestId, watch: pressable(empty, "watch") };
}

describe("watching a request nothing fits", () => {
  it("tells the buyer once, after a seller lists the product, with a button to search", async () => {
    const { b, requestId, watch } = await noFit("en", "3 tonnes of quinoa to Hamburg");
    const on = only(await b.press(watch), "notice");
    expect(translate("en", on.msg)).toBe(`Noted: I will message you here as soon as a seller lists quinoa (for the next ${WATCH_DAYS} days).`);
    // /requests says it is being watched, and until when.
    const listed = only(await b.press({ kind: "requests" }), "requests").items.find((i) => i.requestId === requestId);
    expect(listed && requestStatus("en", listed)).toBe("ready to search · 🔔 watching for a seller until 2027-01-21");

    // The catalog has not changed since: a search that finds nothing, then no search at all.
    expect((await checkWatches(deps)).notified).toEqual([]);
    expect((await checkWatches(deps)).checked).toBe(0);
    await addToCatalog("soap.csv", row("Savon Doux", "SD-2", "Lavender soap bar", { unit: "pcs", ships_to: "*" }));
    const unrelated = await checkWatches(deps);
    expect(unrelated.checked).toBeGreaterThanOrEqual(1);
    expect(unrelated.notified).not.toContain(requestId);
    expect(await hits(requestId)).toHaveLength(0);

    await addToCatalog("quinoa.csv", row("Andes Grains", "AG-1", "Organic white quinoa, bulk", { unit: "kg", moq: 1000, ships_to: "*" }));
    expect((await checkWatches(deps)).notified).toEqual([requestId]);
    const [hit] = await hits(requestId);
    expect(hit?.payload).toMatchObject({ requestId, product: "quinoa", to: { externalId: b.ref.chatId, language: "en" } });

    expect(only(await b.press({ kind: "requests" }), "requests").items.find((i) => i.requestId === requestId)?.watchingUntil).toBeUndefined();
    // Told once: another catalog change does not tell again.
    await addToCatalog("quinoa2.csv", row("Andes Grains", "AG-2", "Red quinoa, 25 kg bags", { unit: "kg", moq: 500, ships_to: "*" }));
    expect((await checkWatches(deps)).notified).toEqual([]);
    expect(await hits(requestId)).toHaveLength(1);

    // The button the message carries runs the search: now a shortlist.
    expect((await b.press({ kind: "search", requestId })).map((r) => r.kind)).toContain("shortlist");
  });

  it("is refused for another buyer's request, for a searched one, and after the watch ran out", async () => {
    const { requestId, watch } = await noFit("fr", "2 tonnes de lentilles corail pour Lyon");
    const other = await buyer(deps, "fr");
    expect(only(await other.press(watch), "notice").msg.key).toBe("tg-stale");
    expect((await t.db.prisma.sourcingRequest.findUniqueOrThrow({ where: { id: requestId } })).watchUntil).toBeNull();

    const found = await buyer(deps, "en");
    const card = only(await found.say("5000 L of extra virgin olive oil to Montreal"), "requestCard");
    expect(only(await found.press(pressable(card, "search")), "shortlist")).toBeTruthy();
    expect(only(await found.press({ kind: "watch", requestId: card.requestId }), "notice").msg.key).toBe("tg-stale");

    const owner = await noFit("en", "1 tonne of pistachio kernels to Rome");
    expect(only(await owner.b.press(owner.watch), "notice").msg.key).toBe("tg-watch-on");
    await addToCatalog("pistachio.csv", row("Aegean Nuts", "AN-1", "Pistachio kernels, green", { unit: "kg", moq: 100, ships_to: "*" }));
    const later = new Date(clock.now().getTime() + (WATCH_DAYS + 1) * 86_400_000);
    expect((await checkWatches(deps, later)).notified).not.toContain(owner.requestId);
    expect(await hits(owner.requestId)).toHaveLength(0);
  });

  it("says so once when the watch runs out with no seller, and the buyer can watch again", async () => {
    const { b, requestId, watch } = await noFit("en", "4 tonnes of teff flour to Addis Ababa");
    expect(only(await b.press(watch), "notice").msg.key).toBe("tg-watch-on");
    const ended = () => t.db.prisma.outboxMessage.findMany({ where: { kind: "watch_expired", payload: { path: ["requestId"], equals: requestId } } });
    const day = 86_400_000;
    // The last day of the watch: nothing is said yet.
    const lastDay = new Date(clock.now().getTime() + WATCH_DAYS * day - 1000);
    expect((await checkWatches(deps, lastDay)).expired).not.toContain(requestId);
    const after = new Date(clock.now().getTime() + WATCH_DAYS * day + 1000);
    expect((await checkWatches(deps, after)).expired).toEqual([requestId]);
    const [msg] = await ended();
    expect(msg?.payload).toMatchObject({ requestId, product: "teff flour", days: WATCH_DAYS, to: { externalId: b.ref.chatId, language: "en" } });
    expect((await t.db.prisma.sourcingRequest.findUniqueOrThrow({ where: { id: requestId } })).watchUntil).toBeNull();
    // Said once: the next sweep finds nothing to end.
    expect((await checkWatches(deps, after)).expired).toEqual([]);
    expect(await ended()).toHaveLength(1);
    // The request is still the buyer's to search or to watch again ("Keep watching").
    expect(only(await b.press({ kind: "watch", requestId }), "notice").msg.key).toBe("tg-watch-on");
  });

  it("ends a run-out watch silently when the buyer has cancelled the request since", async () => {
    const { b, requestId, watch } = await noFit("fr", "3 tonnes de farine de teff pour Marseille");
    expect(only(await b.press(watch), "notice").msg.key).toBe("tg-watch-on");
    await b.press({ kind: "cancelRequest", requestId });
    expect((await t.db.prisma.sourcingRequest.findUniqueOrThrow({ where: { id: requestId } })).status).toBe("cancelled");
    const after = new Date(clock.now().getTime() + (WATCH_DAYS + 1) * 86_400_000);
    expect((await checkWatches(deps, after)).expired).toEqual([]);
    expect((await t.db.prisma.sourcingRequest.findUniqueOrThrow({ where: { id: requestId } })).watchUntil).toBeNull();
  });
});
