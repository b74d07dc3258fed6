// Language of the message: the language most of its function words belong to. Product names,
// places and codes are not in these lists, so "argan oil" in a French message does not make it
// English; a lone greeting ("Bonjour", "Hi") still decides a message that has nothing else.
import { hasFrenchPlaceName } from "./gazetteer.js";
import { words } from "./text.js";

const FR = new Set(
  `je j' nous cherche cherchons recherche recherchons besoin de du des d' l' la le les un une et
  pour avec livraison livrer livre merci bonjour bonsoir salut svp stp s'il vous plait plaît tonnes
  prix avant sous semaines semaine jours jour mois est sont il elle notre nos votre vos au aux en sur
  dans par pas ne qui que qu' quoi bien tres voudrais voudrions aimerions souhaite souhaitons
  fournisseur fournisseurs fournir cordialement ou chez ce cette ces mon ma mes
  acheter commander commande devis tarif environ d'ici fin debut mi chaque doit
  faut peut pouvez avez avons ai suis sommes etes c' n' m' t' s' y alors aussi mais donc car merci
  livree livrees livres certifie certifiee certifiees conditionne quantite qualite cordialement`.split(/\s+/),
);
const EN = new Set(
  `i we need needs needed looking look for the an of to and with please pls plz thanks thank thx hi
  hello hey want wanted buy buying from our my is are can you price delivery delivered deliver before by
  within weeks week days day tons per in at it this that be have has would like any some supplier
  suppliers asap get ship shipping shipped each about around under best regards dear team
  looking source sourcing order ordering quote quotes quotation interested require required
  requirement send us me your could should will must also but or if not don't do does what which
  who when where how much many end mid early month months year next target budget only just
  packed packaging bulk certified cheers good morning afternoon evening kindly got any1 anyone anybody
  lookin after`.split(/\s+/),
);
const FR_GREETING = /^(?:bonjour|bonsoir|salut|merci|coucou)/;

/** "en" or "fr" (English when there is no evidence either way). */
export function detectLanguage(folded: string, text: string): "en" | "fr" {
  let fr = 0;
  let en = 0;
  for (const w of words(folded)) {
    if (FR.has(w.text)) fr++;
    if (EN.has(w.text)) en++;
  }
  if (fr !== en) return fr > en ? "fr" : "en";
  if (/[éèêàçùûôîœ]/i.test(text) || FR_GREETING.test(folded.trim())) return "fr";
  return hasFrenchPlaceName(text, folded) ? "fr" : "en";
}
