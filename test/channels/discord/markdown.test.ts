// User values are escaped wherever Discord renders markdown (messages, embed titles and fields),
// and left alone where it does not (footers), so what a buyer or seller typed shows as typed.
import { describe, expect, it } from "vitest";
import { md } from "../../../src/channels/discord/markdown.js";
import { leadEmbed, whyMatched } from "../../../src/channels/discord/leadCard.js";
import type { RequestFacts } from "../../../src/ports/outbox.js";

describe("md", () => {
  it("escapes formatting, quotes, headings, lists, links and mentions", () => {
    expect(md("john_doe@x.com")).toBe("john\\_doe\\@x.com");
    expect(md("*bold* __u__ ~~s~~ ||spoiler|| `code`")).toBe("\\*bold\\* \\_\\_u\\_\\_ \\~\\~s\\~\\~ \\|\\|spoiler\\|\\| \\`code\\`");
    expect(md("> quoted\n# big\n- item\n2. item\n-# small")).toBe("\\> quoted\n\\# big\n\\- item\n2\\. item\n\\-# small");
    expect(md("[click](https://evil.example)")).toBe("\\[click\\]\\(https://evil.example)");
    expect(md("@everyone <@123>")).toBe("\\@everyone \\<\\@123\\>");
    expect(md("a\\*b")).toBe("a\\\\\\*b");
  });

  it("leaves plain text, numbers, prices and URLs as they are", () => {
    for (const s of ["organic argan oil", "13.2 EUR / kg", "CIF Rotterdam, NL", "14.5", "CRV-ABCD-EFGH", "see https://x.example/a_b*c"])
      expect(md(s).replace("see ", "")).toBe(s.replace("see ", ""));
  });
});

describe("lead card", () => {
  const request: RequestFacts = {
    requestId: "r1", product: "*extra* virgin_oil", quantity: { value: "2000", unit: "kg" }, targetPrice: null, incoterm: "CIF",
    destination: { country: "NL", place: "Rotter_dam" }, deadline: "2027-03-01", certifications: ["eu-organic"], certificationsRequired: true,
    language: "en",
  } as RequestFacts;

  it("escapes user values in the title and fields, shows the deadline, and keeps the footer unescaped", () => {
    const e = leadEmbed("en", {
      introductionId: "i1", request, buyer: { country: "NL", companyType: "im_porter" }, status: "quoted",
      match: { sku: "SKU_1", title: "Argan *oil*", reasons: [{ code: "terms", ok: true, params: { terms: "virgin_oil" } }] },
      quote: { quoteId: "q1", version: 2, unitPrice: "13.2", currency: "EUR", unit: "kg", moq: null, moqUnit: null, leadTimeDays: null, incoterm: "CIF", incotermPlace: "Rotter_dam", validUntil: null, notes: null, status: "active" } as never,
    });
    expect(e.title).toBe("New lead: \\*extra\\* virgin\\_oil");
    const fields = Object.fromEntries((e.fields ?? []).map((f) => [f.name, f.value]));
    expect(fields).toMatchObject({
      "Incoterm and destination": "CIF Rotter\\_dam, NL", Deadline: "2027-03-01", Buyer: "NL · im\\_porter", Certifications: "eu-organic (required)",
    });
    expect(fields["Why Caravan matched you"]).toBe("Argan \\*oil\\* (SKU\\_1)\n✓ matches “virgin\\_oil”");
    expect(e.footer?.text).toBe("Status: quoted · quote v2: 13.2 EUR/kg CIF Rotter_dam (current)");
  });
});

describe("why Caravan matched the seller", () => {
  const reasons = [
    { code: "terms", ok: true, params: { terms: "argan oil" } },
    { code: "price_near", ok: false, params: { from: "15 EUR", per: "kg", target: "14.5 EUR" } },
    { code: "moq_unknown", ok: null, params: {} },
    { code: "some_future_code", ok: true, params: { x: "a*b" } },
  ];

  it("words the reasons for the seller, in their language, with the buyer's company type", () => {
    expect(whyMatched("en", reasons).split("\n")).toEqual([
      "✓ matches “argan oil”", "✗ your price from 15 EUR/kg is slightly above the buyer's target 14.5 EUR", "? MOQ not stated", "✓ some\\_future\\_code: a\\*b",
    ]);
    expect(whyMatched("fr", reasons)).toContain("votre prix à partir de 15 EUR/kg est un peu au-dessus du budget de l'acheteur (14.5 EUR)");
    const e = leadEmbed("fr", { introductionId: "i1", request: { requestId: "r", product: "huile", quantity: null, targetPrice: null, incoterm: null, destination: null, deadline: null, certifications: [], certificationsRequired: false, language: "fr" } as RequestFacts, buyer: { country: "NL", companyType: "importer" }, status: "delivered", match: null });
    expect(e.fields?.find((f) => f.value.includes("NL"))?.value).toBe("NL · Importateur");
  });
});
