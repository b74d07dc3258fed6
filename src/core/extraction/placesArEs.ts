// Arabic and Spanish names of the gazetteer's ports and cities ("CC|English name|names…", the
// English name first, as in places.ts) and of countries the runtime's ICU names differently from
// how buyers write them ("السعودية" rather than "المملكة العربية السعودية", "EE. UU.").

export const CITIES_AR_ES = `
AE|Dubai|دبي|dubái|AE|Abu Dhabi|ابوظبي|ابو ظبي|abu dabi|AE|Jebel Ali|جبل علي|AE|Sharjah|الشارقه|AE|Ajman|عجمان
AE|Khalifa Port|ميناء خليفه|QA|Doha|الدوحه|QA|Hamad Port|ميناء حمد|SA|Riyadh|الرياض|riad|SA|Jeddah|جده|yeda|yida
SA|Dammam|الدمام|SA|Mecca|مكه|مكه المكرمه|la meca|SA|Medina|المدينه المنوره|SA|Jubail|الجبيل|SA|Yanbu|ينبع
KW|Kuwait City|مدينه الكويت|BH|Manama|المنامه|OM|Muscat|مسقط|mascate|OM|Salalah|صلاله|OM|Sohar|صحار
JO|Amman|عمان|amán|JO|Aqaba|العقبه|LB|Beirut|بيروت|beirut|SY|Damascus|دمشق|damasco
SY|Aleppo|حلب|alepo|SY|Latakia|اللاذقيه|IQ|Baghdad|بغداد|bagdad|IQ|Basra|البصره|IQ|Umm Qasr|ام قصر|IQ|Erbil|اربيل
EG|Cairo|القاهره|el cairo|EG|Alexandria|الاسكندريه|alejandria|EG|Port Said|بورسعيد|بور سعيد|EG|Damietta|دمياط|EG|Suez|السويس
EG|Ain Sokhna|العين السخنه|SD|Port Sudan|بورتسودان|بور سودان|SD|Khartoum|الخرطوم|jartum|YE|Sanaa|صنعاء|YE|Aden|عدن
LY|Tripoli|طرابلس|tripoli|LY|Benghazi|بنغازي|LY|Misrata|مصراته|TN|Tunis|تونس|túnez ciudad|TN|Sfax|صفاقس|TN|Sousse|سوسه
TN|Rades|رادس|TN|Bizerte|بنزرت|DZ|Algiers|الجزائر العاصمه|argel|DZ|Oran|وهران|orán|DZ|Annaba|عنابه|DZ|Bejaia|بجايه
DZ|Constantine|قسنطينه|MA|Casablanca|الدار البيضاء|كازابلانكا|كازا|MA|Tangier|طنجه|tánger|MA|Tanger Med|طنجه المتوسط
MA|Agadir|اكادير|اغادير|MA|Rabat|الرباط|MA|Marrakesh|مراكش|marrakech|MA|Fez|فاس|MA|Meknes|مكناس|MA|Oujda|وجده
MA|Kenitra|القنيطره|MA|Nador|الناظور|MA|Safi|اسفي|MA|El Jadida|الجديده|MA|Jorf Lasfar|الجرف الاصفر|MA|Essaouira|الصويره
MA|Dakhla|الداخله|MA|Tetouan|تطوان|tetuán|MR|Nouakchott|نواكشوط|SN|Dakar|داكار|TR|Istanbul|اسطنبول|استانبول|estambul
TR|Mersin|مرسين|TR|Izmir|ازمير|esmirna|FR|Paris|باريس|parís|FR|Lyon|ليون|FR|Marseille|مرسيليا|marsella|FR|Bordeaux|بوردو|burdeos
FR|Le Havre|لوهافر|el havre|GB|London|لندن|londres|GB|Manchester|مانشستر|NL|Rotterdam|روتردام|róterdam|NL|Amsterdam|امستردام|ámsterdam
BE|Antwerp|انتويرب|انفرس|amberes|BE|Brussels|بروكسل|bruselas|DE|Hamburg|هامبورغ|hamburgo|DE|Berlin|برلين|berlín|DE|Frankfurt|فرانكفورت|fráncfort
ES|Madrid|مدريد|ES|Barcelona|برشلونه|ES|Valencia|فالنسيا|ES|Algeciras|الجزيرة الخضراء|ES|Seville|اشبيليه|IT|Genoa|جنوه|génova
IT|Milan|ميلانو|milán|IT|Rome|روما|IT|Naples|نابولي|nápoles|CH|Geneva|جنيف|ginebra|CH|Zurich|زيورخ|zúrich|PT|Lisbon|لشبونه
CA|Montreal|مونتريال|montreal|CA|Toronto|تورنتو|CA|Vancouver|فانكوفر|US|New York|نيويورك|nueva york|US|Miami|ميامي
US|Los Angeles|لوس انجلوس|los ángeles|US|Houston|هيوستن|MX|Mexico City|مكسيكو سيتي|ciudad de méxico|ciudad de mexico|cdmx
CN|Shanghai|شنغهاي|shanghái|CN|Beijing|بكين|pekín|CN|Guangzhou|قوانغتشو|cantón|JP|Tokyo|طوكيو|tokio|IN|Mumbai|مومباي|bombay
IN|New Delhi|نيودلهي|nueva delhi|PK|Karachi|كراتشي|SG|Singapore|سنغافوره|singapur|MY|Kuala Lumpur|كوالالمبور|ID|Jakarta|جاكرتا|yakarta
KE|Mombasa|مومباسا|KE|Nairobi|نيروبي|TZ|Dar es Salaam|دار السلام|DJ|Djibouti|جيبوتي|yibuti|ET|Addis Ababa|اديس ابابا|adís abeba
NG|Lagos|لاغوس|CI|Abidjan|ابيدجان|abiyán|GH|Tema|تيما|ZA|Johannesburg|جوهانسبرغ|johannesburgo|ZA|Cape Town|كيب تاون|ciudad del cabo
CL|Santiago|santiago de chile|CL|Valparaiso|فالبارايسو|PA|Panama City|ciudad de panamá|ciudad de panama
CU|Havana|la habana|DO|Santo Domingo|سانتو دومينغو|GT|Guatemala City|ciudad de guatemala
HN|Puerto Cortes|puerto cortés|SV|San Salvador|NI|Managua|BO|La Paz|BO|Santa Cruz de la Sierra|PY|Asuncion|asunción|UY|Montevideo|مونتيفيديو
AR|Buenos Aires|بوينس ايرس|AR|Rosario|PE|Lima|ليما|PE|Callao|EC|Guayaquil|EC|Quito
CO|Bogota|بوغوتا|CO|Cartagena|cartagena de indias|CO|Buenaventura|CO|Barranquilla|CO|Medellin|VE|Caracas|VE|Puerto Cabello
MX|Veracruz|MX|Manzanillo|MX|Monterrey|MX|Guadalajara|MX|Tijuana|MX|Cancun|MX|Lazaro Cardenas|MX|Altamira|MX|Puebla|MX|Merida|mérida
ES|Bilbao|بلباو|ES|Malaga|ملقه|ES|Zaragoza|ES|Vigo|ES|Alicante|ES|Cadiz|ES|Las Palmas|ES|Tarragona
BR|Sao Paulo|ساو باولو|BR|Santos|BR|Rio de Janeiro|río de janeiro|PT|Porto|oporto
`;

export const COUNTRY_ALIASES_AR_ES: Record<string, string[]> = {
  SA: ["السعوديه", "المملكه السعوديه", "arabia saudita"],
  AE: ["الامارات", "امارات", "الامارات العربيه", "emiratos", "emiratos arabes"],
  US: ["امريكا", "الولايات المتحده الامريكيه", "eeuu", "ee uu", "usa", "estados unidos de america"],
  GB: ["بريطانيا", "انجلترا", "انكلترا", "inglaterra", "gran bretaña"],
  NL: ["holanda", "هولندا"],
  KR: ["كوريا", "corea"],
  OM: ["سلطنه عمان"],
  PS: ["فلسطين"],
  SY: ["سوريا", "سوريه"],
  MA: ["المغرب الاقصى"],
  CI: ["ساحل العاج", "costa de marfil"],
  CD: ["الكونغو الديمقراطيه", "rd congo"],
  TR: ["تركيا", "تركيه", "turquia"],
};
