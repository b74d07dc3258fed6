// Which words of a request name the goods: not what comes "with" them, not the service done to them,
// not the buyer introducing itself ("… processor here", "Animalerie à Nantes :", "Dear Sir").
import { describe, expect, it } from "vitest";
import { keywordQuery } from "../../../src/core/matching/keywordQuery.js";
import { productTypes, requestType, WORDED } from "../../../src/core/matching/productType.js";
import { bestHitKind } from "../../../src/core/matching/leadingPhrase.js";
import { specificModifier } from "../../../src/core/matching/fitCheck.js";

describe("the head of the goods", () => {
  it("never reads what comes with a product as its kind", () => {
    const t = requestType(["frozen female capelin with roe"], "en", new Set(["roe"]));
    expect(t?.head).toBe("capelin");
    expect(t?.known).toBe(false);
  });

  it("reads the goods after a service done to them", () => {
    expect(requestType(["machining and coating of magnesium gearbox housings for helicopters"], "en", new Set())?.head).toBe("housings");
    // A noun in -ing that names goods keeps its place.
    expect(requestType(["packaging of tea"], "en", new Set())?.head).toBe("packaging");
  });
});

describe("openings that name the buyer", () => {
  it("drops a greeting, the buyer's business and its trade noun", () => {
    expect(keywordQuery("Dear Sir, we are a blender in Chittagong. Kindly quote formed sulphur pastilles, 15,000 MT bulk.").phrase).toBe("formed sulphur pastilles");
    expect(keywordQuery("Irish seafood processor here. We need frozen whole mackerel, plate frozen").phrase).toBe("frozen whole mackerel");
    expect(keywordQuery("Animalerie à Nantes : on voudrait des colliers en cuir pour chiens").phrase).toBe("colliers en cuir pour chiens");
    expect(keywordQuery("Helicopter MRO in Marignane: machining and coating of magnesium gearbox housings").phrase).toBe("machining and coating of magnesium gearbox housings");
  });

  it("keeps DAP the fertiliser in the query, and drops DAP the Incoterm", () => {
    expect(keywordQuery("Nous voulons du DAP enrichi au zinc, livraison Dakar").text).toBe("dap enrichi au zinc");
    expect(keywordQuery("DAP Dakar, 2 t of argan oil").text).toBe("argan oil");
  });
});

describe("where the goods' noun phrase ends", () => {
  it("ends it at a relative clause", () => {
    expect(requestType(["cedar shingles which cover barn roofs"], "en", new Set(["shingle", "roof"]))?.head).toBe("shingles");
  });

  it("reads the best hit's kind from a type its title names in brackets", () => {
    const kind = bestHitKind("poppy lip tint", "en", new Set(["dish"]), new Set(), "Aker Fassi (poppy lip & cheek tint) – 10 g");
    expect(kind?.head).toBe("tint");
    expect(kind?.known).toBe(true);
  });
});

describe("English heads the vocabulary reads wrong", () => {
  it("reads 'ready to heat' as one adjective, not a complement", () => {
    expect(requestType(["list a ready to heat lobster bisque"], "en", new Set())?.head).toBe("bisque");
  });

  it("lets the best hit named by the phrase's own head win over a type word before it", () => {
    const kind = bestHitKind("list a ready to heat lobster bisque", "en", new Set(["lobster", "body"]), new Set(), "Lobster Bisque, ready-to-heat – 400 mL pouch");
    expect(kind?.head).toBe("bisque");
    // The phrase's own head a known type: no change.
    expect(bestHitKind("lobster tails", "en", new Set(["lobster", "tail"]), new Set(), "Lobster Bisque, ready-to-heat – 400 mL pouch")).toBeNull();
  });

  it("reads no alternative name from a bracket that names a use", () => {
    expect([...productTypes({ title: "Frozen Lobster Bodies (for stock / bisque)", category: null })]).toEqual(["body"]);
  });

  it("reads the goods customers keep asking for", () => {
    expect(keywordQuery("Customers keep asking for a natural deodorant that's aluminium-free").phrase).toBe("natural deodorant that s aluminium free");
  });
});

describe("what the buyer wants now", () => {
  it("keeps apart what the buyer already sells, and drops an RFQ label", () => {
    expect(keywordQuery("We already sell a maple water. Want to add a prickly pear cactus water").wanted).toBe("add a prickly pear cactus water");
    expect(keywordQuery("Subject: RFQ - composite layup tooling (Invar 36)").phrase).toBe("composite layup tooling");
  });
});

describe("words that say what a product lacks or is enriched with", () => {
  it("are no specific word to check", () => {
    const t = { head: "potash", forms: ["potash"], modifier: "free", modifierForms: ["free"], known: true, otherForms: [] };
    expect(specificModifier(t)).toBe(false);
    expect(specificModifier({ ...t, modifier: "sulphate", modifierForms: ["sulphate"] })).toBe(true);
  });
});

describe("French shop names open on the buyer", () => {
  it.each([
    ["Fruiterie à Montréal pis deux épiceries fines : on veut des figues de Barbarie fraîches", "figues de barbarie fraiches"],
    ["Réseau de garages à Casablanca. Nous cherchons des phares avant pour Dacia Logan", "phares pour dacia logan"],
    ["Boutique déco à Bordeaux : on cherche des paniers en osier", "paniers en osier"],
  ])("%s", (text, phrase) => {
    expect(keywordQuery(text).phrase).toBe(phrase);
  });
});

describe("what the buyer wants now", () => {
  it("leaves out a second wish after the first ask", () => {
    const q = keywordQuery("Tyre and wheel shop in Nairobi. Need 16 inch alloy wheel rims, 200 sets of 4. Might also take front brake pads for the same models later.");
    expect(q.wanted).toContain("alloy wheel rims");
    expect(q.wanted).not.toContain("brake");
  });
  it("reads 'searching' as asking, after the buyer's business", () => {
    expect(keywordQuery("We are honey packer in Bremen, filling for discounters. Searching dark buckweat honey in bulk").phrase).toBe("dark buckweat honey in bulk");
  });
});

describe("what the buyer already has", () => {
  it("goes on to the clauses of its sentence until one asks", () => {
    const q = keywordQuery("¡Hola! Somos una cadena de parafarmacias y ya vendemos cosmética natural (aceites faciales, desodorantes sin bicarbonato). Buscamos protector solar mineral SPF 30.");
    expect(q.wanted).toContain("protector solar");
    expect(q.wanted).not.toContain("aceites");
  });
  it("stops at what the buyer is missing", () => {
    expect(keywordQuery("We already carry thyme and orange blossom honey; what we're missing is a dark chestnut honey").wanted).toContain("chestnut");
  });
  it("is not 'déjà' before a participle, which describes the goods", () => {
    expect(keywordQuery("Nous cherchons de l'huile d'argan vierge déjà stabilisée à la vitamine E").wanted).toContain("argan");
  });
});

describe("what the goods come in", () => {
  it("is never the kind in the English wording of Spanish or Arabic", () => {
    const t = requestType(["duraznos in syrup"], WORDED, new Set(["syrup", "peach"]));
    expect(t).toMatchObject({ head: "duraznos", known: false });
  });
  it("may be the kind after an English buyer's own words", () => {
    expect(requestType(["fez pottery in cobalt blue large charger plates"], "en", new Set(["plate"]))).toMatchObject({ head: "plates", known: true });
  });
});
