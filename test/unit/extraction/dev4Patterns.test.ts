// General patterns behind the misses of requests-dev4.jsonl and of the probes written while fixing
// them: one case per pattern, in sentences that are not in any eval set.
import { describe, expect, it } from "vitest";
import { parse } from "./helpers.js";

describe("product boundaries", () => {
  it("takes the phrase after French conditional need verbs (voudrait, aimerait, aurait besoin)", () => {
    expect(parse("Bonsoir, on voudrait des pois chiches, 3 tonnes, pour Lyon").product).toBe("pois chiches");
    expect(parse("On aimerait du miel de lavande, 200 kg pour Lille").product).toBe("miel de lavande");
    expect(parse("Salut, vous auriez du savon noir ? 500 pots pour Namur").product).toBe("savon noir");
  });

  it("takes the phrase after an offer or price request ('une offre pour', 'precios de')", () => {
    expect(parse("Pouvez-vous nous faire une offre pour 200 poufs en cuir livrés à Nantes ?")).toMatchObject({
      product: "poufs en cuir",
      quantity: { value: 200, unit: "pcs" },
    });
    expect(parse("hola, quisiera saber precios de tazas de cerámica").product).toBe("tazas de cerámica");
  });

  it("strips request framing: 'best price on', 'samples of your', 'a steady supply of', 'votre catalogue de'", () => {
    expect(parse("Hi, what's your best price on argan oil? We'd ship to Dubai").product).toBe("argan oil");
    expect(parse("Hi, I'd like to get some samples of your black soap").product).toBe("black soap");
    expect(parse("we need a steady supply of frozen squid for Busan").product).toBe("frozen squid");
    expect(parse("Pouvez-vous m'envoyer votre catalogue de tapis ?").product).toBe("tapis");
    expect(parse("Je voudrais connaître vos prix pour l'huile d'argan").product).toBe("huile d'argan");
    expect(parse("Can you share your catalogue? We are based in Toronto").product).toBeNull();
    expect(parse("need 5 t of full cream milk powder to Lagos").product).toBe("full cream milk powder");
  });

  it("ends the phrase at Spanish and Arabic place cues and at a trailing 'au'", () => {
    expect(parse("Requerimos 8 toneladas de lentejas hacia Montevideo").product).toBe("lentejas");
    expect(parse("cotizar 300 cajas de higos secos puestas en Cali").product).toBe("higos secos");
    expect(parse("نريد ٣ طن قهوة لميناء الحديدة")).toMatchObject({ product: "قهوة", destination: { country: "YE", place: "Hodeidah" } });
    expect(parse("Il nous faut 4 conteneurs de tomates en conserve au Gabon").product).toBe("tomates en conserve");
  });

  it("ends the Arabic phrase at 'يصل' (arriving)", () => {
    expect(parse("أحتاج إلى ٧٥٠ لتر خل تفاح طبيعي يصل إلى المنامة").product).toBe("خل تفاح طبيعي");
  });

  it("ends the phrase at a freight mode ('airfreight', 'fret maritime', 'flete')", () => {
    expect(parse("We need 12 tons of chilled lamb carcasses airfreight to Dubai").product).toBe("chilled lamb carcasses");
    expect(parse("besoin de 2 t de dattes fret maritime vers Dakar").product).toBe("dattes");
    expect(parse("need 5 t of sea salt to Lagos").product).toBe("sea salt");
  });

  it("drops 'a granel' / 'al por mayor' like other packaging", () => {
    expect(parse("Necesito 1500 litros de aceite de argán a granel para Alicante").product).toBe("aceite de argán");
    expect(parse("Necesitamos 40 toneladas de maíz amarillo al por mayor, CIF Veracruz").product).toBe("maíz amarillo");
  });

  it("keeps 'stuffed with' / 'fourrées avec' content in the phrase, but 'with' a certificate ends it", () => {
    expect(parse("we need 10 tons of green olives stuffed with almonds to Houston").product).toBe("green olives stuffed with almonds");
    expect(parse("need 2 t of dates with halal certificate to Paris").product).toBe("dates");
  });

  it("keeps a country's feminine adjective in the product ('قهوة تركية', 'carne argentina')", () => {
    expect(parse("بدنا ٥٠٠ كيلو قهوة تركية لعمان").product).toBe("قهوة تركية");
    expect(parse("necesitamos 5 t de carne argentina para Lima")).toMatchObject({ product: "carne argentina", destination: { country: "PE", place: "Lima" } });
    expect(parse("necesitamos 5 t de carne para Argentina").destination).toEqual({ country: "AR", place: null });
  });

  it("ends the phrase at 'au lieu de' / 'en lugar de' and keeps the first amount", () => {
    expect(parse("finalement on prendrait 3 tonnes de figues sèches au lieu de 2, pour Lomé")).toMatchObject({ product: "figues sèches", quantity: { value: 3, unit: "t" } });
    expect(parse("necesitamos 3 toneladas de higos en lugar de 2 para Lima").product).toBe("higos");
  });

  it("ends the phrase at 'marca propia' and 'disponibles'", () => {
    expect(parse("Necesitamos 1 contenedor de sardinas en lata marca propia para Guayaquil").product).toBe("sardinas en lata");
    expect(parse("Quisiéramos saber si tienen 800 kg de comino en grano disponibles para enviar a Lima").product).toBe("comino en grano");
  });

  it("reads an ambiguous country followed by more words as the word, even after 'de' ('chile en polvo')", () => {
    expect(parse("Necesito 200 kg de chile en polvo para Lima")).toMatchObject({ product: "chile en polvo", destination: { country: "PE", place: "Lima" } });
    expect(parse("necesitamos 10 t de café molido, que llegue a Panamá antes de enero").destination).toEqual({ country: "PA", place: null });
  });

  it("keeps a product whose word is also a place name that needs a cue", () => {
    expect(parse("necesito aceite de palma, 20 toneladas, para Guayaquil").product).toBe("aceite de palma");
    expect(parse("queremos jugo de granada 2000 litros para Lima").product).toBe("jugo de granada");
    expect(parse("need 2 tons of frozen buffalo meat to Dubai").product).toBe("frozen buffalo meat");
    expect(parse("Quiero 50 kilos de té verde para Granada").destination).toEqual({ country: "ES", place: "Granada" });
  });
});

describe("quantities", () => {
  it("counts Spanish packs (garrafas, frascos) and leaves their size as packaging", () => {
    expect(parse("¿tienen miel en frascos de 1 kg? Serían 3.000 frascos para Quito").quantity).toEqual({ value: 3000, unit: "pcs" });
    expect(parse("Necesito 400 garrafas de aceite de oliva de 5 litros para Lima").quantity).toEqual({ value: 400, unit: "pcs" });
  });

  it("reads the typo 'tones' as tonnes", () => {
    expect(parse("je cherche 2 tones de datte pour Lyon")).toMatchObject({ product: "datte", quantity: { value: 2, unit: "t" } });
  });

  it("reads an Arabic pack size right after the pack noun as packaging ('عبوات ٥ لتر')", () => {
    expect(parse("نحتاج ٥٠٠٠ لتر زيت زيتون بكر ممتاز معبأ في عبوات ٥ لتر، التوصيل إلى الدوحة")).toMatchObject({
      product: "زيت زيتون بكر ممتاز",
      quantity: { value: 5000, unit: "l" },
    });
    expect(parse("نحتاج ٢٠٠٠ كيلو سكر في أكياس ٥٠ كيلو إلى جدة").quantity).toEqual({ value: 2000, unit: "kg" });
  });

  it("reads one of an Arabic unit ('طن واحد', a bare 'طن' after a need verb), but not a unit in a price", () => {
    expect(parse("نحتاج طن واحد من الزعفران إلى دبي")).toMatchObject({ product: "الزعفران", quantity: { value: 1, unit: "t" } });
    expect(parse("نحتاج طن تمر لجدة").quantity).toEqual({ value: 1, unit: "t" });
    expect(parse("بدنا حاوية زيت زيتون لبيروت").quantity).toEqual({ value: 1, unit: "container40" });
    expect(parse("نحتاج حاوية ٢٠ قدم أرز إلى جدة").quantity).toEqual({ value: 1, unit: "container20" });
    expect(parse("زيت زيتون، السعر ٤ دولار للكيلو، إلى جدة").quantity).toBeNull();
  });

  it("reads 'of'/'de' after a scale word ('1 millón de bolsas')", () => {
    expect(parse("Necesitamos 1 millón de bolsas de té para Bogotá")).toMatchObject({ product: "té", quantity: { value: 1_000_000, unit: "pcs" } });
  });

  it("reads 'a full container' as one container", () => {
    expect(parse("Need a full container of mixed spices for Djibouti")).toMatchObject({ product: "mixed spices", quantity: { value: 1, unit: "container40" } });
  });

  it("reads Arabic number words (Maghreb جوج, ألفين, hundreds) and Spanish hundreds", () => {
    expect(parse("بغينا جوج طن ديال الزيتون لطنجة").quantity).toEqual({ value: 2, unit: "t" });
    expect(parse("نحتاج ألفين لتر زيت عباد الشمس إلى غزة").quantity).toEqual({ value: 2000, unit: "l" });
    expect(parse("عايزين خمسمية كيلو كمون لأسوان").quantity).toEqual({ value: 500, unit: "kg" });
    expect(parse("quiero quinientos kilos de comino para Lima").quantity).toEqual({ value: 500, unit: "kg" });
    expect(parse("necesitamos dos mil quinientas botellas de vino para Quito").quantity).toEqual({ value: 2500, unit: "pcs" });
  });
});

describe("corrections and halves", () => {
  it("lets a Spanish or Arabic correction word replace the product ('perdón', 'عفوا')", () => {
    expect(parse("Queremos 10 toneladas de quinua... perdón, de chía, para Lima").product).toBe("chía");
    expect(parse("نحتاج ٥ طن عدس، عفوا، حمص مجروش، إلى عمان").product).toBe("حمص مجروش");
  });

  it("reads 'I meant', a bare 'no,'/'non,' and 'خليها' as corrections", () => {
    expect(parse("need 3 t of white beans for Oslo - sorry, I meant black beans").product).toBe("black beans");
    expect(parse("We need 3 t of walnuts for Oslo. No, pecans.").product).toBe("pecans");
    expect(parse("Il nous faut 2 t de pistaches pour Nice, non, des noisettes").product).toBe("noisettes");
    expect(parse("Queremos 2 t de nueces para Quito, quería decir almendras").product).toBe("almendras");
    expect(parse("بدنا ٢ طن عدس لبيروت، خليها حمص").product).toBe("حمص");
  });

  it("does not take a bare 'port' after a correction as the product", () => {
    expect(parse("Item: dried figs, quantity 3 tons, port: Izmir... no wait, port of Piraeus")).toMatchObject({
      product: "dried figs",
      destination: { country: "GR", place: "Piraeus" },
    });
  });

  it("adds half a unit after 'y media', 'et demie', 'and a half', 'ونص'", () => {
    expect(parse("Necesito 1 tonelada y media de almendras para Quito").quantity).toEqual({ value: 1.5, unit: "t" });
    expect(parse("Besoin de deux tonnes et demie de dattes pour Lyon").quantity).toEqual({ value: 2.5, unit: "t" });
    expect(parse("بدنا ٣ طن ونص رز لبيروت").quantity).toEqual({ value: 3.5, unit: "t" });
    expect(parse("Necesito 2 toneladas de almendras para Quito").quantity).toEqual({ value: 2, unit: "t" });
  });
});

describe("destinations", () => {
  it.each([
    ["نحتاج ٥ طن عدس إلى الطائف", "SA", "Taif"],
    ["أبغى ٢٠٠ كرتون حليب بودرة، التوصيل للخبر", "SA", "Khobar"],
    ["محتاجين ألف علبة سردين للمنصورة", "EG", "Mansoura"],
    ["بدي ١٠٠٠ قطعة صابون لإربد", "JO", "Irbid"],
    ["نحتاج ١٥ طن دقيق إلى الموصل، العراق", "IQ", "Mosul"],
    ["نحتاجو 20 طن ديال السكر لسطيف", "DZ", "Setif"],
    ["Necesitamos 12 toneladas de lentejas rojas, entrega en Cali", "CO", "Cali"],
    ["Busco 300 kg de azafrán para Mendoza, Argentina", "AR", "Mendoza"],
    ["solicito cotización de 2.500 kg de pimienta con destino a Santa Cruz, Bolivia", "BO", "Santa Cruz de la Sierra"],
    ["Necesitamos aceitunas, 5 toneladas, para Murcia", "ES", "Murcia"],
    ["We need 3 tons of pistachios delivered to our warehouse in Leicester", "GB", "Leicester"],
  ])("knows more cities per country: %s", (text, country, place) => {
    expect(parse(text).destination).toEqual({ country, place });
  });

  it("gives a city followed by another country to that country ('Tripoli, Lebanon', 'San Antonio, Chile')", () => {
    expect(parse("بدنا ٣ طن بن لطرابلس لبنان").destination).toEqual({ country: "LB", place: "Tripoli" });
    expect(parse("Queremos 2 contenedores de azúcar para el puerto de San Antonio, Chile").destination).toEqual({ country: "CL", place: "San Antonio" });
    expect(parse("need 3 t of dates to Tripoli").destination).toEqual({ country: "LY", place: "Tripoli" });
  });

  it("reads a place one typo away after a delivery cue, but not a real word near a town", () => {
    expect(parse("we need 3 tons of sugar to dubay").destination).toEqual({ country: "AE", place: "Dubai" });
    expect(parse("envoyez 2 t de dattes pour marseile").destination).toEqual({ country: "FR", place: "Marseille" });
    expect(parse("need 2 t of dates to rotterdan").destination).toEqual({ country: "NL", place: "Rotterdam" });
    expect(parse("need 2 t of flour for bread").destination).toBeNull();
    expect(parse("need 2 t of flour for parts").destination).toBeNull();
  });

  it("reads SMS cues 'pr' and 'pa' as 'pour' and 'para'", () => {
    expect(parse("besoin 300kg cumin pr lyon stp")).toMatchObject({ product: "cumin", destination: { country: "FR", place: "Lyon" } });
    expect(parse("necesito 3 toneladas de cafe pa Bogota")).toMatchObject({ product: "cafe", destination: { country: "CO", place: "Bogota" } });
  });

  it("reads Levant 'على' and Spanish 'destino' as delivery cues", () => {
    expect(parse("بدنا ٢ طن رز على اللاذقية").destination).toEqual({ country: "SY", place: "Latakia" });
    expect(parse("Necesitamos 2 contenedores de harina, destino Chile").destination).toEqual({ country: "CL", place: null });
  });

  it("reads a delivery word after an ambiguous name ('Kuwait delivery') as its cue", () => {
    expect(parse("need 12 tonnes of date paste, Kuwait delivery").destination).toEqual({ country: "KW", place: null });
    expect(parse("need 12 tonnes of date paste from Kuwait").destination).toBeNull();
  });

  it("reads where the buyer is from ('somos de Bilbao', 'نحن من الرياض') as context, used when no other place is given", () => {
    expect(parse("Hola, necesito 2 toneladas de aceite de oliva. Somos de Bilbao.").destination).toEqual({ country: "ES", place: "Bilbao" });
    expect(parse("نحن من الرياض ونحتاج ٢ طن تمر").destination).toEqual({ country: "SA", place: "Riyadh" });
    expect(parse("somos de Lima y necesitamos 2 t de café para Quito").destination).toEqual({ country: "EC", place: "Quito" });
  });

  it("names an unknown town after the buyer's premises, with no country", () => {
    expect(parse("need 300 kg of cumin for our shop in Wakefieldton").destination).toEqual({ country: null, place: "Wakefieldton" });
  });

  it("reads 'port d'X' as the port, not an origin", () => {
    expect(parse("Nous voulons 4 conteneurs de sardines, port d'Owendo").destination).toEqual({ country: "GA", place: "Owendo" });
  });
});

describe("deadlines", () => {
  it("reads the end of this month or year in Spanish and Arabic ('a finales de mes', 'آخر الشهر', 'fin de año')", () => {
    expect(parse("necesito 5 t de pasta para Lima a finales de mes", "2026-12-01").deadline).toBe("2026-12-31");
    expect(parse("عاوز ٥ طن مكرونة لأسيوط قبل آخر الشهر", "2026-12-01").deadline).toBe("2026-12-31");
    expect(parse("necesito 5 t de pasta para Lima antes de fin de año", "2027-03-10").deadline).toBe("2027-12-31");
    expect(parse("نحتاج ٥ طن رز لجدة قبل نهاية السنة", "2027-03-10").deadline).toBe("2027-12-31");
  });


  it("does not read a weekday abbreviation alone ('mon' in 'pour mon magasin') as a date", () => {
    expect(parse("Je voudrais 40 cartons de thé pour mon magasin à Lyon").deadline).toBeNull();
    expect(parse("Je voudrais 40 cartons de thé avant le 20 janvier").deadline).toBe("2027-01-20");
  });
});
