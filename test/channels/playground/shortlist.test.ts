// The shortlist's two other buttons, as Telegram has them, through the playground's API and the
// real core: [Introduce top 3] introduces the three best sellers of that round (checked in the
// database), [More suppliers] runs new rounds that never repeat a seller, until none is left.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, startPlayground, type Playground } from "./harness.js";

let pg: Playground;
beforeAll(async () => {
  pg = await startPlayground();
}, 120_000);
afterAll(async () => pg?.stop());

type Button = { label: string; action?: Record<string, unknown> };
type Bubble = { title?: string; lines: string[]; buttons?: Button[] };
const first = (r: { json: Record<string, unknown> }) => (r.json.bubbles as Bubble[])[0]!;
const buttonOf = (b: Bubble, label: string) => {
  const found = b.buttons?.find((x) => x.label === label);
  if (!found?.action) throw new Error(`no button ${label} in ${JSON.stringify(b)}`);
  return found.action;
};

describe("playground shortlist", () => {
  it("[Introduce top 3] introduces the round's three best sellers; [More suppliers] never shows a seller twice", async () => {
    const session = "session-shortlist-01";
    const act = (action: Record<string, unknown>) => call(pg.url, "POST", "/api/buyer/action", { session, action });
    const card = first(await call(pg.url, "POST", "/api/buyer/message", { session, text: "2 tonnes of organic argan oil to Rotterdam" }));
    const shortlist = first(await act(buttonOf(card, "Search suppliers")));
    const labels = shortlist.buttons!.map((b) => b.label);
    // Telegram's layout: one [Introduce] per seller, then [Introduce top 3] and [More suppliers].
    expect(labels.slice(-2)).toEqual(["Introduce top 3", "More suppliers"]);
    const request = await pg.t.db.prisma.sourcingRequest.findFirstOrThrow({ where: { buyer: { platform: "playground", externalId: session } } });
    const round1 = await pg.t.db.prisma.match.findMany({ where: { requestId: request.id, round: 1 }, orderBy: { rank: "asc" }, include: { seller: true } });
    const best = [...new Set(round1.map((m) => m.sellerId))].slice(0, 3);
    expect(best).toHaveLength(3);
    expect(buttonOf(shortlist, "Introduce top 3")).toEqual({ type: "introduce_top", requestId: request.id, round: 1 });

    const top = first(await act(buttonOf(shortlist, "Introduce top 3")));
    const names = best.map((id) => round1.find((m) => m.sellerId === id)!.seller.name);
    expect(top.lines[0]).toBe(`Introduced you to ${names.join(", ")}. Their answer will appear here.`);
    const intros = await pg.t.db.prisma.introduction.findMany({ where: { requestId: request.id } });
    expect(intros.map((i) => i.sellerId).sort()).toEqual([...best].sort());
    const leads = await pg.t.db.prisma.outboxMessage.findMany({ where: { kind: "lead" }, select: { payload: true } });
    const ids = new Set(intros.map((i) => i.id));
    expect(leads.filter((l) => ids.has((l.payload as { introductionId: string }).introductionId))).toHaveLength(3);
    // A second press introduces nobody twice: a friendly 409.
    const again = await act(buttonOf(shortlist, "Introduce top 3"));
    expect(again.status).toBe(409);
    expect(await pg.t.db.prisma.introduction.count({ where: { requestId: request.id } })).toBe(3);

    // [More suppliers] until none is left: every round is new sellers only.
    const shown = new Set(round1.map((m) => m.sellerId));
    let more = buttonOf(shortlist, "More suppliers");
    let rounds = 1;
    for (;;) {
      const next = first(await act(more));
      if (!next.buttons) {
        expect(next.lines).toEqual(["No other suppliers match this request for now."]);
        break;
      }
      rounds++;
      expect(next.title).toBe("Suppliers that fit");
      const rows = await pg.t.db.prisma.match.findMany({ where: { requestId: request.id, round: rounds } });
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows) expect(shown.has(r.sellerId), `seller ${r.sellerId} shown again in round ${rounds}`).toBe(false);
      for (const r of rows) shown.add(r.sellerId);
      expect(rounds).toBeLessThan(10);
      more = buttonOf(next, "More suppliers");
    }
    expect(rounds).toBeGreaterThan(1);
    // Every Match row of every round: no seller in two rounds.
    const all = await pg.t.db.prisma.match.findMany({ where: { requestId: request.id }, select: { sellerId: true, round: true } });
    const roundOf = new Map<string, number>();
    for (const m of all) {
      expect(roundOf.get(m.sellerId) ?? m.round).toBe(m.round);
      roundOf.set(m.sellerId, m.round);
    }
  });

  it("refuses another buyer's request and a malformed round", async () => {
    const owner = "session-shortlist-02";
    const card = first(await call(pg.url, "POST", "/api/buyer/message", { session: owner, text: "500 kg of argan oil to Lyon" }));
    const shortlist = first(await call(pg.url, "POST", "/api/buyer/action", { session: owner, action: buttonOf(card, "Search suppliers") }));
    const stranger = "session-shortlist-03";
    const theirs = await call(pg.url, "POST", "/api/buyer/action", { session: stranger, action: buttonOf(shortlist, "Introduce top 3") });
    expect(theirs.status).toBe(403);
    const more = first(await call(pg.url, "POST", "/api/buyer/action", { session: stranger, action: buttonOf(shortlist, "More suppliers") }));
    expect(more.lines[0]).toBe("That conversation or quote no longer exists.");
    const bad = await call(pg.url, "POST", "/api/buyer/action", { session: owner, action: { type: "introduce_top", requestId: "x", round: "one" } });
    expect(bad.status).toBe(400);
    expect(await pg.t.db.prisma.introduction.count({ where: { request: { buyer: { externalId: { in: [owner, stranger] } } } } })).toBe(0);
  });
});
