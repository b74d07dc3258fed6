// What the keyword and vector searches see of a buyer's message: the product and its specs only.
// Quantities, Incoterms, places, dates, prices and chat filler are removed ("2 t … CIF Rotterdam
// before March pls" must not match products that mention "2", "kg" or "Rotterdam"); a pack size
// tied to a pack word ("25 kg bags", "bidons de 5 L") is a spec and stays, and so do sizes,
// grades and codes (10x10, 220 gsm, 8 mm, ISO 3632, 18-46-0).
import { fold, withoutArabicMarks, words } from "../extraction/text.js";
import { findPlaces } from "../extraction/gazetteer.js";
import { INCOTERMS } from "../model.js";
import { codeIsProduct } from "../extraction/incoterm.js";
import { messageBody } from "../extraction/emailParts.js";
import { ASSORTMENT_PHRASE } from "../extraction/fillers.js";

// Units that make "number + unit" an amount rather than a spec (sizes such as mm, cm, oz, gsm stay,
// and so do millilitres: nobody orders 375 mL, "Cabernet Franc icewine (375ml)" names the bottle).
const AMOUNT_UNITS = new Set(
  ("t ton tons tonne tonnes mt mts kg kgs kilo kilos kilogram kilograms kilogramme kilogrammes g gr gram grams gramme grammes " +
    "lb lbs pound pounds l lt ltr litre litres liter liters pcs pc piece pieces unit units unite unites " +
    "pair pairs paire paires set sets jeu jeux dozen douzaine douzaines m2 sqm pallet pallets palette palettes " +
    "fcl container containers conteneur conteneurs ft foot feet pieds pied hc hq gp teu m²").split(" "),
);
// Pack words: a number next to one is a pack size ("25 kg bags"), and the word itself is a spec.
export const PACK_WORDS = new Set(
  ("bag bags sac sacs sack sacks bottle bottles bouteille bouteilles drum drums fut futs barrel barrels baril barils " +
    "ibc ibcs tote totes flexitank flexitanks tin tins bidon bidons can cans jar jars pot pots pail pails seau seaux chaudiere chaudieres " +
    "bucket buckets jerrycan jerrycans jug jugs carton cartons case cases caisse caisses box boxes boite boites pouch " +
    "pouches sachet sachets tub tubs block blocks bloc blocs bale bales balle balles bar bars pain pains " +
    // A generic pack ("500 kg in 1 kg packs", "paquets de 500 g"): its size is the spec the buyer gives.
    "pack packs paquet paquets colis " +
    // A carton brand become a pack name ("330 mL Tetra Pak").
    "tetra tetrapak pak").split(" "),
);
const CONTAINER_WORDS = new Set("container containers conteneur conteneurs fcl reefer 20ft 40ft 40hc 40hq 20gp teu".split(" "));
const NUMBER_WORDS = new Set(
  "one two three four five six seven eight nine ten dozen half un une deux trois quatre cinq six sept huit neuf dix demi".split(" "),
);
// Chat filler and the buyer's own context: never a product or a spec.
const FILLER = new Set(
  ("hi hello hey dear sir sirs madam gentlemen kindly revert rfq rfqs rfi rfp team thanks thank pls please plz urgent asap need needs needed want wanted looking look seeking search preneur preneurs " +
    "searching sourcing source buy buying purchase import importer importing supplier suppliers supply manufacturer manufacturers " +
    "vendor vendors quote quotation offer price prices pricing target budget max around approx approximately about roughly " +
    "ship shipping shipped deliver delivered delivery send sent monthly weekly month week year per each total x " +
    "shop store stores boutique chain group lab company client clients customer customers restaurant restaurants hotel hotels " +
    // Chat greetings, written short too ("slt", "bjr", "cc") or in Darija ("salam").
    "slt bjr bsr cc coucou allo salam merhaba namaste ciao hallo shalom jambo habari aloha konnichiwa " +
    "bonjour salut merci svp cherche cherchons recherche recherchons besoin voudrions voudrais souhaitons souhaite acheter achat " +
    "fournisseur fournisseurs fabricant prix devis budget environ livraison livrer livre livree livrees livres expedition " +
    "envoyer envoi mois semaine chaque client clients magasin chaine groupe entreprise societe " +
    // Who makes the goods, when the buyer asks for a maker ("un atelier pour des pantalons", "un sous-traitant en traitement de surface").
    "atelier ateliers soustraitant soustraitants faconnier faconniers " +
    "asap before by until end mid within avant fin ici sous jusqu " +
    "january february march april may june july august september october november december " +
    "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre " +
    "jan feb mar apr jun jul aug sep sept oct nov dec").split(" "),
);
// A clause opening on the buyer, and the verbs that then ask for the product.
const SUBJECTS = new Set("we i we're i'm were im our my nous je on j' il".split(" "));
const ASKING = new Set(
  ("need needs want wants require requires looking seeking sourcing source buy import cherche cherchons recherche recherchons " +
    "besoin voudrions voudrais voudrait aimerions aimerais aimerait souhaitons souhaite veut voulons achetons importons faut consultons chasing quote asking searching search missing manque falta faltan preneur preneurs desirons").split(" "),
);
/** Verbs of replacing: "remplacer X par Y" asks for Y. */
const REPLACING = new Set("remplacer remplace remplacons substituer replace replacing substitute".split(" "));
/** A verb of search in the third person, after a noun naming the buyer ("Marque lyonnaise cherche"). */
const SEEKS = new Set("cherche recherche seeks asking".split(" "));
const PURPOSE = new Set(["for", "pour"]);
const DANGLING = new Set("a an at by for from in into of on the that to with our au aux a de d' des du en et l' la le les ou par pour sur vers".split(" "));
const INCOTERM_SET = new Set(INCOTERMS.map((c) => c.toLowerCase()));
const PRICE_RE = /(?:[$€£]\s*\d[\d\s.,]*|\d[\d.,]*\s*(?:[$€£]|usd|eur|euros?|cad|mad|dh|dhs|dirhams?|dollars?|gbp)\b)(?:\s*(?:\/|per|le|la|a)\s*\p{L}+)?/giu;
const DATE_RE = /\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b/g;

// Words before a place that make it where the goods go (or come from), not part of the product.
const PLACE_CUES = new Set(
  ("to into for in at near via from port of delivery deliver delivered shipping ship shipped destination " +
    "a au aux en vers pour de du d' depuis livraison livre livree livrer").split(" "),
);
/**
 * True when the place at [start, end) is a destination or origin: after a cue ("to Rotterdam",
 * "CIF Montreal", "livraison Lyon"), at the end of its clause, or before a number or a deadline.
 * A place that opens a product phrase ("Valencia late oranges") is the product's name and stays.
 */
function isDestination(folded: string, start: number, end: number): boolean {
  const before = folded.slice(0, start).trim().split(/\s+/).pop() ?? "";
  const after = folded.slice(end).trim().split(/\s+/)[0] ?? "";
  return !after || PLACE_CUES.has(before) || INCOTERM_SET.has(before) || /^\d/.test(after) || FILLER.has(after) || DANGLING.has(after);
}

export interface KeywordQuery {
  /** The product and its specs, as the buyer wrote them (for keyword and vector search). */
  text: string;
  /** The first non-empty clause of `text` (up to a comma, a dash or a full stop): where the product is named. */
  phrase: string;
  /** Pack words the buyer asked for ("drums", "sacs"): packaging is a spec. */
  packs: string[];
  /** `text` without the clauses about what the buyer already has ("we already sell a maple water") or might also take. */
  wanted: string;
}

// Joins the two numbers of a size ("10x10") into one word; a number-class letter, so words() keeps it.
const DIM = "\u2179";
const YEAR_RE = /^20[2-3]\d$/;
const isNumber = (w: string) => /^\d+(?:[.,]\d+)?k?$/.test(w) || NUMBER_WORDS.has(w);

/** The buyer's message reduced to product words and specs. */
export function keywordQuery(rawText: string): KeywordQuery {
  // Sentence by sentence: an aside in a sentence about the buyer is about the buyer too ("nous
  // sommes une biscuiterie en Bretagne (sablés, galettes) et nous voulons…").
  // (An email's subject label and signature name no goods: see emailParts.ts.)
  const clauses = messageBody(withoutArabicMarks(rawText)).split(/[\n!?]+|\.(?:\s|$)/).flatMap((sentence) => {
    let buyer = false;
    // What the buyer already has goes on to the next clauses of its sentence until one asks ("ya vendemos cosmética natural (aceites faciales, desodorantes)").
    let already = false;
    return sentence.split(/(?<!\d),|,(?!\d)|[;:()]+|\s[–—-]\s/).map(cleanClause).map((c) => {
      buyer = !c.asks && (buyer || c.aboutBuyer);
      already = ALREADY.test(c.text) || (!c.asks && already);
      return { ...c, aboutBuyer: buyer, already };
    });
  }).filter((c) => c.text);
  const text = clauses.map((c) => c.text).join(" ");
  // A clause about the buyer ("We operate four seafood restaurants…", "Nous distribuons des boissons
  // dans les épiceries…") is context when a later clause asks for the product.
  // A clause that itself names the business ("Fruit importer in Rotterdam: Hass avocados, …") is
  // context before any later words, asking or not: a business noun never names the goods.
  const context = (c: Clause, i: number) => (c.aboutBuyer && clauses.slice(i + 1).some((later) => later.asks)) || (c.business && !c.asks && i < clauses.length - 1);
  const named = clauses.find((c, i) => !namesTheBuyer(c.text) && !c.already && !context(c, i)) ?? clauses[0];
  // The connectors the removals leave in front of the phrase say nothing either ("un atelier pour des
  // pantalons" → "pantalons"); the text keeps them, where "for" still ends what the product is.
  const phrase = (named?.text ?? "").split(" ");
  while (phrase.length > 1 && DANGLING.has(phrase[0]!)) phrase.shift();
  // ("… alloy wheel rims, 200 sets. Might also take front brake pads later": a second wish after the first is not what is wanted now.)
  const firstAsk = clauses.findIndex((c) => c.asks);
  const wanted = clauses.filter((c, i) => !c.already && !(firstAsk >= 0 && i > firstAsk && ALSO.test(c.text))).map((c) => c.text).join(" ");
  return { text, phrase: phrase.join(" "), packs: [...new Set(clauses.flatMap((c) => c.packs))], wanted };
}

// The buyer's own business, as a message opens with it ("Gift shops at three ski resorts",
// "Grossiste pour épiceries fines", "Fitting out a spa in Dubai"): a clause whose head is one of
// these names who buys, never what.
const BUYER_NOUNS = new Set(
  ("shop shops store stores boutique boutiques hotel hotels restaurant restaurants cafe cafes resort resorts spa spas salon " +
    "salons chain chains group groups company companies wholesaler wholesalers distributor distributors importer importers " +
    "retailer retailers brand brands supermarket supermarkets grocer grocers grocery groceries bakery bakeries pharmacy " +
    "pharmacies studio studios deli delis caterer caterers agency warehouse warehouses business " +
    "grossiste grossistes distributeur distributeurs importateur importateurs epicerie epiceries magasin magasins boulangerie " +
    "boulangeries pharmacie pharmacies parapharmacie parapharmacies chaine chaines groupe groupes marque marques societe " +
    "entreprise traiteur traiteurs restaurateur restaurateurs hotelier hoteliers animalerie animaleries jardinerie jardineries " +
    // The buyer's outlets ("4 adresses", "6 succursales").
    "adresse adresses succursale succursales outlet outlets " +
    // Where the buyer makes things ("usine près de Vesoul").
    "usine usines factory factories " +
    // Who the buyer is by trade ("Chocolate maker in Antwerp", "timber framer in Brisbane").
    "maker makers manufacturer manufacturers remanufacturer remanufacturers producer producers processor processors " +
    "roaster roasters packer packers framer framers merchant merchants trader traders dealer dealers contractor " +
    "contractors architect architects mro garage garages").split(" "),
);
// French names the business first ("Grossiste pièces auto à Oran", "Usineur aéronautique près de
// Figeac"): a clause opening on one of these is about the buyer (French only: "hotel soaps" is a product).
const BUSINESS_FIRST = new Set(
  ("societe entreprise grossiste grossistes distributeur distributeurs importateur importateurs epicerie epiceries magasin magasins " +
    "boulangerie pharmacie parapharmacie chaine groupe marque traiteur restaurateur hotelier negoce negociant usineur chantier " +
    "institut cooperative fabricant fabricants enseigne centrale laboratoire labo savonnerie brasserie animalerie jardinerie caviste " +
    "equipementier boutique reseau fruiterie fromagerie poissonnerie boucherie droguerie herboristerie parfumerie chocolaterie biscuiterie " +
    "creperie primeur primeurs fleuriste torrefacteur").split(" "),
);
// "We already carry thyme and orange blossom honey; what we're missing is…", "on achète déjà des
// fleurs de lavande": what the buyer has, never what they ask for now.
// ("déjà stabilisée", "already cracked": before a participle it describes the goods.)
const ALREADY = /(?:^| )(?:(?:already|deja)(?! [a-z]+(?:ed|ee|ees|ise|ises)(?: |$))|ya (?:vend|tenemos|tengo|manej|trabaj|compr|ofrec|import|distribu)[a-z]*)(?: |$)/;
// "might also take brake pads", "on prendrait aussi des plaquettes": a second wish.
const ALSO = /(?:^| )(?:also|aussi|tambien)(?: |$)/;
// Where a clause's head ends: its first preposition ("shops at …", "grossiste pour …"); not "a",
// which folds French "à" and English "a" together ("fitting out a spa").
const HEAD_END = new Set("here ici at in for of with from on by near across pour de d' des du au aux en chez dans sur".split(" "));
/** True when the clause's head (its last word before a preposition) names the buyer's business. */
export function namesTheBuyer(clause: string): boolean {
  const ws = clause.split(" ");
  const end = ws.findIndex((w, i) => i > 0 && HEAD_END.has(w));
  return BUYER_NOUNS.has(ws[(end < 0 ? ws.length : end) - 1] ?? "");
}

const GREETING = /^\s*(?:good (?:morning|afternoon|evening|day)|greetings|bonsoir|bonne journee|hola|saludos|buenos dias|buenas tardes|buenas|que tal)(?: (?:all|everyone|team|a todos|tout le monde))?(?![a-z])/;
// "Tea blender in Rotterdam", "Olive oil bottler near Bari", "Sheet-metal fabricator in Wichita": a
// clause that is only a noun phrase ending on a trade (an agent noun) and a place is the buyer.
const AGENT_NOUN = /^[a-z]{4,}(?:[^e ]er|or)s?$/;
const PLACE_LINK = /^(?:in|at|near|from|based in|here in)$/;
function tradeBeforePlace(folded: string, placeAt: number): boolean {
  if (placeAt < 0) return false;
  const ws = folded.slice(0, placeAt).trim().split(/\s+/);
  const link = ws.at(-1) === "in" && ["based", "here"].includes(ws.at(-2) ?? "") ? 2 : 1;
  const head = ws.at(-1 - link) ?? "";
  return ws.length >= link + 1 && ws.length <= link + 4 && PLACE_LINK.test(ws.slice(-link).join(" ")) && AGENT_NOUN.test(head) && !ws.slice(0, -link).some((w) => SUBJECTS.has(w) || ASKING.has(w));
}

interface Clause {
  text: string;
  packs: string[];
  /**
   * Says who the buyer is or what they do: opens on the buyer ("we", "nous") and asks for nothing,
   * opens on a French business noun ("Grossiste pièces auto"), or its head names the business.
   */
  aboutBuyer: boolean;
  /** Has a verb asking for something ("need", "looking", "cherchons"). */
  asks: boolean;
  /** Says what the buyer already has, or follows such a clause in its sentence with no ask between. */
  already?: boolean;
  /** Itself names the buyer's business by a noun ("Fruit importer in Rotterdam", "Grossiste pièces auto"), not by inheritance. */
  business: boolean;
}

function cleanClause(clause: string): Clause {
  let folded = fold(clause).replace(/\bsous-traitant/g, "soustraitant");
  // Places (non-ambiguous gazetteer names) and prices, dates: blanked in place, same length.
  const blank = (start: number, end: number) => (folded = folded.slice(0, start) + " ".repeat(end - start) + folded.slice(end));
  // "Good day!", "Good morning all": a greeting names no goods; nor does an order's mix ("800 pcs mixed part numbers", "du S au XXL").
  folded = folded.replace(GREETING, (m) => " ".repeat(m.length)).replace(ASSORTMENT_PHRASE, (m) => " ".repeat(m.length));
  // Where a place was blanked: "Tea blender in Rotterdam" names the buyer by the trade before it.
  let placeAt = -1;
  for (const p of findPlaces(clause, folded)) if (!p.ambiguous && isDestination(folded, p.start, p.end)) {
    blank(p.start, p.end);
    if (placeAt < 0) placeAt = p.start;
  }
  for (const re of [PRICE_RE, DATE_RE]) for (const m of [...folded.matchAll(re)]) blank(m.index, m.index + m[0].length);

  // Units glued to numbers ("25kg", "40ft") come apart, sizes "10 x 10" stay one token, decimals and
  // thousands ("1.5", "2,000", "2 000") become one number, "g/m²" is gsm.
  const normal = folded
    .replace(/g\s*\/\s*m[2²]/g, " gsm ")
    .replace(/(?<=\d)\s*(?:m2|m²)(?![a-z0-9])/g, " sqm ")
    .replace(/\b\d+\s*[x×]\s*(?=\d+\s*(?:(?:ft|pieds?|hc|hq|gp|foot)\b|'))/g, " ")
    .replace(/(\d)[.,\s](?=\d{3}(?!\d))/g, "$1")
    .replace(/(\d)[.,](?=\d)/g, "$1")
    .replace(/(\d)\s*[x×]\s*(?=\d)/g, `$1${DIM}`)
    .replace(/(?<=\d)(?=[a-z])|(?<=[a-z])(?=\d)/g, " ");
  const ws = words(normal).map((w) => w.text);
  const keep = new Array<boolean>(ws.length).fill(true);
  const packs: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    // "DAP 18-46-0", "du DAP enrichi au zinc" is a fertiliser, not an Incoterm.
    const incoterm = INCOTERM_SET.has(w) && !(w === "dap" && (/^\d/.test(ws[i + 1] ?? "") || codeIsProduct(ws[i - 1] ?? "", ws.slice(i + 1, i + 3).join(" "))));
    if (incoterm || FILLER.has(w) || CONTAINER_WORDS.has(w) || (YEAR_RE.test(w) && FILLER.has(ws[i - 1] ?? ""))) keep[i] = false;
    if (PACK_WORDS.has(w)) packs.push(w);
    // "40ft", "20'" and "1 x 40 ft" are container counts; "5k" is a number.
    if (/^\d+(?:ft|hc|hq|gp|pieds?)$/.test(w)) keep[i] = false;
    if (!isNumber(w)) continue;
    const next = ws[i + 1] ?? "";
    const unitNext = AMOUNT_UNITS.has(next) || /^(?:tonnes?|tons?|kg|l|lbs?)$/.test(next);
    // A pack size: "25 kg bags", "bags of 25 kg", "sacs de 25 kg", "bidons de 5 L".
    const packAfter = PACK_WORDS.has(ws[i + 2] ?? "");
    const packBefore = PACK_WORDS.has(ws[i - 1] ?? "") || (["of", "de", "d'"].includes(ws[i - 1] ?? "") && PACK_WORDS.has(ws[i - 2] ?? ""));
    if (unitNext && (packAfter || packBefore) && !/^(?:pcs|pieces?|units?|ft|pieds?|containers?|conteneurs?)$/.test(next)) continue;
    if (unitNext) {
      keep[i] = false;
      keep[i + 1] = false;
    } else if (PACK_WORDS.has(next) || /^x$/.test(next) || CONTAINER_WORDS.has(next) || /^\d+ft$/.test(next)) keep[i] = false;
    else if (NUMBER_WORDS.has(w)) keep[i] = false;
  }
  // "We make natural soaps in Istanbul and need virgin argan oil": a clause that opens on the buyer
  // ("we", "I", "nous", "je", "on") and then asks ("need", "looking for", "cherche") describes the
  // buyer before the verb; only what follows the verb is the product.
  // Drops the words up to the verb at `verb` and the connectors after it, when something follows.
  // (From `from` on: "remplacer … par" drops only the words it spans.)
  const dropThrough = (verb: number, from = 0) => {
    let start = verb + 1;
    while (start < ws.length && DANGLING.has(ws[start]!)) start++;
    if (start < ws.length) keep.fill(false, from, start);
  };
  // "For our spa in Brussels we would like…", "Pour nos hôtels, nous cherchons…": the buyer's own
  // business, then the buyer asking, opens the clause the same way.
  const opener = PURPOSE.has(ws[0] ?? "") && ["our", "notre", "nos"].includes(ws[1] ?? "") ? ws.findIndex((w, i) => i > 1 && SUBJECTS.has(w)) : -1;
  // ("… et nous voulons …": a conjunction before the buyer opens the clause the same way.)
  const opensOnBuyer = SUBJECTS.has(ws[0] ?? "") ? 0 : ["et", "and", "mais", "but"].includes(ws[0] ?? "") && SUBJECTS.has(ws[1] ?? "") ? 1 : -1;
  const subject = opensOnBuyer >= 0 ? opensOnBuyer : opener;
  // ("we'd like", "we would like" ask too; "like" alone compares.)
  const asking = (w: string, i: number) => ASKING.has(w) || (w === "like" && ["d", "would"].includes(ws[i - 1] ?? ""));
  const verb = subject >= 0 ? ws.findIndex((w, i) => i > subject && asking(w, i)) : -1;
  if (verb > 0) dropThrough(verb);
  // "remplacer une partie du sucre de canne par du sucre d'érable", "replace our cane sugar with
  // maple sugar": what is replaced is what the buyer has; the product follows "par" / "with".
  const replace = ws.findIndex((w) => REPLACING.has(w));
  const by = replace >= 0 ? ws.findIndex((w, i) => i > replace + 1 && (w === "par" || w === "with")) : -1;
  if (by > 0) dropThrough(by, replace);
  // "Marque lyonnaise cherche des pyjamas…", "Hotel group seeks…": a short clause opening on who the
  // buyer is, then its own verb of search; the words before the verb are the buyer, not the product.
  const seeks = ws.findIndex((w, i) => i > 0 && i <= 3 && SEEKS.has(w));
  if (!SUBJECTS.has(ws[0] ?? "") && seeks > 0 && seeks < ws.length - 1 && !ws.slice(0, seeks).some((w) => DANGLING.has(w) || /^\d/.test(w))) dropThrough(seeks);
  // "Farm-shop chain in Yorkshire wants…", "Deli in Doha looking for…": a longer opening, when its
  // head names the business, is the buyer too, whatever stands between it and the verb.
  const afterBuyer = seeks > 0 ? -1 : ws.findIndex((w, i) => i > 0 && (SEEKS.has(w) || asking(w, i)) && namesTheBuyer(ws.slice(0, i).join(" ")));
  if (afterBuyer > 0 && afterBuyer < ws.length - 1) dropThrough(afterBuyer);
  const kept = ws.filter((_, i) => keep[i]);
  // Connectors left dangling by the removals ("… for", "pour", "in") say nothing.
  while (kept.length && DANGLING.has(kept[kept.length - 1]!)) kept.pop();
  // …and so do those the removals leave in front ("300 pieces of the …"), except "for", which still
  // ends what the product is in the whole text ("… clay dish for a gift test").
  while (kept.length > 1 && DANGLING.has(kept[0]!) && !PURPOSE.has(kept[0]!)) kept.shift();
  const text = kept.join(" ").replaceAll(DIM, "x").replace(/\s+/g, " ").trim();
  const business = BUSINESS_FIRST.has(ws[0] ?? "") || namesTheBuyer(ws.join(" ")) || tradeBeforePlace(folded, placeAt);
  return { text, packs, aboutBuyer: (opensOnBuyer >= 0 && verb < 0) || business, asks: ws.some(asking), business };
}
