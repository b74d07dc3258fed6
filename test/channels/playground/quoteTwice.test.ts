// The playground's seller quote form sent twice at once (double click, browser retry) makes one
// quote version and one quote for the buyer; a newly opened form (a new token) is a revision.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buttonOf, call, first, startPlayground, type Playground } from "./harness.js";

let pg: Playground;
beforeAll(async () => {
  pg = await startPlayground();
}, 120_000);
afterAll(async () => pg?.stop());

const BUYER = "session-quote-twice-buyer";
const SELLER = "session-quote-twice-seller";
const post = (session: string, route: string, body: Record<string, unknown>) => call(pg.url, "POST", route, { session, ...body });

describe("playground quote form", () => {
  it("sent twice at once with one form token makes one version; a new token makes a revision", async () => {
    const card = first(await post(BUYER, "/api/buyer/message", { text: "2 tonnes of organic argan oil to Rotterdam" }));
    const shortlist = first(await post(BUYER, "/api/buyer/action", { action: buttonOf(card, /Search/).action }));
    const intro = buttonOf(shortlist, /^Introduce (?!top)/).action!;
    expect((await post(BUYER, "/api/buyer/action", { action: intro })).status).toBe(200);
    const match = await pg.t.db.prisma.match.findUniqueOrThrow({ where: { id: intro.matchId! } });
    const lead = await pg.t.db.prisma.introduction.findFirstOrThrow({ where: { sellerId: match.sellerId, request: { buyer: { externalId: BUYER } } } });
    expect((await post(SELLER, "/api/seller/select", { sellerId: match.sellerId })).status).toBe(200);

    const form = { introductionId: lead.id, quote: { unitPrice: "18.5", currency: "EUR", unit: "kg" }, formToken: "3f0c9a4e-8d1b-4c2a-9e7f-0a1b2c3d4e5f" };
    const [a, b] = await Promise.all([post(SELLER, "/api/seller/quote", form), post(SELLER, "/api/seller/quote", form)]);
    expect([a.status, b.status].sort()).toEqual([200, 409].sort());
    const versions = () => pg.t.db.prisma.quote.findMany({ where: { introductionId: lead.id }, orderBy: { version: "asc" }, select: { version: true, unitPrice: true } });
    expect((await versions()).map((q) => q.version)).toEqual([1]);

    const again = await post(SELLER, "/api/seller/quote", { ...form, quote: { ...form.quote, unitPrice: "17.9" }, formToken: "second-form-0001" });
    expect(again.status).toBe(200);
    expect((await versions()).map((q) => [q.version, String(q.unitPrice)])).toEqual([[1, "18.5"], [2, "17.9"]]);
    const deliveries = await pg.t.db.prisma.outboxMessage.count({ where: { kind: "quote", payload: { path: ["introductionId"], equals: lead.id } } });
    expect(deliveries).toBe(2);

    const badToken = await post(SELLER, "/api/seller/quote", { ...form, formToken: "<script>" });
    expect(badToken.status).toBe(400);
    expect(badToken.json.error).toMatch(/formToken/);
  }, 120_000);
});
