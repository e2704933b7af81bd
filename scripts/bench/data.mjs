// Word lists for the synthetic content of the benchmark (scripts/bench/generate.mjs).
// Real places and outlets so that pages and the search index look like the Atlas's own;
// every event, person, organisation and article made from them is fictional.

/** States the Atlas does not cover yet, added as the content grows (real ISO codes, so the map can draw them). */
export const EXTRA_COUNTRIES = [
  { id: 'turkey', name: 'Turkey', officialName: 'Republic of Türkiye', iso2: 'TR', iso3: 'TUR', isoNumeric: '792', nameRu: 'Турция', capital: 'Ankara', otherNames: ['Türkiye'] },
  { id: 'iran', name: 'Iran', officialName: 'Islamic Republic of Iran', iso2: 'IR', iso3: 'IRN', isoNumeric: '364', nameRu: 'Иран', capital: 'Tehran', otherNames: ['Persia'] },
  { id: 'afghanistan', name: 'Afghanistan', officialName: 'Islamic Emirate of Afghanistan', iso2: 'AF', iso3: 'AFG', isoNumeric: '004', nameRu: 'Афганистан', capital: 'Kabul', otherNames: [] },
  { id: 'pakistan', name: 'Pakistan', officialName: 'Islamic Republic of Pakistan', iso2: 'PK', iso3: 'PAK', isoNumeric: '586', nameRu: 'Пакистан', capital: 'Islamabad', otherNames: [] },
  { id: 'india', name: 'India', officialName: 'Republic of India', iso2: 'IN', iso3: 'IND', isoNumeric: '356', nameRu: 'Индия', capital: 'New Delhi', otherNames: ['Bharat'] },
  { id: 'mongolia', name: 'Mongolia', officialName: 'Mongolia', iso2: 'MN', iso3: 'MNG', isoNumeric: '496', nameRu: 'Монголия', capital: 'Ulaanbaatar', otherNames: [] },
  { id: 'azerbaijan', name: 'Azerbaijan', officialName: 'Republic of Azerbaijan', iso2: 'AZ', iso3: 'AZE', isoNumeric: '031', nameRu: 'Азербайджан', capital: 'Baku', otherNames: [] },
  { id: 'georgia', name: 'Georgia', officialName: 'Georgia', iso2: 'GE', iso3: 'GEO', isoNumeric: '268', nameRu: 'Грузия', capital: 'Tbilisi', otherNames: ['Sakartvelo'] },
  { id: 'south-korea', name: 'South Korea', officialName: 'Republic of Korea', iso2: 'KR', iso3: 'KOR', isoNumeric: '410', nameRu: 'Республика Корея', capital: 'Seoul', otherNames: ['Korea'] },
  { id: 'germany', name: 'Germany', officialName: 'Federal Republic of Germany', iso2: 'DE', iso3: 'DEU', isoNumeric: '276', nameRu: 'Германия', capital: 'Berlin', otherNames: ['Deutschland'] },
  { id: 'france', name: 'France', officialName: 'French Republic', iso2: 'FR', iso3: 'FRA', isoNumeric: '250', nameRu: 'Франция', capital: 'Paris', otherNames: [] },
  { id: 'united-kingdom', name: 'United Kingdom', officialName: 'United Kingdom of Great Britain and Northern Ireland', iso2: 'GB', iso3: 'GBR', isoNumeric: '826', nameRu: 'Великобритания', capital: 'London', otherNames: ['Britain', 'UK'] },
  { id: 'italy', name: 'Italy', officialName: 'Italian Republic', iso2: 'IT', iso3: 'ITA', isoNumeric: '380', nameRu: 'Италия', capital: 'Rome', otherNames: [] },
  { id: 'united-arab-emirates', name: 'United Arab Emirates', officialName: 'United Arab Emirates', iso2: 'AE', iso3: 'ARE', isoNumeric: '784', nameRu: 'Объединённые Арабские Эмираты', capital: 'Abu Dhabi', otherNames: ['UAE'] },
  { id: 'saudi-arabia', name: 'Saudi Arabia', officialName: 'Kingdom of Saudi Arabia', iso2: 'SA', iso3: 'SAU', isoNumeric: '682', nameRu: 'Саудовская Аравия', capital: 'Riyadh', otherNames: [] },
  { id: 'qatar', name: 'Qatar', officialName: 'State of Qatar', iso2: 'QA', iso3: 'QAT', isoNumeric: '634', nameRu: 'Катар', capital: 'Doha', otherNames: [] },
  { id: 'hungary', name: 'Hungary', officialName: 'Hungary', iso2: 'HU', iso3: 'HUN', isoNumeric: '348', nameRu: 'Венгрия', capital: 'Budapest', otherNames: ['Magyarország'] },
  { id: 'belgium', name: 'Belgium', officialName: 'Kingdom of Belgium', iso2: 'BE', iso3: 'BEL', isoNumeric: '056', nameRu: 'Бельгия', capital: 'Brussels', otherNames: [] },
  { id: 'switzerland', name: 'Switzerland', officialName: 'Swiss Confederation', iso2: 'CH', iso3: 'CHE', isoNumeric: '756', nameRu: 'Швейцария', capital: 'Bern', otherNames: [] },
  { id: 'malaysia', name: 'Malaysia', officialName: 'Malaysia', iso2: 'MY', iso3: 'MYS', isoNumeric: '458', nameRu: 'Малайзия', capital: 'Kuala Lumpur', otherNames: [] },
];

/** Cities not in content/cities, with real coordinates: [id, name, country, lat, lon, capital, Russian name]. */
export const EXTRA_CITIES = [
  ['shymkent', 'Shymkent', 'kazakhstan', 42.317, 69.596, false, 'Шымкент'],
  ['aktau', 'Aktau', 'kazakhstan', 43.651, 51.158, false, 'Актау'],
  ['turkistan', 'Turkistan', 'kazakhstan', 43.297, 68.252, false, 'Туркестан'],
  ['karaganda', 'Karaganda', 'kazakhstan', 49.807, 73.088, false, 'Караганда'],
  ['atyrau', 'Atyrau', 'kazakhstan', 47.094, 51.924, false, 'Атырау'],
  ['osh', 'Osh', 'kyrgyzstan', 40.528, 72.799, false, 'Ош'],
  ['cholpon-ata', 'Cholpon-Ata', 'kyrgyzstan', 42.649, 77.081, false, 'Чолпон-Ата'],
  ['karakol', 'Karakol', 'kyrgyzstan', 42.491, 78.394, false, 'Каракол'],
  ['khujand', 'Khujand', 'tajikistan', 40.283, 69.622, false, 'Худжанд'],
  ['kulob', 'Kulob', 'tajikistan', 37.912, 69.782, false, 'Куляб'],
  ['turkmenbashi', 'Turkmenbashi', 'turkmenistan', 40.022, 52.955, false, 'Туркменбаши'],
  ['mary', 'Mary', 'turkmenistan', 37.594, 61.831, false, 'Мары'],
  ['samarkand', 'Samarkand', 'uzbekistan', 39.654, 66.959, false, 'Самарканд'],
  ['bukhara', 'Bukhara', 'uzbekistan', 39.767, 64.421, false, 'Бухара'],
  ['khiva', 'Khiva', 'uzbekistan', 41.378, 60.364, false, 'Хива'],
  ['termez', 'Termez', 'uzbekistan', 37.224, 67.278, false, 'Термез'],
  ['namangan', 'Namangan', 'uzbekistan', 40.998, 71.672, false, 'Наманган'],
  ['saint-petersburg', 'Saint Petersburg', 'russia', 59.939, 30.316, false, 'Санкт-Петербург'],
  ['sochi', 'Sochi', 'russia', 43.585, 39.723, false, 'Сочи'],
  ['kazan', 'Kazan', 'russia', 55.796, 49.108, false, 'Казань'],
  ['novosibirsk', 'Novosibirsk', 'russia', 55.008, 82.935, false, 'Новосибирск'],
  ['orenburg', 'Orenburg', 'russia', 51.768, 55.097, false, 'Оренбург'],
  ['beijing', 'Beijing', 'china', 39.904, 116.407, true, 'Пекин'],
  ['xian', "Xi'an", 'china', 34.341, 108.94, false, 'Сиань'],
  ['urumqi', 'Urumqi', 'china', 43.825, 87.617, false, 'Урумчи'],
  ['tokyo', 'Tokyo', 'japan', 35.676, 139.65, true, 'Токио'],
  ['washington', 'Washington', 'united-states', 38.907, -77.037, true, 'Вашингтон'],
  ['new-york', 'New York', 'united-states', 40.713, -74.006, false, 'Нью-Йорк'],
  ['minsk', 'Minsk', 'belarus', 53.9, 27.559, true, 'Минск'],
  ['yerevan', 'Yerevan', 'armenia', 40.179, 44.499, true, 'Ереван'],
  ['ankara', 'Ankara', 'turkey', 39.933, 32.86, true, 'Анкара'],
  ['istanbul', 'Istanbul', 'turkey', 41.008, 28.978, false, 'Стамбул'],
  ['tehran', 'Tehran', 'iran', 35.689, 51.389, true, 'Тегеран'],
  ['mashhad', 'Mashhad', 'iran', 36.297, 59.606, false, 'Мешхед'],
  ['kabul', 'Kabul', 'afghanistan', 34.555, 69.207, true, 'Кабул'],
  ['mazar-i-sharif', 'Mazar-i-Sharif', 'afghanistan', 36.709, 67.11, false, 'Мазари-Шариф'],
  ['islamabad', 'Islamabad', 'pakistan', 33.684, 73.048, true, 'Исламабад'],
  ['new-delhi', 'New Delhi', 'india', 28.614, 77.209, true, 'Нью-Дели'],
  ['ulaanbaatar', 'Ulaanbaatar', 'mongolia', 47.886, 106.906, true, 'Улан-Батор'],
  ['baku', 'Baku', 'azerbaijan', 40.41, 49.867, true, 'Баку'],
  ['tbilisi', 'Tbilisi', 'georgia', 41.716, 44.783, true, 'Тбилиси'],
  ['seoul', 'Seoul', 'south-korea', 37.566, 126.978, true, 'Сеул'],
  ['berlin', 'Berlin', 'germany', 52.52, 13.405, true, 'Берлин'],
  ['paris', 'Paris', 'france', 48.857, 2.352, true, 'Париж'],
  ['london', 'London', 'united-kingdom', 51.507, -0.128, true, 'Лондон'],
  ['rome', 'Rome', 'italy', 41.903, 12.496, true, 'Рим'],
  ['abu-dhabi', 'Abu Dhabi', 'united-arab-emirates', 24.453, 54.377, true, 'Абу-Даби'],
  ['dubai', 'Dubai', 'united-arab-emirates', 25.205, 55.271, false, 'Дубай'],
  ['riyadh', 'Riyadh', 'saudi-arabia', 24.713, 46.675, true, 'Эр-Рияд'],
  ['doha', 'Doha', 'qatar', 25.285, 51.531, true, 'Доха'],
  ['budapest', 'Budapest', 'hungary', 47.498, 19.04, true, 'Будапешт'],
  ['brussels', 'Brussels', 'belgium', 50.85, 4.352, true, 'Брюссель'],
  ['geneva', 'Geneva', 'switzerland', 46.204, 6.143, false, 'Женева'],
  ['kuala-lumpur', 'Kuala Lumpur', 'malaysia', 3.139, 101.687, true, 'Куала-Лумпур'],
];

/** Given names and family names by country, for generated officials. */
export const NAMES = {
  kazakhstan: [['Nurlan', 'Aidos', 'Yerlan', 'Dauren', 'Asel', 'Gulnara', 'Marat', 'Askar', 'Saule', 'Timur', 'Bolat', 'Dana'], ['Abenov', 'Zhaksybekov', 'Suleimenov', 'Kassenova', 'Omarov', 'Bekturov', 'Akhmetova', 'Iskakov', 'Nurpeisov', 'Dzhaksybekov', 'Sarsenbayev', 'Tulegenova']],
  kyrgyzstan: [['Azamat', 'Bakyt', 'Chyngyz', 'Aigul', 'Nurbek', 'Ulan', 'Aida', 'Kubanych', 'Talant', 'Zhyldyz'], ['Sydykov', 'Toktogulov', 'Abdrakhmanov', 'Usenova', 'Beishenaliev', 'Mamytov', 'Asanov', 'Dzhumabekova', 'Kasymaliev', 'Osmonov']],
  tajikistan: [['Rustam', 'Farhod', 'Zarina', 'Davlat', 'Manuchehr', 'Shahlo', 'Jamshed', 'Nilufar', 'Sherali', 'Firdavs'], ['Nazarov', 'Rahimov', 'Qodirova', 'Saidov', 'Sharipov', 'Karimova', 'Davlatov', 'Mirzoev', 'Hamroev', 'Yusufi']],
  turkmenistan: [['Batyr', 'Myrat', 'Gurbangul', 'Ayna', 'Serdar', 'Merdan', 'Ogulgerek', 'Kakageldi', 'Begench', 'Jemal'], ['Orazov', 'Atayev', 'Hojamuradov', 'Amanova', 'Charyyev', 'Garayev', 'Nurmuhammedov', 'Gurbanova', 'Annayev', 'Saparov']],
  uzbekistan: [['Jamshid', 'Dilshod', 'Aziz', 'Laziz', 'Malika', 'Sardor', 'Gulnora', 'Otabek', 'Ulugbek', 'Nodira'], ['Khodjaev', 'Tashkentov', 'Abdullaev', 'Nazarova', 'Yuldashev', 'Kurbanov', 'Ismoilova', 'Rakhimov', 'Mirzaev', 'Umarov']],
  russia: [['Sergei', 'Alexei', 'Dmitry', 'Maria', 'Andrei', 'Yelena', 'Mikhail', 'Olga', 'Pavel', 'Natalya', 'Igor', 'Yuri'], ['Ivanov', 'Kuznetsov', 'Sokolova', 'Volkov', 'Morozov', 'Lebedeva', 'Novikov', 'Orlov', 'Fedorova', 'Belov', 'Karpov', 'Zaitsev']],
  china: [['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Zhao', 'Huang'], ['Wei', 'Jun', 'Ming', 'Hua', 'Lei', 'Xin', 'Yong', 'Fang']],
  japan: [['Hiroshi', 'Takeshi', 'Yuko', 'Kenji', 'Akiko', 'Taro', 'Naoko', 'Shinji'], ['Tanaka', 'Suzuki', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Sato']],
  'united-states': [['John', 'Sarah', 'Michael', 'Emily', 'Robert', 'Linda', 'David', 'Karen'], ['Miller', 'Harris', 'Clark', 'Lewis', 'Walker', 'Young', 'Allen', 'Wright']],
  default: [['Ali', 'Omar', 'Elena', 'Stefan', 'Amir', 'Sofia', 'Kerem', 'Leila'], ['Demir', 'Hosseini', 'Schmidt', 'Rossi', 'Kaya', 'Martin', 'Horvath', 'Park']],
};

/** Titles of office; {c} is the country's name. */
export const ROLES = [
  'Minister of Foreign Affairs of {c}', 'Deputy Minister of Foreign Affairs of {c}', 'Minister of Energy of {c}',
  'Minister of Economy of {c}', 'Minister of Transport of {c}', 'Deputy Prime Minister of {c}', 'Minister of Defence of {c}',
  'Minister of Water Resources of {c}', 'Head of the Presidential Administration of {c}', 'Ambassador of {c} to Russia',
  'Ambassador of {c} to China', 'Special Envoy of {c} for Central Asia', 'Minister of Trade of {c}', 'Minister of Agriculture of {c}',
  'Chair of the Senate of {c}', 'Secretary of the Security Council of {c}',
];

/** News outlets and publishers: [name, slug, language, kind]. */
export const OUTLETS = [
  ['Kazinform', 'kazinform', 'en', 'news report'], ['AKIpress', 'akipress', 'en', 'news report'], ['24.kg', '24kg', 'en', 'news report'],
  ['Asia-Plus', 'asiaplus', 'en', 'news report'], ['Trend News Agency', 'trend', 'en', 'news report'], ['TASS', 'tass', 'ru', 'wire story'],
  ['RIA Novosti', 'ria', 'ru', 'wire story'], ['Interfax', 'interfax', 'ru', 'wire story'], ['Reuters', 'reuters', 'en', 'wire story'],
  ['Associated Press', 'ap', 'en', 'wire story'], ['Radio Free Europe/Radio Liberty', 'rferl', 'en', 'news report'], ['The Diplomat', 'thediplomat', 'en', 'analysis'],
  ['Eurasianet', 'eurasianet', 'en', 'analysis'], ['Xinhua', 'xinhua', 'en', 'wire story'], ['Kyodo News', 'kyodo', 'en', 'wire story'],
  ['Nikkei Asia', 'nikkei', 'en', 'news report'], ['U.S. Department of State', 'state-dept', 'en', 'official record'], ['President of Russia (kremlin.ru)', 'kremlin', 'en', 'official record'],
  ['Ministry of Foreign Affairs of Uzbekistan', 'mfa-uz', 'en', 'official record'], ['Khovar', 'khovar', 'en', 'news report'], ['nCa (Turkmenistan)', 'nca', 'en', 'news report'],
  ['Kommersant', 'kommersant', 'ru', 'news report'], ['Vedomosti', 'vedomosti', 'ru', 'news report'], ['The Times of Central Asia', 'timesca', 'en', 'news report'],
  ['Daryo', 'daryo', 'en', 'news report'], ['Kun.uz', 'kunuz', 'en', 'news report'], ['Carnegie Politika', 'carnegie', 'en', 'analysis'],
  ['Valdai Club', 'valdai', 'en', 'analysis'], ['Central Asia-Caucasus Analyst', 'cacianalyst', 'en', 'analysis'], ['OSCE', 'osce', 'en', 'official record'],
];

export const AUTHORS = ['Aigerim Toleukhanova', 'Bruce Pannier', 'Joanna Lillis', 'Temur Umarov', 'Catherine Putz', 'Paolo Sorbello', 'Peter Leonard', 'Niva Yau', 'Nurlan Aliyev', 'Dmitry Gorenburg', 'Kamila Aliyeva', 'Ruslan Medelbek'];

/** What the parties talked about: [noun phrase, short form for titles]. */
export const TOPICS = [
  ['water sharing on the Syr Darya and Amu Darya', 'water'], ['the North–South transport corridor', 'transport'], ['gas transit to China', 'gas'],
  ['labour migration and the rights of migrant workers', 'migration'], ['border security on the Afghan frontier', 'border security'], ['nuclear power and uranium supply', 'nuclear power'],
  ['the Trans-Caspian International Transport Route', 'the Middle Corridor'], ['customs procedures and non-tariff barriers', 'customs'], ['grain and fertiliser exports', 'agriculture'],
  ['hydropower on the Vakhsh and Naryn rivers', 'hydropower'], ['digital payments and cross-border settlements in national currencies', 'payments'], ['military-technical cooperation', 'defence'],
  ['critical minerals and rare earths', 'critical minerals'], ['the Aral Sea and regional climate adaptation', 'climate'], ['counter-terrorism and extremist networks', 'counter-terrorism'],
  ['education, universities and student exchanges', 'education'], ['the rail link from China through Kyrgyzstan to Uzbekistan', 'rail'], ['electricity trade in the Central Asian power ring', 'electricity'],
  ['the Caspian Sea delimitation and shipping', 'the Caspian'], ['sanctions compliance and dual-use goods', 'sanctions'],
];

export const VERBS = ['discussed', 'reviewed', 'agreed to expand', 'signed a memorandum on', 'pledged to deepen cooperation on', 'set up a working group on', 'disagreed over', 'announced a road map for', 'revisited', 'postponed a decision on'];
export const ADJECTIVES = ['bilateral', 'regional', 'strategic', 'long-term', 'practical', 'intergovernmental', 'cross-border', 'multilateral', 'joint', 'sectoral'];
export const OUTCOMES = ['a joint statement', 'a memorandum of understanding', 'an intergovernmental agreement', 'a protocol on implementation', 'a road map to 2030', 'a programme of economic cooperation', 'an action plan', 'a declaration on strategic partnership'];
export const PROJECT_KINDS = ['hydropower plant', 'industrial park', 'logistics hub', 'pipeline section', 'railway line', 'free economic zone', 'solar farm', 'fertiliser plant', 'border crossing', 'copper smelter'];
/** Syllables for the names of (fictional) projects, companies and villages, so that the index's vocabulary grows with the content as a real corpus's does. */
export const SYLLABLES = ['kara', 'tash', 'ak', 'kum', 'su', 'bel', 'tau', 'dar', 'yar', 'kol', 'sai', 'bek', 'ob', 'zar', 'min', 'gul', 'nur', 'ord', 'kan', 'jol', 'sar', 'tal', 'bay', 'chi', 'kur', 'ash', 'ter', 'mez', 'dag', 'ul'];
export const SERIES = [
  { id: 'russia-central-asia-trade', title: "Russia's trade with Central Asia", unit: 'billion US dollars', country: 'russia', measure: "Russia's trade with the five Central Asian states" },
  { id: 'china-central-asia-trade', title: "China's trade with Central Asia", unit: 'billion US dollars', country: 'china', measure: "China's trade with the five Central Asian states" },
  { id: 'tajikistan-remittances', title: 'Remittances to Tajikistan from Russia', unit: 'billion US dollars', country: 'tajikistan', measure: 'Remittances to Tajikistan from Russia' },
  { id: 'kazakhstan-oil-exports', title: "Kazakhstan's crude oil exports", unit: 'million tonnes', country: 'kazakhstan', measure: "Kazakhstan's crude oil exports" },
  { id: 'uzbekistan-gas-output', title: "Uzbekistan's gas output", unit: 'billion cubic metres', country: 'uzbekistan', measure: "Uzbekistan's natural gas output" },
];
