/**
 * Per-language tables (month names, number words, languages, countries,
 * places, institutions, DGs), kept apart from the logic. Keys are lower case
 * without accents where the lookup normalises them (see `fold`).
 */

import { trieAlternation } from './regex-trie';

/**
 * The name lists below are alternations of hundreds of names, embedded in regexes with flags g and
 * u (never i): written as tries of their letters (same matches, read several times faster).
 */
const trie = (alternation: string) => trieAlternation(alternation, 'gu');

/** Lower case, accents removed: "Brüssel" → "brussel". */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/**
 * Like `fold`, but one output character per input character, so offsets in
 * the folded text are offsets in the text: accent- and case-insensitive
 * matching without a second map. "Août" → "aout", "Köln" → "koln", a typeset hyphen (U+2010, U+2011) → "-".
 */
export function foldSameLength(s: string): string {
  const lower = s.toLowerCase();
  if (lower.length !== s.length) return foldSlow(s);
  return NON_ASCII.test(lower) ? lower.replace(NON_ASCII_ALL, baseLetter) : lower;
}

const NON_ASCII = /[\u0080-\uffff]/;
const NON_ASCII_ALL = /[\u0080-\uffff]/g;
const baseCache = new Map<string, string>();

function baseLetter(ch: string): string {
  let b = baseCache.get(ch);
  if (b === undefined) {
    const d = ch.normalize('NFD')[0].toLowerCase();
    // The hyphens of typeset text ("under‑represented", U+2010/U+2011) are a hyphen.
    b = ch === '\u2010' || ch === '\u2011' ? '-' : d.length === 1 ? d : ch;
    baseCache.set(ch, b);
  }
  return b;
}

/** For the rare text whose lower case changes length ("İ"): one character at a time. */
function foldSlow(s: string): string {
  let out = '';
  for (const ch of s) {
    if (ch.length === 2) out += ch;
    else {
      const l = ch.toLowerCase();
      out += l.length === 1 ? baseLetter(l) : baseLetter(ch);
    }
  }
  return out;
}

export const MONTHS: Record<string, number> = {
  // English
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8,
  sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  // French
  janvier: 1, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8, septembre: 9,
  octobre: 10, novembre: 11, decembre: 12,
  // German
  januar: 1, jaenner: 1, februar: 2, marz: 3, maerz: 3, juni: 6, juli: 7, oktober: 10, dezember: 12,
  // Dutch, Italian, Spanish, Portuguese (common in agency notices)
  januari: 1, februari: 2, maart: 3, augustus: 8, gennaio: 1, febbraio: 2, marzo: 3, aprile: 4,
  maggio: 5, giugno: 6, luglio: 7, agosto: 8, settembre: 9, ottobre: 10, dicembre: 12, enero: 1,
  febrero: 2, abril: 4, mayo: 5, junio: 6, julio: 7, septiembre: 9, octubre: 10, noviembre: 11,
  diciembre: 12, janeiro: 1, fevereiro: 2, marco: 3, maio: 5, junho: 6, julho: 7, setembro: 9,
  outubro: 10, novembro: 11, dezembro: 12,
}; // prettier-ignore

/** Month names, to be matched against folded text (see `foldSameLength`). */
export const MONTH_NAME_PATTERN = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

export const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, fifteen: 15, twenty: 20,
  // Eleven to twenty in French, German, Italian, Spanish, Portuguese, Dutch (folded)
  onze: 11, quinze: 15, vingt: 20, elf: 11, funfzehn: 15, zwanzig: 20, undici: 11, dodici: 12, quindici: 15,
  venti: 20, doce: 12, quince: 15, veinte: 20, doze: 12, vinte: 20, twaalf: 12, vijftien: 15, twintig: 20, tien: 10,
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10, douze: 12,
  ein: 1, eins: 1, einem: 1, einer: 1, eines: 1, zwei: 2, drei: 3, vier: 4, funf: 5, fuenf: 5, sechs: 6,
  sieben: 7, acht: 8, neun: 9, zehn: 10, zwolf: 12,
  // Italian, Spanish, Portuguese, Polish, Dutch (folded)
  due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, dieci: 10,
  dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, diez: 10, dois: 2, duas: 2, quatro: 4,
  dwa: 2, dwoch: 2, trzy: 3, trzech: 3, cztery: 4, czterech: 4, piec: 5, pieciu: 5, szesc: 6,
  twee: 2, drie: 3, vijf: 5, zes: 6,
  // Swedish, Danish (folded: "två" → "tva", "åtta" → "atta")
  tva: 2, fyra: 4, fem: 5, sex: 6, sju: 7, atta: 8, nio: 9, tio: 10, tolv: 12, femton: 15, seks: 6, syv: 7, otte: 8, ni: 9,
  // Slovenian, Croatian, Czech, Slovak (folded)
  dve: 2, dvije: 2, tri: 3, stiri: 4, cetiri: 4, ctyri: 4, styri: 4, pet: 5, sest: 6, deset: 10,
  // Finnish, Hungarian, Romanian (folded; "két", "három" also as "kétéves", "hároméves")
  kaksi: 2, kolme: 3, nelja: 4, viisi: 5, kuusi: 6, kymmenen: 10,
  ket: 2, ketto: 2, harom: 3, negy: 4,
  doi: 2, doua: 2, trei: 3, patru: 4, cinci: 5,
  // Finnish genitives ("kolmen vuoden"), Estonian, Latvian, Lithuanian (collective, as with "metai"), Maltese,
  // Slovenian and Croatian "one" (folded)
  yhden: 1, kahden: 2, kolmen: 3, neljan: 4, viiden: 5, kuuden: 6,
  uks: 1, kaks: 2, kolm: 3, neli: 4, viis: 5, kuus: 6, uhe: 1, kahe: 2, viie: 5, kuue: 6,
  viens: 1, viena: 1, divi: 2, divu: 2, tris: 3, cetri: 4, cetru: 4, pieci: 5, piecu: 5,
  vieneri: 1, vieneriu: 1, dveji: 2, dveju: 2, treji: 3, treju: 3, ketveri: 4, ketveriu: 4, penkeri: 5, penkeriu: 5,
  tnejn: 2, tliet: 3, tlieta: 3, erba: 4, hames: 5,
  eno: 1, enega: 1, dveh: 2, treh: 3, stirih: 4, petih: 5, petnajst: 15, jedna: 1, jednu: 1, jedne: 1,
  // Czech and Slovak genitives ("na dobu pěti let", "nejméně tří let", "piatich rokov") (folded)
  jeden: 1, jednoho: 1, jedneho: 1, dvou: 2, ctyr: 4, peti: 5, sesti: 6, deseti: 10, troch: 3, styroch: 4, piatich: 5,
  // Seven to nine where the lists above stop short: Italian, Portuguese, Spanish, Dutch, Polish, Czech, Croatian,
  // Slovenian, Romanian, Finnish (folded)
  nove: 9, sete: 7, oito: 8, nueve: 9, zeven: 7, negen: 9, siedem: 7, osiem: 8, dziewiec: 9, dziesiec: 10,
  sedm: 7, osm: 8, devet: 9, sedam: 7, osam: 8, sedem: 7, osem: 8, sapte: 7, noua: 9, zece: 10,
  seitseman: 7, kahdeksan: 8, yhdeksan: 9,
  // Greek (folded: no accents) and Bulgarian, with the genitives of "ετών" / "έτους"
  ενα: 1, ενος: 1, δυο: 2, τρια: 3, τριων: 3, τεσσερα: 4, τεσσαρων: 4, πεντε: 5, εξι: 6, επτα: 7, εφτα: 7, οκτω: 8,
  οχτω: 8, εννεα: 9, εννια: 9, δεκα: 10, δωδεκα: 12, δεκαπεντε: 15, εικοσι: 20,
  един: 1, една: 1, едно: 1, две: 2, два: 2, три: 3, четири: 4, пет: 5, шест: 6, седем: 7, осем: 8, девет: 9,
  десет: 10, дванадесет: 12, петнадесет: 15, двадесет: 20,
}; // prettier-ignore

/** "3", "three", "trois", "drei" → 3. */
export function parseNumberWord(word: string): number | null {
  const w = fold(word);
  if (/^\d+(?:[.,]\d+)?$/.test(w)) return Number(w.replace(',', '.'));
  return NUMBER_WORDS[w] ?? null;
}

/**
 * Greek and Cyrillic letters, as the body of a character class: `\b` sees neither as a word's letters, so a
 * pattern with words of those alphabets bounds them with look-arounds over `[\w${GREEK_CYRILLIC}]`.
 */
export const GREEK_CYRILLIC = '\\u0370-\\u03ff\\u0400-\\u04ff';

/** Numbers as digits or words, to be matched against folded text. */
export const NUMBER_PATTERN = trie(
  `\\d{1,2}(?:[.,]5)?|${Object.keys(NUMBER_WORDS)
    .sort((a, b) => b.length - a.length)
    .join('|')}`,
);

/** Official EU languages by name (EN, FR, DE) → ISO 639-1. */
export const LANGUAGE_NAMES: Record<string, string> = {
  bulgarian: 'BG', czech: 'CS', danish: 'DA', german: 'DE', greek: 'EL', english: 'EN', spanish: 'ES',
  estonian: 'ET', finnish: 'FI', french: 'FR', irish: 'GA', croatian: 'HR', hungarian: 'HU', italian: 'IT',
  lithuanian: 'LT', latvian: 'LV', maltese: 'MT', dutch: 'NL', polish: 'PL', portuguese: 'PT',
  romanian: 'RO', slovak: 'SK', slovenian: 'SL', slovene: 'SL', swedish: 'SV',
  bulgare: 'BG', tcheque: 'CS', danois: 'DA', allemand: 'DE', grec: 'EL', anglais: 'EN', espagnol: 'ES',
  estonien: 'ET', finnois: 'FI', francais: 'FR', irlandais: 'GA', croate: 'HR', hongrois: 'HU',
  italien: 'IT', lituanien: 'LT', letton: 'LV', maltais: 'MT', neerlandais: 'NL', polonais: 'PL',
  portugais: 'PT', roumain: 'RO', slovaque: 'SK', slovene_fr: 'SL', suedois: 'SV',
  bulgarisch: 'BG', tschechisch: 'CS', danisch: 'DA', deutsch: 'DE', griechisch: 'EL', englisch: 'EN',
  spanisch: 'ES', estnisch: 'ET', finnisch: 'FI', franzosisch: 'FR', irisch: 'GA', kroatisch: 'HR',
  ungarisch: 'HU', italienisch: 'IT', litauisch: 'LT', lettisch: 'LV', maltesisch: 'MT',
  niederlandisch: 'NL', polnisch: 'PL', portugiesisch: 'PT', rumanisch: 'RO', slowakisch: 'SK',
  slowenisch: 'SL', schwedisch: 'SV',
  // Italian, Spanish, Portuguese (folded)
  bulgaro: 'BG', ceco: 'CS', danese: 'DA', tedesco: 'DE', greco: 'EL', inglese: 'EN', spagnolo: 'ES',
  estone: 'ET', finlandese: 'FI', francese: 'FR', irlandese: 'GA', croato: 'HR', ungherese: 'HU',
  italiano: 'IT', lituano: 'LT', lettone: 'LV', maltese_it: 'MT', olandese: 'NL', polacco: 'PL',
  portoghese: 'PT', rumeno: 'RO', slovacco: 'SK', sloveno: 'SL', svedese: 'SV',
  aleman: 'DE', ingles: 'EN', espanol: 'ES', frances: 'FR', neerlandes: 'NL', polaco: 'PL', portugues: 'PT',
  // "da língua inglesa", "lengua francesa": the adjective after the word for language (folded)
  inglesa: 'EN', francesa: 'FR', alema: 'DE', alemana: 'DE', espanhola: 'ES', espanola: 'ES', portuguesa: 'PT',
  alemao: 'DE', espanhol: 'ES', italiano_pt: 'IT', frances_pt: 'FR',
  // Polish (the forms notices use: "języka angielskiego", "w języku angielskim")
  angielski: 'EN', angielskiego: 'EN', angielskim: 'EN', francuski: 'FR', francuskiego: 'FR', francuskim: 'FR',
  niemiecki: 'DE', niemieckiego: 'DE', niemieckim: 'DE', polski: 'PL', polskiego: 'PL', polskim: 'PL',
  hiszpanski: 'ES', hiszpanskiego: 'ES', 'włoski': 'IT', 'włoskiego': 'IT',
  // Dutch
  engels: 'EN', frans: 'FR', duits: 'DE', nederlands: 'NL', spaans: 'ES', italiaans: 'IT',
  // Swedish, Finnish, Czech, Hungarian, Romanian (folded; the forms notices use)
  engelska: 'EN', franska: 'FR', tyska: 'DE',
  englanti: 'EN', englannin: 'EN', ranska: 'FR', ranskan: 'FR', saksa: 'DE', saksan: 'DE',
  anglictina: 'EN', anglictiny: 'EN', francouzstina: 'FR', francouzstiny: 'FR', nemcina: 'DE', nemciny: 'DE',
  angol: 'EN', francia: 'FR', nemet: 'DE',
  engleza: 'EN', engleze: 'EN', franceza: 'FR', franceze: 'FR', germana: 'DE', germane: 'DE',
  // Danish, Lithuanian and Latvian ("anglų", "angļu"), Estonian, Slovak, Slovenian, Croatian, Maltese (folded)
  engelsk: 'EN', fransk: 'FR', tysk: 'DE',
  anglu: 'EN', prancuzu: 'FR', vokieciu: 'DE', francu: 'FR', vacu: 'DE',
  inglise: 'EN', prantsuse: 'FR',
  anglicky: 'EN', anglickeho: 'EN', anglickom: 'EN', anglictine: 'EN', francuzsky: 'FR', francuzskeho: 'FR', nemecky: 'DE', nemeckeho: 'DE',
  anglescina: 'EN', angleskega: 'EN', anglescini: 'EN', francoscina: 'FR', francoskega: 'FR', nemscina: 'DE', nemskega: 'DE',
  engleski: 'EN', engleskog: 'EN', engleskom: 'EN', francuskog: 'FR', njemacki: 'DE', njemackog: 'DE',
  ingliz: 'EN', franciz: 'FR', germaniz: 'DE',
  // Each language's own name for itself, as its notices write it (folded): "a magyar nyelv", "lietuvių kalba"
  magyar: 'HU', lietuviu: 'LT', latviesu: 'LV', eesti: 'ET', suomen: 'FI', suomi: 'FI', svenska: 'SV',
  cestina: 'CS', cestiny: 'CS', slovencina: 'SK', sloveniny: 'SK', slovenscina: 'SL', slovenscine: 'SL',
  hrvatski: 'HR', hrvatskog: 'HR', hrvatskom: 'HR', dansk: 'DA', malti: 'MT', romana: 'RO',
  olasz: 'IT', spanyol: 'ES',
}; // prettier-ignore

export const LANGUAGE_NAME_PATTERN = trie(
  Object.keys(LANGUAGE_NAMES)
    .filter((k) => !k.includes('_'))
    .sort((a, b) => b.length - a.length)
    .join('|'),
);

/** Member states (EN, FR, DE names) → ISO 3166-1 alpha-2. */
export const COUNTRY_NAMES: Record<string, string> = {
  austria: 'AT', belgium: 'BE', bulgaria: 'BG', croatia: 'HR', cyprus: 'CY', 'czech republic': 'CZ',
  czechia: 'CZ', denmark: 'DK', estonia: 'EE', finland: 'FI', france: 'FR', germany: 'DE', greece: 'GR',
  hungary: 'HU', ireland: 'IE', italy: 'IT', latvia: 'LV', lithuania: 'LT', luxembourg: 'LU', malta: 'MT',
  netherlands: 'NL', 'the netherlands': 'NL', poland: 'PL', portugal: 'PT', romania: 'RO', slovakia: 'SK',
  slovenia: 'SI', spain: 'ES', sweden: 'SE',
  autriche: 'AT', belgique: 'BE', bulgarie: 'BG', croatie: 'HR', chypre: 'CY', tchequie: 'CZ',
  'republique tcheque': 'CZ', danemark: 'DK', estonie: 'EE', finlande: 'FI', allemagne: 'DE', grece: 'GR',
  hongrie: 'HU', irlande: 'IE', italie: 'IT', lettonie: 'LV', lituanie: 'LT', malte: 'MT', 'pays-bas': 'NL',
  pologne: 'PL', roumanie: 'RO', slovaquie: 'SK', slovenie: 'SI', espagne: 'ES', suede: 'SE',
  osterreich: 'AT', belgien: 'BE', bulgarien: 'BG', kroatien: 'HR', zypern: 'CY', tschechien: 'CZ',
  'tschechische republik': 'CZ', danemark_de: 'DK', estland: 'EE', finnland: 'FI', frankreich: 'FR',
  deutschland: 'DE', griechenland: 'GR', ungarn: 'HU', irland: 'IE', italien: 'IT', lettland: 'LV',
  litauen: 'LT', luxemburg: 'LU', niederlande: 'NL', polen: 'PL', rumanien: 'RO', slowakei: 'SK',
  slowenien: 'SI', spanien: 'ES', schweden: 'SE',
  // Italian, Spanish, Portuguese, Romanian, Dutch (folded; names the lists above hold already are left out)
  belgio: 'BE', croazia: 'HR', cipro: 'CY', cechia: 'CZ', 'repubblica ceca': 'CZ', danimarca: 'DK',
  finlandia: 'FI', francia: 'FR', germania: 'DE', grecia: 'GR', ungheria: 'HU', irlanda: 'IE', italia: 'IT',
  lettonia: 'LV', lituania: 'LT', lussemburgo: 'LU', 'paesi bassi': 'NL', polonia: 'PL', portogallo: 'PT',
  slovacchia: 'SK', spagna: 'ES', svezia: 'SE',
  belgica: 'BE', croacia: 'HR', chipre: 'CY', chequia: 'CZ', 'republica checa': 'CZ', dinamarca: 'DK',
  alemania: 'DE', hungria: 'HU', letonia: 'LV', luxemburgo: 'LU', 'paises bajos': 'NL', rumania: 'RO',
  eslovaquia: 'SK', eslovenia: 'SI', espana: 'ES', suecia: 'SE',
  franca: 'FR', alemanha: 'DE', 'paises baixos': 'NL', romenia: 'RO', espanha: 'ES',
  belgia: 'BE', cipru: 'CY', cehia: 'CZ', 'republica ceha': 'CZ', danemarca: 'DK', finlanda: 'FI', franta: 'FR',
  ungaria: 'HU', 'tarile de jos': 'NL', portugalia: 'PT', slovacia: 'SK', spania: 'ES', suedia: 'SE',
  oostenrijk: 'AT', belgie: 'BE', bulgarije: 'BG', kroatie: 'HR', tsjechie: 'CZ', denemarken: 'DK',
  frankrijk: 'FR', duitsland: 'DE', griekenland: 'GR', hongarije: 'HU', ierland: 'IE', letland: 'LV',
  litouwen: 'LT', nederland: 'NL', roemenie: 'RO', slowakije: 'SK', spanje: 'ES', zweden: 'SE',
  // Polish (folded: "ł" stays), Greek (no accents), Bulgarian
  chorwacja: 'HR', cypr: 'CY', czechy: 'CZ', dania: 'DK', francja: 'FR', niemcy: 'DE', grecja: 'GR', wegry: 'HU',
  irlandia: 'IE', włochy: 'IT', łotwa: 'LV', litwa: 'LT', luksemburg: 'LU', niderlandy: 'NL', holandia: 'NL',
  polska: 'PL', rumunia: 'RO', słowacja: 'SK', słowenia: 'SI', hiszpania: 'ES', szwecja: 'SE',
  αυστρια: 'AT', βελγιο: 'BE', βουλγαρια: 'BG', κροατια: 'HR', κυπρος: 'CY', τσεχια: 'CZ', δανια: 'DK',
  εσθονια: 'EE', φινλανδια: 'FI', γαλλια: 'FR', γερμανια: 'DE', ελλαδα: 'GR', ουγγαρια: 'HU', ιρλανδια: 'IE',
  ιταλια: 'IT', λετονια: 'LV', λιθουανια: 'LT', λουξεμβουργο: 'LU', μαλτα: 'MT', 'κατω χωρες': 'NL',
  ολλανδια: 'NL', πολωνια: 'PL', πορτογαλια: 'PT', ρουμανια: 'RO', σλοβακια: 'SK', σλοβενια: 'SI',
  ισπανια: 'ES', σουηδια: 'SE',
  австрия: 'AT', белгия: 'BE', българия: 'BG', хърватия: 'HR', кипър: 'CY', чехия: 'CZ', дания: 'DK',
  естония: 'EE', финландия: 'FI', франция: 'FR', германия: 'DE', гърция: 'GR', унгария: 'HU', ирландия: 'IE',
  италия: 'IT', латвия: 'LV', литва: 'LT', люксембург: 'LU', малта: 'MT', нидерландия: 'NL', холандия: 'NL',
  полша: 'PL', португалия: 'PT', румъния: 'RO', словакия: 'SK', словения: 'SI', испания: 'ES', швеция: 'SE',
}; // prettier-ignore

export const COUNTRY_NAME_PATTERN = trie(
  Object.keys(COUNTRY_NAMES)
    .filter((k) => !k.includes('_'))
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/ /g, '\\s+'))
    .join('|'),
);

export const EU_MEMBER_STATES = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU',
  'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
] as const; // prettier-ignore

export interface Place {
  city: string;
  zone: string;
}

/** Places where EU bodies employ staff: English name, local and FR/DE variants → city and IANA zone. */
const PLACE_LIST: Array<[string, string, string[]]> = [
  [
    'Brussels',
    'Europe/Brussels',
    [
      'bruxelles',
      'brussel',
      'brussels',
      'brüssel',
      'bruselas',
      'bruxelas',
      'bruksela',
      'brusel',
      'bruselj',
      'brüsszel',
      'bryssel',
      'bruxelles-brussel',
      'brussell',
      'βρυξέλλες',
      'брюксел',
      'briuselis',
      'brisele',
      'bruiséal',
      // Irish: "an Bhruiséil" (after a preposition, lenited)
      'bruiséil',
      'bhruiséil',
      'bruselj',
      'bryssel',
      // "in Brussels" where the case is an ending (FI, ET, HU)
      'brysselissä',
      'brüsselis',
      'brüsszelben',
      'briuselyje',
      'briselē',
    ],
  ],
  [
    'Luxembourg',
    'Europe/Luxembourg',
    [
      'luxembourg',
      'luxemburg',
      'lussemburgo',
      'luxemburgo',
      'luksemburg',
      'lucemburk',
      'luksemburga',
      'liuksemburgas',
      'lussemburgu',
      'λουξεμβούργο',
      'люксембург',
      'lucsamburg',
      'luxemburgissa',
      'luxembourgis',
      'luxembourgban',
      'liuksemburge',
      'luksemburgā',
    ],
  ],
  [
    'Strasbourg',
    'Europe/Paris',
    [
      'strasbourg',
      'strassburg',
      'straßburg',
      'strasburgo',
      'strasburg',
      'štrasburk',
      'στρασβούργο',
      'страсбург',
    ],
  ],
  ['Helsinki', 'Europe/Helsinki', ['helsinki', 'helsingfors', 'ελσίνκι', 'хелзинки']],
  [
    'Warsaw',
    'Europe/Warsaw',
    [
      'warsaw',
      'varsovie',
      'warschau',
      'warszawa',
      'varsavia',
      'varsovia',
      'varsóvia',
      'varšava',
      'varsó',
      'varșovia',
      'varsova',
      'varssavi',
      'varšuva',
      'varsavja',
      'варшава',
      'βαρσοβία',
    ],
  ],
  ['Parma', 'Europe/Rome', ['parma', 'parme', 'πάρμα', 'парма']],
  ['Amsterdam', 'Europe/Amsterdam', ['amsterdam', 'amsterdã', 'άμστερνταμ', 'амстердам']],
  ['Alicante', 'Europe/Madrid', ['alicante', 'alikante', 'αλικάντε', 'аликанте']],
  [
    'Frankfurt',
    'Europe/Berlin',
    [
      'frankfurt',
      'frankfurt am main',
      'frankfurt/main',
      'frankfurt a.m.',
      'francfort',
      'francoforte',
      'fráncfort',
      'frankfurt nad mohanem',
      'frankfurt nad menem',
      'φρανκφούρτη',
      'франкфурт',
    ],
  ],
  [
    'Paris',
    'Europe/Paris',
    [
      'paris',
      'parijs',
      'parigi',
      'parís',
      'paryż',
      'paříž',
      'paríž',
      'párizs',
      'pariis',
      'pariisi',
      'parīze',
      'paryžius',
      'pariġi',
      'pariz',
      'париж',
      'παρίσι',
    ],
  ],
  [
    'Athens',
    'Europe/Athens',
    [
      'athens',
      'athènes',
      'athen',
      'atene',
      'atenas',
      'ateny',
      'atény',
      'atene',
      'athína',
      'αθήνα',
      'атина',
      'ateena',
      'atēnas',
      'atėnai',
    ],
  ],
  ['Heraklion', 'Europe/Athens', ['heraklion', 'iraklion', 'ηράκλειο', 'iraklio']],
  [
    'Thessaloniki',
    'Europe/Athens',
    ['thessaloniki', 'thessalonique', 'tesalónica', 'salonicco', 'saloniki', 'θεσσαλονίκη', 'солун'],
  ],
  [
    'Lisbon',
    'Europe/Lisbon',
    [
      'lisbon',
      'lisbonne',
      'lissabon',
      'lisboa',
      'lisbona',
      'lizbona',
      'lisabon',
      'lisabona',
      'lisszabon',
      'λισαβόνα',
      'лисабон',
      'lissabon',
    ],
  ],
  [
    'Stockholm',
    'Europe/Stockholm',
    [
      'stockholm',
      'solna',
      'estocolmo',
      'sztokholm',
      'stoccolma',
      'tukholma',
      'στοκχόλμη',
      'стокхолм',
      'stokholmas',
      // "in Stockholm" where the case is an ending (LT, LV)
      'stokholme',
      'stokholmā',
    ],
  ],
  [
    'Copenhagen',
    'Europe/Copenhagen',
    [
      'copenhagen',
      'copenhague',
      'kopenhagen',
      'københavn',
      'copenaghen',
      'kopenhaga',
      'kodaň',
      'koppenhága',
      'köpenhamn',
      'kööpenhamina',
      'kopenhāgena',
      'kopenhaga',
      'κοπεγχάγη',
      'копенхаген',
    ],
  ],
  ['Turin', 'Europe/Rome', ['turin', 'torino', 'turyn', 'τορίνο', 'торино']],
  [
    'London',
    'Europe/London',
    ['london', 'londres', 'londra', 'londyn', 'londýn', 'londen', 'lontoo', 'λονδίνο', 'лондон'],
  ],
  ['Dublin', 'Europe/Dublin', ['dublin', 'dublino', 'dublín', 'δουβλίνο', 'дъблин', 'baile átha cliath']],
  ['Bilbao', 'Europe/Madrid', ['bilbao', 'μπιλμπάο', 'билбао']],
  [
    'Cologne',
    'Europe/Berlin',
    ['cologne', 'köln', 'koln', 'colonia', 'keulen', 'kolonia', 'kolín nad rýnem', 'κολωνία', 'кьолн'],
  ],
  ['Valenciennes', 'Europe/Paris', ['valenciennes']],
  ['Lille', 'Europe/Paris', ['lille']],
  [
    'Vienna',
    'Europe/Vienna',
    [
      'vienna',
      'vienne',
      'wien',
      'wenen',
      'viena',
      'wiedeń',
      'vídeň',
      'viedeň',
      'beč',
      'dunaj',
      'bécs',
      'βιέννη',
      'виена',
    ],
  ],
  ['Vilnius', 'Europe/Vilnius', ['vilnius', 'wilno', 'βίλνιους', 'вилнюс']],
  ['Riga', 'Europe/Riga', ['riga', 'ryga', 'riia', 'ρίγα', 'рига', 'rīga']],
  [
    'Ljubljana',
    'Europe/Ljubljana',
    ['ljubljana', 'lubiana', 'liubliana', 'lublana', 'λιουμπλιάνα', 'любляна'],
  ],
  [
    'Bratislava',
    'Europe/Bratislava',
    [
      'bratislava',
      'pressburg',
      'bratysława',
      'pozsony',
      'μπρατισλάβα',
      'братислава',
      // "in Bratislava" where the case is an ending (HR, SL, SK, CS, PL, LT, FI, HU)
      'bratislavi',
      'bratislave',
      'bratysławie',
      'bratislavoje',
      'bratislavassa',
      'pozsonyban',
    ],
  ],
  [
    'The Hague',
    'Europe/Amsterdam',
    [
      'the hague',
      'la haye',
      'den haag',
      "'s-gravenhage",
      "l'aia",
      'la haya',
      'haia',
      'haga',
      'haag',
      'hága',
      'χάγη',
      'хага',
    ],
  ],
  ['Prague', 'Europe/Prague', ['prague', 'prag', 'praha', 'praga', 'πράγα', 'прага']],
  // EUSPA's Galileo Security Monitoring Centre.
  ['Saint-Germain-en-Laye', 'Europe/Paris', ['saint-germain-en-laye']],
  ['Angers', 'Europe/Paris', ['angers']],
  ['Tallinn', 'Europe/Tallinn', ['tallinn', 'tallin', 'ταλίν', 'талин']],
  ['Budapest', 'Europe/Budapest', ['budapest', 'budapeszt', 'budimpešta', 'βουδαπέστη', 'будапеща']],
  ['Madrid', 'Europe/Madrid', ['madrid', 'madryt', 'μαδρίτη', 'мадрид']],
  ['Rome', 'Europe/Rome', ['rome', 'roma', 'rom', 'rzym', 'róma', 'ρώμη', 'рим']],
  [
    'Valletta',
    'Europe/Malta',
    ['valletta', 'valleta', 'la valette', 'la valeta', 'valeta', 'il-belt valletta', 'βαλέτα', 'валета'],
  ],
  ['Ispra', 'Europe/Rome', ['ispra']],
  ['Seville', 'Europe/Madrid', ['seville', 'séville', 'sevilla', 'siviglia', 'sewilla', 'σεβίλλη', 'севиля']],
  ['Geel', 'Europe/Brussels', ['geel']],
  ['Karlsruhe', 'Europe/Berlin', ['karlsruhe']],
  ['Petten', 'Europe/Amsterdam', ['petten']],
  ['Grange', 'Europe/Dublin', ['grange']],
  ['Bucharest', 'Europe/Bucharest', ['bucharest', 'bucarest', 'bukarest', 'букурещ']],
  ['Sofia', 'Europe/Sofia', ['sofia', 'софия']],
  ['Zagreb', 'Europe/Zagreb', ['zagreb', 'загреб']],
  ['Nicosia', 'Asia/Nicosia', ['nicosia', 'nicosie', 'никозия']],
  ['Berlin', 'Europe/Berlin', ['berlin', 'берлин']],
  ['Munich', 'Europe/Berlin', ['munich', 'münchen']],
  ['Barcelona', 'Europe/Madrid', ['barcelona', 'barcelone']],
  ['Florence', 'Europe/Rome', ['florence', 'firenze', 'florenz']],
  ['Milan', 'Europe/Rome', ['milan', 'milano', 'mailand']],
  ['Vigo', 'Europe/Madrid', ['vigo']],
  ['Torrejón', 'Europe/Madrid', ['torrejón de ardoz', 'torrejon de ardoz', 'torrejón', 'torrejon']],
  ['Mons', 'Europe/Brussels', ['mons']],
  ['Eindhoven', 'Europe/Amsterdam', ['eindhoven']],
];

export const PLACES = new Map<string, Place>();
for (const [city, zone, names] of PLACE_LIST) for (const n of names) PLACES.set(fold(n), { city, zone });

export const PLACE_NAME_PATTERN = trie(
  [...PLACES.keys()]
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|'),
);

/** The shortest place name: a shorter text is none (folding never lengthens a Latin or Greek name). */
const PLACE_MIN = Math.min(...[...PLACES.keys()].map((k) => k.length));

/** Accent-insensitive place lookup. */
export function lookupPlace(name: string): Place | null {
  if (name.length < PLACE_MIN) return null; // most lines the line joiner asks about, folded for nothing
  return PLACES.get(fold(name).replace(/\s+/g, ' ').trim()) ?? null;
}

/** Named zones: abbreviation → zone whose legal time it denotes, and whether it names summer time. */
export const ZONE_ABBREVIATIONS: Record<string, { zone: string; summer: boolean | null }> = {
  cet: { zone: 'Europe/Brussels', summer: false },
  cest: { zone: 'Europe/Brussels', summer: true },
  met: { zone: 'Europe/Brussels', summer: false },
  mez: { zone: 'Europe/Brussels', summer: false },
  mesz: { zone: 'Europe/Brussels', summer: true },
  hec: { zone: 'Europe/Brussels', summer: false },
  eet: { zone: 'Europe/Helsinki', summer: false },
  eest: { zone: 'Europe/Helsinki', summer: true },
  wet: { zone: 'Europe/Lisbon', summer: false },
  west: { zone: 'Europe/Lisbon', summer: true },
  gmt: { zone: 'Etc/UTC', summer: null },
  utc: { zone: 'Etc/UTC', summer: null },
  ist: { zone: 'Europe/Dublin', summer: true },
  bst: { zone: 'Europe/London', summer: true },
};
