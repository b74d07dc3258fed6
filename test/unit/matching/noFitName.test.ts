import { describe, expect, it } from "vitest";
import { noFitName } from "../../../src/core/matching/noFitName.js";
import { requestType, type RequestType } from "../../../src/core/matching/productType.js";
import { renderSuggestion } from "../../../src/core/matching/renderReasons.js";
import { t } from "../../../src/locales/index.js";

/** The type the matcher reads from the buyer's first phrase, with these product types in the catalog. */
const typeOf = (phrase: string, language: string, vocab: string[]): RequestType => requestType([phrase], language, new Set(vocab))!;

describe("noFitName: the product a 'nothing fits' answer names", () => {
  it("keeps the parser's phrase when it names the type the check looked for", () => {
    const type = typeOf("beurre de karite brut non raffine", "fr", ["butter", "oil"]);
    expect(noFitName(type, "beurre de karité brut non raffiné", "beurre de karité brut non raffiné en cartons de 25 kg")).toBe("beurre de karité brut non raffiné");
  });

  it("never names another noun of the message: the buyer's business, a container, a spec word", () => {
    const text = "MSC-certified frozen whole mackerel, 20 kg cartons, 50 t for a processor in Poland";
    expect(noFitName(typeOf("msc certified frozen whole mackerel", "en", ["mackerel"]), "processor", text)).toBe("mackerel");
    const tiles = "porcelain floor tiles 60x60 rectified, 2,000 m2 for a mall in Lagos";
    // The missing material stays in the name: the catalog does list (zellige) floor tiles.
    expect(noFitName(typeOf("porcelain floor tiles 60x60 rectified", "en", ["tile"]), "rectified", tiles)).toBe("porcelain floor tiles");
    expect(noFitName(typeOf("porcelain floor tiles 60x60 rectified", "en", ["tile"]), "mall", tiles)).toBe("porcelain floor tiles");
    // With no type the catalog knows, the grammatical head of the phrase can be a participle: never named.
    const unknown = typeOf("porcelain floor tiles 60x60 rectified", "en", []);
    expect(unknown.head).toBe("rectified");
    expect(noFitName(unknown, "rectified", tiles)).toBeNull();
    expect(noFitName(unknown, "porcelain floor tiles 60x60 rectified", tiles)).toBe("porcelain floor tiles 60x60 rectified");
    const shoes = "chaussures de sécurité S3 à embout acier, 1000 paires pour un chantier à Casablanca";
    expect(noFitName(typeOf("chaussures de securite s 3 a embout acier", "fr", ["chaussures", "shoes"]), "chantier", shoes)).toBe("chaussures de sécurité");
  });

  it("names no product when nothing the buyer wrote is the type looked for, or the phrase reads as no product", () => {
    const type: RequestType = { head: "quinoa", forms: ["quinoa"], modifier: null, modifierForms: [], known: true };
    expect(noFitName(type, "reefers", "2 reefers to Jeddah")).toBeNull();
    expect(noFitName(null, "rectified", "rectified 60x60")).toBeNull();
    expect(noFitName(null, "argan oil", "argan oil")).toBe("argan oil");
  });

  it("renders a neutral answer, in every language, when no product is named", () => {
    const near = ["Zellige Floor Tiles"];
    for (const lang of ["en", "fr", "es", "ar"]) {
      const plain = renderSuggestion(t, lang, { code: "no_fit", reason: "no_product", product: null, certs: [], near });
      const cert = renderSuggestion(t, lang, { code: "no_fit", reason: "no_certificate", product: null, certs: ["MSC"], near });
      expect(plain).toContain("Zellige Floor Tiles");
      expect(cert).toContain("MSC");
      // No empty slot where a product was, and not the named wording.
      expect(plain).not.toBe(renderSuggestion(t, lang, { code: "no_fit", reason: "no_product", product: "", certs: [], near }));
      expect(`${plain} ${cert}`).not.toMatch(/\{|\}|undefined|null/);
    }
    expect(renderSuggestion(t, "en", { code: "no_fit", reason: "no_product", product: null, certs: [], near })).toBe(
      "Nothing in our catalogs fits this request yet. The nearest products: Zellige Floor Tiles.");
  });
});
