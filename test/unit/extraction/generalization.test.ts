// General patterns behind the misses of requests-dev5.jsonl (the generalization round, issue 16):
// one case per pattern, in sentences that are not in any eval set.
import { describe, expect, it } from "vitest";
import { parse } from "./helpers.js";

const DEC1 = "2026-12-01";

describe("dozens and scale words count pieces", () => {
  it("multiplies a count of dozens by twelve, in digits or words, in every language", () => {
    expect(parse("please quote 20 dozen linen napkins for Boston")).toMatchObject({ product: "linen napkins", quantity: { value: 240, unit: "pcs" } });
    expect(parse("Il nous faut trois douzaines de bols en terre cuite")).toMatchObject({ product: "bols en terre cuite", quantity: { value: 36, unit: "pcs" } });
    expect(parse("Necesito 10 docenas de vasos de vidrio soplado")).toMatchObject({ product: "vasos de vidrio soplado", quantity: { value: 120, unit: "pcs" } });
    expect(parse("نحتاج ١٠ دستة من الأكواب الزجاجية")).toMatchObject({ product: "الأكواب الزجاجية", quantity: { value: 120, unit: "pcs" } });
  });

  it("keeps a dozen of a unit as that unit ('a dozen pallets')", () => {
    expect(parse("we need a dozen pallets of bottled water").quantity).toEqual({ value: 12, unit: "pallet" });
  });

  it("counts pieces after a spelled thousand ('mil') but not a spelled small number", () => {
    expect(parse("Queremos mil bolsos de rafia para Lima").quantity).toEqual({ value: 1000, unit: "pcs" });
    expect(parse("we talked to two suppliers already").quantity).toBeNull();
  });

  it("counts 'N of them' as pieces of the product named before", () => {
    expect(parse("We saw your brass lanterns at the fair. We'll take 120 of them for Oslo.")).toMatchObject({
      product: "brass lanterns",
      quantity: { value: 120, unit: "pcs" },
    });
  });

  it("reads glued NxM as a size, not a count", () => {
    expect(parse("Need oak beams 4x6, 2 x 40ft, CIF Tema")).toMatchObject({ product: "oak beams 4x6", quantity: { value: 2, unit: "container40" } });
    expect(parse("a 20ft container of marble tiles 40x40 to Accra")).toMatchObject({ product: "marble tiles 40x40", quantity: { value: 1, unit: "container20" } });
    expect(parse("we need 1000x250ml bottles of rose water").quantity).toEqual({ value: 1000, unit: "pcs" });
  });

  it("keeps two amounts of two products apart when their first word is the same (Arabic 'من')", () => {
    expect(parse("نريد ٥٠٠ لتر من زيت الزيتون و٢٠٠ لتر من زيت الأرغان").quantity).toEqual({ value: 500, unit: "l" });
  });

  it("counts pieces after a wider request cue ('presupuesto para', 'quote needed for')", () => {
    expect(parse("Presupuesto para 2.500 cuencos de barro esmaltado").quantity).toEqual({ value: 2500, unit: "pcs" });
    expect(parse("Quote needed for 1,500 bamboo cutting boards").quantity).toEqual({ value: 1500, unit: "pcs" });
  });
});

describe("several amounts", () => {
  it("reads a container size with no count as the size of the counted containers", () => {
    expect(parse("need 3 containers of frozen fries, 20ft reefer, to Busan").quantity).toEqual({ value: 3, unit: "container20" });
    expect(parse("need 3 containers of frozen fries, 40ft reefer, to Busan").quantity).toEqual({ value: 3, unit: "container40" });
    // What the goods are for ("pour la grande distribution") never outranks the phrase opening the message.
    expect(parse("Filets de maquereau à la sauce tomate, boîtes de 125 g, un conteneur complet pour la grande distribution à Dakar.").product).toBe("filets de maquereau à la sauce tomate");
    expect(parse("Huile de figue de barbarie, 10 litres, pour un labo cosmétique").product).toBe("huile de figue de barbarie");
    // "reefers" in the plural is the containers too, never the product.
    expect(parse("frozen whole mackerel, 2 x 40ft reefers CFR Lagos")).toMatchObject({ product: "frozen whole mackerel", quantity: { value: 2, unit: "container40" } });
  });

  it("keeps the first product's amount when each amount follows its own product", () => {
    expect(parse("quote for cumin, 5 kg, and also fennel, 20 kg, to Milan").quantity).toEqual({ value: 5, unit: "kg" });
    expect(parse("quote for cumin, 5 kg, cumin, 20 kg, to Milan").quantity).toEqual({ value: 20, unit: "kg" });
  });

  it("reads a second amount after 'and'/'+'/'و' as a second item, not a change of mind", () => {
    expect(parse("NEED 2000 PCS jute bags 50kg + 500 pcs 25kg, DDP Lome").quantity).toEqual({ value: 2000, unit: "pcs" });
    expect(parse("نحتاج ٣ طن عدس و٢ طن فول").quantity).toEqual({ value: 3, unit: "t" });
    expect(parse("need 2 tons of dates, 7 tons of dates to Doha").quantity).toEqual({ value: 7, unit: "t" });
  });

  it("reads Arabic and Spanish metres as metres", () => {
    expect(parse("نريد ٥٠٠ متر قماش قطني").quantity).toEqual({ value: 500, unit: "m" });
    expect(parse("necesitamos 800 metros de tela de lino").quantity).toEqual({ value: 800, unit: "m" });
  });
});

describe("Ramadan and Eid", () => {
  it("resolves 'before Ramadan' in four languages to the next 1 Ramadan (Umm al-Qura)", () => {
    for (const text of ["olive oil, 2 t, before Ramadan", "huile d'olive, 2 t, avant le Ramadan", "aceite, 2 t, antes de Ramadán", "زيت زيتون ٢ طن قبل رمضان"]) {
      expect(parse(text, DEC1).deadline).toBe("2027-02-08");
    }
    // Once Ramadan 2027 has begun, the next one is 2028's.
    expect(parse("dates before Ramadan", "2027-03-01").deadline).toBe("2028-01-28");
  });

  it("tells Eid al-Fitr from Eid al-Adha, and a bare Eid is the next of the two", () => {
    expect(parse("نحتاج تمور قبل عيد الفطر", DEC1).deadline).toBe("2027-03-09");
    expect(parse("نحتاج تمور قبل عيد الأضحى", DEC1).deadline).toBe("2027-05-16");
    expect(parse("dates before Eid", DEC1).deadline).toBe("2027-03-09");
    expect(parse("dates before Eid", "2027-04-01").deadline).toBe("2027-05-16");
  });

  it("does not read the English word 'aid' as Eid", () => {
    expect(parse("we need first aid kits, 500 units", DEC1).deadline).toBeNull();
  });
});

describe("deadlines that are not deadlines", () => {
  it("ignores the date of a document ('your offer of 12/11', 'notre commande du 3 mars')", () => {
    expect(parse("Re: your offer of 12/11, we accept 5 t of figs", DEC1).deadline).toBeNull();
    expect(parse("Suite à notre commande du 20 décembre, 2 t de dattes", DEC1).deadline).toBeNull();
    expect(parse("5 t of figs, delivery by 12/11/2027", DEC1).deadline).toBe("2027-12-11");
  });

  it("ignores a date already past", () => {
    expect(parse("As in my email of last week, 2 t of couscous for Tunis", DEC1).deadline).toBeNull();
  });

  it("ignores an uncued relative day said in passing, but keeps a cued one", () => {
    expect(parse("Merci, je vous rappelle la semaine prochaine", DEC1)).toMatchObject({ deadline: null, product: null });
    expect(parse("couscous 2 t, delivery next week", DEC1).deadline).toBe("2026-12-08");
  });
});

describe("product boundaries by word class", () => {
  it("cuts the first product at a two-word conjunction ('ainsi que', 'as well as', 'así como')", () => {
    expect(parse("Nous voulons 2 t de raisins secs ainsi que des abricots").product).toBe("raisins secs");
    expect(parse("need 2 t of walnuts as well as hazelnuts").product).toBe("walnuts");
    expect(parse("Necesitamos 2 t de pasas así como orejones").product).toBe("pasas");
  });

  it("cuts the first product at '&' with spaces but not inside a name", () => {
    expect(parse("need 3 t of green lentils & chickpeas to Oslo").product).toBe("green lentils");
    expect(parse("need 3 t of M&M candies").product).toBe("m&m candies");
  });

  it("cuts an Arabic phrase at a joined 'و' before a second noun, not inside a word", () => {
    expect(parse("نحتاج ٢ طن لوز مقشر والجوز").product).toBe("لوز مقشر");
    expect(parse("نحتاج ٢ طن زبيب وعسل").product).toBe("زبيب");
    expect(parse("نحتاج ٢ طن ماء ورد").product).toBe("ماء ورد");
  });

  it("keeps 'and' inside one name: a shared English head, a French/Spanish complement, an Arabic definite complement", () => {
    expect(parse("need 400 cases of salt and vinegar crisps for Leeds").product).toBe("salt and vinegar crisps");
    expect(parse("need 2 t of canned chickpeas and lentils to Oslo").product).toBe("canned chickpeas");
    expect(parse("need 2 t of rice and coconut oil to Oslo").product).toBe("rice");
    expect(parse("Je cherche 300 kg de pâte de dattes et amandes pour Nantes").product).toBe("pâte de dattes et amandes");
    expect(parse("Je cherche 500 trousses voyage et toilette pour Lille").product).toBe("trousses voyage et toilette");
    expect(parse("Je cherche 300 kg de dattes et des figues pour Nantes").product).toBe("dattes");
    expect(parse("Buscamos 300 kg de mermelada de higo y nuez para Quito").product).toBe("mermelada de higo y nuez");
    expect(parse("Buscamos 300 kg de aceite de oliva y aceitunas para Quito").product).toBe("aceite de oliva");
    expect(parse("Buscamos 300 cojines bordados y mantas para Quito").product).toBe("cojines bordados");
    expect(parse("نحتاج ٥٠٠ علبة حلاوة بالفستق واللوز إلى جدة").product).toBe("حلاوة بالفستق واللوز");
    expect(parse("نحتاج ٢ طن السكر الأبيض والأرز إلى جدة").product).toBe("السكر الأبيض");
  });

  it("ends an Arabic phrase at 'لل' + a purpose noun (for shipping, for sale)", () => {
    expect(parse("نريد ٣ طن عدس أحمر للتصدير إلى مسقط").product).toBe("عدس أحمر");
    expect(parse("بدنا ٢ طن فستق حلبي للبيع بالجملة").product).toBe("فستق حلبي");
  });

  it("takes the product after 'supplier of' and after a third-person Arabic need", () => {
    expect(parse("We want a certified supplier of dried figs, 4 t").product).toBe("dried figs");
    expect(parse("مؤسستنا تحتاج إلى مناديل ورقية، ١٠٠٠ كرتونة").product).toBe("مناديل ورقية");
  });

  it("skips pronoun, packaging-only and chat segments for the product named elsewhere", () => {
    expect(parse("¿Venden miel de romero? Queremos 800 frascos de la misma.").product).toBe("miel de romero");
    expect(parse("عندكم زيت أرغان؟ نبي ١٠٠ لتر منه").product).toBe("زيت أرغان");
    expect(parse("looking for sesame oil 2 x 20ft flexitanks, CIF Busan").product).toBe("sesame oil");
    expect(parse("Thanks for the infos, I'll write again soon").product).toBeNull();
  });

  it("names no product when the writer says whom they represent or follows up", () => {
    expect(parse("Bonjour, nous représentons un groupe de restaurants. Votre catalogue ?").product).toBeNull();
    expect(parse("Following up on our call yesterday: we confirm 300 of the rattan baskets").product).toBe("rattan baskets");
  });

  it("takes the product after an inquiry cue and drops a leading adverb or an RFQ label", () => {
    expect(parse("نود الاستفسار عن سعر العسل الجبلي، ٢٠٠ كيلو").product).toBe("العسل الجبلي");
    expect(parse("Hello, I'd like to enquire about glass lanterns, 80 pieces").product).toBe("glass lanterns");
    expect(parse("We like your range, especially the copper trays. 40 of them to Rome").product).toBe("copper trays");
    expect(parse("Our RFQ: item - green tea, qty - 2 MT").product).toBe("green tea");
  });

  it("skips request labels ('Requirement for Doha —'), 'the same', and 'for our X' joined in Arabic", () => {
    expect(parse("Order for Oslo — smoked paprika 500 g tins, 2 tons").product).toBe("smoked paprika");
    expect(parse("2 tons of the same couscous as in June, to Tunis").product).toBe("couscous");
    expect(parse("ودنا ٣٠ لتر زيت جوجوبا لمصنعنا").product).toBe("زيت جوجوبا");
  });

  it("takes the product after 'we'd love to stock' and counts 'une centaine de'", () => {
    expect(parse("We'd love to stock your olive wood boards, 200 pieces to Bergen").product).toBe("olive wood boards");
    expect(parse("Il nous faut une centaine de lanternes en laiton").quantity).toEqual({ value: 100, unit: "pcs" });
  });

  it("drops a quality wish, 'chez vous' and a Spanish origin after the product", () => {
    expect(parse("Il nous faut 3 tonnes de noix de bonne qualité pour Metz").product).toBe("noix");
    expect(parse("Necesitamos 2 t de pistachos de primera calidad").product).toBe("pistachos");
    expect(parse("we need 2 t of walnuts of good quality").product).toBe("walnuts");
    expect(parse("On voudrait 40 cartons de couscous de chez vous").product).toBe("couscous");
    expect(parse("Quiero 5 kilos de comino de origen marroquí").product).toBe("comino");
  });

  it("opens a new phrase at 'your' after a clause, unless the sentence asks about the seller", () => {
    expect(parse("Our guests love your fig jam. Could we order another 400 jars for Bath?")).toMatchObject({ product: "fig jam", quantity: { value: 400, unit: "pcs" } });
    expect(parse("What are your opening hours?").product).toBeNull();
    expect(parse("Nos interesan vuestras alfombras de lana, unas 50 piezas").product).toBe("alfombras de lana");
  });

  it("keeps two colours joined by 'and' in one product, and skips a bare measurement", () => {
    expect(parse("need 300 cushions black and white for Oslo").product).toBe("cushions black and white");
    expect(parse("200 carreaux rouge et vert 20x20").product).toBe("carreaux rouge et vert 20x20");
    expect(parse("need 300 cushions and rugs for Oslo").product).toBe("cushions");
    expect(parse("1/2 inch (12mm) marine plywood 4x8, 1 x 40HC to Tema").product).toBe("marine plywood 4x8");
  });

  it("drops an adjective of fitness before a purpose ('suitable for', 'adaptée pour', 'apto para')", () => {
    expect(parse("Need 3 tons of oat flakes suitable for porridge").product).toBe("oat flakes");
    expect(parse("Il nous faut 2 t de semoule adaptée pour le couscous").product).toBe("semoule");
    expect(parse("Necesitamos 2 t de harina apta para celíacos").product).toBe("harina");
  });

  it("drops what the writer owns ('con mi jefe') and a trailing manner adverb", () => {
    expect(parse("Gracias, lo hablo con mi socio").product).toBeNull();
    expect(parse("We import paprika regularly; now 6 t for Riga").product).toBe("paprika");
    expect(parse("we need royal jelly, 20 kg").product).toBe("royal jelly");
  });

  it("keeps an uncued place name between product words when another place is the destination", () => {
    expect(parse("نحتاج ٥ طن زيت جوز الهند المكرر إلى جدة").product).toBe("زيت جوز الهند المكرر");
    expect(parse("need 10 t of oranges, to Valencia").destination).toEqual({ country: "ES", place: "Valencia" });
  });
});

describe("messages that name no product", () => {
  it("reads a question or remark with a pronoun, auxiliary or question word as no product", () => {
    for (const text of [
      "Hi, just wondering whether you got my last message?",
      "Thanks, we'll discuss it internally.",
      "Do you work with letters of credit?",
      "Bonjour, quels sont vos horaires d'ouverture ?",
      "هل تشحنون إلى قطر؟",
      "¿Cuál es el plazo de entrega?",
      "Gracias, lo vemos con el equipo.",
    ]) expect(parse(text).product).toBeNull();
  });

  it("drops what the writer thanks for and a verb right after a subject pronoun", () => {
    expect(parse("Thanks a lot for the price list of the dates, we will revert soon.").product).toBeNull();
    expect(parse("Merci pour les photos du tapis, je transmets à ma collègue.").product).toBeNull();
    expect(parse("Gracias por el catálogo de cerámica, les aviso pronto.").product).toBeNull();
    expect(parse("شكرا على صور السجاد، رح نتواصل معكم لاحقا").product).toBeNull();
    expect(parse("We import paprika regularly; now 6 t for Riga").product).toBe("paprika");
    expect(parse("We like your carob syrup, 300 litres to Nicosia please").product).toBe("carob syrup");
  });

  it("reads a buyer describing themselves with a count in it as no product", () => {
    expect(parse("We're a group of 6 bakeries in Cork, what do you suggest?")).toMatchObject({ product: null, missing: ["product", "quantity"] });
    expect(parse("Nous sommes une chaîne de 20 pharmacies à Liège.").product).toBeNull();
  });

  it("reads a lone word right before 'our'/'notre'/'nuestra' as a verb with its object, not a product", () => {
    expect(parse("Nous voulons diversifier notre offre. Que proposez-vous ?")).toMatchObject({ product: null, missing: ["product", "quantity", "destination"] });
    expect(parse("Queremos ampliar nuestra oferta este año.").product).toBeNull();
    expect(parse("need olive oil our customers love, 2 t to Oslo").product).toBe("olive oil");
  });

  it("does not take a stray French preposition ('prix sous 900 €') for a product", () => {
    expect(parse("Il me faut 3 tonnes livrées à Nantes, prix sous 800 € la tonne.")).toMatchObject({ product: null, missing: ["product"] });
    expect(parse("Je cherche des sous-vêtements en coton pour Lille").product).toBe("sous-vêtements en coton");
  });

  it("reads Spanish 'soy'/'somos' without an article as self-description only in a Spanish message", () => {
    expect(parse("Somos tienda de especias en Cádiz.").product).toBeNull();
    expect(parse("We need 2,000 bottles of soy sauce for Leeds").product).toBe("soy sauce");
    expect(parse("Do you sell soy lecithin?").product).toBe("soy lecithin");
  });

  it("still takes a product behind a cue or an amount in such a sentence", () => {
    expect(parse("Do you have cedar wood boxes? We need 300 of them").product).toBe("cedar wood boxes");
    expect(parse("How much is a kilo of dried verbena?").product).toBe("dried verbena");
    expect(parse("¿Cuánto cuesta el kilo de comino?").product).toBe("comino");
    expect(parse("Combien coûte le litre d'huile de nigelle ?").product).toBe("huile de nigelle");
    expect(parse("Is your argan oil certified organic?").product).toBe("argan oil");
  });
});

describe("destinations", () => {
  it("reads a vowelled 'عُمان' or Omani context as Oman, and 'عمّان' or a bare 'عمان' as Amman", () => {
    expect(parse("نحتاج ٣ طن تمر إلى عُمان").destination).toEqual({ country: "OM", place: null });
    expect(parse("نحتاج ٣ طن تمر إلى عمان، السعر ٤٠٠ ريال عماني للطن").destination).toEqual({ country: "OM", place: null });
    expect(parse("نحتاج ٣ طن تمر إلى عمّان").destination).toEqual({ country: "JO", place: "Amman" });
    expect(parse("نحتاج ٣ طن تمر إلى عمان").destination).toEqual({ country: "JO", place: "Amman" });
  });

  it("takes an unknown city before its country, or after a C/D-term", () => {
    expect(parse("5 t of rice, destination Kakinada, India").destination).toEqual({ country: "IN", place: "Kakinada" });
    expect(parse("5 t of rice, CFR Kakinada").destination).toEqual({ country: null, place: "Kakinada" });
    expect(parse("5 t of rice, FOB Kakinada").destination).toBeNull();
    // An unknown city keeps the country named right after it, spelled without accents.
    expect(parse("5 t de arroz, entrega en Rancagua, Chile").destination).toEqual({ country: "CL", place: "Rancagua" });
    expect(parse("5 t de arroz, entrega en Tacuarembó").destination).toEqual({ country: null, place: "Tacuarembo" });
  });

  it("reads the Arabic price per square metre with the article ('للمتر المربع')", () => {
    expect(parse("نحتاج ٥٠٠ متر مربع رخام، ٢٠ دولار للمتر المربع").targetPrice).toEqual({ amount: 20, currency: "USD", per: "m2" });
  });
});
