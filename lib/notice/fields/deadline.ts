/**
 * The closing date as an exact instant. The zone is the one the notice names
 * ("Helsinki time", "Warsaw local time", "CEST", "heure de Bruxelles"), else
 * Brussels; the offset comes from the time-zone database for that date.
 * A date we cannot read with confidence gives null and a reason.
 */
import { evidence, findLabelled, flatRowAfter, type NoticeContext } from '../context';
import { DEADLINE_LABELS, DEADLINE_WEAK, guessLanguage, phrasePattern } from '../lang';
import { findDate as findDateIn, type FoundDate } from '../lang/dates';
import { applicationPeriodEnd } from '../period';
import { PLACE_NAME_PATTERN, ZONE_ABBREVIATIONS, lookupPlace } from '../lexicon';
import { isWordUnit } from '../phrase-regexp';
import { trieAlternation } from '../regex-trie';
import type { Evidence } from '../schema';
import { toIsoWithOffset, zoneOffsetMinutes, zonedTimeToInstant } from '../../time/zones';

export interface DeadlineResult {
  iso: string | null;
  zone: string | null;
  evidence: Evidence | null;
  reason: string | null;
}

/** Phrases that introduce the closing date; strong ones first. */
const STRONG_ANCHOR = new RegExp(
  trieAlternation(
    [
      // "Publication: from 26/05/2023 to 06/06/2023": the end of the period.
      'publication\\s?:?\\s?from \\d{1,2}[./]\\d{1,2}[./]\\d{2,4} (?:to|until|till)',
      'express(?:ing)? (?:your|of) interest (?:until|by|before)',
      'deadline(?: date)?(?: for (?:the )?(?:applications?|registration|submission(?: of (?:applications|candidatures|expressions? of interest))?|receipt of applications|expressions? of interest|applying))?',
      'closing date(?: for (?:applications?|registration|submissions?|the receipt of applications))?',
      'application deadline',
      'applications? (?:close|closes|closing)(?: on)?',
      'date limite(?: de (?:depot|reception|soumission|candidature|l.inscription|remise)(?: des candidatures| des dossiers)?)?',
      'delai (?:de|pour) (?:candidature|depot|soumission)',
      'bewerbungs(?:frist|schluss|ende)',
      'einsendeschluss',
      'ende der bewerbungsfrist',
      'frist fur (?:die )?(?:einreichung (?:der|von) )?bewerbungen',
      // The deadline labels of the 24 official languages (lib/notice/lang).
      phrasePattern(DEADLINE_LABELS),
    ].join('|'),
    'g',
  ),
  'g',
);
const WEAK_ANCHOR = new RegExp(
  trieAlternation(
    [
      'no later than',
      'at the latest (?:by|on)',
      'applications? (?:must|should|shall) (?:be (?:received|submitted|sent|made)|reach us)(?: (?:by|before|no later than|on or before|until))?',
      '(?:submit|send) (?:your|the|their) (?:application|candidature|documents)[^.\\n]{0,60}? (?:by|before|until)',
      'apply (?:by|before|until)',
      'au plus tard (?:le)?',
      'spatestens (?:am|bis)',
      'jusqu.au',
      phrasePattern(DEADLINE_WEAK),
      'until',
    ].join('|'),
    'g',
  ),
  'g',
);

/** The first date at or after `from` (within `to`), in any official language (lib/notice/lang/dates). */
function findDate(s: string, from: number, to: number, lang: () => string | null): FoundDate | null {
  return findDateIn(s, from, to, lang);
}

interface FoundTime {
  hour: number;
  minute: number;
  second: number;
  start: number;
  end: number;
  word: string | null;
}

const TIME_RE =
  /(?<![\d/.,])(\d{1,2})(?:\s?[:.h]\s?(\d{2})(?!\d)(?:\s?(?:h|uhr|hrs|hours)\b)?|\s?(?:uhr|h(?![a-z])|hrs|hours|heures?|horas|ore|ora|uur)(?![a-z])|(?=\s?[ap]\.?m\b))(?:\s?([ap])\.?m\b\.?)?|(?<![a-z])(noon|midday|midi|mittag|mittags|midnight|minuit|mitternacht|mezzogiorno|mezzanotte|mediodia|medianoche|meio-dia|meia-noite|middernacht|midnatt|midnat|poledne|pulnoc|keskipaiva|keskiyo|f.nofsinhar|nofsinhar|nofsillejl|poludni(?:e|a)|południ(?:e|a)|połnocy?|delben|ejfel(?:kor)?|keskpaev(?:al)?|keskoo|amiaza|miezul noptii|μεσημερι(?![\u0370-\u03ff])|μεσανυχτα|обяд|полунощ)(?![a-z])|\b(?:alle ore|ore|godz\.?|godzina)\s(\d{1,2})(?![\d:h]|[.,]\d)|(?<![\d/.,])([01]\d|2[0-3])([0-5]\d)(?=\s?(?:hrs?|hours|h|cet|cest|brussels)(?![a-z]))|\bkl\.(\d{1,2})[.:](\d{2})(?!\d)|(?<![\d/.,])(\d{1,2}),(\d{2})(?=\s?(?:ч|h|uhr|hod|ora|val)(?![a-z]))/g;

/**
 * How far past a search window a match that starts inside it may run. The time and zone searches read
 * a text cut there (same offsets: the cut is at the end), not the whole rest of the text: one search
 * per date candidate, each scanning to the end of a 1 MB text, made a reading quadratic.
 */
const WINDOW_OVERRUN = 200;
const upTo = (s: string, to: number) =>
  to + WINDOW_OVERRUN >= s.length ? s : s.slice(0, to + WINDOW_OVERRUN);

function findTimes(whole: string, from: number, to: number): FoundTime[] {
  const out: FoundTime[] = [];
  const s = upTo(whole, to);
  TIME_RE.lastIndex = from;
  for (let m = TIME_RE.exec(s); m && m.index < to; m = TIME_RE.exec(s)) {
    if (m[4]) {
      const w = m[4];
      const midnight =
        /midnight|minuit|mitternacht|mezzanotte|medianoche|meia-noite|middernacht|midnatt|midnat|pulnoc|keskiyo|nofsillejl|połnoc|ejfel|keskoo|miezul|μεσανυχτα|полунощ/.test(
          w,
        );
      out.push({
        hour: midnight ? 23 : 12,
        minute: midnight ? 59 : 0,
        second: midnight ? 59 : 0,
        start: m.index,
        end: m.index + m[0].length,
        word: w,
      });
      continue;
    }
    // "by 2359 CET", "1200 hrs": four digits, read as a time only before a zone or "hrs" (group 6, 7).
    // "kl.13.00" (Scandinavian, the abbreviation glued to the hour): groups 8, 9.
    // "12,00 ч." (Bulgarian), "12,00 h": a comma between hour and minutes, before the hour's word (groups 10, 11).
    let hour = +(m[1] ?? m[5] ?? m[6] ?? m[8] ?? m[10]);
    const minute = m[2] ? +m[2] : m[7] ? +m[7] : m[9] ? +m[9] : m[11] ? +m[11] : 0;
    if (m[3] === 'p' && hour < 12) hour += 12;
    if (m[3] === 'a' && hour === 12) hour = 0;
    if (hour > 24 || minute > 59) continue;
    if (hour === 24 && minute === 0)
      out.push({
        hour: 23,
        minute: 59,
        second: 59,
        start: m.index,
        end: m.index + m[0].length,
        word: '24:00',
      });
    else if (hour < 24) {
      // "at 11:59:59 CET": seconds after the minutes.
      const end = m.index + m[0].length;
      const sec = m[2] && m[0].endsWith(m[2]) ? /^:([0-5]\d)(?!\d)/.exec(s.slice(end, end + 3)) : null;
      out.push({
        hour,
        minute,
        second: sec ? +sec[1] : 0,
        start: m.index,
        end: sec ? end + 3 : end,
        word: null,
      });
    }
  }
  return out;
}

interface FoundZone {
  zone: string | null;
  label: string;
  summer: boolean | null;
  local: boolean;
  start: number;
  end: number;
}

/** "Irish time", "Finnish time": a country's legal time. */
const NATIONAL_TIMES: Record<string, string> = {
  irish: 'Europe/Dublin', portuguese: 'Europe/Lisbon', finnish: 'Europe/Helsinki', greek: 'Europe/Athens',
  spanish: 'Europe/Madrid', german: 'Europe/Berlin', french: 'Europe/Paris', italian: 'Europe/Rome',
  belgian: 'Europe/Brussels', dutch: 'Europe/Amsterdam', luxembourgish: 'Europe/Luxembourg', polish: 'Europe/Warsaw',
  swedish: 'Europe/Stockholm', danish: 'Europe/Copenhagen', austrian: 'Europe/Vienna', czech: 'Europe/Prague',
  lithuanian: 'Europe/Vilnius', latvian: 'Europe/Riga', estonian: 'Europe/Tallinn', romanian: 'Europe/Bucharest',
  bulgarian: 'Europe/Sofia', cypriot: 'Asia/Nicosia', maltese: 'Europe/Malta', croatian: 'Europe/Zagreb',
  slovenian: 'Europe/Ljubljana', slovak: 'Europe/Bratislava', hungarian: 'Europe/Budapest',
}; // prettier-ignore
const NATIONAL_TIME_PATTERN = Object.keys(NATIONAL_TIMES).join('|');

/**
 * A city's or country's time, or local time, in the languages that say it with an adjective or a
 * genitive ("Parijse tijd", "czasu lizbońskiego", "Helsingin aikaa", "ώρα Αθηνών"), folded. Null:
 * the place of employment's local time.
 */
const WORDED_TIMES: Array<[RegExp, string | null, string?]> = [
  [/^(?:brusselse|belgische) tijd|^czasu (?:brukselskiego|belgijskiego)|^bruselskeho casu|^brusszeli ido|^briuselio laiku|^briseles laik|^brusseli (?:aja|aeg)|^brysselin aika|^ωρα βρυξελλων|^брюкселско време|^ora (?:bruxelles|belgiei)|^(?:belgisk|bryssel) ?tid|^po (?:briselskom vremenu|bruseljskem casu)/, 'Europe/Brussels'],
  [/^parijse tijd|^czasu paryskiego|^parizskeho casu|^parizsi ido|^paryziaus laiku|^parizes laik|^pariisi aja|^pariisin aika|^ωρα παρισιου|^парижко време|^ora parisului/, 'Europe/Paris'],
  [/^luxemburgse tijd|^czasu luksemburskiego|^lucemburskeho casu|^luxemb(?:o)?urgi ido|^liuksemburgo laiku|^luksemburgas laik|^luksemburgi aja|^luxemburgin aika|^ωρα λουξεμβουργου|^ora luxemburgului/, 'Europe/Luxembourg'],
  [/^(?:lissabonse|portugese) tijd|^czasu (?:lizbonskiego|portugalskiego)|^lisabonskeho casu|^lisszaboni ido|^lisabonos laiku|^lisabonas laik|^lissaboni aja|^(?:lissabonin|portugalin) aika|^ωρα (?:λισαβονας|πορτογαλιας)|^лисабонско време|^ora (?:lisabonei|portugaliei)|^(?:portugisisk|lissabon) ?tid|^po (?:lisabonskom vremenu|lizbonskem casu)/, 'Europe/Lisbon'],
  [/^(?:helsinkise|finse) tijd|^czasu (?:helsinskiego|finskiego)|^helsinskeho casu|^helsinki ido|^helsinkio laiku|^helsinku laik|^helsingi (?:aja|aeg)|^(?:helsingin|suomen) aika|^ωρα (?:ελσινκι|φινλανδιας)|^ora (?:helsinki|finlandei)|^(?:finsk|helsingfors) ?tid/, 'Europe/Helsinki'],
  [/^(?:atheense|griekse) tijd|^czasu (?:atenskiego|greckiego)|^atenskeho casu|^atheni ido|^atenu laiku|^atenu laik|^ateena aja|^(?:ateenan|kreikan) aika|^ωρα (?:αθηνας|αθηνων|ελλαδας|ηρακλειου)|^атинско време|^ora (?:atenei|greciei)|^(?:grekisk|graesk|aten) ?tid/, 'Europe/Athens'],
  // Eastern and Central European time in words (the legal time of the date decides summer time).
  [/^østeuropæisk tid|^osteuropeisk tid|^ita-euroopan aika|^oost-europese tijd|^ora dell.europa orientale|^hora de europa (?:del este|oriental)|^hora da europa oriental|^czasu wschodnioeuropejskiego|^vychodoevropskeho casu|^vychodoeuropskeho casu|^kelet-europai ido|^ida-euroopa aja|^rytu europos laiku|^austrumeiropas laik|^ωρα ανατολικης ευρωπης|^ora europei de est|^източноевропейско време/, 'Europe/Helsinki', 'Eastern European Time'],
  [/^centraleuropæisk tid|^centraleuropeisk tid|^(?:medel|mellan)europeisk tid|^keski-euroopan aika|^midden-europese tijd|^ora dell.europa centrale|^hora de europa central|^hora da europa central|^czasu srodkowoeuropejskiego|^stredoevropskeho casu|^stredoeuropskeho casu|^kozep-europai ido|^kesk-euroopa aja|^vidurio europos laiku|^centraleiropas laik|^ωρα κεντρικης ευρωπης|^ora europei centrale|^централноевропейско време/, 'Europe/Brussels', 'CET'],
  // Folded Cyrillic: "софийско" → "софииско" (й → и).
  [/^софииско време|^българско време|^ora sofiei|^ora bulgariei|^sofian aika/, 'Europe/Sofia'],
  [/^букурещко време|^ora bucurestiului|^ora romaniei|^bukarestin aika/, 'Europe/Bucharest'],
  [/^czasu wilenskiego|^vilniusi ido|^vilniaus laiku|^lietuvos laiku|^vilnas laik|^vilniuse aja|^vilnan aika/, 'Europe/Vilnius'],
  [/^czasu ryskiego|^rigai ido|^rygos laiku|^rigas laik|^latvijas laik|^riia aja|^riian aika/, 'Europe/Riga'],
  [/^czasu tallinskiego|^tallinni ido|^talino laiku|^tallinas laik|^(?:tallinna|eesti) (?:aja|aeg)|^(?:tallinnan|viron) aika/, 'Europe/Tallinn'],
  [/^(?:lokale|plaatselijke) tijd|^czasu (?:lokalnego|miejscowego)|^(?:mistniho|miestneho) casu|^helyi ido|^vietos laiku|^vietej\w* laik|^kohaliku aja|^paikallista aikaa|^paikallisen ajan|^τοπικη ωρα|^местно време|^ora locala|^lokal tid|^po (?:lokalnom|mjesnom) vremenu|^po lokalnem casu|^hora local|^ora locale|^ħin lokali/, null],
]; // prettier-ignore
const WORDED_TIME_PATTERN = WORDED_TIMES.map(([re]) => re.source.replace(/\^/g, '')).join('|');

const ZONE_RE = new RegExp(
  [
    // "heure de Bruxelles", "ora di Bruxelles", Maltese "ħin ta' Brussell", "Ortszeit Brüssel".
    `(?:\\b(?:heure|hora|ora)\\s+(?:de|d'|di)|(?<![a-z])ħin ta.|\\bortszeit)\\s*(${PLACE_NAME_PATTERN})\\b`,
    `\\b(${PLACE_NAME_PATTERN})(?:er)?\\s+(?:local\\s+)?(?:time|zeit|ortszeit)\\b`,
    `\\b(${PLACE_NAME_PATTERN})\\s*\\(?\\s*local\\s+time\\b`,
    `\\b(?:local\\s+time|heure\\s+locale|ortszeit|lokale[rn]?\\s+zeit)\\b`,
    `\\b(cest|cet|eest|eet|west|wet|gmt|utc|mesz|mez|met|hec)\\b`,
    `\\b(?:central european (summer )?time|heure d.europe centrale|mitteleuropaische (sommer)?zeit)\\b`,
    `\\b(?:brusseler|brüsseler|belgische?)\\s+zeit\\b`,
    // Group 7: a country's legal time.
    `\\b(${NATIONAL_TIME_PATTERN})\\s+(?:local\\s+|legal\\s+)?time\\b`,
    // Groups 8-12: eastern or western European time in words ("23:00 Eastern European Time").
    `\\b(eastern|western) european (summer )?time\\b|\\bheure d.europe (de l.est|orientale|de l.ouest|occidentale)\\b|\\b(ost|west)europaische (sommer)?zeit\\b`,
    // Group 13: a time said with an adjective or a genitive (WORDED_TIMES).
    `(?<![a-z\\u00c0-\\u024f\\u0370-\\u03ff\\u0400-\\u04ff])(${WORDED_TIME_PATTERN})`,
    // Group 14: a time zone's own name ("13:00 Europe/Vilnius").
    `\\beurope\\/(${PLACE_NAME_PATTERN})\\b`,
  ].join('|'),
  'g',
);

/** A place's time named right after an offset ("GMT + 01:00, Brussels time"): its zone and where it ends. */
function namedPlaceZone(s: string, from: number, to: number): { zone: string; end: number } | null {
  ZONE_RE.lastIndex = from;
  const m = ZONE_RE.exec(s);
  if (!m || m.index >= to || m.index - from > 12) return null;
  const city = m[1] ?? m[2] ?? m[3];
  const place = city ? lookupPlace(city) : null;
  return place ? { zone: place.zone, end: m.index + m[0].length } : null;
}

function findZone(whole: string, from: number, to: number): FoundZone | null {
  const s = upTo(whole, to);
  ZONE_RE.lastIndex = from;
  const m = ZONE_RE.exec(s);
  if (!m || m.index >= to) return null;
  const start = m.index;
  const end = m.index + m[0].length;
  const city = m[1] ?? m[2] ?? m[3] ?? m[14];
  if (city) {
    const place = lookupPlace(city);
    if (place)
      return { zone: place.zone, label: `${place.city} time`, summer: null, local: false, start, end };
  }
  if (m[7]) {
    const zone = NATIONAL_TIMES[m[7]];
    return {
      zone,
      label: `${m[7][0].toUpperCase()}${m[7].slice(1)} time`,
      summer: null,
      local: false,
      start,
      end,
    };
  }
  if (m[4]) {
    // "11:59 AM (GMT+2)", "UTC +1": a fixed offset from GMT, whole hours (IANA's Etc zones count the other way).
    const offset = /^\s?([+\-−])\s?(\d{1,2})(?::?00)?(?![\d:])/.exec(s.slice(end, end + 8));
    if ((m[4] === 'gmt' || m[4] === 'utc') && offset && +offset[2] <= 14) {
      const sign = offset[1] === '+' ? '-' : '+';
      const label = `${m[4].toUpperCase()}${offset[1] === '+' ? '+' : '−'}${+offset[2]}`;
      // "12:00 (GMT + 01:00, Brussels time)" on a summer date: the offset is the place's winter or summer
      // time, and the place's legal time on that date is the deadline's (with a note, as for "CET").
      const named = namedPlaceZone(s, end + offset[0].length, to);
      if (named) {
        const hours = (offset[1] === '+' ? 1 : -1) * +offset[2];
        const winterHours = zoneOffsetMinutes(named.zone, Date.UTC(2001, 0, 15, 12)) / 60;
        const summerHours = zoneOffsetMinutes(named.zone, Date.UTC(2001, 6, 15, 12)) / 60;
        if (hours === winterHours || hours === summerHours)
          return {
            zone: named.zone,
            label,
            summer: winterHours !== summerHours ? hours === summerHours : null,
            local: false,
            start,
            end: named.end,
          };
      }
      const zone = +offset[2] === 0 ? 'Etc/GMT' : `Etc/GMT${sign}${+offset[2]}`;
      return { zone, label, summer: null, local: false, start, end: end + offset[0].length };
    }
    const abbr = ZONE_ABBREVIATIONS[m[4]];
    return { zone: abbr.zone, label: m[4].toUpperCase(), summer: abbr.summer, local: false, start, end };
  }
  if (m[13]) {
    const [, zone = null, label] = WORDED_TIMES.find(([re]) => re.test(m[13])) ?? [];
    if (zone === null) return localTimeOf(s, start, end);
    const city = zone.slice(zone.indexOf('/') + 1);
    return { zone, label: label ?? `${city} time`, summer: null, local: false, start, end };
  }
  const side = m[8] ?? m[10] ?? m[11];
  if (side) {
    // Eastern European Time is EET's family (Helsinki, Vilnius, Athens…); western, WET's (Lisbon).
    const eastern = /^(?:eastern|de l.est|orientale|ost)$/.test(side);
    const abbr = ZONE_ABBREVIATIONS[eastern ? 'eet' : 'wet'];
    const summer = Boolean(m[9] ?? m[12]);
    const label = `${eastern ? 'Eastern' : 'Western'} European ${summer ? 'Summer ' : ''}Time`;
    return { zone: abbr.zone, label, summer, local: false, start, end };
  }
  if (/central european|europe centrale|mitteleuropa/.test(m[0]))
    return { zone: 'Europe/Brussels', label: 'CET', summer: Boolean(m[5] ?? m[6]), local: false, start, end };
  if (/zeit/.test(m[0]) && /bruss|belgi/.test(m[0]))
    return { zone: 'Europe/Brussels', label: 'Brussels time', summer: null, local: false, start, end };
  return localTimeOf(s, start, end);
}

/** After "local time": the place it names, if it names one ("lokal tid Bryssel", "local time in Brussels"). */
const PLACE_AFTER_LOCAL = new RegExp(
  `^[\\s,:(]*(?:(?:in|i|a|à|de|di|en|v|w|of)\\s+)?(${PLACE_NAME_PATTERN})(?![\\p{L}])`,
  'u',
);

/** "local time", or the time of the place named right after it. */
function localTimeOf(s: string, start: number, end: number): FoundZone {
  const named = PLACE_AFTER_LOCAL.exec(s.slice(end, end + 40));
  const place = named ? lookupPlace(named[1]) : null;
  if (place)
    return {
      zone: place.zone,
      label: `${place.city} time`,
      summer: null,
      local: false,
      start,
      end: end + named![0].length,
    };
  return { zone: null, label: 'local time', summer: null, local: true, start, end };
}

function sameFamily(a: string, b: string, epochMs: number): boolean {
  return zoneOffsetMinutes(a, epochMs) === zoneOffsetMinutes(b, epochMs);
}

interface Candidate {
  anchorStart: number;
  date: FoundDate;
  time: FoundTime | null;
  zone: FoundZone | null;
  end: number;
}

/** How far after a date its time is looked for. */
const TIME_AFTER_CHARS = 45;
/**
 * The next sentence's words for "on that day", which give the date's time there: "Elektronická registrace bude
 * ukončena v tento den ve 12:00", "… closes at 12:00 on that day" (folded).
 */
const THAT_DAY =
  /(?<![a-z])(?:on that (?:day|date)|that same day|the same day|ce jour-la|le meme jour|an diesem tag|am selben tag|quel giorno|lo stesso giorno|ese (?:mismo )?dia|el mismo dia|nesse dia|no mesmo dia|tego (?:samego )?dnia|die dag|dezelfde dag|samme dag|samma dag|v tento den|v ten den|v ten isty den|ta dan|istog dana|aznap|tana paivana|samana paivana|sel paeval|ta diena|taja diena|in acea zi|in aceeasi zi)(?![a-z])/;
/** Where the search for a date's time ends: TIME_AFTER_CHARS on, or through the next sentence that says "on that day". */
function timeWindowEnd(s: string, dateEnd: number): number {
  const near = Math.min(s.length, dateEnd + TIME_AFTER_CHARS);
  const next = THAT_DAY.exec(s.slice(dateEnd, Math.min(s.length, dateEnd + 120)));
  return next ? Math.min(s.length, Math.max(near, dateEnd + next.index + next[0].length + 40)) : near;
}

function candidateAfter(
  s: string,
  anchorStart: number,
  anchorEnd: number,
  lang: () => string | null,
): Candidate | null {
  const windowEnd = Math.min(s.length, anchorEnd + 160);
  const date = findDate(s, anchorEnd, windowEnd, lang);
  if (!date) return null;
  // Nothing but label punctuation, a time or filler words between anchor and date.
  const between = s.slice(anchorEnd, date.start);
  // A label alone on its line ("Deadline" in a table or field block) may have its value after a blank
  // line, the label's own words included ("Uiterste datum voor het indienen | van sollicitaties:").
  // A heading label without its colon ("UZÁVĚRKA PRO PODÁNÍ PŘIHLÁŠEK" / "13. května 2015") when it starts its line.
  const lineStart = anchorStart === 0 || s[anchorStart - 1] === '\n';
  const labelOnly =
    /^[\s*:：-]*\n/.test(between) ||
    /^[^\n:：]{0,50}[:：][\s*]*\n/.test(between) ||
    (lineStart && /^[^\n\d:：]{0,50}\n/.test(between));
  if ((/\n\s*\n/.test(between) && !labelOnly) || between.length > 90) return null;
  const times = [
    ...findTimes(s, anchorEnd, date.start),
    ...findTimes(s, date.end, timeWindowEnd(s, date.end)),
  ].filter((t) => t.end <= date.start || t.start >= date.end);
  // Prefer the time right after the date; "12:00 h on 09/11/2026" puts it before.
  const after = times.find((t) => t.start >= date.end && !/\n/.test(s.slice(date.end, t.start)));
  const before = times.filter((t) => t.end <= date.start).pop();
  const time = after ?? before ?? null;
  const tailStart = Math.max(date.end, time?.end ?? 0);
  const lineEnd = s.indexOf('\n', tailStart);
  const zoneTo = Math.min(lineEnd < 0 ? s.length : lineEnd, tailStart + 80);
  const zone = findZone(s, Math.min(anchorEnd, time?.start ?? date.start), zoneTo);
  const end = Math.max(tailStart, zone && zone.start < zoneTo ? closeParen(s, zone.end) : 0);
  return { anchorStart, date, time, zone, end };
}

function closeParen(s: string, from: number): number {
  const m = /^[^()\n]{0,40}\)/.exec(s.slice(from));
  return m ? from + m[0].length : from;
}

/** A notice states its deadline among its first anchors; past this many, the text is not a notice's. */
const MAX_ANCHORS = 60;

/**
 * A table flattened into a line of labels, then its values (lib/notice/context, flatRowAfter): the deadline
 * label ends the label row, and the first date among the values is its value.
 */
/** A deadline label at a line's start (folded). */
const DEADLINE_LABEL_LINE = new RegExp(`^(?:${phrasePattern(DEADLINE_LABELS)})`, 'u');

/**
 * A key-facts table flattened column by column ("Datum zveřejnění" / "Uzávěrka pro podávání přihlášek" / … /
 * "4. listopadu 2030" / "9. prosince 2030, 12:00 SEČ"): the deadline label's own value in the block of values
 * (context.ts, blockValue), not the first date after the label (the publication date).
 */
function columnBlockCandidate(ctx: NoticeContext, lang: () => string | null): Candidate | null {
  const labelled = findLabelled(ctx, DEADLINE_LABEL_LINE, { maxValueLength: 120 });
  // Only a value read from a block of values (its label stands lines away): a label with its value after it
  // was read above.
  if (!labelled || labelled.labelStart !== labelled.start) return null;
  return candidateAfter(ctx.folded, labelled.start, labelled.start, lang);
}

function flatTableCandidate(s: string, lang: () => string | null): Candidate | null {
  STRONG_ANCHOR.lastIndex = 0;
  let tries = 0;
  for (let m = STRONG_ANCHOR.exec(s); m && tries++ < MAX_ANCHORS; m = STRONG_ANCHOR.exec(s)) {
    const row = flatRowAfter(s, m.index, m.index + m[0].length);
    const date = row && findDate(s, row.from, row.to, lang);
    if (!date) continue;
    const c = candidateAfter(s, m.index, date.start, lang);
    if (c) return c;
  }
  return null;
}

/** Words before a bare "until" that make it the end of a period of service or validity (folded). */
const LASTS_UNTIL =
  /\b(?:attached|assigned|seconded|established|set up|valid(?:ity)?|employed|appointed|mandate|remain|stay|run(?:s|ning)?|last(?:s|ing)?|valid[ao]s?|validez|validade|validita|valable|gultig|valevole|geldig|wazn\w*|platn\w*|voimassa|giltig|gyldig)\b[^.\n]{0,30}$/;
/** A bare "until" in the languages of the weak labels (folded): "válida hasta el …", "valable jusqu'au …". */
const BARE_UNTIL = /^(?:until|till|hasta|jusqu|bis|fino|ate|tot)(?![a-z])/;

function findCandidate(s: string, re: RegExp, lang: () => string | null): Candidate | null {
  re.lastIndex = 0;
  let tries = 0;
  for (let m = re.exec(s); m && tries++ < MAX_ANCHORS; m = re.exec(s)) {
    // A short phrase inside a word is not one: Portuguese "até" (until) in "date", "adoptate". A long label
    // glued to the cell before it still is ("SECRET UEDATA-LIMITE PARA APRESENTAÇÃO …").
    if (m[0].length < 6 && m.index > 0 && isWordUnit(s.charCodeAt(m.index - 1))) continue;
    // "… will be administratively attached until 31 December 2020", "lista de reserva válida hasta el 31 de
    // diciembre de 2032": how long something lasts, no deadline.
    // (A label of a flattened table, "Reserve list valid until" alone on its line, is not such a sentence.)
    if (
      BARE_UNTIL.test(m[0]) &&
      LASTS_UNTIL.test(s.slice(Math.max(0, m.index - 50), m.index)) &&
      /^[^\n]*\d/.test(s.slice(m.index + 5, m.index + 40))
    )
      continue;
    const c = candidateAfter(s, m.index, m.index + m[0].length, lang);
    if (c) return periodEndAfter(s, m.index, m.index + m[0].length, c, lang) ?? c;
  }
  return null;
}

/** A period's start said between a label and its first date (folded): "… comenzará el 5 de febrero …". */
const PERIOD_STARTS =
  /(?<![\p{L}])(?:comenzara|comienza|empieza|commence\p{L}*|debute\p{L}*|begins?|starts?|opens?|beginnt|inizia\p{L}*|comeca\p{L}*|rozpoczyna\p{L}*|zacina|kezdod\p{L}*|incepe|borjar|alkaa|starter|αρχιζ\p{L}*)(?![\p{L}])/u;
/** Its end right after that date: "… y finalizará el 10 de marzo de 2026" (folded). */
const PERIOD_ENDS_AFTER =
  /^[^.\n]{0,30}?(?<![\p{L}])(?:finalizara|finaliza|terminara|termina|se termine|prend fin|finit|ends?|closes?|endet|terminera|scade|konczy sie|konci|veget er|se incheie|slutar|paattyy|slutter|ληγει)(?![\p{L}])/u;

/**
 * "El plazo de presentación … comenzará el 5 de febrero de 2026 y finalizará el 10 de marzo de 2026": when the
 * label's first date is where its period starts, the date after the period's end is the deadline.
 */
function periodEndAfter(
  s: string,
  anchorStart: number,
  anchorEnd: number,
  c: Candidate,
  lang: () => string | null,
): Candidate | null {
  if (!PERIOD_STARTS.test(s.slice(anchorEnd, c.date.start))) return null;
  const end = PERIOD_ENDS_AFTER.exec(s.slice(c.date.end, c.date.end + 80));
  if (!end) return null;
  const later = candidateAfter(s, anchorStart, c.date.end + end[0].length, lang);
  return later && later.date.start - (c.date.end + end[0].length) < 20 ? later : null;
}

/**
 * "Applications … submitted between 16 November and 14 December 12.00 (noon) CET 2022": the end of the
 * application period, its time and zone read up to the end of its words (the year may come after them).
 */
function periodCandidate(s: string, lang: () => string | null): Candidate | null {
  const p = applicationPeriodEnd(s, lang);
  if (!p) return null;
  const times = findTimes(s, p.date.start, Math.min(s.length, p.end + 45)).filter(
    (t) => t.start >= p.date.start + 3,
  );
  const time = times[0] ?? null;
  const lineEnd = s.indexOf('\n', p.end);
  const zoneTo = Math.min(lineEnd < 0 ? s.length : lineEnd, p.end + 80);
  const zone = findZone(s, p.date.start, zoneTo);
  const end = Math.max(p.end, time?.end ?? 0, zone ? closeParen(s, zone.end) : 0);
  return { anchorStart: p.anchorStart, date: p.date, time, zone, end };
}

/** How far after a date without its time the notice may say it again with the time. */
const REPEAT_WINDOW = 3000;

/**
 * A job board's "Closing date / 14 Feb 2031" above the notice's own "Closing date for registration: 14 February
 * 2031, 12:00 (midday) Brussels time": the same date said again, with its time, under a deadline label.
 */
function timedRepeat(s: string, c: Candidate, lang: () => string | null): Candidate | null {
  STRONG_ANCHOR.lastIndex = c.end;
  for (
    let m = STRONG_ANCHOR.exec(s), tries = 0;
    m && m.index < c.end + REPEAT_WINDOW && tries++ < 20;
    m = STRONG_ANCHOR.exec(s)
  ) {
    const next = candidateAfter(s, m.index, m.index + m[0].length, lang);
    if (!next) continue;
    const same =
      next.date.year === c.date.year && next.date.month === c.date.month && next.date.day === c.date.day;
    if (same && next.time) return next;
    if (!same) return null; // another date: not a repeat
  }
  return null;
}

/** "Extended until:", "prolongée jusqu'au", "verlängert bis" (folded). */
const EXTENSION =
  /(?<![\p{L}])(?:(?:deadline )?extended (?:until|to|till)|prolong(?:ee|e|ation)? jusqu.(?:au|a)|verlangert (?:bis|auf)|prorrogad[oa] (?:hasta|ate)|prorogat[oa] (?:fino|al))(?![\p{L}])/gu;

/**
 * "Deadline for applications: 04/09/2031 23:59 (CET) Extended until: 02/10/2031 - 23:59 (CET)": an
 * extension written right after the deadline replaces it, when its date is later.
 */
function extensionAfter(s: string, c: Candidate, lang: () => string | null): Candidate | null {
  const day = (d: FoundDate) => d.year * 10000 + d.month * 100 + d.day;
  EXTENSION.lastIndex = c.end;
  const m = EXTENSION.exec(s);
  if (m && m.index - c.end <= 80) {
    const next = candidateAfter(s, m.index, m.index + m[0].length, lang);
    if (next && day(next.date) > day(c.date)) return { ...next, anchorStart: c.anchorStart };
  }
  // "Initial deadline: 06/02/2031 - 12:00" / "Termin: 20/02/2031 - 12:00 (extended)": the next field's
  // later date, when the first is called initial or the next is marked as extended.
  const initial = /\b(?:initial|original|previous)\s*$/.test(
    s.slice(Math.max(0, c.anchorStart - 12), c.anchorStart),
  );
  const label = /^[ \t]*\n[ \t]*([^\n:：]{2,40}[:：])[ \t]*(?=\n|\S)/.exec(s.slice(c.end, c.end + 80));
  if (!label) return null;
  const at = c.end + label.index + label[0].length - label[1].length;
  const next = candidateAfter(s, at, at + label[1].length, lang);
  if (!next || day(next.date) <= day(c.date)) return null;
  const mark = /\((?:extended|prolonged|prolongee?|verlangert|prorrogad[oa]|prorogat[oa])\)/.exec(
    s.slice(next.end, next.end + 40),
  );
  if (!initial && !mark) return null;
  return {
    ...next,
    anchorStart: c.anchorStart,
    end: mark ? next.end + mark.index + mark[0].length : next.end,
  };
}

/** EU Careers style "13/10/2026 - 12:00" right after "Deadline" on its own line is covered by the anchors. */
/** A label's line going on with a negation before its date: "hakuaika paattyy | ei maaraaikaa", "deadline: none". */
const NEGATED_VALUE =
  /^[^\n]*?[\s|:](?:ei|none|keine[nr]?|aucune|pas de|nessuna|geen|brak|ingen|nincs|no (?:deadline|closing date|end date|fixed (?:deadline|date)))(?:\s|$)[^\n]*\n?/u;
/** A negation right before a closing-date label (folded): "ei määräaikaa …", "no deadline", "keine Bewerbungsfrist". */
const NEGATED_LABEL =
  /(?<![\p{L}])(?:ei|no|not|pas de|sans|keine[nr]?|ohne|sin|senza|nessuna|geen|brak|sem|bez|nincs|fara|ingen|uden|nera|nav)[ \t]+$/u;

export function extractDeadline(
  ctx: NoticeContext,
  location: { city: string; zone: string } | null,
): DeadlineResult {
  const s = ctx.folded;
  // The text's language is needed only for a month name that differs between languages ("listopada").
  let language: string | null | undefined;
  const lang = () => (language === undefined ? (language = guessLanguage(s)) : language);
  const first =
    findCandidate(s, STRONG_ANCHOR, lang) ??
    findCandidate(s, WEAK_ANCHOR, lang) ??
    periodCandidate(s, lang) ??
    flatTableCandidate(s, lang) ??
    columnBlockCandidate(ctx, lang);
  if (!first) {
    // "Plazo de presentación: hasta las 12.00 horas … del catorce de julio de 2031" (a day in words): the label
    // is there, its date is not read; say so, with where, rather than nothing.
    STRONG_ANCHOR.lastIndex = 0;
    const label = STRONG_ANCHOR.exec(s);
    if (label) {
      const lineEnd = s.indexOf('\n', label.index);
      const end = Math.min(lineEnd < 0 ? s.length : lineEnd, label.index + 160);
      return {
        iso: null,
        zone: null,
        evidence: evidence(ctx, label.index, end),
        reason: `a closing-date label was found but no date after it could be read: "${ctx.text.slice(label.index, end).trim()}"`,
      };
    }
    return { iso: null, zone: null, evidence: null, reason: 'no closing date found' };
  }
  // "Hakuaika päättyy | ei määräaikaa hakemuksen jättämiselle", "no deadline for applications": the label is
  // negated, the date after it belongs to something else (a test's booking period).
  // (On the label's own line: "Management: No" / "Deadline: 14/06/2021" is a field's value, then a label.)
  // Or the label's value is a negation: "Hakuaika päättyy | ei määräaikaa …", "Deadline: none".
  const negation = NEGATED_LABEL.exec(s.slice(Math.max(0, first.anchorStart - 14), first.anchorStart));
  if (negation || NEGATED_VALUE.test(s.slice(first.anchorStart, first.date.start))) {
    const lineEnd = s.indexOf('\n', first.anchorStart);
    const end = Math.min(lineEnd < 0 ? s.length : lineEnd, first.anchorStart + 120);
    const start = first.anchorStart - (negation?.[0].length ?? 0);
    return {
      iso: null,
      zone: null,
      evidence: evidence(ctx, start, end),
      reason: `the notice says there is no closing date: "${ctx.text.slice(start, end).trim()}"`,
    };
  }
  const extended = extensionAfter(s, first, lang);
  const c = extended ?? (first.time ? first : timedRepeat(s, first, lang)) ?? first;

  const notes: string[] = extended ? ['the deadline was extended: the later date is used'] : [];
  let zone = 'Europe/Brussels';
  const approxMs = Date.UTC(c.date.year, c.date.month - 1, c.date.day, 12);
  if (c.zone?.local) {
    if (!location) {
      return {
        iso: null,
        zone: null,
        evidence: evidence(ctx, c.anchorStart, c.end),
        reason: 'the deadline is in "local time" but the place of employment could not be read',
      };
    }
    zone = location.zone;
    notes.push(`local time of ${location.city}`);
  } else if (c.zone?.zone) {
    zone = c.zone.zone;
    // An abbreviation names a legal time family; the place's own zone decides summer time.
    if (c.zone.summer !== null && location && sameFamily(location.zone, zone, Date.UTC(c.date.year, 0, 15)))
      zone = location.zone;
    if (c.zone.summer !== null) {
      const standard = zoneOffsetMinutes(zone, Date.UTC(c.date.year, 0, 15, 12));
      const summerNow = zoneOffsetMinutes(zone, approxMs) !== standard;
      if (summerNow !== c.zone.summer)
        notes.push(
          `the notice says ${c.zone.label}, but on that date the legal time there is ${summerNow ? 'summer' : 'winter'} time; the legal local time is used`,
        );
    }
  } else {
    notes.push('no time zone stated: Brussels time assumed');
    if (location && !sameFamily(location.zone, zone, approxMs))
      notes.push(`the place of employment (${location.city}) is in another time zone`);
  }

  let hour = 23;
  let minute = 59;
  let second = 59;
  if (c.time) ({ hour, minute, second } = c.time);
  else notes.push('no time stated: end of day assumed');

  const instant = zonedTimeToInstant(
    { year: c.date.year, month: c.date.month, day: c.date.day, hour, minute, second },
    zone,
  );
  if (instant.gap)
    notes.push('that local time does not exist (clocks go forward); the next valid instant is used');
  if (instant.ambiguous)
    notes.push('that local time happens twice (clocks go back); the earlier instant is used');
  return {
    iso: toIsoWithOffset(instant.epochMs, zone),
    zone,
    evidence: evidence(ctx, c.anchorStart, c.end, notes.length ? notes.join('; ') : undefined),
    reason: null,
  };
}
