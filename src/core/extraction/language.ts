// Language of the message, as an ISO 639-1 code, honestly even when Caravan cannot read it: the
// script decides first (Arabic, Cyrillic, CJK…), then, for Latin script, the language most of
// the function words belong to. Product names, places and codes are not in these lists, so
// "argan oil" in a French message does not make it English; a lone greeting ("Bonjour", "Hola")
// still decides a message that has nothing else.
import { hasFrenchPlaceName } from "./gazetteer.js";
import { RULES_PARSER_LANGUAGES } from "./languageSupport.js";
import { words } from "./text.js";

// Entries may be written with accents ("cotícenos"); the message is compared folded.
const list = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/).map((w) => w.normalize("NFD").replace(/\p{M}/gu, "")));

const FR = list(`
  je j' nous cherche cherchons recherche recherchons besoin de du des d' l' la le les un une et
  pour avec livraison livrer livre merci bonjour bonsoir salut svp stp s'il vous plait plaît tonnes
  prix avant sous semaines semaine jours jour mois est sont il elle notre nos votre vos au aux en sur
  dans par pas ne qui que qu' quoi bien tres voudrais voudrions aimerions souhaite souhaitons
  fournisseur fournisseurs fournir cordialement ou chez ce cette ces mon ma mes
  acheter commander commande devis tarif environ d'ici fin debut mi chaque doit
  faut peut pouvez avez avons ai suis sommes etes c' n' m' t' s' y alors aussi mais donc car merci
  livree livrees livres certifie certifiee certifiees conditionne quantite qualite cordialement`);
const EN = list(`
  i we need needs needed looking look for the an of to and with please pls plz thanks thank thx hi
  hello hey want wanted buy buying from our my is are can you price delivery delivered deliver before by
  within weeks week days day tons per in at it this that be have has would like any some supplier
  suppliers asap get ship shipping shipped each about around under best regards dear team
  looking source sourcing order ordering quote quotes quotation interested require required
  requirement send us me your could should will must also but or if not don't do does what which
  who when where how much many end mid early month months year next target budget only just
  packed packaging bulk certified cheers good morning afternoon evening kindly got any1 anyone anybody
  lookin after`);
const ES = list(`
  hola buenas buenos dias tardes noches gracias necesitamos necesito necesitariamos buscamos busco
  buscando queremos quiero quisiera quisieramos requerimos requiero tenemos tienen tiene somos
  estamos interesados interesa interesan nos me el los las del al y con para por sin desde hasta
  antes despues entrega envio enviar destino precio cotizar cotizacion cotizacion cotizenos cotícenos
  toneladas tonelada litros kilos cajas botellas unidades contenedor contenedores pies semanas meses
  proveedor proveedores pueden puede podrian usted ustedes nuestra nuestro nuestros nuestras su sus
  que lo una unos unas es son muy saludos atentamente compramos comprar importar solicito mediados
  finales principios envienme tengan stock certificacion certificado si es posible fin ofrecer
  muy pero entre sobre cual cuanto cuantos donde favor le les mas este esta estos estas aqui
  puerto palés pales cajas latas kilo kilogramos tonelada litro mes dia envien entregar recibir
  pago restaurante mermelada pueden podemos ustedes llegar cuanto cuesta`);
// Spelled the same in French and Spanish, so they are no evidence for either.
const ROMANCE_SHARED = list("de la en que le les un es a y");
// French words British English writes too ("2 tonnes for Dubai"): they decide only a tie, like an accent.
const EN_FR_SHARED = list("tonnes");
const FR_GREETING = /^(?:bonjour|bonsoir|salut|merci|coucou)/;
const ES_GREETING = /^(?:hola|buenas|buenos dias|buen dia|gracias|saludos)/;

// Other Latin-script languages, by their commonest words: only so the answer can say honestly
// that the message is in a language Caravan does not read.
const OTHER: ReadonlyArray<readonly [string, ReadonlySet<string>]> = [
  ["de", list("ich wir brauchen suchen benotigen bitte danke und mit fur nach der die das ein eine von tonnen liefern lieferung hallo guten tag")],
  ["it", list("abbiamo bisogno cerchiamo cerco vorremmo grazie ciao buongiorno della delle degli con per tonnellate consegna prezzo gli il sono")],
  ["pt", list("precisamos preciso procuramos gostariamos obrigado obrigada ola bom dia com para entrega toneladas nao voces uma um do da os")],
  ["nl", list("wij zoeken hebben nodig graag bedankt dank met voor naar een het levering ton alstublieft hallo goedemiddag")],
  ["tr", list("ihtiyacimiz ariyoruz istiyoruz merhaba tesekkurler ve ile icin ton teslimat fiyat bir bu")],
  ["id", list("kami butuh mencari membutuhkan terima kasih dengan untuk dan ton pengiriman harga")],
];

// Scripts that name their language outright (the first one written decides).
const SCRIPTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/u, "ar"],
  [/[\u0400-\u04ff]/u, "ru"],
  [/[\u0590-\u05ff]/u, "he"],
  [/[\u0370-\u03ff]/u, "el"],
  [/[\u3040-\u30ff]/u, "ja"],
  [/[\uac00-\ud7af]/u, "ko"],
  [/[\u4e00-\u9fff]/u, "zh"],
  [/[\u0900-\u097f]/u, "hi"],
  [/[\u0e00-\u0e7f]/u, "th"],
];
// Persian and Urdu share the Arabic script; their own letters tell them apart.
const PERSIAN = /[\u067e\u0686\u0698\u06af\u06cc\u06a9]/gu;

function byScript(text: string): string | null {
  const letters = text.replace(/[^\p{L}]/gu, "");
  if (!letters) return null;
  let best: string | null = null;
  let bestCount = 0;
  for (const [re, lang] of SCRIPTS) {
    const n = letters.match(new RegExp(re.source, "gu"))?.length ?? 0;
    if (n > bestCount) {
      best = lang;
      bestCount = n;
    }
  }
  // A Latin-script message quoting one foreign word is still a Latin-script message.
  if (!best || bestCount * 2 < letters.length) return null;
  if (best === "ar" && (text.match(PERSIAN)?.length ?? 0) >= 2) return "fa";
  return best;
}

/** ISO 639-1 code of the message ("en" when there is no evidence at all). */
export function detectLanguage(folded: string, text: string): string {
  const script = byScript(text);
  if (script) return script;
  const counts = { en: 0, fr: 0, es: 0 };
  const other = new Map<string, number>();
  let sharedRomance = 0;
  let esShared = 0;
  let enFrShared = 0;
  for (const w of words(folded)) {
    if (EN_FR_SHARED.has(w.text)) enFrShared++;
    else if (FR.has(w.text)) counts.fr++;
    if (FR.has(w.text) && (ES.has(w.text) || ROMANCE_SHARED.has(w.text))) sharedRomance++;
    if (ES.has(w.text) && (FR.has(w.text) || ROMANCE_SHARED.has(w.text))) esShared++;
    if (EN.has(w.text)) counts.en++;
    // Spanish verb and noun endings French does not have ("necesitamos", "cotización").
    if (ES.has(w.text) || (w.text.length > 5 && /(?:amos|emos|imos|cion|ciones|idad)$/.test(w.text))) counts.es++;
    for (const [lang, set] of OTHER) if (set.has(w.text)) other.set(lang, (other.get(lang) ?? 0) + 1);
  }
  const known = Math.max(counts.en, counts.fr, counts.es);
  // Words both Romance lists hold ("de", "la", "en", "que"): only the rest tells French from Spanish.
  const frOwn = counts.fr - sharedRomance;
  const [otherLang, otherCount] = [...other.entries()].sort((a, b) => b[1] - a[1])[0] ?? ["", 0];
  if (otherCount >= 2 && otherCount > known) return otherLang;
  // Spanish and French share "de", "la", "que"…: Spanish wins only with more of its own words.
  if ((counts.es >= counts.fr || counts.es - esShared > frOwn) && counts.es > counts.en) return "es";
  if (counts.fr !== counts.en) return counts.fr > counts.en ? "fr" : "en";
  if (ES_GREETING.test(folded.trim()) || /[ñ¿¡]/.test(text)) return "es";
  if (/[éèêàçùûôîœ]/i.test(text) || FR_GREETING.test(folded.trim()) || enFrShared > 0) return "fr";
  return hasFrenchPlaceName(text, folded) ? "fr" : "en";
}

const CODES = "af am ar az be bg bn bs ca cs cy da de el en es et eu fa fi fr ga gl gu ha he hi hr hu hy id ig is it ja ka kk km kn ko ku ky lo lt lv mg mk ml mn mr ms mt my ne nl no pa pl ps pt ro ru si sk sl so sq sr sv sw ta te tg th tk tl tr uk ur uz vi wo xh yo zh zu".split(" ");
const NAMES = new Map<string, string>();
// Language names as buyers and LLMs write them, in every language the parser reads ("Portuguese", "portugais", "برتغالية").
for (const inLang of RULES_PARSER_LANGUAGES) {
  const dn = new Intl.DisplayNames([inLang], { type: "language" });
  for (const code of CODES) NAMES.set((dn.of(code) ?? code).toLowerCase().normalize("NFD").replace(/\p{M}/gu, ""), code);
}

/** "ar", "es-MX", "Arabic", "espagnol" → the ISO 639-1 code; anything else → null. */
export function canonicalLanguage(raw: string | null | undefined): string | null {
  const w = (raw ?? "").trim().toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
  if (/^[a-z]{2}(?:[-_][a-z0-9]+)*$/.test(w)) return w.slice(0, 2);
  return NAMES.get(w) ?? null;
}
