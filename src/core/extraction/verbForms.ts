// Verb forms that mark a clause where no subject pronoun does. Spanish and Arabic drop the subject
// ("estamos en Medellín", "سنراجعه ونعود إليكم"), so the pronoun test of CLAUSE_WORDS misses their
// clauses; the verb's own ending, or a pronoun joined to an Arabic preposition, still shows one.
// Words are folded (lowercase, no accents; Arabic إ/أ → ا, ى → ي).

// Spanish first person plural (-amos, -emos, -imos: "trabajamos", "vemos", "abrimos"); the few
// nouns with that ending are listed so they stay products.
const SPANISH_WE = /^[a-zñ]{2,}(?:amos|emos|imos)$/;
const NOT_VERBS = new Set(["ramos", "remos", "limos", "mimos", "gamos", "tramos", "prestamos", "reclamos", "extremos", "racimos", "centimos", "primos", "calamos"]);

// An Arabic preposition with a pronoun joined to it: "معكم" (with you), "إليكم" (to you), "لنا"
// (for us), "عليهم" (on them). A product noun phrase never holds one; a remark to the seller does.
const ARABIC_PREPOSITION_PRONOUN = /^[وف]?(?:ل|مع|علي|الي|من|عن|ب|في)(?:كم|ك|نا|هم)$/u;
// The second person ("you"): a phrase that speaks to the seller is about them, not a product.
const ARABIC_TO_YOU = /^[وف]?(?:ل|مع|علي|الي|من|عن|ب|في)(?:كم|ك)$/u;

// An Arabic personal pronoun with "and" joined to it: "وأنتم" (and you), "ونحن" (and we).
const ARABIC_AND_PRONOUN = /^[وف](?:انتم|انتو|انت|نحن|احنا|هم|هو|هي|انا)$/u;

// Levantine and Egyptian "we" with the indicative "ب" or the future "ه"/"ح": "بنشوف" (we'll see),
// "بنرجعلكم" (we get back to you), "هنبعت" (we'll send). The stems are listed: many nouns also start
// with "بن" ("بندورة", "بنزين", "بندق").
// (Levantine also writes the "ب" as "م" before "ن": "منشتغل" (we work), "منصدر" (we export).)
const ARABIC_WE_DO = /^[وف]?[بهحم]ن(?:شوف|دور|رجع|حكي|بعت|بعث|جيب|تواصل|رد|كلم|قرر|فكر|تاكد|اكد|خبر|راجع|درس|طلب|قول|عرف|شتغل|صدر|بيع|وزع)(?:ل?كم|لك|ك|ها|هم|و)?$/u;

// Spanish polite commands with a pronoun joined to them: "mándenme", "envíennos", "pásennos",
// "facilítenos", "indíqueme". The plural ending (-enme/-ennos) is a command on any stem; the
// singular (-eme/-enos) also ends nouns ("chilenos", "buenos"), so its stems are listed.
const SPANISH_COMMAND = /^(?:[a-zñ]{3,}[ae]n(?:me|nos)|(?:envi|mand|pas|facilit|indiqu|cotic|confirm|dig|hag|remit|compart|proporcion|escrib|llam|contact|avis|adjunt|muestr|ofrezc|recomiend)[ae](?:me|nos))(?:l[oa]s?)?$/;

// Arabic "we" verbs with no prefix that tell what the buyer does or will do, not what they want:
// "ونبيع المنتجات الطبيعية" (and we sell natural products), "عايزين نشوف المنتجات" (we want to see).
// ("بدنا نعصر زيت أرغان هنا": we want to press argan oil here; Darija "نصايبو باليطات": we make pallets.)
const ARABIC_WE_PLAIN = /^[وف]?ن(?:بيع|شوف|شتغل|تواصل|رجع|بعت|فكر|راجع|درس|وزع|عصر|صنع|فتح|صايب|دير|خدم|عبي|سوي)(?:ها|هم|و)?$/u;

/** A folded word that is a finite verb or a preposition-pronoun: the phrase holding it is a clause. */
export const isClauseForm = (w: string): boolean =>
  (SPANISH_WE.test(w) && !NOT_VERBS.has(w)) || SPANISH_COMMAND.test(w) || ARABIC_PREPOSITION_PRONOUN.test(w) || ARABIC_AND_PRONOUN.test(w) || ARABIC_WE_DO.test(w) || ARABIC_WE_PLAIN.test(w);

// The Arabic second person plural of a present verb: "ترسلوا" (you send), "توصلون" (you deliver),
// "تبعتولنا" (you send us, the "ا" dropped before "لنا"); "تلفزيون" ends in -يون and is a noun.
const ARABIC_YOU_DO = /^[وف]?ت[\u0621-\u064a]{2,}(?:(?<!ي)ون|وا|و(?=لنا|لي))(?:لنا|لي)?$/u;

/** An Arabic "we" verb ("نعصر", "بنشتغل"): after a need word it says what the buyer will do, not what they buy. */
export const isArabicWeVerb = (w: string): boolean => ARABIC_WE_DO.test(w) || ARABIC_WE_PLAIN.test(w);

// A Spanish infinitive ("prensar", "ampliar", "abrir"); the nouns with those endings that buyers ask
// for are listed so they stay products ("azúcar", "caviar", "collar").
const SPANISH_INFINITIVE = /^[a-zñ]{3,}(?:ar|er|ir)$/;
const NOT_INFINITIVES = new Set("azucar nectar caviar collar collares hogar lugar altar telar elixir alfiler taller mujer ambar solar dolar pilar militar hangar placer polar lunar familiar escolar celular sitar bazar".split(" "));
export const isSpanishInfinitive = (w: string): boolean => SPANISH_INFINITIVE.test(w) && !NOT_INFINITIVES.has(w);

/** A folded word that addresses the seller ("you", "vous", "usted", "معكم", "إليك", "ترسلوا"). */
export const addressesSeller = (w: string): boolean => ["you", "u", "vous", "usted", "ustedes"].includes(w) || ARABIC_TO_YOU.test(w) || ARABIC_YOU_DO.test(w);
