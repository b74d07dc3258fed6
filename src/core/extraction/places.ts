// Major ports and cities, then states and provinces, for the gazetteer. Each line is
// "CC|English name|other spellings…". The English name is what the parser outputs as the place.
// A "?" before the code or the name marks a place whose name is also an ordinary word or a first
// name ("Nice", "Victoria"): it only counts right after a place cue ("to", "à", "livraison").

export const CITIES = `
CA|Montreal|montréal|mtl
CA|Toronto|CA|Vancouver|CA|Calgary|CA|Edmonton|CA|Ottawa|CA|Winnipeg|CA|Halifax|CA|Saskatoon
CA|Quebec City|ville de québec|québec city|québec ville
CA|Regina|?CA|Hamilton|CA|Mississauga|CA|Gatineau|CA|Sherbrooke|CA|Moncton|CA|Prince Rupert|CA|Fredericton
CA|Trois-Rivières|trois-rivieres|CA|Saint John|CA|St. John's|saint-jean de terre-neuve|CA|Charlottetown
CA|Longueuil|CA|Lévis|levis|CA|Saguenay|CA|Thunder Bay|CA|Kitchener|CA|Brampton|CA|?Victoria
MA|Casablanca|casa|MA|Tangier|tanger|tangiers|MA|Tanger Med|tangier med|tanger-med|MA|Agadir|MA|Rabat
MA|Marrakesh|marrakech|MA|Fez|fès|fes|MA|Meknes|meknès|MA|Oujda|MA|Kenitra|kénitra|MA|Nador|MA|Safi
MA|El Jadida|MA|Jorf Lasfar|MA|Essaouira|MA|Tetouan|tétouan|MA|Laayoune|laâyoune|MA|Dakhla|MA|Mohammedia
FR|Paris|FR|Lyon|lyons|FR|Marseille|marseilles|FR|Le Havre|FR|Bordeaux|FR|Lille|FR|Toulouse|FR|?Nice
FR|Nantes|FR|Strasbourg|FR|Montpellier|FR|Rennes|FR|Rouen|FR|Fos-sur-Mer|fos|FR|Dunkirk|dunkerque
FR|Grenoble|FR|Toulon|FR|Saint-Étienne|saint-etienne|FR|Reims|FR|Dijon|FR|Angers|FR|Perpignan
FR|?Grasse|FR|Villeurbanne|FR|Nîmes|nimes|FR|Besançon|besancon|FR|Montreuil|FR|Créteil|creteil|FR|?Valence
FR|Avignon|FR|Rungis|FR|Orleans|orléans|FR|Clermont-Ferrand|FR|Metz|FR|?Nancy|FR|?Tours|FR|Brest
FR|Caen|FR|Limoges|FR|Calais|FR|La Rochelle|FR|Aix-en-Provence|FR|Annecy|FR|Cannes
BE|Antwerp|anvers|antwerpen|BE|Brussels|bruxelles|brussel|BE|Ghent|gand|gent|BE|Liege|liège
BE|Zeebrugge|BE|Charleroi|NL|Rotterdam|NL|Amsterdam|NL|The Hague|la haye|den haag|NL|Utrecht
NL|Eindhoven|DE|Hamburg|hambourg|DE|Bremen|brême|DE|Bremerhaven|DE|Berlin|DE|Munich|münchen
DE|Frankfurt|francfort|frankfurt am main|DE|Cologne|köln|DE|Dusseldorf|düsseldorf|DE|Stuttgart
DE|Leipzig|GB|London|londres|GB|Felixstowe|GB|Southampton|GB|Manchester|GB|Birmingham
GB|Liverpool|GB|Glasgow|GB|Edinburgh|édimbourg|GB|Bristol|GB|Leeds|IE|Dublin|ES|Madrid
ES|Barcelona|barcelone|ES|Valencia|ES|Algeciras|algésiras|ES|Seville|séville|sevilla|ES|Bilbao
ES|Malaga|málaga|PT|Lisbon|lisbonne|lisboa|PT|Porto|oporto|PT|Sines|IT|Milan|milano|IT|Rome|roma
IT|Genoa|gênes|genova|IT|Naples|napoli|IT|Turin|torino|IT|Venice|venise|venezia|IT|La Spezia
IT|Trieste|IT|Gioia Tauro|IT|Bologna|bologne|IT|Livorno|livourne|CH|Geneva|genève|geneve|genf
CH|Zurich|zürich|CH|Basel|bâle|CH|Lausanne|CH|Bern|berne|SE|Stockholm|SE|Gothenburg|göteborg
NO|Oslo|DK|Copenhagen|copenhague|FI|Helsinki|DK|Aarhus|PL|Warsaw|varsovie|PL|Gdansk|gdańsk
CZ|Prague|AT|Vienna|vienne|wien|HU|Budapest|RO|Bucharest|bucarest|RO|Constanta|constanța
BG|Sofia|GR|Athens|athènes|GR|Piraeus|le pirée|pirée|GR|Thessaloniki|TR|Istanbul|TR|Mersin
TR|Izmir|TR|Ankara|RU|Moscow|moscou|RU|Saint Petersburg|saint-pétersbourg|UA|Kyiv|kiev|UA|Odesa|odessa
AE|Dubai|dubaï|AE|Abu Dhabi|abou dabi|abou dhabi|AE|Jebel Ali|AE|Sharjah|charjah|QA|Doha
SA|Riyadh|riyad|SA|Jeddah|djeddah|jiddah|jedda|SA|Dammam|KW|Kuwait City|BH|Manama|OM|Muscat|mascate
LB|Beirut|beyrouth|JO|Amman|IL|Tel Aviv|IL|Haifa|DZ|Algiers|alger|DZ|Oran|TN|Tunis|TN|Sfax
LY|Tripoli|EG|Cairo|le caire|EG|Alexandria|alexandrie|EG|Port Said|port-saïd|SN|Dakar|CI|Abidjan
NG|Lagos|GH|Accra|GH|Tema|TG|Lome|lomé|BJ|Cotonou|CM|Douala|GA|Libreville|MR|Nouakchott
ML|Bamako|BF|Ouagadougou|NE|Niamey|GN|Conakry|CD|Kinshasa|AO|Luanda|KE|Nairobi|KE|Mombasa
TZ|Dar es Salaam|ET|Addis Ababa|addis-abeba|ZA|Johannesburg|ZA|Durban|ZA|Cape Town|le cap
MZ|Maputo|MU|Port Louis|SG|Singapore|singapour|HK|Hong Kong|CN|Shanghai|CN|Ningbo|CN|Shenzhen
CN|Guangzhou|CN|Beijing|pékin|CN|Qingdao|CN|Tianjin|CN|Xiamen|JP|Tokyo|JP|Osaka
JP|Yokohama|JP|Kobe|KR|Busan|KR|Seoul|séoul|TW|Taipei|TW|Kaohsiung|IN|Mumbai|bombay
IN|Nhava Sheva|IN|Chennai|IN|New Delhi|delhi|IN|Kolkata|PK|Karachi|BD|Dhaka|BD|Chittagong
LK|Colombo|TH|Bangkok|TH|Laem Chabang|VN|Ho Chi Minh City|saigon|hô chi minh-ville|VN|Hanoi
VN|Haiphong|MY|Kuala Lumpur|MY|Port Klang|ID|Jakarta|PH|Manila|manille|ID|Surabaya
AU|Sydney|AU|Melbourne|AU|Brisbane|AU|?Perth|AU|Fremantle|NZ|Auckland|US|New York|new york city|nyc
US|Newark|US|Los Angeles|la|l.a.|US|Long Beach|US|San Francisco|US|Oakland|US|Seattle|US|Miami
US|Houston|US|Savannah|US|Chicago|US|Boston|US|Baltimore|US|Philadelphia|philadelphie
US|Charleston|US|New Orleans|la nouvelle-orléans|US|Atlanta|US|Dallas|US|Detroit|US|Washington
US|San Diego|US|Tacoma|US|Jacksonville|US|Las Vegas|MX|Mexico City|MX|Veracruz|MX|Manzanillo
BR|Sao Paulo|são paulo|BR|Santos|BR|Rio de Janeiro|AR|Buenos Aires|CL|Santiago|CL|Valparaiso|valparaíso
PE|Lima|PE|Callao|CO|Bogota|bogotá|CO|Cartagena|PA|Panama City|CU|Havana|la havane
HT|Port-au-Prince|DO|Santo Domingo|VE|Caracas|EC|Guayaquil|UY|Montevideo
GA|Port-Gentil|GA|Owendo|CG|Pointe-Noire|CD|Matadi|MR|Nouadhibou|SL|Freetown|LR|Monrovia|GM|Banjul
GW|Bissau|GQ|Malabo|NA|Walvis Bay|NA|Windhoek|MZ|Beira|MG|Toamasina|tamatave|MG|Antananarivo|tananarive
SD|Port Sudan|port-soudan|SO|Mogadishu|mogadiscio|TZ|Zanzibar|UG|Kampala|RW|Kigali|ZA|Port Elizabeth|ZA|Pretoria
CM|Yaounde|yaoundé|CM|Kribi|BJ|Porto-Novo|TN|Sousse|TN|Bizerte|TN|Rades|radès|DZ|Annaba|DZ|Bejaia|béjaïa
LY|Benghazi|LY|Misrata|EG|Damietta|damiette|EG|Ain Sokhna|sokhna|EG|Suez|SA|Jubail|SA|Yanbu|AE|Khalifa Port
OM|Sohar|OM|Salalah|IQ|Umm Qasr|IQ|Baghdad|bagdad|IR|Bandar Abbas|IR|Tehran|téhéran|PK|Port Qasim|PK|Lahore
IN|Mundra|IN|Kochi|cochin|IN|Visakhapatnam|IN|Bangalore|bengaluru|IN|Hyderabad|BD|Mongla|MM|Yangon|rangoon
KH|Phnom Penh|KH|Sihanoukville|VN|Da Nang|VN|Cai Mep|ID|Belawan|ID|Semarang|PH|Cebu|PH|Davao|CN|Dalian
CN|Hangzhou|CN|Yantian|CN|Chongqing|CN|Wuhan|CN|Nanjing|JP|Nagoya|JP|Fukuoka|hakata|KR|Incheon|KR|Gwangyang
TW|Keelung|AU|Adelaide|NZ|Wellington|NZ|Tauranga|NZ|Christchurch|US|Portland|US|Minneapolis|US|Denver
?US|Phoenix|US|Austin|US|San Antonio|US|Memphis|US|Nashville|US|Pittsburgh|US|Cleveland|US|Cincinnati
US|St. Louis|saint louis|US|Kansas City|US|Indianapolis|US|Honolulu|US|Brooklyn|US|Bronx|US|Anchorage|US|Orlando|US|Tampa
US|Port Everglades|US|Wilmington|US|Salt Lake City|US|Sacramento|US|Milwaukee|?US|Buffalo
CA|Sept-Iles|sept-îles|CA|Rimouski|CA|Drummondville|CA|Granby|CA|Kelowna|CA|Markham|CA|Vaughan|CA|Oakville
CA|Sudbury|CA|Nanaimo|CA|Oshawa|CA|Guelph|CA|Barrie|CA|Saint-Hyacinthe|CA|Terrebonne|CA|Brossard
MA|Beni Mellal|béni mellal|MA|Ouarzazate|MA|Taroudant|MA|Tiznit|MA|Errachidia|MA|Larache|MA|Settat
MA|Berkane|MA|Khouribga|MA|Al Hoceima|MA|Chefchaouen|MA|Ifrane|MA|Guelmim|MA|Taza|MA|Khemisset|?MA|Sale|salé
FR|Lorient|FR|Saint-Malo|FR|Sete|sète|FR|Bayonne|FR|Poitiers|FR|Le Mans|FR|Amiens|FR|Mulhouse|FR|Besancon|besançon
FR|Chambery|chambéry|FR|Biarritz|FR|Ajaccio|FR|Bastia|FR|Cherbourg|FR|Boulogne-sur-Mer|FR|Saint-Nazaire
FR|Port-Vendres|FR|Montauban|FR|Nimes|nîmes|FR|Troyes|FR|Valenciennes|FR|Argenteuil|FR|Versailles
BE|Namur|BE|Bruges|brugge|NL|Vlissingen|flessingue|NL|Moerdijk|NL|Groningen|DE|Duisburg|DE|Dortmund
DE|Hanover|hanovre|hannover|DE|Nuremberg|nürnberg|DE|Dresden|dresde|DE|Kiel|ES|Tarragona|tarragone
ES|Las Palmas|ES|Vigo|ES|Cadiz|cadix|cádiz|ES|Zaragoza|saragosse|ES|Alicante|IT|Palermo|palerme|IT|Salerno
IT|Ancona|ancône|IT|Verona|vérone|IT|Bari|PT|Leixoes|leixões|PT|Setubal|setúbal|PT|Aveiro|PT|Faro|PT|Braga|PT|Coimbra|GB|Brighton|CA|Laval|IN|Tuticorin|thoothukudi|IN|Pipavav|IN|Hazira|GB|Exeter|GB|Norwich|GB|Swansea|GB|Dundee|GB|Inverness|GB|Bournemouth|GB|Sunderland|?GB|Bath|?GB|Derby|
?ES|Palma|ES|Palma|palma de mallorca|palma de majorca|GR|Patras|CY|Limassol
MT|Valletta|la valette|MT|Marsaxlokk|IE|Cork|GB|Tilbury|GB|Immingham|GB|Hull|GB|Portsmouth|GB|Cardiff
GB|Belfast|GB|Dover|douvres|GB|Newcastle|GB|Sheffield|GB|Nottingham|PL|Gdynia|PL|Krakow|cracovie|kraków
LT|Klaipeda|LV|Riga|EE|Tallinn|FI|Kotka|SE|Malmo|malmö|NO|Bergen|DK|Esbjerg|HR|Rijeka|HR|Zagreb|SI|Koper
SI|Ljubljana|RS|Belgrade|TR|Bursa|TR|Antalya|TR|Gemlik|GE|Tbilisi|tbilissi|GE|Poti|GE|Batumi|IL|Ashdod
IL|Jerusalem|jérusalem|JO|Aqaba|SY|Latakia|lattaquié|BR|Paranagua|paranaguá|BR|Itajai|itajaí|BR|Fortaleza
BR|Recife|BR|Manaus|PE|Paita|EC|Quito|CO|Buenaventura|CO|Barranquilla|CO|Medellin|medellín|VE|Maracaibo
MX|Monterrey|MX|Guadalajara|MX|Lazaro Cardenas|lázaro cárdenas|MX|Tijuana|MX|Cancun|cancún
GT|Guatemala City|?JM|Kingston|TT|Port of Spain|PR|San Juan|BS|Nassau|GP|Pointe-a-Pitre|pointe-à-pitre
MQ|Fort-de-France|?GF|Cayenne|NC|Noumea|nouméa|PF|Papeete
GB|Leicester|GB|Coventry|GB|Bradford|GB|Plymouth|GB|Aberdeen|GB|Cambridge|?GB|Oxford|GB|Wolverhampton|GB|Stoke-on-Trent
US|Denver|US|Minneapolis|US|Portland|US|Austin|US|Orlando|US|Tampa|US|Norfolk|US|Memphis|US|Nashville|US|St. Louis|saint louis
US|Sacramento|US|Pittsburgh|US|Cleveland|US|Columbus|US|Indianapolis|US|Kansas City|?US|Charlotte|US|Salt Lake City|US|Honolulu
US|Anchorage|US|Milwaukee|US|Cincinnati|US|Jersey City|US|Paterson|US|Dearborn|US|Anaheim|US|Fresno|US|El Paso
DE|Essen|DE|Bonn|DE|Mannheim|DE|Hanau|DE|Karlsruhe|DE|Wiesbaden|DE|Mainz|NL|Venlo|NL|Tilburg|NL|Breda|BE|Mons|BE|Mechelen|malines
FR|Amiens|FR|Colmar|FR|Pau|FR|Creteil|créteil|FR|Aubervilliers|FR|Saint-Denis|FR|Nanterre|FR|Vitrolles|FR|Cavaillon|FR|Tourcoing|FR|Roubaix
IT|Catania|catane|IT|Florence|IT|Brescia|IT|Bergamo|?IT|Parma|parme|IT|Padua|padoue|padova|AL|Tirana|BA|Sarajevo|MK|Skopje|SK|Bratislava
LU|Luxembourg City|IS|Reykjavik|CY|Nicosia|nicosie|KZ|Almaty|UZ|Tashkent|tachkent|NP|Kathmandu|MM|Yangon|KH|Phnom Penh
VN|Da Nang|PH|Cebu|PH|Davao|MY|Penang|MY|Johor Bahru|JP|Nagoya|IN|Hyderabad|IN|Bangalore|bengaluru|IN|Ahmedabad|IN|Pune
IN|Kochi|cochin|IN|Mundra|IN|Kandla|IN|Visakhapatnam|CN|Dalian|CN|Chongqing|CN|Chengdu|CN|Hangzhou|CN|Yiwu|KR|Incheon|TW|Taichung
ZM|Lusaka|ZW|Harare|MW|Lilongwe|MW|Blantyre|BW|Gaborone|KE|Kisumu|SS|Juba|ER|Asmara|NG|Port Harcourt|NG|Ibadan|NG|Onitsha|NG|Apapa|NG|Onne
GH|Kumasi|GH|Takoradi|GH|Tamale|CI|Bouake|bouaké|CI|San-Pedro|san pedro|SN|Saint-Louis|SN|Thies|thiès|SN|Ziguinchor|SN|Touba
ML|Sikasso|BF|Bobo-Dioulasso|TG|Kara|BJ|Parakou|CM|Garoua|TD|Moundou|CF|Bangui|CG|Brazzaville|CD|Lubumbashi|AO|Lobito
AU|Adelaide|AU|Darwin|AU|Hobart|AU|Gold Coast|NZ|Wellington|NZ|Christchurch|NZ|Tauranga
FR|Aix-les-Bains|aix les bains|FR|Saint-Jean-de-Luz|st-jean-de-luz|FR|Villeneuve-d'Ascq|villeneuve d'ascq|FR|Evian-les-Bains|évian-les-bains
FR|Thonon-les-Bains|thonon|FR|Chalons-en-Champagne|châlons-en-champagne|FR|Charleville-Mezieres|charleville-mézières|FR|Bourg-en-Bresse
FR|Mont-de-Marsan|FR|Lons-le-Saunier|FR|Saint-Quentin|FR|Saint-Brieuc|FR|Saint-Tropez|FR|Saint-Raphael|saint-raphaël
FR|Les Sables-d'Olonne|les sables d'olonne|FR|Boulogne-Billancourt|FR|Issy-les-Moulineaux|FR|Neuilly-sur-Seine|FR|Rueil-Malmaison
FR|Cagnes-sur-Mer|FR|Le Puy-en-Velay|FR|Saint-Omer|FR|Sainte-Maxime|FR|Saint-Jean-Cap-Ferrat|FR|Villefranche-sur-Saone|villefranche-sur-saône
GB|Stratford-upon-Avon|stratford upon avon|GB|Southend-on-Sea|southend|GB|Newcastle-under-Lyme|GB|Burton upon Trent|burton-upon-trent
GB|Berwick-upon-Tweed|GB|Henley-on-Thames|GB|Weston-super-Mare|GB|Cheltenham|GB|Gloucester|GB|Canterbury|GB|Harrogate|GB|Ipswich|GB|Peterborough
CH|La Chaux-de-Fonds|CA|Saint-Jean-sur-Richelieu|CA|Riviere-du-Loup|rivière-du-loup|CA|Saint-Jerome|saint-jérôme|CA|Salaberry-de-Valleyfield|valleyfield
`;

// States and provinces: the country is known, the place is not a city, so place stays null.
export const REGIONS = `
CA|Ontario|CA|Quebec|québec|CA|British Columbia|colombie-britannique|CA|Alberta|CA|Manitoba
CA|Saskatchewan|CA|Nova Scotia|nouvelle-écosse|CA|New Brunswick|nouveau-brunswick
CA|Newfoundland|terre-neuve|CA|Prince Edward Island|île-du-prince-édouard|CA|Yukon|CA|Nunavut
US|Alabama|US|Alaska|US|Arizona|US|Arkansas|US|California|californie|US|Colorado|US|Connecticut
US|Delaware|US|Florida|floride|US|Hawaii|US|Idaho|US|Illinois|US|Indiana|US|Iowa|US|Kansas
US|Kentucky|US|Louisiana|louisiane|US|Maine|US|Maryland|US|Massachusetts|US|Michigan
US|Minnesota|US|Mississippi|US|Missouri|US|Montana|US|Nebraska|US|Nevada|US|New Hampshire
US|New Jersey|US|New Mexico|nouveau-mexique|US|North Carolina|caroline du nord|US|North Dakota
US|Ohio|US|Oklahoma|US|Oregon|US|Pennsylvania|pennsylvanie|US|Rhode Island|US|South Carolina
US|South Dakota|US|Tennessee|US|Texas|US|Utah|US|Vermont|US|Virginia|virginie
US|West Virginia|US|Wisconsin|US|Wyoming|FR|Ile-de-France|île-de-france|FR|Provence|FR|Bretagne
FR|Normandy|normandie|FR|Alsace|FR|Corsica|corse|ES|Catalonia|catalogne|ES|Andalusia|andalousie
CH|Romandy|suisse romande|romandie|CH|German-speaking Switzerland|suisse alémanique|CH|Ticino|tessin
BE|Flanders|flandre|flandres|BE|Wallonia|wallonie|ES|Basque Country|pays basque|país vasco|ES|Galicia|galice
IT|Sicily|sicile|sicilia|IT|Tuscany|toscane|toscana|DE|Bavaria|bavière|baviera
`;

// Cities whose name a town in another country shares ("CC|English name|port"). The gazetteer keeps
// the usual reading; the namesake listed here wins when the message names its country, or a city
// in it, anywhere ("we import into Chile … CFR San Antonio"), or, when marked "port", when the name
// is the place of a sea Incoterm (CIF, CFR, FOB, FAS) and the usual reading is an inland city.
export const NAMESAKES = `
CL|San Antonio|port
ES|Cartagena
ES|Guadalajara
US|San Jose
VE|Valencia
LB|Tripoli
CA|London
FR|Laval
`;
