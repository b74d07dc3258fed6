// How long procurement messages frame the request around the product: "as a first order", "la
// primera compra", "كأول طلبية" announce the goods the way "we need" does, and "trabajamos con …",
// "نشتغل في …" describe the buyer's trade, not what they order now.
// Patterns run on folded text (lowercase, no accents; Arabic أ/إ → ا, ى → ي, ة → ه).

/**
 * "first order / shipment / batch (of)": the product follows, as after a need word ("نبغى أول
 * شحنة تمر", "la primera compra de almendras", "الطلبية الأولى من العدس"). A first container
 * ("أول كونتينر 20 قدم") is a quantity and is left to the quantity reader.
 */
export const FIRST_ORDER = new RegExp(
  [
    // Arabic "(as / in) the first order", the ordinal before or after the noun; Maghreb "ف" (in) too.
    String.raw`(?<![\p{L}])(?:ك|ب|ف|في |ل)?اول (?:طلبيه|طلب|شحنه|دفعه|وجبه|كوموند|كوماند|مره)(?: (?:من|ديال|تاع))?(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:ك|ب|ف|في |ل)?(?:ال)?(?:طلبيه|طلب|شحنه|دفعه|وجبه)(?: ال| )(?:اولي|اوليه|اولانيه)(?: (?:من|ديال|تاع))?(?![\p{L}])`,
    // Spanish "(como / para) (un / el / nuestro) primer pedido (de)", "de arranque".
    String.raw`(?<![\p{L}])(?:(?:como|para|en|de) )?(?:(?:un|una|el|la|nuestro|nuestra) )?(?:primer|primera|primeros) (?:pedido|lote|compra|orden|order|envio|embarque|encargo)(?: (?:de|del))?(?![\p{L}])`,
  ].join("|"),
  "gu",
);

/**
 * "trabajamos con hoteles de la costa", "نشتغل بتجارة الأدوات المنزلية", "كنخدمو فالفندقة": the line of
 * work the buyer describes, to the end of its clause, names whom they serve or what they trade in
 * general, never the goods of this request (as "somos distribuidores de …" does not).
 */
export const LINE_OF_WORK = new RegExp(
  [
    String.raw`(?<![\p{L}])(?:trabajamos|trabajo|nos dedicamos|me dedico) (?:con|en|a) [^,.;:!?\n]{1,80}`,
    String.raw`(?<![\p{L}])(?:و|ف)?(?:بن|كن|ن|ت|ي)(?:شتغل|شتغلو|خدم|خدمو|تعامل|تاجر)(?: (?:في|مع)|(?= (?:ب|ف|بال|فال)))[^,.;:!?\n،؛؟]{1,80}`,
    // "نستورد مواد غذائية ومنظفات من ٢٠٠٩" (we have imported … since 2009), "من أكبر موزعي الأرز والسكر"
    // (one of the largest distributors of rice and sugar), "بدي أفتح محل حلويات" (I want to open a sweet shop).
    String.raw`(?<![\p{L}])(?:و|ف)?(?:ن|كن)?(?:ستورد|وزع|بيع|صدر)\s[^,.;:!?\n،؛؟]{1,60}\s(?:من|منذ)\s(?:سنه\s|عام\s)?[\d٠-٩]{4}`,
    String.raw`(?<![\p{L}])(?:من\s)?(?:اكبر|اهم|افضل|اقدم)\s(?:موزعي|مستوردي|تجار|موردي|مصدري|منتجي)\s[^,.;:!?\n،؛؟]{1,60}`,
    String.raw`(?<![\p{L}])(?:افتح|نفتح|فتحنا|فاتحين|نفتتح)\s(?:محل|مطعم|مقهي|فرع|مصنع|معمل|شركه|متجر|مخبز)[^,.;:!?\n،؛؟]{0,60}`,
  ].join("|"),
  "gu",
);

/**
 * "a small café chain", "our hotel chains", "une chaîne de boulangeries", "una cadena de cafeterías",
 * "سلسلة مطاعم": the buyer's business, never the goods ("chain" alone may be a product: steel chain).
 */
const OUTLETS = String.raw`(?:cafe|coffee|coffee shop|hotel|restaurant|supermarket|grocery|bakery|pharmacy|retail|store|shop|fast food|pizza|burger|juice bar|gym|spa|salon|boutique|hypermarket|convenience store)s?`;
const OUTLETS_ROMANCE = String.raw`(?:cafes|hotels|restaurants|supermarches|epiceries|boulangeries|pharmacies|magasins|boutiques|cafeterias|hoteles|restaurantes|supermercados|tiendas|panaderias|farmacias|fruterias)`;
export const BUSINESS_CHAIN = new RegExp(
  [
    String.raw`(?<![\p{L}])(?:(?:small|growing|large|big|local|national|regional|family|independent|new|premium|upscale|little|beauty|fashion|food|health|organic|gourmet) )*${OUTLETS} chains?(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:chaines?|cadenas?) (?:de |d')${OUTLETS_ROMANCE}(?![\p{L}])`,
    String.raw`(?<![\p{L}])سلسله (?:مقاهي|مطاعم|فنادق|محلات|متاجر|صيدليات|مخابز|سوبرماركت)(?![\p{L}])`,
  ].join("|"),
  "gu",
);
