// Word lists for cutting the product phrase out of a message (folded: lowercase, no accents).
import { fold } from "./text.js";

// Entries are folded like the message ("تعبئتها" → "تعبيتها", "éé" → "ee"), so they may be typed as written.
const set = (s: string): ReadonlySet<string> => new Set(fold(s.trim()).split(/\s+/));

// One alternation written over many lines: need words by language (English, French, Spanish,
// Arabic, roughly in that order); String.raw keeps the backslashes as a regex literal has them.
const NEED_WORDS = [
  // ("want to add a cactus water": before "want" alone, which would leave "to add a" in the phrase.)
  String.raw`(?:want(?:s|ed)?|would like|'d like|looking|plan(?:ning)?) to (?:add|list|stock|carry|launch)|need(?:s|ed)?|looking (?:for|4)|lookin(?:g|')? (?:for|4)|(?:i'm|im|we're|we are|i am) after|look for`,
  String.raw`searching for|search for|searching|seeking|chasing|want(?:s|ed)?|wanna|buy(?:ing)?|purchas(?:e|ing)|order(?:ing)?`,
  String.raw`sourcing|source|require|requires|requesting|request(?:ing)? (?:a )?(?:quote|price|offer)s? for`,
  String.raw`interested in|would like(?: to (?:buy|order|source|import|get))?|we'd like|i'd like`,
  String.raw`looking to (?:buy|source|import|order|get)|(?:kindly|please|pls|plz) (?:quote|offer)(?: (?:us|me))?(?: (?:for|on))?|(?:keep |kept |are |have been )?asking (?:us )?for`,
  String.raw`(?:can|could) (?:you|u) (?:supply|provide|quote|get|find|source|send|offer)(?: (?:me|us))?`,
  String.raw`(?:do )?(?:you|u) (?:guys |folks |people )?do`,
  String.raw`(?:do )?(?:you|u) (?:guys |folks |people )?(?:have|sell|supply|carry|stock|make|produce)`,
  String.raw`have you got|any(?:one|body|1|one here) (?:selling|sells|with|has|have|got)`,
  String.raw`(?:we'd|i'd|we'll|i'll|we would|i would|we will|i will|we can|we could) take`,
  String.raw`(?:we'd|i'd|we would|i would) love to (?:buy|order|get|stock|import|source|carry|have|receive)`,
  String.raw`(?:inquire|enquire|inquiring|enquiring|asking|ask) about|in need of`,
  String.raw`(?:i'd|we'd|i would|we would) love(?: some| a| an)?|passer (?:une )?commande (?:de|d'|pour)`,
  String.raw`(?:dispos?|disponibles?) chez vous|(?<=^|[,.!?;:]\s?|\s)after (?:some|any)|(?:would|will) take`,
  String.raw`(?:who|that|qui|que|quien) (?:can|could|peut|pourrait|puede|pueda|pourra) (?:supply|provide|deliver|fournir|livrer|proveer|suministrar|surtir)`,
  String.raw`(?:(?:regular|steady|monthly|reliable|constant) )?supply of`,
  String.raw`(?:la |une )?fourniture (?:reguliere |mensuelle |constante )?(?:de|d'|du|des)`,
  String.raw`(?:el |un )?(?:suministro|abastecimiento) (?:regular |mensual |constante )?de`,
  String.raw`(?:wants?|wanted|would like|'d like|like|love|keen) to (?:try|test|trial|sample)`,
  String.raw`(?:voudrions|voudrait|voudrais|aimerions|aimerait|aimerais|souhaitons|souhaite) (?:essayer|tester|gouter)`,
  String.raw`(?:queremos|quisieramos|quiero|quisiera|nos gustaria|me gustaria) probar`,
  String.raw`(?:lead times?|delivery times?|availability|moq|minimum order(?: quantity)?|delais?|disponibilite|plazos?|disponibilidad) (?:on|for|of|pour|de|du|des|para)`,
  String.raw`how much (?:is|are|for|does|do)(?: (?:a|an|the|one|your))?|combien (?:coute|coutent|vaut|valent)`,
  String.raw`(?:le |la )?prix du|cuanto (?:cuesta|cuestan|vale|valen|sale)`,
  String.raw`(?:information|info|details) (?:on|about)`,
  String.raw`(?:(?:new|approved|reliable|trusted|certified|good|potential|an?) )?(?:suppliers?|manufacturers?|producers?|exporters?|growers?|makers?|vendors?|sellers?) (?:of|for)`,
  String.raw`(?:fournisseurs?|producteurs?|fabricants?|exportateurs?)(?: (?:serieux|serieuse|fiables?|de confiance|qualifies?|agrees?))? (?:de|d'|du|des|en|pour)`,
  String.raw`(?:proveedor(?:es)?|productor(?:es)?|fabricantes?)(?: (?:serios?|confiables?|fiables?))? (?:de|para)`,
  String.raw`(?:productor(?:es)?|fabricantes?|exportador(?:es)?) de|quotes? for|prices? for|offers? for`,
  String.raw`(?:best |your |a )?(?:prices?|pricing|quotes?|quotations?|offers?|rates?) (?:on|of|for)`,
  String.raw`(?:une |un |vos |votre )?(?:offre|devis|prix|tarifs?|cotation) (?:pour|de|d'|du|des)`,
  String.raw`(?:est-ce que )?vous (?:faites|fabriquez|produisez|proposez|vendez|exportez)`,
  String.raw`(?:faites|fabriquez|produisez|proposez|exportez|vendez|fournissez|distribuez|commercialisez)-vous|(?:est-ce que )?vous avez|avez-vous|avez vous`,
  String.raw`auriez-vous|auriez vous|vous auriez`,
  String.raw`(?:est-ce que )?(?:vous )?(?:pourriez|pouvez)(?:-| )vous(?: (?:me|nous))? (?:proposer|fournir|trouver|envoyer|livrer|vendre)`,
  String.raw`(?:on |nous )?aurait besoin d'|(?:on |nous )?aurait besoin de|aurions besoin d'|aurions besoin de`,
  String.raw`vous vendez|pouvez-vous(?: (?:me|nous) | m'| )(?:trouver|fournir|proposer|envoyer|livrer)`,
  String.raw`pouvez vous(?: (?:me|nous) | m'| )(?:trouver|fournir|proposer|envoyer|livrer)|je cherche|on cherche`,
  String.raw`nous cherchons|cherchons|cherche|je recherche|nous recherchons|recherchons|recherche|besoin d'`,
  String.raw`besoin de|besoin du|besoin des|voudrais|voudrait|voudrions|voudraient`,
  String.raw`souhaite(?:rais|rait|rions|raient|ons)?|aimerions|aimerais|aimerait|aimeraient|acheter|commander`,
  String.raw`il nous faut|il me faut|je veux|on veut|nous voulons|demande de (?:prix|devis)(?: pour)?|devis pour`,
  String.raw`prix pour|int[ee]ress[ee]s? par|vs avez|t'as|tu as|(?:il )?(?:nous |me |m'en |nous en )?faudrait`,
  String.raw`(?:a|en) la recherche (?:de|d'|du|des)|preneurs?(?= (?:de|du|des|pour) | d')|(?:desirons|desire|desirerions|desirerais)(?: (?:importer|acheter|commander|recevoir))?|merci de (?:nous|me) (?:coter|chiffrer|proposer)|(?:estamos )?en busca de`,
  String.raw`(?:quiero|queremos|quisiera|quisieramos|nos gustaria|me gustaria) (?:pedir|ordenar|comprar|importar|adquirir|encargar)|(?:pueden|podrian|puede|podria) (?:abastecer|surtir|proveer|suministrar)(?:nos|me)?(?: (?:de|con))?|abastecer(?:nos|me)? (?:de|con)|(?:un |el )?(?:requerimiento|necesidad) (?:de|para)|necesita|necesitan|requiere|requieren|(?:(?:su|una|la|nuestra|mejor) )*(?:oferta|propuesta)s? (?:de|para|por)|interesad[oa]s? en|demandeurs?(?= (?:de|du|des) | d')`,
  String.raw`(?:quisieramos|quisiera|queremos|quiero) (?:recibir|pedir|solicitar) (?:una |su )?(?:oferta|cotizacion|propuesta|precio) (?:de|para|por)|(?:me|nos) urge(?:n)?(?: (?:conseguir|comprar|recibir))?|precisamos|preciso|precisariamos|estamos necesitando|conseguir`,
  String.raw`il nous en faut|il m'en faut|necesitamos|necesito|necesitariamos|necesitaria|buscamos|busco`,
  String.raw`estamos buscando|buscando|busca|buscan|(?:me|nos) (?:piden|estan pidiendo|preguntan (?:mucho |bastante )?por)(?: mucho| bastante)?|queremos(?: importar| comprar| recibir)?|quiero|quisiera(?:mos)?`,
  String.raw`quisieramos|requerimos|requiero|(?:me|nos) interesa(?:n)?(?: recibir| comprar| importar)?`,
  String.raw`estamos interesad[oa]s en(?: (?:adquirir|comprar|importar|recibir))?`,
  String.raw`interesad[oa]s en(?: (?:adquirir|comprar|importar|recibir))?|adquirir|cotizar|cotizenos|coticenos`,
  String.raw`cotizacion (?:de|por|para)|solicito (?:precio|cotizacion) (?:de|para|por)|precios? (?:de|para|por)`,
  String.raw`(?:queria|quisiera|quiero|queriamos|quisieramos)? ?consultar (?:por|sobre)|preguntar por|tienen`,
  String.raw`tienes|tenes|teneis|tendran|tendrian|tendras|manejan|manejas|trabajan|trabajais|ocupamos|ocupo`,
  String.raw`venden|vendes|ofrecen|compramos|comprar|importar|proveedor(?:es)? de`,
  // Tender and chat Arabic: "مهتمين بـ", "نود طلب", "هل يمكنكم توريد", "يرجى إفادتنا بتوفر", "ارسال أفضل عرض لـ", "لدينا احتياج لـ", Levantine "بدو" (he wants).
  String.raw`(?:احنا |نحن |انا )?(?:مهتمين|مهتمون|مهتم|مهتمه) (?:ب|في)|(?:نود|نرغب في|نريد|ابغي|نبغي) (?:طلب|شراء|استيراد)|(?:هل )?(?:يمكنكم|تقدرون|تقدروا|بتقدروا|ممكن) (?:توريد|توفير|تزويدنا ب)|(?:يرجي |الرجاء |نرجو )?(?:افادتنا|تزويدنا) (?:ب)?(?:توفر|عرضكم|عرض|اسعاركم|اسعار|سعر)(?: (?:ل|عن|علي))?|(?:الرجاء |يرجي |نرجو )?ارسال (?:افضل )?(?:عرض|عروض|اسعار|سعر)(?: سعر)? (?:ل|عن|علي)|(?:لدينا |عندنا )?احتياج (?:ل|الي|من)|بدو|بده|بدها|بدهم`,
  String.raw`(?:و|ف)?(?:ودنا|ودي|(?:ال)?(?:استفسار|نستفسر|استفسر|نسال|اسال|السؤال) عن(?: (?:سعر|اسعار|توفر))?|(?:ت|ي|ن|ا)حتاج(?:ون|و)? (?:الي|ل)|نحتاجو|نحتاج|احتاج|تحتاج|يحتاج|محتاجين|محتاج|بحاجه (?:الي|ل)|(?:ك|كن)?(?:نقلبو|نقلب|قلبو) علي|(?:ب|قاعدين |عم )?ندور(?: علي)?|عايزين|عاوزين|عايز|عاوز|عايزه|عاوزه|كنبغيو|كنبغي|كنحتاجو|كنحتاج|بدنا|بدي|حابين|حابب|(?:عم |قاعد )?دور علي|(?:ن|ب|عم ن)?(?:حوسو|حوس|فتش|فتشو) علي|نريد|اريد|ابغي|ابغي|نبغيو|نبغو|نبغي|نبغي|نبي|ابي|نبوا|نبو|نبا|نشتي|نحبو|نحب|خاصنا|يلزمنا|يلزمني|لازمنا|نستحقو|نستحق|حاجتنا|بغينا|بغيت|نبحث عن|ابحث عن|نبحث|ابحث|مطلوب|نطلب|اطلب|نرغب في|نود شراء|(?:نود|نرغب في|نريد) الحصول علي(?: عرض(?: سعر)?(?: ل| علي)?)?|نود|عرض سعر(?: ل| علي)?|(?:ممكن )?(?:اسعار|سعر)(?: الجمله)?(?= ل)|هل عندكم|عندكم|هل لديكم|لديكم|تطلب|يطلب|يريد|تريد|(?:ي|ت)بحث عن|موردين|مورد|نشتري|نستورد|استيراد|(?:يرجي |نرجو |الرجاء )?(?:تزويدنا|تزودونا|تزودنا)|(?:نرجو |يرجي )?توفير|توفرولنا|توفرولي|خصنا|خصني|نحبو(?: نشريو)?|نحب نشري|نشريو)`,
].join("|");
/** "need", "looking for", "je cherche": the product usually follows. */
// ("we're after wood pellets", British for "looking for": only with the subject, "after" alone is time.)
export const NEED_PHRASE = new RegExp(String.raw`(?<![\p{L}])(?:(?:we|i|we're|i'm|im|we are|i am|are|am)\s)?(?:(?:urgently|currently|also|still|really)\s)?(?:` + NEED_WORDS + String.raw`)(?![\p{L}])|(?<![\p{L}])(?:we're|we are|i'm|i am)\s(?:(?:also|still|really|mainly)\s)?after(?![\p{L}])`
  // "what we need now is the creamed maple", "ce qu'il nous faut, c'est", "lo que necesitamos es".
  + String.raw`|(?<![\p{L}])(?:what (?:we|i) (?:really |actually )?(?:need|want|are after|'re after|am after|'m after|are looking for|'re looking for)(?: now| next| this time)? is|ce (?:qu'il (?:nous|me) faut|dont (?:nous avons|on a|j'ai) besoin|que (?:nous cherchons|on cherche|je cherche))(?: maintenant)?,? c'est|lo que (?:necesitamos|necesito|buscamos|busco|queremos|quiero)(?: ahora)? es)(?![\p{L}])`, "gu");

/** Words that end the product phrase when they follow it. */
export const BOUNDARY_WORDS = set(`
  for pour to vers with avec from by at before your votre vos vuestro vuestra vuestros vuestras avant delivered deliver delivery livraison livre livree
  livrees livres livrer shipping ship shipped please pls plz thanks thank thx merci asap price prix
  target budget under below packed packaging needed required wanted each chaque per par every tous
  buscado buscada buscados buscadas requerido requerida requeridos requeridas solicitado solicitada solicitados solicitadas
  toutes and et or ou svp stp ideally preferably incoterm incoterms terms deadline via urgent urgently
  cheers regards cordialement best kindly ready dispo disponible available quote devis tarif also
  aussi but mais if si que which who we i our nous notre je on il ils need cherche cherchons
  recherche besoin looking want buy sourcing max maximum minimum min moq approx approximately
  around about environ roughly when quand until jusqu'a monthly weekly mensuel hebdomadaire
  certified certifie certifiee certifiees certifies certification certifications label
  provenance origin origine
  para con desde por antes entrega envio enviar destino precio presupuesto certificado certificados
  certificacion y o tambien pero necesitamos buscamos somos tenemos nuestro nuestra nuestros cada
  mensual semanal maximo minimo aproximadamente hasta urgente gracias saludos cuando favor
  disponibles disponibilidad marca marque private etiqueta lieu lugar vez منذ بشكل كونتينر كونتينرات حاويه حاويات بدل بدلا
  airfreight seafreight freight fret aerien maritime flete aereo maritimo
  pr pa hacia rumbo puesto puesta puestos puestas entregado entregada entregados entregadas enviado enviados puerto
  السعر سعر بسعر اسعار الاسعار باسعار التوصيل توصيل الشحن شحن التسليم تسليم قبل خلال بعد مع شهاده بشهاده الي في او
  لكل ميزانيتنا ميزانيه الميزانيه بحدود حوالي تقريبا نحن نحنا احنا عندنا لدينا عندي شركتنا شكرا مرحبا يرجي
  ضروري مستعجل شهريا اسبوعيا كل و مو مش مب موب ليس وليس sino
  علي ميناء لميناء مدينه لمدينه الوجهه وجهه معبا معباه مغلف مغلفه عبوات عبوه يصل تصل يوصل توصل يوصلها
  معتمد معتمده سعه بسعه حجم بحجم وزن بوزن تنكات تنكه زجاجات براميل جالونات بواقل بوقال برطمانات عشان علشان لاجل اجل منشان مشان لكي كي بهدف
  بيع البيع تصدير التصدير استخدام الاستخدام استعمال الاستعمال تجاره التجاره توزيع التوزيع
  ainsi as well along together asi junto ademas destination destinations chez origen procedencia
  like similar similaire similaires comme similares parecido parecidos parecidas vs versus cost costs coute coutent cuesta cuestan landed rendu rendus rendue rendues
`);

/** Stripped from the start of a candidate phrase. */
export const LEADING = set(`
  الان حاليا الحين دلوقتي هلق
  maintenant desormais ahora hi hello hey dear team caravan bonjour salut bonsoir coucou all everyone good morning afternoon
  merhaba namaste ciao hallo shalom jambo habari aloha konnichiwa
  evening yo greetings we i i'm im we're are am is je nous on j' il me faut looking for need needs
  want wants buy to would like 'd please pls plz kindly can you get find quote price offer source
  sourcing searching seeking require cherche cherchons recherche recherchons besoin de d' du des la
  le les l' un une some a an the of any quantity qty quantite product produit products produits
  item items also again still currently actually order ordering commande commander acheter achat
  voudrais voudrions souhaite souhaitons aimerions aimerais veux voulons interested in our client
  company import importing importons importer x approx about around environ ca roughly total
  certified certifie certifiee certifiees top best high quality bon bonne cheap
  urgent urgently asap svp stp thanks thank merci ok okay so alors hmm well oh lol pcs make it be etre sean نرجو نرجوا يرجي
  supplier suppliers fournisseur fournisseurs producer producers exporter exporters manufacturer
  manufacturers this that bjr slt cc bsr beaucoup journee soiree nice day great have how much
  many what combien votre vos your their leurs instead rather plutot sorry typo wait no non pardon
  oops oups guys folks there hola salam sir madam monsieur madame hope any1 anyone anybody
  selling sells faudrait m'en en vs auriez aurait aurions voudrait voudraient aimerait aimeraient souhaiterait souhaiteraient
  ان شاء الله انشاءالله انشالله تمام طيب اوكي حسنا ماشي خلاص
  عم مش مو مب الصح الصحيح احسن افضل
  فضلك فضلكم لو سمحت سمحتم سمحتو سمحتوا يعافيك يعافيكم عافاك عافاكم يخليك يخليكم يعطيك يعطيكم العافيه ريت ياريت بليز
  espero esperamos espere esperons j'espere desole desolee desoles perdon disculpa disculpen disculpe عذرا اسف اسفين صباح مساء الخير النور اتمني نتمني
  know savoir saber conocer connaitre نعرف اعرف نتعرف اتعرف معرفه ممكن share partager compartir regular steady constant ongoing continuous supply supplies
  samples sample echantillons echantillon muestras muestra catalogue catalog catalogo catalogues
  buenas buenos buen dia dias tardes noches estimados senores saludos del el los las unos unas
  hiya howdy heya hullo gday re-bonjour rebonjour ce cet with avec say disons digamos encor encore toujours aun todavia د just juste solo solamente dyal dial diyal chi mainly mostly especially principalement surtout principalmente
  che oye oiga wey pues bueno vale
  una algo alguna algun tipo producto productos favor cotizar cotizacion necesitamos necesito buscamos
  busco queremos quiero quisiera quisieramos importar comprar proveedor proveedores nosotros somos
  gracias tambien nos interesa interesan recibir adquirir acquerir acquire
  السلام عليكم سلام مرحبا اهلا شكرا من كميه الكميه منتج المنتج منتجات نوع خويا اخي يا
  اخوان مطلوب ديال ديالنا عرض
  d ll ve re s my mon ma mes mi mis his her its su sus tu tus vuestro vuestra vuestros vuestras
  following up regarding further confirm confirmed confirming confirmons confirmamos confirmo
  meilleur meilleure meilleurs meilleures mejor mejores muchas muchos mucho نحنا
  تاع متاع نتاع بس فقط شو ايش وش ايه كم هل طن كيلو لتر شراء بشراء لشراء نشتري استيراد باستيراد توريد بتوريد
  shipment shipments consignment cargo load شحنه شحنات cargaison cargamento envio same meme memes mismo misma mismos mismas
  kilo kilos litre litres liter liters litro litros tonne tonnes tonelada toneladas الكيلو الطن اللتر
  inch inches cm mm pouce pouces pulgada pulgadas
  saw seen liked loved tried tasted found noticed visited checked vu vus aime goute trouve vimos probamos
`);

/** Stripped from the end of a candidate phrase. */
export const TRAILING = set(`
  to for from with and or et ou please pls plz asap urgent urgently delivered delivery livraison
  livre livree en in at by before avant pour vers de du d' des au aux the our my we i is are it them
  needed required wanted thanks thank merci shipping ship shipped send each chacun chacune total
  only minimum min max approx about around environ roughly of per par month mois week semaine here
  certified certifie certifiee certifiees certifies certification label quality qualite x la le les
  l' un une a an some svp stp lol ok que qui also aussi too sous
  del el los las y al con por para unos unas pr pa
  من في الي و مع ديال بكميه كميه الكميه تاع متاع بس فقط yet now
  اللي الذي التي
  suitable ready fit ideal perfect appropriate intended destined adapte adaptee adaptes adaptees apte aptes parfait
  destine destinee destines destinees apto apta aptos aptas adecuado adecuada adecuados adecuadas listo lista listos listas
  مناسب مناسبه جاهز جاهزه
`);

/** A phrase made only of these names no product ("stuff", "products", "suppliers"). */
export const VAGUE = set(`
  second deuxieme segundo alternatif backup tallas talla tailles sizes mixed assorted assortis assorties surtidos surtidas mixtos mixtas موديل موديلات السلسله دفعه الدفعه الاولي اولي الطلبيه
  stuff things thing معرفه حساب فتح الحد الادني التعرف جميع منتجاتكم وصلنا وصلني استلمنا استلمت العرض عرضكم recibido recibida received noted listing listings must sites site locations فروع فرع experience experiencia experiencias خبره خبرات look change changes changement changements cambio cambios products product produits produit goods items item suppliers supplier
  fournisseurs fournisseur merchandise marchandise marchandises something quelque chose options
  samples sample echantillons echantillon quote quotes devis prices prix offer offers offre offres
  info information informations renseignements renseignement details question questions
  help aide catalog catalogue catalogs list liste sellers seller
  idea ideas idee idees suggestion suggestions recommendation recommendations sugerencia sugerencias recomendacion recomendaciones اقتراح اقتراحات فكره افكار
  موثوق موثوقين موثوقه جيد جيدين جاد جادين ممتازين معتمدين
  free gratuit gratuits gratuite gratuites gratis gratuito gratuita gratuitos gratuitas مجاني مجانيه mil mille
  small big large minimum petit petits petite petites grand grands grande grandes pequeno pequenos pequena pequenas
  صغيره صغير كبيره كبير شروط شرط الدفع دفع
  طريقه طرق مورد موردين موردون completo completa completos completas complete complet complets
  work working travailler trabajar collaborate collaborer colaborar cooperate partnership partenariat colaboracion
  cooperation cooperacion ask demander preguntar contact contacter contactar person personne persona responsable
  sales ventes ventas الشخص شخص المسؤول مسؤول المبيعات مبيعات عن delay retard demora retraso التاخير تاخير late
  place endroit lugar right bon bonne correcto
  update updates news nouvelles nouveautes novedades noticias status statut estado اخبار جديد مستجدات
  export exports exportation exportations exportacion exportaciones import imports importation importacion تصدير استيراد
  rates pricing tarifs tarif tarifaire tarifaires grille tarifas tarifa lista listas precios لائحه
  commercial commerciaux commerciale commerciales comercial comerciales شركاء شريك تجاريين تجاري
  included inclus incluse inclusos incluido incluida incluidos incluidas شامل
  vendeurs vendeur buyers buyer acheteurs other others autres all tout tous food organic bio
  biologique biologiques organique certified certifie certifiee lot lots
  stock stocks inventory supplies supply range assortment gamme proposez propose proposer offrir
  fill remplir llenar what whatever quoi ce que lo tengan tienen tengo have got you vous avez
  run own operate manage opening open ouvrons ouvrir gerons gerer تعمل يعمل نعمل تشتغل يشتغل نشتغل نتعامل
  condicion terminos venta vente forma formas plazo plazos modalidades modalites
  updated latest actualisee actualisees actualizada actualizado actualizadas actualizados vigente vigentes الحاليه الحالي المحدثه
  hotel hotels resorts resort restaurants restaurant supermarkets supermarket shops shop stores store
  chain group groupe company wholesaler distributor importer importers retailer
  chaine supermarches supermarche epicerie epiceries fine grossiste distributeur importateur
  importateurs societe entreprise magasins magasin boutique boutiques
  cadena hoteles tienda tiendas supermercados supermercado distribuidor importadores empresa mayorista gourmet
  restaurantes cafeterias cafeteria panaderias panaderia pastelerias pasteleria farmacias farmacia clientes cliente
  warehouse warehouses office offices factory factories premises entrepot entrepots bureau bureaux usine usines
  almacen almacenes oficina oficinas fabrica fabricas مكتب مكاتب مستودع مستودعات مخزن مصنع مصانع
  productos cosas mercancia existencias catalogo muestras ofrecer pueden envienme
  منتجات المنتجات بضاعه البضاعه المخزون مخزون شي اشياء عروض تقترحون تقترح تعبئتها تعبئه نملا
  سلسله فنادق فندق مطعم مطاعم شركه موزع مستورد محل محلات ماذا ما عندكم لديكم
  عضوي عضويه organico organica ecologico ecologica biologico biologica
  محلنا محلي متجر متجرنا مطعمنا مطعمي فندقنا شركتنا مصنعنا مستودعنا فروعنا
  أرسلوا أرسل ابعثوا ابعتوا لنا لي قائمة الأسعار أسعار كتالوج الكتالوج
  destination destinations destino final finale الوجهة
  podrian enviarnos mandarnos envien envie su sus
  pricelist based located situated basee basees bases situee situees ubicada ubicado ubicados
  سوبرماركت هايبرماركت ماركت سوبر
  الثمن ثمن مجال مجالات الخليج gulf golfe golfo مستوردين موزعين تجار جداد menu menus locales sucursales outlets branches succursales العامه عامه
  cosmetics cosmetic cosmetiques cosmetique cosmeticos
  moroccan marocain marocains marocaine marocaines marroqui marroquies marroquis مغربي مغربيه المغربي المغربيه
  canadian canadien canadiens canadienne canadiennes canadiense canadienses كندي كنديه الكندي الكنديه
  جدد جديده مواد المواد غذائيه الغذائيه foodstuffs foodstuff alimentaires alimentaire alimenticios alimenticias alimentos
  two three four five six several deux trois quatre cinq plusieurs dos tres cuatro cinco seis varios varias
  اثنين ثلاث ثلاثه اربع اربعه خمس خمسه عده
  هي هو المتوفرة متوفرة المتاحة متاحة
  container containers conteneur conteneurs contenedor contenedores حاوية حاويات كونتينر كونتونار كونتونارات reefer reefers frigorifique frigorifiques
  port ports puerto puertos ميناء
  it them these those one ones same meme memes eux elles ellos ellas misma mismo mismas mismos منه منها منهم
  new nouveau nouveaux nouvelle nuevo nuevos nueva nuevas another more additional further autre encore
  otro otra otros otras mas
  yet now later soon just asking reliable bientot ensuite pronto luego despues قريبا لاحقا بعدين trusted alternative potential approved
  requirement requirements requisition request requests order orders pedido pedidos commande commandes demandes
  solicitud requerimiento طلب طلبيه الطلب
  frozen fresh chilled dried canned raw whole peeled shelled roasted salted unsalted surgele surgelee surgeles surgelees
  congele congelee congeles congelees frais fraiche fraiches seche seches sec secs congelado congelada congelados congeladas
  fresco fresca frescos frescas seco seca secos secas refrigerado refrigerada refrigerados مجمد مجمده طازج طازجه مبرد مبرده
  first firstly initially initialement abord primero inicialmente dizaine dizaines quinzaine vingtaine trentaine cinquantaine centaine decena veintena cotation cotations objet subject asunto serieux serieuse fiable fiables trustworthy serio seria confiable confiables availability disponibilite disponibilidad firm firms business businesses someone somebody anyone anybody partner partners partenaire partenaires quelqu'un alguien socios advise advice conseil conseils asesoria maybe perhaps peut-etre quizas quiza tal vez probably probablement probablemente
  day days week weeks month months year years jour jours semaine semaines mois an ans annee annees dia dias semana semanas mes meses ano anos
  reference references referencias referencia infos informacion interested interesse interessee interesses
  interessees interesado interesada interesados interesadas reponse reply answer respuesta rapide rapida quick fast
  التعاون تعاون معكم لكم جزيلا الرد رد السريع سريع envios rfq
  team equipo equipe jefe socio colleagues colegas collegues boss manager direction direccion فريق الفريق مديري
  payment paiement pago letter letters credit credits lc terms conditions condiciones rfqs rfi rfp inquiry enquiry consulta demande
  email e-mail mail message call conversation discussion chat courriel appel mensaje correo llamada
  write check revert escribo escribimos llamo llamamos consulto consultamos hablo hablamos ecris ecrivons reviens revenons appelle appelons
  rappelle rappelons recontacte recontactons transmets transmettons transmettrai aviso avisamos avisare comento
  comentare comentamos informo informamos نتواصل سنتواصل رح
  اسعاركم سعركم عروضكم بس فقط
  bottles jars bags sacks tins cans drums pouches boxes cartons cases bidons bouteilles bocaux pots seaux buckets sachets
  flacons futs totes ibc ibcs flexitank flexitanks flexi tank tanks bulk vrac barrels jerrycans botellas bolsas sacos latas
  frascos tarros garrafas cajas cajitas bolsitas botellitas boites caisses
`);

/**
 * When and season's greetings, a closed class: "next spring", "after the holidays", "au printemps
 * prochain", "después de Reyes", "الصيف القادم", "Happy holidays", "كل عام وأنتم بخير". A phrase made
 * only of these (and filler) is a time or a wish, never a product; with a noun beside them
 * ("spring water", "miel de printemps", "truffes d'été") the noun keeps the phrase.
 */
export const TIME_WORDS = set(`
  next last this coming upcoming early late spring summer autumn fall winter holiday holidays vacation season seasons
  weekend weekends tomorrow today tonight yesterday christmas xmas easter new happy merry talk soon after again
  prochain prochaine prochains prochaines dernier derniere printemps ete automne hiver fete fetes vacances saison
  week-end demain aujourd'hui hier noel paques joyeux joyeuses bonnes rentree apres fin debut
  proximo proxima proximos proximas siguiente pasado pasada este esta primavera verano otono invierno fiesta fiestas
  vacaciones temporada finde manana hoy ayer navidad navidades pascua reyes feliz felices despues principios finales
  القادم القادمه الجاي الجايه الماضي الصيف الشتاء الربيع الخريف صيف شتاء ربيع خريف العطله عطله الاجازه اجازه
  الاعياد العيد عيد بكره بكرا غدا اليوم امس الموسم موسم عام سنه كل مبارك سعيد بعد
  time long temps tiempo delai delais plazo plazos وقت الوقت مده المده take takes tarda tardan demora demoran يستغرق تستغرق ياخذ تاخذ
  الاسبوع اسبوع الشهر شهر السنه الايام ايام يوم
  january february april june july august september october november december janvier fevrier mars avril mai juin juillet
  aout septembre octobre novembre decembre enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
  هلق هلا الحين دحين هسه هسا دابا توا
`);

/**
 * Foods that go into another food: after "with" / "avec" / "con" one of these is the product's
 * content ("green olives with garlic", "aceitunas con ajo", "sardines avec piment"), not a boundary.
 */
export const INGREDIENTS = set(`
  garlic herbs herb lemon lemons chili chilli chilies chillies pepper peppers almonds almond harissa thyme rosemary oregano
  honey sesame nuts hazelnuts walnuts pistachios cheese anchovies anchovy orange ginger cumin paprika mint basil onion onions
  tomato tomatoes olives capers raisins dates cinnamon saffron vanilla chocolate cocoa coconut cardamom
  ail herbes citron piment poivre amandes thym romarin origan miel noix noisettes pistaches fromage anchois gingembre
  menthe basilic oignon oignons tomate tomates capres dattes cannelle safran vanille chocolat
  ajo hierbas limon guindilla guindillas pimiento pimientos almendras tomillo romero sesamo nueces avellanas
  pistachos queso anchoas anchoa jengibre comino pimenton menta albahaca cebolla alcaparras pasas datiles canela
  azafran vainilla cacao coco gas
  eucalyptus eucalipto lavender lavande lavanda rose rosa roses rosas jasmine jasmin jazmin aloe argan argane musk musc almizcle
  oud clay argile arcilla ghassoul charcoal carbon amber ambre ambar sandalwood santal sandalo honeysuckle neroli azahar
  هيل ثوم ليمون فلفل حار لوز زعتر عسل سمسم جبن جبنه بصل طماطم زبيب تمر قرفه زعفران فانيلا شوكولاته كاكاو جوز هند فستق بندق نعناع ريحان زنجبيل كمون شطه هريسه اعشاب
`);

/** Colours, a closed class: "black and white", "noir et blanc", "blanco y negro" name one product's colours. */
export const COLOURS = set(`
  black white red green blue yellow brown grey gray pink orange purple beige ivory gold silver
  noir noire noirs noires blanc blanche blancs blanches rouge rouges vert verte verts vertes bleu bleue bleus bleues
  jaune jaunes marron gris grise rose roses violet ivoire dore doree argent
  negro negra negros negras blanco blanca blancos blancas rojo roja rojos rojas verde verdes azul azules amarillo
  amarilla rosa morado dorado plateado
  اسود سوداء ابيض بيضاء احمر حمراء اخضر خضراء ازرق زرقاء اصفر صفراء بني رمادي
`);

/** Two-word "and": "ainsi que", "as well as", "así como", "junto con" join a second product. */
export const CONJUNCTION_PHRASE = /(?<![\p{L}])(?:ainsi que|as well as|along with|together with|asi como|junto con|ademas de)(?![\p{L}])/gu;

/**
 * Pronouns, auxiliaries and question words: they make a clause, never a product noun phrase. A
 * phrase with no cue before it ("do you accept payment", "quels sont vos délais", "ما هي شروط
 * الدفع") that holds one is a question or a remark, not a product.
 */
export const CLAUSE_WORDS = set(`
  you u us we i they he she it is are was were be been am do does did don't doesn't have has had will ll ve re
  would can could should may might shall what whether which who how why when where not able let's let خليني خلينا خلني دعني دعنا
  once unless until whilst while lorsque puisque mientras
  quien quienes dois doit devons devez doivent puedo podria podriamos debo debemos deberia
  estoy esten estemos estuvimos estuve estaba estabamos soy eres somos sois كان كانت كنا كنت كانوا كنتم يكون تكون نكون
  vous nous je tu il ils elle elles est sont etait etes sommes avez avons ai quel quels quelle
  quelles pourquoi comment quand pas ne n' peux peut pouvez pouvons sera seront serait c'est
  usted ustedes nosotros yo ellos ellas es son esta estan fue ser hay hacen hace hacemos cual cuales
  como cuanto cuanta cuantos cuantas donde cuando porque puede pueden podemos viene vienen vamos van confirmamos seria serian seran
  هل ما ماذا كيف لماذا متي هي هو انتم انتو انا لا ليس تشحنون تقدرون تستطيعون يمكنكم
  اللي يلي شنو شلون ليش
`);

/** Packaging phrases: "in 1L jugs", "in glass bottles", "en sacs de 15 kg", "in flexitank" (but "sardinas en lata" is canned sardines). */
export const PACKAGING_PHRASE =
  /(?<![\p{L}])(?:(?:packed|packaged|conditionnee?s?|emballee?s?|delivered|livree?s?)\s)?(?:in|en|dans|into)\s(?:des\s|of\s)?(?:\d+\s?x\s?)?(?:[\d.,]+\s?(?:ml|l|cl|kg|g|gr|lbs?|oz|ltrs?|litres?|liters?)\s)?(?:(?:glass|plastic|pet|tin|metal|paper|kraft|verre|plastique|food-grade|food grade|small|large|big|petits?|grands?|vacuum|sealed|sous vide|de|des|d'|wooden|bois|jute|pp|woven)\s){0,3}(?:bottles?|jars?|jugs?|bags?|sacks?|sacs?|tins?|cans?|drums?|pouch(?:es)?|boxes|box|cartons?|cases?|bidons?|bouteilles?|bocaux|bocal|pots?|seaux?|buckets?|sachets?|flacons?|futs?|totes?|ibcs?|flexi ?tanks?|bulk|vrac|jerr?[iy]cans?|barrels?|barils?|canettes?|packs?|packets?|paquets?|briques?|bricks?|tetra ?paks?|bales?|balles?|balas?|pallets?|palettes?|trays?|barquettes?|containers?|conteneurs?|boites?|caisses?|cajas?|cajitas?|bolsitas?|sobres?|sobrecitos?|capsulas?|capsules?|dosettes?|cubos?|envases?|botellas?|bolsas?|sacos?|latas|frascos?|tarros?|garrafas?|bidones|tambores|botes|paquetes?|bandejas?|tarrinas?|granel|عبوات|عبوه|زجاجات|علب|اكياس|براميل|جالونات)(?:\s(?:of|de|d')?\s?[\d.,]+\s?(?:ml|l|cl|kg|g|gr|lbs?|oz|ltrs?|litres?|liters?))?(?![\p{L}])|(?<![\p{L}])(?:a granel|al por mayor|بالجمله|سائب|فله)(?![\p{L}])/gu;

/** Frequencies: the per-shipment amount counts, "per month" is not part of anything. */
export const FREQUENCY =
  /(?:(?<![\p{L}])(?:per|par|a|an|every|each|chaque|tous les|toutes les)|\/)\s?(?:day|week|month|year|quarter|jour|semaine|mois|an|annee|trimestre|shipment|expedition)s?(?![\p{L}])|(?<![\p{L}])(?:monthly|weekly|yearly|annually|mensuel(?:le)?s?|hebdomadaires?|annuel(?:le)?s?|(?:por|al|cada) (?:mes|semana|ano)|mensuales?|semanales?|شهريا|اسبوعيا|سنويا|كل (?:شهر|اسبوع|سنه))(?![\p{L}])/gu;

/** "made in", "produit au", "grown in": an origin follows, not more of the product. */
export const ORIGIN_PHRASE =
  /(?<![\p{L}])(?:made|produced|grown|manufactured|sourced|fabrique(?:e|s|es)?|produite?s?|cultivee?s?|originaires?) (?:in|from|au|en|a|aux|du|de|d')(?![\p{L}])/gu;

/**
 * "de première qualité", "de buena calidad", "of good quality": a wish about quality, said after the
 * product, is not part of its name (a grade or "cosmetic grade" is; see GRADE_WORDS in product.ts).
 */
/** "in assorted sizes", "en tailles assorties", "en colores variados": a mix asked of the seller, not the name. */
export const ASSORTMENT_PHRASE =
  /(?<![\p{L}])(?:in|en|de)\s(?:(?:assorted|various|different|mixed|several|diverses?|differentes?|variad[oa]s|distint[oa]s|surtid[oa]s|vari[oa]s)\s(?:sizes|colou?rs|designs|patterns|models|shapes|references|refs|tailles|couleurs|motifs|modeles|formes|tallas|tamanos|colores|disenos|modelos|referencias)|(?:tailles|couleurs|motifs|modeles|references|tallas|tamanos|colores|disenos|modelos|referencias)\s(?:assortie?s|variee?s|diverses|mixtes|variad[oa]s|surtid[oa]s|distint[oa]s))(?![\p{L}])|(?<![\p{L}])(?:mixed|assorted|various|mixtes?|assortie?s|variad[oa]s|surtid[oa]s|mixt[oa]s)(?:\s(?:part|item|article)s?)?\s(?:numbers|nos|skus|references|refs|models|sizes|numeros|modeles|tailles|tallas|modelos|referencias)(?![\p{L}])|(?<![\p{L}\p{N}])(?:(?:du|de la|de|from|sizes?|tailles?|tallas?)\s)?(?:xxs|xs|s|m|l|xl|xxl|xxxl|[2-5]xl)\s?(?:au|a la|a|al|to|-|–)\s?(?:xs|xl|xxl|xxxl|[2-5]xl)(?![\p{L}\p{N}])/gu;

export const QUALITY_PHRASE =
  /(?<![\p{L}])(?:(?:de |d'|of |en )?(?:(?:tres|muy|very|really|vraiment) )?(?:premiere|bonne|haute|excellente|meilleure|tres bonne|primera|buena|alta|excelente|mejor|good|high|top|best|excellent|superior|superieure|superieur)\s(?:qualite|calidad|quality))(?![\p{L}])|(?<![\p{L}])(?:ب|من |ذات |ذو |و)?(?:جوده|نوعيه) (?:عاليه|ممتازه|جيده|رفيعه|اولي|ممتازه جدا)(?![\p{L}])/gu;

/**
 * An amount with no number: "in large quantities", "en grandes quantités", "en grandes cantidades",
 * "بكميات كبيرة". It says how much, like a quantity, and is no part of the product.
 */
export const AMOUNT_PHRASE =
  /(?<![\p{L}])(?:(?:in|en|of|de)\s)?(?:large|big|huge|small|significant|grandes?|petites?|importantes?|pequenas?|gros|big)\s(?:quantities|quantity|volumes?|amounts?|quantites?|quantite|cantidades?|volumenes)(?![\p{L}])|(?<![\p{L}])(?:ب)?كميات (?:كبيره|صغيره|تجاريه|ضخمه)(?![\p{L}])/gu;

/** "copper kettles in stock?", "dispo en stock", "en existencia": asking whether it is available. */
export const AVAILABILITY_PHRASE = /(?<![\p{L}])(?:in stock|en stock|on hand|en existencia|ready to ship|متوفر(?:ه)? (?:عندكم|لديكم))(?![\p{L}])/gu;

/**
 * ", not the California type", "(no el blanco refinado)", ". Pas de homard.", ". No sockeye or keta
 * please.": a clause that opens with a negation names what the buyer does not want, never the product.
 */
export const RULED_OUT_CLAUSE =
  /(?:^|(?<=[.;:,(!?\n،]\s?))(?:not|no|never|pas|ni|sin|nunca|jamais|ليس|مو|مش|بدون|لا (?:نريد|نحتاج|نبغي|نبي)|ما (?:نبغي|نبي|بدنا)|مش عايزين)\s(?:(?:the|a|an|any|el|la|los|las|le|les|de|du|des|d'|un|una|une)\s?)?(?:(?!\s(?:sino|but|mais|pero|instead|بل)\s)[^,.;:!?()\n]){2,60}/gu;

/** "on your insta", "sur votre site", "en su página web": where the buyer saw the product, not part of it. */
export const SEEN_ON_PHRASE =
  /(?<![\p{L}])(?:on|sur|en|in|from|de|via|at)\s(?:your\s|votre\s|vos\s|su\s|sus\s|tu\s|the\s|le\s|la\s|el\s)?(?:instagram|insta|facebook|fb|tiktok|whatsapp|linkedin|website|web ?site|site(?: web| internet)?|pagina(?: web)?|page(?: facebook| instagram)?|catalogue|catalog|catalogo|stand|booth|salon|feria|fair|trade ?show|marketplace|telegram|channel|canal|chaine)(?![\p{L}])/gu;

/** Self-introductions and sign-offs: "Ahmed here", "this is Marie", "my name is …". */
// (A sentence may open with the whole business before "here": "LA-based juice brand here, we…".)
export const INTRODUCTION =
  /(?<![\p{L}])(?:\p{L}+ here|this is \p{L}+|my name is \p{L}+|je suis \p{L}+|c'est \p{L}+|ici \p{L}+|moi c'est \p{L}+|g'day)(?![\p{L}])|(?<=^|[.!?\n]\s{0,3})(?:[\p{L}\p{N}'-]+ ){0,4}(?:brand|shop|store|company|importer|exporter|distributor|wholesaler|retailer|processor|roaster|packer|maker|manufacturer|buyer|chain|group|bakery|restaurant|hotel|deli|grocer|firm|agency|brewery|distillery|winery|cafe|startup)s? here(?=\s?[,.!:;-])/gu;

/** Instructions aimed at the assistant: the rest of that sentence is never a product. */
export const INJECTION =
  /(?<![\p{L}])(?:ignore[rz]?|disregard|forget|oublie[rz]?)\s(?:all |the |any |your |toutes |tous |les |vos |tes |previous |prior |above |earlier ){0,6}(?:previous|prior|above|earlier|preceding|precedentes?|anterieures?|instructions?|consignes?|rules?|regles?|prompts?)[^.!?\n]{0,300}|(?<![\p{L}])(?:ignora[rd]?|olvida[rd]?|تجاهل(?:وا)?|انس(?:ى|وا)?)\s(?:(?:las|todas|tus|sus|kas|كل|جميع) ){0,3}(?:instrucciones|reglas|indicaciones|ordenes|(?:ال)?تعليمات|(?:ال)?اوامر)[^.!?\n؟]{0,300}|(?<![\p{L}])(?:(?:system|assistant|developer|admin)\s?:|system prompt|you are now|tu es maintenant|vous etes maintenant|act as|pretend to be|reveal your|montre(?:z)? (?:moi |nous )?(?:ton|votre) prompt)[^.!?\n]{0,300}/gu;

/**
 * "actually", "sorry", "pardon", "plutôt": what follows replaces what came before. A bare "no" /
 * "non" set off by a comma ("No, 60 tonnes", "non, pour Abidjan") answers the writer's own words the
 * same way; "خليها" is "make it" ("لا، خلّيها ٧٠٠ كيلو").
 */
export const CORRECTION = /(?<![\p{L}])(?:(?:no|non)(?=\s?,)|(?:ah|oh|euh|eh|ay) (?:non|no)|non non|no no|actually|sorry|correction|i mean|i meant|we meant|je voulais dire|on voulait dire|queria decir|quisimos decir|خليها|خليه|خليهم|خلوها|خلوهم|make it|change (?:it )?to|instead|rather|no wait|wait no|en fait|pardon|plutot|finalement|je veux dire|non en fait|oops|oups|my bad|scratch that|erratum|perdon|perdona|mejor dicho|quise decir|quiero decir|corrijo|rectifico|en realidad|sino(?! tambien)|dejalo en|dejemoslo en|disons|let's say|عفوا|اقصد|قصدي|بالاحري|تصحيح|اسف|اسفين|غلطت|غلطنا|معلش غلطت)(?![\p{L}])/u;

/** The same cues as CORRECTION, all of them, for cutting them out of the product phrase. */
export const CORRECTIONS = new RegExp(CORRECTION.source, "gu");

/**
 * A buyer describing themselves ("we're a distributor in Nairobi", "nous sommes une chaîne de
 * boulangeries", "on est une épicerie fine", "somos una cadena de hoteles", "نحن سلسلة فنادق"):
 * the noun phrase after "we are" + article names the buyer, never the product, counts included
 * ("a chain of 14 grocery stores"). It runs to the end of the clause or to a place cue; "we are looking for …" is not one (no article follows;
 * in Arabic, "نحن نبحث عن" / "احنا محتاجين": a verb or a need word follows), and in "a
 * regular buyer of argan oil" what follows "buyer of" is a product again.
 */
export const SELF_DESCRIPTION =
  /(?<![\p{L}])(?:we're|we are|we r|i'm|i am|im|nous sommes|on est|je suis|somos|soy|نحن|احنا|إحنا)\s(?!(?:a|en) la recherche|preneur|demandeur)(?:(?:also|just|only|aussi|juste|tambien|solo)\s)?(?:a|an|the|one|une|un|la|le|una|un|el)\s(?:[\p{L}\p{N}'-]+(?![\p{L}\p{N}'-])\s?){1,6}?(?=\s?(?:[,.;:!?()\n]|$|(?<=(?:buyer|importer|distributor|wholesaler|client|customer|acheteur|importateur|distributeur|grossiste|comprador|importador|distribuidor|mayorista|cliente)s?\s)(?:of|de|d')\s?|in\s|at\s|based\s|from\s|a\s|au\s|aux\s|en\s|dans\s|de\s(?=\p{Lu})|near\s|with\s|and\s|et\s|y\s|con\s|que\s|qui\s|who\s|that\s|looking\s|cherch|buscamos|busca))|(?<![\p{L}])(?:نحن|نحنا|احنا|حنا)\s(?![وف]?(?:ن[\u0621-\u064a]{2,}|محتاج[\u0621-\u064a]*|بحاجه|بدنا|عايزين|عاوزين|حابين|مهتمين)(?![\u0621-\u064a]))(?:[\u0621-\u064a]+(?![\u0621-\u064a])\s?){1,4}?(?=\s?(?:[,.;:!?،؟\n]|$|في\s|[بف](?=[\u0621-\u064a]{3})))|(?<![\p{L}])(?:we're|we are|i'm|i am|nous sommes|je suis|on est|somos|soy)\s(?:(?:also|just|aussi|juste|tambien|solo)\s)?(?:(?:food|wholesale|local|independent|small|petits?|pequenos?)\s)?(?:(?!(?:looking|searching|seeking|interested|after|in|not|now|still|currently)\s)[\p{L}-]+\s){0,2}?(?:packers?|processors?|roasters?|distributors?|importers?|wholesalers?|exporters?|retailers?|resellers?|distributeurs?|importateurs?|grossistes?|exportateurs?|revendeurs?|detaillants?|distribuidor(?:es|as?)?|importador(?:es|as?)?|mayoristas?|exportador(?:es|as?)?|revendedor(?:es|as?)?|minoristas?)(?![\p{L}])(?:\s(?:of|in|de|d'|en)\s?(?:[\p{L}'-]+(?![\p{L}'-])\s?){1,4}?(?=\s?(?:[,.;:!?()\n]|$|in\s|at\s|based\s|a\s|au\s|aux\s|en\s|and\s|et\s|y\s|que\s|qui\s|who\s|looking\s|cherch|buscamos|busca)))?/gu;

/**
 * Spanish often drops the article ("somos tienda de productos naturales", "soy comprador para …"):
 * after "somos"/"soy" the noun phrase is the buyer with or without one. Only in a Spanish message:
 * in English "soy" is a product word ("soy wax candles", "soy sauce").
 */
export const SPANISH_SELF_DESCRIPTION =
  /(?<![\p{L}])(?:somos|soy)\s(?!(?:un|una|el|la|los|las|muy|de|del|nosotros)\s)(?:[\p{L}'-]+(?![\p{L}'-])\s?){1,6}?(?=\s?(?:[,.;:!?()\n]|$|en\s|a\s|y\s|con\s|que\s|para\s|buscamos|busca))/gu;

/**
 * "je représente une chaîne d'hôtels", "on behalf of Nordic Foods AB", "trabajo para un importador":
 * whom the writer speaks for is not the product; the rest of the clause goes.
 */
export const REPRESENTING =
  /(?<![\p{L}])(?:i represent|we represent|je represente|nous representons|represento|representamos|on behalf of|au nom de|de la part de|en nombre de|en representacion de|i work for|we work for|je travaille pour|nous travaillons pour|trabajo para|trabajamos para|اعمل لدي|امثل|نمثل)\s[^,.;:!?\n،؟]{1,60}/gu;

/**
 * "Thank you for the samples", "merci pour votre retour", "gracias por la información", "شكرا على
 * المعلومات": what the writer thanks for is not what they buy; the rest of that clause goes.
 */
export const THANKS_FOR =
  /(?<![\p{L}])(?:(?:mil|muchas|many|mille) )?(?:thank you|thanks|thx|many thanks|merci|gracias|شكرا|شكرًا)(?: (?:a lot|so much|very much|beaucoup|bien|muchas|mil|جزيلا|كثيرا))? (?:for|pour|por|على|علي)\s[^,.;:!?\n،؟]{1,80}/gu;

/**
 * "we'll get back to you next week", "on revient vers vous", "les escribo la próxima semana", "راح نرد
 * عليكم قريب": the writer promises a later answer; that clause names no product.
 */
export const REPLY_LATER =
  /(?<![\p{L}])(?:(?:(?:we|i)(?:'ll| will| shall)? )?(?:get back to (?:you|u)|be in touch|come back to (?:you|u)|revert|(?:have|take) a (?:(?:proper|closer|good|quick|careful) )?look(?: at (?:it|them|this|that|these))?)|(?:on|nous|je) (?:revient|reviendra|reviendrons|reviendrai|revenons|reviens) vers (?:vous|toi)|(?:je|nous|on) vous (?:recontacte|recontacterons|recontacterai|recontactons|ecrirons|ecrirai|rappelle|rappellerons|rappellerai)|(?:les|le|te|os) (?:confirmo|confirmamos|confirmare|confirmaremos|escribo|escribimos|escribire|escribiremos|contacto|contactamos|contactare|contactaremos|aviso|avisamos|avisare|avisaremos|llamo|llamamos|llamare|llamaremos)|(?:(?:راح|رح|رايحين|حن|ح|هن|سوف|سن|ب)\s?)(?:نرد|نرجع|نتواصل|نكلمكم|نتصل|نبلغكم|نخبركم|نراسلكم|نعود|نراجع(?:ه|ها|هم)?|ندرس(?:ه|ها|هم)?)(?: (?:عليكم|لكم|معكم|عليك|لك|معك|اليكم|بكم))?)(?: (?:(?:la |el )?(?:semaine prochaine|proxima semana|semana que viene|next week|tomorrow|soon|shortly|later|demain|bientot|rapidement|manana|pronto|luego|mas tarde|en breve|in a few days|dans quelques jours|en unos dias|قريب|قريبا|بكره|بكرا|لاحقا|الاسبوع الجاي|الاسبوع القادم|بعدين)))?(?![\p{L}])/gu;

/**
 * "awaiting your reply", "quedo atento a su respuesta", "dans l'attente de votre retour", "بانتظار ردكم": the writer
 * waits for the seller's answer; that sign-off names no product.
 */
export const AWAITING_REPLY =
  /(?<![\p{L}])(?:(?:we |i )?(?:look forward to|await|are awaiting|am awaiting|awaiting) (?:your|an?) (?:reply|response|answer|quote|offer)|(?:quedamos|quedo|quedamos muy) (?:atent[oa]s?|pendientes?) (?:a|de) (?:su|tu|sus|vuestra) (?:respuesta|comentarios|oferta)|dans l'attente de (?:votre|ta) (?:reponse|retour|offre)|(?:و|ف)?(?:ننتظر|انتظر|بانتظار|في انتظار|نتطلع (?:الي|ل)|منستني|نستني|مستنيين) (?:ل)?(?:ردكم|ردك|جوابكم|عرضكم|الرد|ردودكم))(?![\p{L}])/gu;

/**
 * "Following up on my email", "suite à notre appel", "further to our call": the writer refers to an
 * earlier exchange; that reference names no product.
 */
export const FOLLOW_UP =
  /(?<![\p{L}])(?:following up|follow(?:ing)? up|further to|as discussed|as per|suite a|comme convenu|comme discute|en seguimiento a|como acordamos|como hablamos|بخصوص|بالاشاره الي|بناء علي)\s(?:on |to |about |with |a |de )?(?:my|our|your|the|mon|ma|notre|votre|nuestr[oa]|mi|su|la|el|رسالتي|رسالتنا)\s(?:[\p{L}'-]+\s?){1,2}/gu;

/**
 * "What do you suggest?", "qu'est-ce que vous proposez ?", "¿qué productos ofrecen?", "ماذا تقترحون؟":
 * asking what the seller has names no product.
 */
export const OPEN_QUESTION =
  /(?<![\p{L}])(?:what (?:do|can|could|would|else do|else can) (?:you|u) (?:suggest|offer|propose|recommend|have|sell|got)|what (?:have you got|are you offering|products do you (?:have|offer|sell))|qu'est-ce que (?:vous|tu) (?:proposez|proposes|avez|as|vendez|conseillez|recommandez)|que (?:proposez|avez|vendez|conseillez|recommandez)-vous|que nous (?:proposez|conseillez)-vous|(?:que|qué|cuales|cuáles) (?:productos )?(?:ofrecen|tienen|venden|recomiendan|proponen|sugieren|nos ofrecen|nos recomiendan)|ماذا (?:تقترحون|تقترح|تعرضون|لديكم|عندكم)|شو (?:عندكم|بتقترحوا)|واش عندكم)(?![\p{L}])/gu;

/**
 * Arabic "for our shop / for my gallery / for Dacia cars": "ل" (or "لل") joined to a place or
 * customer noun ends the product phrase ("تمور مجدول للمحل ديالنا" → "تمور مجدول").
 */
export const ARABIC_FOR_WHOM = /^ل[\u0621-\u064a]{3,}نا$|^ل(?:ل|ال)?(?:محل|معرض|متجر|مطعم|مطاعم|فندق|فنادق|شرك|مصنع|مصانع|مستودع|مخزن|سيار|زبائن|زباين|عملاء|عملا|فروع|مشروع|مشاريع|مخبز|مخابز|صيدلي|سوق|اسواق|سوبرماركت|بقال|زبون)/u;
