// General patterns behind the misses of requests-dev8.jsonl: one case per pattern, in sentences
// that are not in any eval set.
import { describe, expect, it } from "vitest";
import { parse } from "./helpers.js";

describe("hyphenated place names", () => {
  it("reads a hyphenated name the gazetteer lacks through its linking words", () => {
    expect(parse("need 40 rattan chairs delivered to Montigny-le-Bretonneux").destination).toEqual({ country: null, place: "Montigny-le-Bretonneux" });
    expect(parse("ship 300 kg of oat flakes to Newport-on-Tay please").destination).toEqual({ country: null, place: "Newport-on-Tay" });
    expect(parse("Il nous faut 20 kg de piment, livraison à Saint-Jean-Pied-de-Port").destination).toEqual({ country: null, place: "Saint-Jean-Pied-de-Port" });
  });

  it("knows more hyphenated towns with their country", () => {
    expect(parse("2 t of basmati rice to Stoke-on-Trent").destination).toEqual({ country: "GB", place: "Stoke-on-Trent" });
    expect(parse("500 kg of rolled oats to Weston-super-Mare").destination).toEqual({ country: "GB", place: "Weston-super-Mare" });
    expect(parse("300 kg de noisettes livrées à Thonon-les-Bains").destination).toEqual({ country: "FR", place: "Thonon-les-Bains" });
    expect(parse("1 t de farine pour notre boutique à Saint-Jean-sur-Richelieu").destination).toEqual({ country: "CA", place: "Saint-Jean-sur-Richelieu" });
  });

  it("still reads a capitalised word glued to a lowercase one as an adjective", () => {
    expect(parse("we need 30 Moroccan-themed lamps to Leeds")).toMatchObject({ product: "moroccan-themed lamps", destination: { country: "GB", place: "Leeds" } });
  });
});

describe("the buyer's business is where the goods go, not the product", () => {
  it("reads a shop noun followed by de/in + city as the buyer's premises", () => {
    expect(parse("Une pâtisserie de Nantes cherche 50 kg de pistaches")).toMatchObject({ product: "pistaches", destination: { country: "FR", place: "Nantes" } });
    expect(parse("Una heladería de Valencia busca 100 kg de avellanas")).toMatchObject({ product: "avellanas", destination: { country: "ES", place: "Valencia" } });
  });

  it("reads Arabic 'our X in Y' (suffix نا) as a destination and ends the product before it", () => {
    expect(parse("بدنا ٢ طن طحينة لفروع شركتنا في عمّان")).toMatchObject({ product: "طحينة", destination: { country: "JO", place: "Amman" } });
    expect(parse("نحتاج ٣٠٠ كرتونة حليب جوز الهند لسلسلة متاجرنا في الدمام")).toMatchObject({ product: "حليب جوز الهند", destination: { country: "SA", place: "Dammam" } });
  });

  it("drops a trade role named without an article ('somos distribuidores de …')", () => {
    expect(parse("Somos importadores de aceite de oliva en Lima.")).toMatchObject({ product: null, destination: { country: "PE", place: "Lima" }, missing: ["product", "quantity"] });
    expect(parse("We are importers of spices in Toronto, looking for 2 t of cumin").product).toBe("cumin");
    expect(parse("Nous sommes grossistes en fruits secs à Lyon et cherchons 500 kg d'amandes").product).toBe("amandes");
  });
});

describe("messages that name no product", () => {
  it("reads a promise to answer later as no request, in four languages", () => {
    for (const text of ["Thanks a lot, we'll get back to you next week", "Merci, on revient vers vous demain", "Gracias, les escribo mañana.", "شكرا، رح نرجع لكم بكرة"]) {
      expect(parse(text)).toMatchObject({ product: null, quantity: null, destination: null, missing: ["product", "quantity", "destination"] });
    }
    expect(parse("Les escribo para pedir 2 toneladas de azúcar").product).toBe("azúcar");
  });
});

describe("product ends", () => {
  it("ends the product at a Spanish participle ('buscado', 'requerido')", () => {
    expect(parse("Proveedor de garbanzos secos buscado, 3 toneladas a Málaga").product).toBe("garbanzos secos");
    expect(parse("Fabricante de cajas de cartón requerido para 5000 unidades").product).toBe("cajas de cartón");
  });
});

describe("quantity units", () => {
  it("counts boîtes of food kept in oil, brine or cans as tins (pcs), other boîtes as cartons", () => {
    expect(parse("200 boîtes de thon au naturel pour Lille").quantity).toEqual({ value: 200, unit: "pcs" });
    expect(parse("600 boîtes de pois chiches en conserve").quantity).toEqual({ value: 600, unit: "pcs" });
    expect(parse("300 boîtes de chocolats pour Noël").quantity).toEqual({ value: 300, unit: "carton" });
  });
});
