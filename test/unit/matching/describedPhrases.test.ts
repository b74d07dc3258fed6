// Where a descriptive request names its product: past the clause naming the buyer's business, and
// past a likeness suffix ("olive-based", "beldi-type") for the word that makes it specific.
import { describe, expect, it } from "vitest";
import { keywordQuery, namesTheBuyer } from "../../../src/core/matching/keywordQuery.js";
import { requestType } from "../../../src/core/matching/productType.js";

describe("the clause that names the product", () => {
  it("skips a clause whose head is the buyer's business", () => {
    expect(keywordQuery("Gift shops at three ski resorts in Colorado — we want warm knitted winter hats, 600 pieces").phrase).toBe("warm knitted winter hats");
    expect(keywordQuery("Grossiste pour épiceries fines : olives noires confites au sel, en boîtes de 5 kg").phrase).toBe("olives noires confites au sel");
    expect(keywordQuery("Fitting out a spa in Dubai: polished lime plaster for hammam walls").phrase).toBe("polished lime plaster for hammam walls");
  });

  it("drops the buyer's business that opens a clause before the buyer asks", () => {
    expect(keywordQuery("Bonjour, pour notre spa à Bruxelles nous voudrions du ghassoul en poudre, sacs de 25 kg").phrase).toBe("ghassoul en poudre");
    expect(keywordQuery("For our hotels in Doha we need halal beef, 2 t").phrase).toBe("halal beef");
  });

  it("skips a clause about the buyer when a later one asks for the product", () => {
    expect(keywordQuery("We operate 4 seafood restaurants in London and everything we serve must be halal. Looking for BC spot prawns, large").phrase).toBe("bc spot prawns");
    expect(keywordQuery("Nous distribuons des boissons dans les épiceries orientales. Nous cherchons du jus de grenade en bouteilles de 1 L").phrase).toBe("jus de grenade en bouteilles de 1 l");
    expect(keywordQuery("Grossiste pièces auto à Oran. Nous cherchons des rétroviseurs extérieurs").phrase).toBe("retroviseurs exterieurs");
    expect(keywordQuery("Salons de thé à Paris (4 adresses) : besoin de menthe fraîche en bottes").phrase).toBe("menthe fraiche en bottes");
    expect(keywordQuery("Boutique de cadeaux à Lausanne. On voudrait des bombes de bain").phrase).toBe("bombes de bain");
  });

  it("reads what replaces, not what is replaced, past the buyer's own aside", () => {
    const text = "Bonjour, nous sommes une biscuiterie artisanale en Bretagne (sablés, galettes) et nous voulons remplacer une partie du sucre de canne par du sucre d'érable granulé. Besoin de 3 tonnes.";
    expect(keywordQuery(text).phrase).toBe("sucre d' erable granule");
    expect(keywordQuery("We bake cookies, and we want to replace our cane sugar with maple sugar, 3 t").phrase).toBe("maple sugar");
  });

  it("drops the maker the buyer asks for, and the connectors left in front", () => {
    expect(keywordQuery("Nous cherchons un atelier pour des pantalons de menuisier en denim 14 oz").phrase).toBe("pantalons de menuisier en denim 14 oz");
    expect(keywordQuery("on cherche un sous-traitant en traitement de surface").phrase).toBe("traitement de surface");
  });

  it("skips a clause telling what the buyer already carries", () => {
    expect(keywordQuery("Deli importer in Milan. We already carry thyme honey; what we're missing is a dark chestnut honey, 1 t").phrase).toBe("what we re missing is a dark chestnut honey");
    expect(keywordQuery("On achète déjà de la lavande séchée, il nous faut de l'huile essentielle de lavande").phrase).toBe("huile essentielle de lavande");
  });

  it("keeps a product clause that names a business as its use, and a message with nothing else", () => {
    expect(keywordQuery("black soap for spas, 2 t, CIF Dubai").phrase).toBe("black soap for spas");
    expect(keywordQuery("gift shops in Colorado").phrase).toBe("gift shops");
    expect(namesTheBuyer("soap for hotels")).toBe(false);
    expect(namesTheBuyer("boutique hotels in provence")).toBe(true);
  });
});

describe("the word that makes a described product specific", () => {
  const vocab = new Set(["soap", "olive"]);
  it("is the word before a likeness suffix, hyphenated or not", () => {
    expect(requestType(["gooey olive-based soap"], "en", vocab)?.modifier).toBe("olive");
    expect(requestType(["gooey olive based soap"], "en", vocab)?.modifier).toBe("olive");
    expect(requestType(["beldi-type olives"], "en", vocab)?.modifier).toBe("beldi");
  });
  it("is never a determiner or a particle", () => {
    expect(requestType(["peel off soap"], "en", vocab)?.modifier).toBeNull();
    expect(requestType(["those soap"], "en", vocab)?.modifier).toBeNull();
  });
});

describe("a pack before 'of'", () => {
  it("reads the product after it, up to the next complement", () => {
    const vocab = new Set(["soap", "bathroom", "bar"]);
    expect(requestType(["proper bars of soap for the guest bathrooms"], "en", vocab)?.head).toBe("soap");
    // Without a pack before it, "of" ends the clause as before.
    expect(requestType(["soap of the guest bathrooms"], "en", vocab)?.head).toBe("soap");
  });
});
