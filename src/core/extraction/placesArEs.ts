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
EG|Cairo|القاهره|el cairo|EG|Alexandria|الاسكندريه|اسكندريه|alejandria|EG|Port Said|بورسعيد|بور سعيد|EG|Damietta|دمياط|EG|Suez|السويس
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

/**
 * More cities per country, so a buyer's own town is known and not only the capital and main port:
 * the Gulf, Levant, Egypt and the Maghreb (English name, then Arabic and Spanish spellings), Spain and
 * Latin America (English name, then Spanish), and the Arabic and Spanish names of other trade cities.
 * "?" marks a name that is also a common word ("حمص" chickpeas, "العين" the eye, "manta" blanket):
 * it counts only after a place cue. Homonyms in two countries (Córdoba, León, Tripoli) are left out
 * or given to the larger city.
 */
export const MORE_CITIES_AR_ES = `
SA|Taif|الطائف|?SA|Khobar|al khobar|الخبر|SA|Dhahran|الظهران|SA|Al Ahsa|al-ahsa|الاحساء|الهفوف|hofuf|?SA|Hail|حائل
SA|Tabuk|تبوك|SA|Abha|ابها|SA|Khamis Mushait|خميس مشيط|SA|Buraidah|buraydah|بريده|SA|Najran|نجران|SA|Jazan|jizan|جازان|جيزان
SA|Qatif|القطيف|SA|Al Kharj|الخرج|SA|Hafar Al Batin|حفر الباطن|SA|Unaizah|عنيزه|SA|Ras Tanura|راس تنوره|SA|King Abdullah Port|ميناء الملك عبدالله
AE|Ras Al Khaimah|ras al-khaimah|rak|راس الخيمه|AE|Fujairah|الفجيره|AE|Umm Al Quwain|ام القيوين|AE|Khor Fakkan|خورفكان|خور فكان|?AE|Al Ain|العين
QA|Al Wakrah|الوكره|QA|Mesaieed|مسيعيد|QA|Al Khor|الخور|QA|Al Rayyan|الريان
KW|Jahra|الجهراء|KW|Ahmadi|الاحمدي|KW|Hawalli|حولي|KW|Shuwaikh|الشويخ|KW|Farwaniya|الفروانيه|KW|Shuaiba|الشعيبه
BH|Muharraq|المحرق|BH|Riffa|الرفاع|OM|Nizwa|نزوى|OM|Duqm|الدقم|?OM|Ibri|عبري|OM|Barka|بركاء
JO|Irbid|اربد|JO|Zarqa|الزرقاء|JO|Mafraq|المفرق|JO|Madaba|مادبا|JO|Karak|الكرك|JO|As-Salt|السلط
LB|Sidon|صيدا|saida|?LB|Tyre|صور|LB|Zahle|زحله|LB|Jounieh|جونيه|LB|Byblos|جبيل
?SY|Homs|حمص|SY|Hama|حماه|SY|Tartus|طرطوس|tartous|SY|Deir ez-Zor|دير الزور
IQ|Mosul|الموصل|IQ|Najaf|النجف|IQ|Karbala|كربلاء|IQ|Sulaymaniyah|السليمانيه|IQ|Kirkuk|كركوك|IQ|Duhok|دهوك|IQ|Nasiriyah|الناصريه
PS|Ramallah|رام الله|PS|Gaza|غزه|PS|Nablus|نابلس|PS|Hebron|الخليل|PS|Jenin|جنين|PS|Bethlehem|بيت لحم
EG|Giza|الجيزه|EG|Mansoura|المنصوره|EG|Tanta|طنطا|EG|Asyut|assiut|اسيوط|EG|Luxor|الاقصر|EG|Aswan|اسوان|EG|Hurghada|الغردقه
EG|Sharm El Sheikh|شرم الشيخ|EG|Ismailia|الاسماعيليه|EG|Zagazig|الزقازيق|EG|Sohag|سوهاج|EG|Minya|المنيا|EG|Faiyum|الفيوم
EG|Damanhur|دمنهور|EG|Mahalla|المحله الكبرى|EG|Shubra El Kheima|شبرا الخيمه|EG|Beni Suef|بني سويف|?EG|Obour|العبور
SD|Omdurman|ام درمان|SD|Wad Madani|ود مدني|LY|Sabha|سبها|?LY|Zawiya|الزاويه|LY|Tobruk|طبرق
TN|Nabeul|نابل|TN|Kairouan|القيروان|TN|Gabes|قابس|gabès|TN|Monastir|المنستير|TN|Gafsa|قفصه|TN|Ariana|اريانه|TN|Zarzis|جرجيس
DZ|Setif|سطيف|sétif|DZ|Tlemcen|تلمسان|DZ|Batna|باتنه|DZ|Blida|البليده|DZ|Skikda|سكيكده|DZ|Biskra|بسكره|DZ|Djelfa|الجلفه
DZ|Tizi Ouzou|تيزي وزو|DZ|Mostaganem|مستغانم|DZ|Ghardaia|غردايه|ghardaïa|DZ|Bab Ezzouar|باب الزوار
MA|Beni Mellal|بني ملال|MA|Al Hoceima|الحسيمه|?MA|Taza|تازه|?MA|Laayoune|العيون|MA|Khouribga|خريبكه|MA|Settat|سطات
MA|Berrechid|برشيد|MA|Mohammedia|المحمديه|MA|Larache|العرائش|MA|Ouarzazate|ورزازات|MA|Errachidia|الرشيديه
MA|Tiznit|تيزنيت|MA|Guelmim|كلميم|MA|Taroudant|تارودانت|MA|Temara|تماره|MA|Inezgane|انزكان
MR|Nouadhibou|نواذيبو|YE|Taiz|تعز|YE|Hodeidah|الحديده|YE|Mukalla|المكلا|TD|N'Djamena|ndjamena|انجامينا|NG|Abuja|ابوجا|NG|Kano
SO|Berbera|بربره|SO|Hargeisa|هرجيسا|PK|Lahore|لاهور|PK|Islamabad|اسلام اباد|PK|Faisalabad|IR|Tehran|طهران|teherán|IR|Bandar Abbas|بندر عباس
AZ|Baku|باكو|bakú|GE|Tbilisi|تبليسي|TR|Gaziantep|غازي عنتاب|TR|Mersin|TR|Bursa|TR|Antalya|انطاليا
GH|Accra|اكرا|ML|Bamako|باماكو|CM|Douala|دوالا|CD|Kinshasa|كينشاسا|AO|Luanda|لواندا|ZA|Durban|ديربان
SO|Mogadishu|مقديشو|mogadiscio|UG|Kampala|كمبالا|RW|Kigali|كيغالي|NE|Niamey|نيامي|BF|Ouagadougou|واغادوغو|GN|Conakry|كوناكري
DE|Munich|ميونخ|múnich|DE|Cologne|كولونيا|AT|Vienna|فيينا|viena|CZ|Prague|براغ|praga|GR|Athens|اثينا|atenas|GR|Piraeus|el pireo
RU|Moscow|موسكو|moscú|SE|Stockholm|ستوكهولم|estocolmo|DK|Copenhagen|كوبنهاغن|NO|Oslo|اوسلو|IE|Dublin|دبلن|dublín
GB|Birmingham|برمنغهام|GB|Edinburgh|edimburgo|NL|The Hague|لاهاي|la haya|PL|Warsaw|وارسو|varsovia|FR|Toulouse|تولوز|tolosa
FR|Nice|niza|IT|Florence|فلورنسا|florencia|firenze|IT|Turin|تورينو|turín|IT|Venice|venecia|CH|Basel|basilea|CH|Bern|berna
US|Chicago|شيكاغو|US|Washington|واشنطن|US|Philadelphia|filadelfia|US|New Orleans|nueva orleans|US|San Antonio|US|Phoenix
AU|Sydney|سيدني|sídney|AU|Melbourne|ملبورن|HK|Hong Kong|هونغ كونغ|هونج كونج|KR|Busan|بوسان|KR|Seoul|seúl|TH|Bangkok|بانكوك
PH|Manila|مانيلا|BD|Dhaka|دكا|daca|LK|Colombo|كولومبو|IN|Chennai|تشيناي|IN|Kolkata|كلكتا|calcuta|IN|Delhi|دلهي
CA|Montreal|مونتريال|CA|Quebec City|ciudad de quebec
ES|Murcia|مرسيه|ES|Valladolid|ES|Vitoria|ES|Santander|ES|Gijon|gijón|ES|A Coruna|a coruña|la coruña|coruña
ES|Oviedo|ES|Pamplona|ES|San Sebastian|san sebastián|donostia|ES|Almeria|almería|ES|Huelva|ES|Castellon|castellón
ES|Salamanca|ES|Toledo|ES|Santa Cruz de Tenerife|tenerife|ES|Ibiza|ES|Burgos|ES|Girona|gerona|ES|Lleida|lérida
ES|Badajoz|ES|Caceres|cáceres|ES|Jaen|jaén|?ES|Granada|غرناطه|ES|Marbella|ES|Motril|ES|Ceuta|سبته|ES|Melilla|مليليه
ES|Sagunto|ES|Elche|ES|Logrono|logroño|ES|Albacete|?ES|Jerez|jerez de la frontera|ES|Huesca|ES|Lugo|ES|Ourense|orense
ES|Pontevedra|ES|Mercamadrid|ES|Getafe|ES|Alcala de Henares|alcalá de henares|ES|Reus|ES|Sabadell|ES|Terrassa
?MX|Leon|león|MX|Queretaro|querétaro|MX|Culiacan|culiacán|?MX|Chihuahua|MX|Hermosillo|MX|Toluca|MX|Aguascalientes
MX|San Luis Potosi|san luis potosí|MX|Morelia|MX|Acapulco|?MX|Oaxaca|MX|Saltillo|MX|Torreon|torreón|MX|Ciudad Juarez|ciudad juárez|juárez|juarez
MX|Mazatlan|mazatlán|MX|Ensenada|MX|Tampico|MX|Puerto Vallarta|MX|Zapopan|MX|Villahermosa|MX|Tuxtla Gutierrez|tuxtla gutiérrez
MX|Coatzacoalcos|MX|Reynosa|MX|Nuevo Laredo|MX|Mexicali|MX|Cuernavaca|MX|Xalapa|jalapa|MX|Campeche|MX|Chetumal
CO|Cali|CO|Bucaramanga|CO|?Pereira|CO|Santa Marta|CO|Cucuta|cúcuta|CO|Manizales|CO|Ibague|ibagué|CO|Villavicencio
CO|Medellin|medellín|CO|Bogota|bogotá|PE|Arequipa|PE|?Trujillo|PE|Chiclayo|PE|Piura|PE|Cusco|cuzco|PE|Paita|PE|Iquitos
CL|?Concepcion|concepción|CL|Antofagasta|CL|Iquique|CL|Puerto Montt|CL|Arica|CL|Temuco|CL|Vina del Mar|viña del mar
AR|Mendoza|AR|La Plata|AR|Mar del Plata|AR|Tucuman|tucumán|san miguel de tucumán|AR|?Salta|AR|Bahia Blanca|bahía blanca|AR|Neuquen|neuquén
AR|Santa Fe|AR|Zarate|zárate|UY|Punta del Este|UY|?Salto|UY|Paysandu|paysandú|PY|Ciudad del Este|PY|Encarnacion|encarnación
BO|Cochabamba|BO|El Alto|BO|?Sucre|BO|Santa Cruz de la Sierra|santa cruz|BO|Oruro|BO|Tarija
EC|?Cuenca|EC|?Manta|EC|Machala|?EC|Esmeraldas|EC|Ambato|EC|Loja
VE|Maracaibo|VE|Barquisimeto|VE|La Guaira|VE|Maracay|VE|Puerto La Cruz|VE|Ciudad Guayana
CR|San Jose|san josé|CR|Puerto Limon|puerto limón|CR|Alajuela|CR|Heredia|?CR|Caldera|puerto caldera
?PA|Colon|colón|?PA|Balboa|PA|Manzanillo International Terminal|GT|Quetzaltenango|GT|Puerto Quetzal|GT|Puerto Barrios|GT|Santo Tomas de Castilla|santo tomás de castilla
HN|Tegucigalpa|HN|San Pedro Sula|SV|Santa Ana|SV|Acajutla|?NI|Corinto|NI|Masaya
DO|Santiago de los Caballeros|DO|Puerto Plata|DO|Punta Caucedo|caucedo|DO|Haina|CU|Santiago de Cuba|?CU|Mariel
PR|San Juan|JM|Kingston|TT|Port of Spain|puerto españa|BR|Curitiba|BR|Porto Alegre|BR|Belo Horizonte|BR|Recife
BR|Fortaleza|BR|Brasilia|brasília|BR|Manaus|BR|Paranagua|paranaguá|BR|Itajai|itajaí|BR|Belem|belém
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
