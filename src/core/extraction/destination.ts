// Where the goods go. Every gazetteer name is classified by what stands before it: a delivery cue
// ("to", "for", "livraison à", "CIF …") makes it a destination, an origin cue ("from", "FOB …",
// "fournisseurs au …") an origin; a bare name is a weak destination, used when nothing stronger is.
import type { Destination } from "../model.js";
import { CORRECTION } from "./fillers.js";
import { findPlaces, lookupPlace, namesakesOf, nearestPlace, type GazetteerEntry, type PlaceMatch } from "./gazetteer.js";
import type { IncotermResult } from "./incoterm.js";
import { isCapitalised, withoutArabicMarks, type Span, type Word } from "./text.js";

export interface DestinationResult {
  destination: Destination | null;
  /** Every place named (origins too): the product phrase never runs across one. */
  spans: Span[];
  /** Cities named as an origin right after "de"/"d'" ("cerámica de Fez"): they may name the product. */
  originCities: Span[];
  /** Names read with no cue and not chosen ("برتقال فالنسيا", "جوز الهند"): words of the product when inside its phrase. */
  uncued: Span[];
}

type Role = "destination" | "origin" | "weak" | "context";

const ARTICLES = "(?:the |la |le |l'|les |el |los |our |my |notre |nos |mon |ma |nuestra |nuestro |nuestros |nuestras |port of |port de |port d'|du port de |puerto de |city of |ville de |ciudad de |harbou?r of |ميناء |مدينه )*";
const FACILITY =
  "(?:shops?|stores?|restaurants?|office|offices|factory|plant|warehouses?|hotels?|clients?|customers?|premises|site|magasins?|boutiques?|usines?|depots?|bureaux?|entrepots?|hotels?|sieges?|succursales?|cafes?|supermarkets?|supermarches?|resorts?|branches?|outlets?|tiendas?|almacen(?:es)?|bodegas?|hoteles|restaurantes?|supermercados?|fabricas?|plantas?|oficinas?|sucursales?|epiceries?|epicerie fine|spas?|salons?|bakery|bakeries|delis?|canteens?|clinics?|pharmac(?:y|ies)|labs?|laborator(?:y|ies)|boulangeries?|pharmacies?|laboratoires?|cantines?|panaderias?|farmacias?|obradores?|herboristerias?|laboratorios?|riads?|workshops?|ateliers?|talleres?|plate-?formes?|platforms?|plataformas?|dcs?|distribution cent(?:er|re)s?|centres? de distribution|centros? de distribucion|chocolateries?|chocolatiers?|patisseries?|fromageries?|confiseries?|traiteurs?|glaciers?|torrefacteurs?|creperies?|chocolate shops?|ice cream parlou?rs?|coffee shops?|cheese shops?|farm shops?|chocolaterias?|pastelerias?|heladerias?|paleterias?|queserias?|cafeterias?|confiterias?|tostadores?)";
const STRONG = new RegExp(
  `(?:^|[^\\p{L}])(?:to|towards?|for|pour|pr|vers|a|au|aux|pa|jusqu'a|jusqu' a|destination|dest|final destination|destination finale|deliver(?:ed|y|ing)?(?: to| in| at| into)?|ship(?:ped|ping|ment)?(?: to| in| into)?|send(?: it| them)? to|livr(?:aison|ee?s?|er|ez)(?: a| au| aux| en| sur| dans| vers)?|expedi(?:tion|ee?s?|er|ez)(?: a| au| aux| en| vers| sur)?|envoi(?: a| au| aux| en| vers| sur)?|arriv(?:al|ing|ee|er)(?: in| at| a| au| en)?|dispatch(?:ed)? to|landed(?: in| at)?|rendue?s?(?: a| au| en)?|para|hacia|con destino a|destino final|(?:a )?destination (?:de|d')|with destination|entrega(?:s|r)?(?: en| a)?|envio(?: a| hacia)?|enviar(?: a)?|envien(?: a)?|llegada(?: a| en)?|destino|puert[oa]s? en|puest[oa]s? en|entregad[oa]s?(?: en| a)|enviad[oa]s? a|despacho a|rumbo a|hasta|الي|ل|ل|حتي|علي|لعند|توريد(?: الي| ل)?|وصول(?: الي)?|التوصيل(?: الي| ل| في)?|توصيل(?: الي| ل| في)?|الشحن(?: الي| ل)?|شحن(?: الي| ل)?|التسليم(?: في| الي)?|تسليم(?: في| الي)?|الوجهه(?: النهائيه)?|وجهه|${FACILITY}(?: \\p{L}+)?(?: in| at| a| au| aux| en| de| d'| near| pres de))\\s?${ARTICLES}$`,
  "u",
);
const ORIGIN = new RegExp(
  `(?:^|[^\\p{L}])(?:from|origin|origine|made in|produced in|grown in|product of|produit (?:au|en|du|de|d')|(?:en )?provenance(?: de| du| d'| des)?|sourced (?:from|in)|ex|(?<!(?:port|puerto|ville|city|ciudad) )(?:de|du|des|d')|fabrique (?:au|en)|(?:suppliers?|producers?|exporters?|farms?|growers?|manufacturers?|fournisseurs?|producteurs?|exportateurs?|fabricants?|cooperatives?|proveedores?|productores?) (?:in|from|au|en|du|de|d'|a|aux))\\s?${ARTICLES}$|(?:^|[^\\p{L}])(?:desde|del|origen|procedente de|hecho en|fabricado en|من|منشا|مصدر|صنع في)\\s?${ARTICLES}$`,
  "u",
);
// "Saludos desde Lima", "desde Valparaíso les pedimos …": opening the message, "desde" says where the writer is.
const CONTEXT = new RegExp(`^\\s?(?:(?:hola|buenas|buenos dias|buenas tardes|buen dia|saludos|saludos cordiales|les escribo|les escribimos|escribo|escribimos|les saludamos)[\\s,!]{1,3})?desde\\s?${ARTICLES}$|(?:^|[^\\p{L}])(?:import(?:s|ing)?(?: \\p{L}+){0,3} (?:into|to|in)|based in|located in|importons(?: \\p{L}+){0,3} (?:au|en|aux)|bases? (?:a|au|en)|situes? (?:a|au|en)|importadores? en|importamos(?: \\p{L}+){0,3} (?:a|en)|ubicados? en|con sede en|(?:soy|somos|estamos) (?:de|en)|(?:je suis|nous sommes|on est) (?:de|d'|a|au|en)|(?:we are|we're|i am|i'm) (?:from|in)|(?:نحن|احنا) (?:من|في)|مقرنا في|نستورد(?: \\p{L}+){0,3} (?:الي|ل|في))\\s?${ARTICLES}$`, "u");
const OWN_PREMISES = new RegExp(
  // Arabic says "our" with the suffix "نا": "لسلسلة مقاهينا في جدة" (for our café chain in Jeddah).
  `(?:^|[^\\p{L}])(?:our|my|notre|nos|mon|ma|mes|nuestr[oa]s?|mis?)\\s(?:[\\p{L}'-]+\\s){1,3}(?:in|at|a|au|aux|en|near|pres de|dans)\\s?${ARTICLES}$|(?:^|[^\\p{L}])(?!(?:احنا|نحنا|اننا|انا|هنا|لنا)\\s)[\\u0621-\\u064a]{2,}نا\\s(?:في|فى)\\s?$`,
  "u",
);
const SUPPLIER_WORD = /(?:supplier|producer|exporter|manufacturer|partner|fournisseur|producteur|exportateur|fabricant|partenaire|proveedor|productor|exportador|fabricante|socio)s?(?:es)?\s/;
const DELIVERY_AFTER = /^\s(?:delivery|deliveries|destination|port|livraison|destino|entrega|التوصيل|توصيل|تسليم)(?![\p{L}])/u;
const PLACE_FOLLOWERS = /^(?:by|before|until|within|in|at|asap|please|pls|plz|svp|stp|porfa|thx|thanks|and|et|or|ou|for|pour|with|avec|avant|sous|d'ici|port|city|ville|via|from|de|du|cif|cfr|fob|dap|ddp|exw|fca|cpt|cip|dpu|fas|deadline|delivery|livraison|next|urgent|urgently|merci|thank|antes|para|por|con|desde|hasta|puerto|ciudad|urgente|gracias|entrega|destino)$/;
// "our warehouse in Leicester": the buyer's premises name a place even when the gazetteer lacks it.
const UNKNOWN_PLACE_CUE = new RegExp(
  `(?:^|[^\\p{L}])(?:to|vers|a|au|pr|pa|destination|dest|livraison(?: a| au)?|deliver(?:ed|y)? to|ship(?:ped|ping)? to|final destination|para|hacia|destino|entrega en|envio a|${FACILITY} (?:in|at|a|en)|(?:our|my|notre|mon|ma|nuestr[oa]s?|mis?) [\\p{L}'-]+ (?:in|at|a|en))\\s?$`,
  "u",
);
const NOT_A_PLACE = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|christmas|noel|ramadan|eid|monday|tuesday|wednesday|thursday|friday|saturday|sunday|our|the|my|your|you|us|me|him|her|them|nous|vous|eux|lui|moi|quel|quelle|which|what|when|who|we|i|it|ce|cette|ces|mr|mrs|ms|dr|m|mme|end|fin|early|mid|q\d|next|asap|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|navidad|nuestra|nuestro|nosotros|usted|ustedes)$/;

function roleOf(text: string, folded: string, m: PlaceMatch, incoterm: IncotermResult): Role | null {
  if (incoterm.placeFrom !== null && m.start >= incoterm.placeFrom && m.start <= incoterm.placeFrom + 2) {
    return incoterm.placeIsDestination ? "destination" : "origin";
  }
  // "لبيروت": the "to" is the name's first letter; "ببيروت" (in Beirut) reads like the bare name.
  if (m.joinedCue === "to") return "destination";
  const before = folded.slice(Math.max(0, m.start - (m.joinedCue ? 1 : 0) - 60), m.start - (m.joinedCue ? 1 : 0));
  if (CONTEXT.test(before)) return "context";
  // "for our farm in Senegal", "pour nos magasins au Qatar": the buyer's own premises are where the goods go.
  if (OWN_PREMISES.test(before) && !SUPPLIER_WORD.test(before.slice(-40))) return "destination";
  // "chile en polvo", "turkey breast": a name that is also a word, followed by more words, is the word.
  if (m.ambiguous && !placeLike(folded, m, before)) return null;
  if (ORIGIN.test(before) && !/(?:^|[^\p{L}])a\s?$/u.test(before)) {
    // "entrepôt de Lyon", "magasins de Paris" are facility cues, tested by STRONG below.
    if (!STRONG.test(before)) return "origin";
  }
  // "We're a supermarket group in Kuwait": a capitalised ambiguous name after "in" is a place.
  if (m.ambiguous && /(?:^|[^\p{L}])(?:in|en|au|aux|a|في)\s?$/u.test(before) && (isCapitalised(text, m) || /[\u0600-\u06ff]/u.test(folded[m.start] ?? ""))) return "weak";
  if (STRONG.test(before)) return "destination";
  // "Kuwait delivery", "Chile port", "Panamá entrega": a delivery word right after the name is a cue too.
  if (DELIVERY_AFTER.test(folded.slice(m.end, m.end + 20))) return "destination";
  return m.ambiguous ? null : "weak";
}

/**
 * "to Turkey" is a place; "frozen turkey breasts", "looking for turkey" and "bone china cups"
 * are products. An ambiguous name counts only after a cue and before no further noun.
 */
function placeLike(folded: string, m: PlaceMatch, before: string): boolean {
  if (/(?:looking|searching|search|asking|need|needs|want|wants|buy|sell|cherche|cherchons|recherche)\s(?:for\s|pour\s|de\s|du\s|des\s)?$/.test(before)) return false;
  // "du sucre de canne", "some turkey", "el chile": after an article or partitive the name is the word.
  if (/(?:^|[^\p{L}'])(?:du|des|de la|some|the|a|an|un|une|el|los|las|unos|unas)\s$/u.test(before)) return false;
  // "2 t de sucre de canne", "2 t sucre": right after a quantity (masked to spaces by now), with or
  // without its "de", the name is the goods counted.
  if (/^\s+$/.test(before) || /\s{2}(?:de\s|d')$/.test(before)) return false;
  const next = /^\s([\p{L}]+)/u.exec(folded.slice(m.end, m.end + 30))?.[1];
  return !next || PLACE_FOLLOWERS.test(next);
}

/** The joint inside a hyphenated place name: "-les-", "-sur-", "-upon-", "-on-", "-d'", or a bare "-" before a capital. */
const PLACE_LINK = /^-(?:(?:les|lès|en|sur|sous|de|du|des|la|le|aux|upon|on|under|super|by|am|an|der|di|del)-|d'|l')?(?=\p{Lu})/u;

/** A capitalised word right after "to"/"à"/"livraison" that the gazetteer does not know. */
function unknownPlace(text: string, folded: string, ws: Word[], taken: Span[], termPlace: number | null = null): { span: Span; place: string } | null {
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] as Word;
    if (taken.some((s) => w.start < s.end && s.start < w.end)) continue;
    if (w.text.length < 3 || NOT_A_PLACE.test(w.text) || !isCapitalised(text, w)) continue;
    if (text.slice(w.start, w.end) === text.slice(w.start, w.end).toUpperCase()) continue;
    // "a Moroccan-themed range": a capitalised word glued to a lowercase one by a hyphen is an adjective.
    // ("Aix-les-Bains", "Châlons-en-Champagne": a French place name joins with les/en/sur/de.)
    if (/^-\p{Ll}/u.test(text.slice(w.end, w.end + 2)) && !PLACE_LINK.test(text.slice(w.end, w.end + 9))) continue;
    // "CFR Aveiro": the place of a C- or D-term is where the goods go, known or not.
    const afterTerm = termPlace !== null && w.start >= termPlace && w.start <= termPlace + 2;
    if (!afterTerm && !UNKNOWN_PLACE_CUE.test(folded.slice(Math.max(0, w.start - 30), w.start))) continue;
    let end = w.end;
    let k = i + 1;
    // "Saint-Jean-de-Luz", "Stratford-upon-Avon", "Villeneuve-d'Ascq": a hyphenated name runs on
    // through its linking words to each capitalised part.
    for (let link = PLACE_LINK.exec(text.slice(end)); link; link = PLACE_LINK.exec(text.slice(end))) {
      const at = end + link[0].length;
      while (k < ws.length && (ws[k] as Word).start < at) k++;
      const part = ws[k];
      if (!part || part.start !== at || !isCapitalised(text, part)) break;
      end = part.end;
      k++;
    }
    const next = ws[k];
    if (end === w.end && next && /^[\s-]$/.test(folded.slice(w.end, next.start)) && isCapitalised(text, next) && !NOT_A_PLACE.test(next.text)) end = next.end;
    // English spelling drops the accents ("Córdoba" → "Cordoba").
    return { span: { start: w.start, end }, place: text.slice(w.start, end).normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC") };
  }
  return null;
}

/** "to dubay", "pour marseile": a word right after a delivery cue that is one typo from a known place. */
function misspelledPlace(folded: string, ws: Word[], taken: Span[]): { span: Span; entry: GazetteerEntry } | null {
  for (const w of ws) {
    // A known name ("Panamá" left out as ambiguous) is never read as a typo of another ("Manama").
    if (taken.some((s) => w.start < s.end && s.start < w.end) || NOT_A_PLACE.test(w.text) || lookupPlace(w.text)) continue;
    if (!STRONG.test(folded.slice(Math.max(0, w.start - 60), w.start))) continue;
    const entry = nearestPlace(w.text);
    if (entry) return { span: { start: w.start, end: w.end }, entry };
  }
  return null;
}

const SEA_TERMS = new Set(["CIF", "CFR", "FOB", "FAS"]);

/**
 * "We import into Chile … CFR San Antonio", "importadores en Santiago … San Antonio": a city whose
 * name another country's town shares is that town when the message names the other country, or a
 * city in it, elsewhere; a port namesake also wins as the place of a sea-only Incoterm.
 */
function namesakeCountry(chosen: PlaceMatch, roles: { m: PlaceMatch; role: Role | null }[], incoterm: IncotermResult): string | null {
  const others = namesakesOf(chosen.place ?? "");
  if (others.length === 0) return null;
  const named = others.find((o) => roles.some((r) => r.role !== null && r.m !== chosen && r.m.country === o.country));
  if (named) return named.country;
  const termPlace = incoterm.placeFrom !== null && chosen.start >= incoterm.placeFrom && chosen.start <= incoterm.placeFrom + 2;
  const port = others.find((o) => o.port);
  return port && termPlace && incoterm.incoterm !== null && SEA_TERMS.has(incoterm.incoterm) ? port.country : null;
}

const toDestination = (m: PlaceMatch): Destination => ({ country: m.country, place: m.place });

export function extractDestination(text: string, folded: string, ws: Word[], incoterm: IncotermResult): DestinationResult {
  const matches = findPlaces(text, folded, ws);
  const roles = matches.map((m) => ({ m, role: roleOf(text, folded, m, incoterm) }));
  const spans: Span[] = roles.filter((r) => r.role !== null).map(({ m }) => ({ start: m.start, end: m.end }));
  const originCities = roles
    .filter((r) => r.role === "origin" && r.m.kind === "city" && /(?:^|[^\p{L}])(?:de|d')\s?$/u.test(folded.slice(Math.max(0, r.m.start - 4), r.m.start)))
    .map(({ m }) => ({ start: m.start, end: m.end }));
  const pick = (role: Role): PlaceMatch | undefined => {
    const all = roles.filter((r) => r.role === role).map((r) => r.m);
    // The latest destination wins ("CIF Rotterdam… actually ship to Antwerp").
    return role === "destination" ? all.at(-1) : all[0];
  };
  let chosen = pick("destination") ?? pick("weak") ?? pick("context");
  if (!chosen) {
    const typo = misspelledPlace(folded, ws, spans);
    if (typo) return { destination: { country: typo.entry.country, place: typo.entry.place }, spans: [...spans, typo.span], originCities, uncued: [] };
    const unknown = unknownPlace(text, folded, ws, spans, incoterm.placeIsDestination ? incoterm.placeFrom : null);
    if (!unknown) return { destination: null, spans, originCities, uncued: [] };
    // "Córdoba, Argentina": a country named right after the unknown city is its country.
    const country = matches.find((m) => m.kind === "country" && m.start >= unknown.span.end && /^[\s,(-]{1,3}$/u.test(folded.slice(unknown.span.end, m.start)));
    return { destination: { country: country?.country ?? null, place: unknown.place }, spans: [...spans, unknown.span, ...(country ? [{ start: country.start, end: country.end }] : [])], originCities, uncued: [] };
  }
  // "livraison Lyon… non pardon, Marseille": a place named after a correction replaces the earlier one.
  const cue = CORRECTION.exec(folded.slice(chosen.end));
  if (cue) {
    const from = chosen.end + cue.index;
    const later = roles.find((r) => r.m.start > from && (r.role === "destination" || r.role === "weak"));
    if (later) chosen = later.m;
  }
  const strong = roles.filter((r) => r.role === "destination");
  const corrected = strong.length > 1 && CORRECTION.test(folded.slice(strong[0]?.m.end ?? 0, chosen.start));
  if (!corrected && strong.length > 1 && chosen.kind !== "city") {
    // "to Canada … Montreal": a country and a city in it are one destination, not a correction. When
    // the latest is a city itself ("de Córdoba … CIF Buenos Aires"), it stays: two cities of one
    // country are two places, and the later delivery one is where the goods go.
    const city = strong.find((r) => r.m.kind === "city" && r.m.country === chosen?.country);
    if (city) chosen = city.m;
  }
  const destination = toDestination(chosen);
  // "Tripoli, Lebanon", "San Antonio, Chile": a city followed by another country is that country's
  // namesake town (the gazetteer keeps one country per name).
  const after = chosen;
  const namesake = chosen.kind === "city" && matches.find((m) => m.kind === "country" && m.start >= after.end && /^[\s,(-]{1,3}$/u.test(folded.slice(after.end, m.start)));
  if (namesake && namesake.country !== chosen.country) destination.country = namesake.country;
  else if (chosen.kind === "city" && chosen.place) destination.country = namesakeCountry(chosen, roles, incoterm) ?? destination.country;
  const extra: Span[] = [];
  if (chosen.kind !== "city") {
    // "Rotterdam, Netherlands" or "Canada (Montreal)": take the city named in that country.
    const city = roles.find((r) => r.m.kind === "city" && r.m.country === chosen?.country && r.role !== "origin");
    if (city) destination.place = city.m.place;
    else {
      // "destination Paradip, India": a capitalised name the gazetteer lacks, right before the
      // country after a delivery cue, is the city in that country.
      const unknown = unknownPlace(text, folded, ws, spans);
      if (unknown && unknown.span.end <= chosen.start && /^\s?[,(-]\s?$/u.test(folded.slice(unknown.span.end, chosen.start))) {
        destination.place = unknown.place;
        extra.push(unknown.span);
      }
    }
  }
  const final = chosen;
  const uncued = roles.filter((r) => r.role === "weak" && r.m !== final && !(r.m.country === final.country && r.m.kind !== "city")).map(({ m }) => ({ start: m.start, end: m.end }));
  return { destination, spans: [...spans, ...extra], originCities, uncued };
}

// "عُمان" (Oman) and "عمّان" (Amman) differ only by vowel marks, which text preparation strips; bare
// "عمان" stays Amman (the gazetteer's reading) unless the buyer vowelled it as the country.
// Omani context (the Omani rial, "عماني", an Omani city) also reads a bare "عمان" as the country;
// "عمّان" with its shadda is always the Jordanian capital.
const OMAN_VOWELLED = /\u0639\u064f\u0645\u0627\u0646(?![\u0621-\u064a])/u;
const AMMAN_VOWELLED = /\u0639\u0645\u0651\u0627\u0646(?![\u0621-\u064a])/u;
const OMANI_CONTEXT = /(?<![\u0621-\u064a])(?:عماني|عمانيه|سلطن[هة]|مسقط|صلال[هة]|صحار)|(?<![\p{L}])(?:omr|omani)(?![\p{L}])/iu;

/** The destination once the raw message's vowel marks and Omani context are read: "عُمان" is the country Oman. */
export function disambiguateOman(destination: Destination | null, raw: string): Destination | null {
  if (destination?.country !== "JO" || destination.place !== "Amman") return destination;
  const text = raw.normalize("NFC");
  if (AMMAN_VOWELLED.test(text)) return destination;
  const plain = withoutArabicMarks(text);
  return OMAN_VOWELLED.test(text) || OMANI_CONTEXT.test(plain) ? { country: "OM", place: null } : destination;
}
