/**
 * Europass CV → the parts of a candidate profile it can fill. Pure: XML text (or a tree read by
 * ./xml.ts) in, a partial profile and a list of what was mapped, what needs a check and what
 * was left out. Nothing is saved here: the options page shows the result as a preview.
 *
 * Two formats are read:
 * - the Europass CV since 2020 (root <Candidate>, namespace http://www.europass.eu/1.0, built on
 *   HR Open Standards): CandidatePerson/NationalityCode, PrimaryLanguageCode,
 *   EmploymentHistory/EmployerHistory/PositionHistory, EducationHistory/
 *   EducationOrganizationAttendance (EducationLevelCode = EQF 1–8), PersonQualifications/
 *   PersonCompetency (CEF-Understanding-Listening … CEF-Writing-Production);
 * - the 2013–2020 Europass XML v3 (root <SkillsPassport>): Demographics/Nationality,
 *   WorkExperienceList, EducationList (Level = EQF), Linguistic/ForeignLanguageList with
 *   ProficiencyLevel Listening, Reading, SpokenInteraction, SpokenProduction, Writing.
 *
 * The CEFR self-assessment has five skills; the profile keeps three (understanding = the lower
 * of listening and reading, speaking = the lower of spoken interaction and production, writing),
 * so the lowest of the five — what EPSO counts — is kept exactly.
 */
import { z } from 'zod';
import { formatDay, MONTH_NAMES } from '../time/calendar';
import { MEMBER_STATES } from '../eligibility/member-states';
import { CEFR_LEVELS, type CefrLevel, type EducationLevel } from '../notice/schema';
import { LANGUAGE_CODES } from './codes';
import { EQF_LEVELS, ISO_639_2_TO_1 } from './europass-codes';
import {
  diplomaSchema,
  experiencePeriodSchema,
  languageSkillSchema,
  nationalitySchema,
  type ExperiencePeriod,
  type LanguageSkill,
} from './schema';
import { child, children, path, pathAll, readXml, textOf, type XmlElement } from './xml';

export type EuropassFormat = 'europass-2020' | 'europass-v3';
export type EuropassSection = 'nationalities' | 'diplomas' | 'experience' | 'languages' | 'other';

export interface EuropassNote {
  /** mapped: taken as it is; uncertain: taken, but check it; skipped: left out. */
  kind: 'mapped' | 'uncertain' | 'skipped';
  section: EuropassSection;
  message: string;
}

/** A diploma as far as the CV tells: level, date or recognition may be unknown (null). */
export interface EuropassDiploma {
  level: EducationLevel | null;
  field: string;
  awarded: string | null;
  recognisedInEU: boolean | null;
}

/** The five self-assessed skills as the CV has them; null for a mother tongue. */
export interface EuropassAssessment {
  language: string;
  motherTongue: boolean;
  listening: CefrLevel | null;
  reading: CefrLevel | null;
  spokenInteraction: CefrLevel | null;
  spokenProduction: CefrLevel | null;
  writing: CefrLevel | null;
}

export interface EuropassProfile {
  nationalities: string[];
  diplomas: EuropassDiploma[];
  experience: ExperiencePeriod[];
  languages: LanguageSkill[];
}

export interface EuropassImport {
  format: EuropassFormat;
  profile: EuropassProfile;
  /** Per imported language, the CV's own five levels (for the preview). */
  assessments: EuropassAssessment[];
  notes: EuropassNote[];
}

export type EuropassResult = { ok: true; value: EuropassImport } | { ok: false; message: string };

/** Bigger than any CV: refused before reading. */
export const MAX_EUROPASS_XML_CHARS = 5_000_000;

/** The partial profile, validated with the profile's own rules (a diploma may lack level, date or recognition). */
export const europassDiplomaSchema = diplomaSchema.extend({
  level: diplomaSchema.shape.level.nullable(),
  awarded: diplomaSchema.shape.awarded.nullable(),
  recognisedInEU: diplomaSchema.shape.recognisedInEU.nullable(),
});

export const europassProfileSchema = z.object({
  nationalities: z.array(nationalitySchema),
  diplomas: z.array(europassDiplomaSchema),
  experience: z.array(experiencePeriodSchema),
  languages: z.array(languageSkillSchema),
});

/**
 * Reads a Europass CV's XML.
 *
 * @example
 * parseEuropassXml('<Candidate xmlns="http://www.europass.eu/1.0">…</Candidate>')
 * // → { ok: true, value: { format: 'europass-2020', profile: { nationalities: ['PT'], … }, notes: [...] } }
 * parseEuropassXml('<html>…') // → { ok: false, message: 'This is not a Europass CV …' }
 */
export function parseEuropassXml(xml: string): EuropassResult {
  if (xml.length > MAX_EUROPASS_XML_CHARS)
    return { ok: false, message: 'The file is too large to be a Europass CV.' };
  if (!/^\s*(\uFEFF)?\s*</.test(xml))
    return { ok: false, message: 'This file is not XML, so it is not a Europass CV.' };
  const read = readXml(xml);
  if (!read.ok) return { ok: false, message: `This file is not well-formed XML: ${read.message}.` };
  return parseEuropassTree(read.root);
}

/** The same from a tree already read (by ./xml.ts, or converted from a DOM by the caller). */
export function parseEuropassTree(root: XmlElement): EuropassResult {
  const format: EuropassFormat | null =
    root.name === 'Candidate'
      ? 'europass-2020'
      : root.name === 'SkillsPassport' || (root.name === 'Europass' && child(root, 'LearnerInfo'))
        ? 'europass-v3'
        : null;
  if (!format)
    return {
      ok: false,
      message: `This is not a Europass CV: its main element is <${root.name}>, where a Europass CV has <Candidate> (since 2020) or <SkillsPassport>.`,
    };
  const raw = format === 'europass-2020' ? readCandidate(root) : readSkillsPassport(root);
  const notes: EuropassNote[] = [...raw.notes];
  const profile: EuropassProfile = { nationalities: [], diplomas: [], experience: [], languages: [] };
  const assessments: EuropassAssessment[] = [];

  for (const nationality of raw.nationalities) {
    const parsed = nationalitySchema.safeParse(nationality.code);
    if (!parsed.success) {
      notes.push(skip('nationalities', `Nationality "${nationality.shown}": not a country code we know.`));
    } else if (profile.nationalities.includes(parsed.data)) {
      notes.push(skip('nationalities', `Nationality ${parsed.data} is listed twice; kept once.`));
    } else {
      profile.nationalities.push(parsed.data);
      notes.push(note('mapped', 'nationalities', `Nationality: ${parsed.data}.`));
    }
  }

  for (const entry of raw.diplomas) {
    if (entry.left) {
      notes.push(skip('diplomas', `${entry.name}: ${entry.left}`));
      continue;
    }
    const parsed = europassDiplomaSchema.safeParse(entry.diploma);
    if (!parsed.success) {
      notes.push(skip('diplomas', `${entry.name}: ${parsed.error.issues[0]?.message ?? 'not readable'}`));
      continue;
    }
    profile.diplomas.push(parsed.data);
    notes.push(...entry.notes);
  }

  for (const entry of raw.jobs) {
    if (entry.left) {
      notes.push(skip('experience', `${entry.name}: ${entry.left}`));
      continue;
    }
    const parsed = experiencePeriodSchema.safeParse(entry.period);
    if (!parsed.success) {
      notes.push(skip('experience', `${entry.name}: ${parsed.error.issues[0]?.message ?? 'not readable'}`));
      continue;
    }
    profile.experience.push(parsed.data);
    notes.push(...entry.notes);
  }
  if (profile.experience.length > 0)
    notes.push(
      note(
        'uncertain',
        'experience',
        'Europass does not say whether a job was part-time or unpaid: every job was taken as full-time and paid. Change the ones that were not.',
      ),
    );

  for (const entry of raw.languages) {
    if (profile.languages.some((l) => l.language === entry.skill.language)) {
      notes.push(skip('languages', `${entry.name} is listed twice; the first entry was kept.`));
      continue;
    }
    const parsed = languageSkillSchema.safeParse(entry.skill);
    if (!parsed.success) {
      notes.push(skip('languages', `${entry.name}: ${parsed.error.issues[0]?.message ?? 'not readable'}`));
      continue;
    }
    profile.languages.push(parsed.data);
    assessments.push(entry.assessment);
    notes.push(entry.note);
  }

  // One last check of the whole: what goes to the preview passes the profile's rules.
  const whole = europassProfileSchema.safeParse(profile);
  if (!whole.success)
    return { ok: false, message: `The CV could not be read: ${whole.error.issues[0]?.message ?? ''}` };
  const found =
    profile.nationalities.length +
    profile.diplomas.length +
    profile.experience.length +
    profile.languages.length;
  if (found === 0)
    return {
      ok: false,
      message:
        'This Europass CV has no nationality, education, work experience or language skills that could be imported. Nothing was changed.',
    };
  return { ok: true, value: { format, profile: whole.data, assessments, notes } };
}

// ---- What each format holds, before validation ------------------------------------------

interface RawCv {
  nationalities: Array<{ code: string; shown: string }>;
  /** `left` says why an entry is left out before validation. */
  diplomas: Array<{ name: string; diploma: EuropassDiploma; notes: EuropassNote[]; left?: string }>;
  jobs: Array<{ name: string; period: Record<string, unknown>; notes: EuropassNote[]; left?: string }>;
  languages: Array<{
    name: string;
    skill: LanguageSkill;
    assessment: EuropassAssessment;
    note: EuropassNote;
  }>;
  notes: EuropassNote[];
}

function note(kind: EuropassNote['kind'], section: EuropassSection, message: string): EuropassNote {
  return { kind, section, message };
}

function skip(section: EuropassSection, message: string): EuropassNote {
  return note('skipped', section, message);
}

function emptyCv(): RawCv {
  return { nationalities: [], diplomas: [], jobs: [], languages: [], notes: [] };
}

/** The 2020 format: <Candidate>. */
function readCandidate(root: XmlElement): RawCv {
  const cv = emptyCv();
  const person = child(root, 'CandidatePerson');
  const profile = child(root, 'CandidateProfile');

  for (const code of children(person, 'NationalityCode')) {
    const value = textOf(code);
    if (value) cv.nationalities.push({ code: value, shown: value });
  }

  for (const employer of pathAll(profile, 'EmploymentHistory', 'EmployerHistory')) {
    const organisation = textOf(child(employer, 'OrganizationName'));
    for (const position of children(employer, 'PositionHistory')) {
      const title = textOf(child(position, 'PositionTitle'));
      const period = child(position, 'EmploymentPeriod');
      cv.jobs.push(
        job(
          [title, organisation].filter(Boolean).join(', '),
          readIsoDate(textOf(path(period, 'StartDate', 'FormattedDateTime'))),
          readIsoDate(textOf(path(period, 'EndDate', 'FormattedDateTime'))),
          textOf(child(period, 'CurrentIndicator')) === 'true',
        ),
      );
    }
  }
  const voluntary = children(child(profile, 'VoluntaryWorks'), 'VoluntaryWork').length;
  if (voluntary > 0)
    cv.notes.push(
      skip(
        'experience',
        `${voluntary === 1 ? 'One volunteering entry was' : `${voluntary} volunteering entries were`} left out: unpaid work does not count as professional experience. Add it by hand if it was paid.`,
      ),
    );

  for (const attendance of pathAll(profile, 'EducationHistory', 'EducationOrganizationAttendance')) {
    const period = child(attendance, 'AttendancePeriod');
    const degree = textOf(path(attendance, 'EducationDegree', 'DegreeName'));
    const institution = textOf(child(attendance, 'OrganizationName'));
    const country =
      textOf(path(attendance, 'OrganizationContact', 'Communication', 'Address', 'CountryCode')) ||
      textOf(child(attendance, 'Country'));
    cv.diplomas.push(
      diploma({
        title: degree,
        institution,
        eqf: textOf(child(attendance, 'EducationLevelCode')),
        end: readIsoDate(textOf(path(period, 'EndDate', 'FormattedDateTime'))),
        ongoing: textOf(child(period, 'Ongoing')) === 'true',
        country,
      }),
    );
  }

  for (const tongue of children(person, 'PrimaryLanguageCode')) {
    const value = textOf(tongue);
    const code = languageCode(value, tongue.attrs.name === 'FREE_TEXT' ? 'label' : 'iso639-2');
    motherTongue(cv, value, code);
  }
  for (const competency of pathAll(profile, 'PersonQualifications', 'PersonCompetency')) {
    if (textOf(child(competency, 'TaxonomyID')).toLowerCase() !== 'language') continue;
    const id = child(competency, 'CompetencyID');
    const value = textOf(id);
    const code = languageCode(value, id?.attrs.schemeName === 'FREE_TEXT' ? 'label' : 'iso639-2');
    const levels: Record<string, string> = {};
    for (const dimension of children(competency, 'CompetencyDimension')) {
      levels[textOf(child(dimension, 'CompetencyDimensionTypeCode'))] = textOf(
        path(dimension, 'Score', 'ScoreText'),
      );
    }
    foreignLanguage(cv, value, code, {
      listening: levels['CEF-Understanding-Listening'],
      reading: levels['CEF-Understanding-Reading'],
      spokenInteraction: levels['CEF-Speaking-Interaction'],
      spokenProduction: levels['CEF-Speaking-Production'],
      writing: levels['CEF-Writing-Production'],
    });
  }
  return cv;
}

/** The 2013–2020 format: <SkillsPassport><LearnerInfo>. */
function readSkillsPassport(root: XmlElement): RawCv {
  const cv = emptyCv();
  const learner = child(root, 'LearnerInfo');

  for (const nationality of pathAll(learner, 'Identification', 'Demographics', 'Nationality')) {
    const code = textOf(child(nationality, 'Code'));
    const label = textOf(child(nationality, 'Label'));
    if (code) cv.nationalities.push({ code, shown: label || code });
    else if (label)
      cv.notes.push(
        skip('nationalities', `Nationality "${label}" has no country code; choose it in the form.`),
      );
  }

  for (const work of pathAll(learner, 'WorkExperienceList', 'WorkExperience')) {
    const period = child(work, 'Period');
    const title = textOf(path(work, 'Position', 'Label'));
    const employer = textOf(path(work, 'Employer', 'Name'));
    cv.jobs.push(
      job(
        [title, employer].filter(Boolean).join(', '),
        readV3Date(child(period, 'From')),
        readV3Date(child(period, 'To')),
        textOf(child(period, 'Current')) === 'true',
      ),
    );
  }

  for (const education of pathAll(learner, 'EducationList', 'Education')) {
    const period = child(education, 'Period');
    const field = textOf(path(education, 'Field', 'Label'));
    const title = textOf(child(education, 'Title'));
    cv.diplomas.push(
      diploma({
        title: title && field && !title.includes(field) ? `${title} (${field})` : title || field,
        institution: textOf(path(education, 'Organisation', 'Name')),
        eqf: textOf(path(education, 'Level', 'Code')),
        end: readV3Date(child(period, 'To')),
        ongoing: textOf(child(period, 'Current')) === 'true',
        country: textOf(
          path(education, 'Organisation', 'ContactInfo', 'Address', 'Contact', 'Country', 'Code'),
        ),
      }),
    );
  }

  const linguistic = path(learner, 'Skills', 'Linguistic');
  for (const tongue of pathAll(linguistic, 'MotherTongueList', 'MotherTongue')) {
    const code = textOf(path(tongue, 'Description', 'Code'));
    const label = textOf(path(tongue, 'Description', 'Label'));
    motherTongue(cv, label || code, code ? languageCode(code, 'iso639-1') : languageCode(label, 'label'));
  }
  for (const foreign of pathAll(linguistic, 'ForeignLanguageList', 'ForeignLanguage')) {
    const code = textOf(path(foreign, 'Description', 'Code'));
    const label = textOf(path(foreign, 'Description', 'Label'));
    const level = child(foreign, 'ProficiencyLevel');
    foreignLanguage(cv, label || code, code ? languageCode(code, 'iso639-1') : languageCode(label, 'label'), {
      listening: textOf(child(level, 'Listening')),
      reading: textOf(child(level, 'Reading')),
      spokenInteraction: textOf(child(level, 'SpokenInteraction')),
      spokenProduction: textOf(child(level, 'SpokenProduction')),
      writing: textOf(child(level, 'Writing')),
    });
  }
  return cv;
}

// ---- Dates ----------------------------------------------------------------------------------

/** A date as precise as the CV gives it. */
interface CvDate {
  year: number;
  month: number | null;
  day: number | null;
}

/** "2019", "2019-09", "2019-09-02", "2019-09-02T00:00:00" → CvDate; anything else null. */
function readIsoDate(text: string): CvDate | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T.*)?$/.exec(text.trim());
  if (!m) return null;
  return { year: Number(m[1]), month: m[2] ? Number(m[2]) : null, day: m[3] ? Number(m[3]) : null };
}

/** Europass v3: <From year="2019" month="--09" day="---02"/> (XML Schema gYear, gMonth, gDay). */
function readV3Date(element: XmlElement | undefined): CvDate | null {
  if (!element) return null;
  const year = /^\d{4}$/.exec(element.attrs.year?.trim() ?? '');
  if (!year) return null;
  const month = /^--(\d{2})$/.exec(element.attrs.month?.trim() ?? '');
  const day = /^---(\d{2})$/.exec(element.attrs.day?.trim() ?? '');
  return {
    year: Number(year[0]),
    month: month ? Number(month[1]) : null,
    day: month && day ? Number(day[1]) : null,
  };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function lastDayOf(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first or last day the CV's date can mean, and whether that was a guess. */
function toDay(date: CvDate, side: 'first' | 'last'): { iso: string; exact: boolean } {
  const month = date.month ?? (side === 'first' ? 1 : 12);
  const day = date.day ?? (side === 'first' ? 1 : date.month === null ? 31 : lastDayOf(date.year, month));
  return { iso: `${date.year}-${pad(month)}-${pad(day)}`, exact: date.month !== null && date.day !== null };
}

const humanDate = formatDay;

function shownAs(date: CvDate): string {
  return date.month === null ? String(date.year) : `${MONTH_NAMES[date.month - 1]} ${date.year}`;
}

// ---- Entries ----------------------------------------------------------------------------

function job(
  name: string,
  start: CvDate | null,
  end: CvDate | null,
  current: boolean,
): RawCv['jobs'][number] {
  const shown = name || 'A job without a title';
  const notes: EuropassNote[] = [];
  if (!start)
    return { name: shown, period: {}, notes, left: 'no start date in the CV; add this job in the form.' };
  const from = toDay(start, 'first');
  const to = end && !current ? toDay(end, 'last') : null;
  if (!from.exact)
    notes.push(
      note(
        'uncertain',
        'experience',
        `${shown}: the CV gives ${shownAs(start)} as the start; it was read as ${humanDate(from.iso)}. Correct it if the job started later.`,
      ),
    );
  if (to && !to.exact && end)
    notes.push(
      note(
        'uncertain',
        'experience',
        `${shown}: the CV gives ${shownAs(end)} as the end; it was read as ${humanDate(to.iso)}. Correct it if the job ended earlier.`,
      ),
    );
  if (!end && !current)
    notes.push(note('uncertain', 'experience', `${shown}: no end date; it was taken as ongoing.`));
  notes.push(
    note('mapped', 'experience', `${shown}: ${humanDate(from.iso)} to ${to ? humanDate(to.iso) : 'now'}.`),
  );
  return {
    name: shown,
    period: {
      from: from.iso,
      to: to?.iso ?? null,
      fullTimeShare: 1,
      paid: true,
      domains: [],
      description: name,
    },
    notes,
  };
}

/** Words in a degree's title that name its level, when the CV gives no EQF level. */
const TITLE_LEVELS: Array<[RegExp, EducationLevel, string]> = [
  [
    /\b(ph\.?\s?d|doctora(te|l)|doctor of|dphil|doutoramento|doctorado|promotion)\b/i,
    'doctorate',
    'a doctorate',
  ],
  [
    /\b(master|m\.?\s?sc|m\.?\s?a\.|mba|ll\.?m|mestrado|máster|magist(er|ra))\b/i,
    'university_4y',
    "a master's (at least 4 years of university in all)",
  ],
  [
    /\b(bachelor|b\.?\s?sc|b\.?\s?a\.|licenciatura|licence|laurea)\b/i,
    'university_3y',
    'a university degree of at least 3 years',
  ],
];

function diploma(input: {
  title: string;
  institution: string;
  eqf: string;
  end: CvDate | null;
  ongoing: boolean;
  country: string;
}): RawCv['diplomas'][number] {
  const name =
    [input.title, input.institution].filter(Boolean).join(', ') || 'An education entry without a title';
  const notes: EuropassNote[] = [];
  if (input.ongoing)
    return {
      name,
      diploma: { level: null, field: input.title, awarded: null, recognisedInEU: null },
      notes: [],
      left: 'still in progress, so not a diploma yet.',
    };

  let level: EducationLevel | null = null;
  const eqf = EQF_LEVELS[Number(input.eqf.replace(/\D/g, ''))];
  if (eqf) {
    level = eqf.level;
    notes.push(note(eqf.sure ? 'mapped' : 'uncertain', 'diplomas', `${name}: ${eqf.note}.`));
  } else {
    const byTitle = TITLE_LEVELS.find(([pattern]) => pattern.test(input.title));
    if (byTitle) {
      level = byTitle[1];
      notes.push(
        note(
          'uncertain',
          'diplomas',
          `${name}: no EQF level in the CV; the title reads as ${byTitle[2]}. Check the level.`,
        ),
      );
    } else {
      notes.push(
        note('uncertain', 'diplomas', `${name}: no EQF level in the CV; choose the level in the form.`),
      );
    }
  }

  let awarded: string | null = null;
  if (input.end) {
    const day = toDay(input.end, 'last');
    awarded = day.iso;
    if (!day.exact)
      notes.push(
        note(
          'uncertain',
          'diplomas',
          `${name}: the CV gives ${shownAs(input.end)}; the award date was read as ${humanDate(day.iso)} (experience counts from it). Correct it if you have the exact date.`,
        ),
      );
  } else {
    notes.push(
      note('uncertain', 'diplomas', `${name}: no end date in the CV; write the date it was awarded.`),
    );
  }

  const country = input.country.trim().toUpperCase();
  const iso = country === 'EL' ? 'GR' : country === 'UK' ? 'GB' : country;
  let recognisedInEU: boolean | null = null;
  if (iso in MEMBER_STATES) {
    recognisedInEU = true;
    notes.push(note('mapped', 'diplomas', `${name}: issued in ${MEMBER_STATES[iso]}, an EU member state.`));
  } else if (iso !== '') {
    notes.push(
      note(
        'uncertain',
        'diplomas',
        `${name}: issued outside the EU (${iso}); it counts only with an equivalence from a member state. Say whether you have one.`,
      ),
    );
  } else {
    notes.push(
      note(
        'uncertain',
        'diplomas',
        `${name}: the CV does not say where it was issued; say whether it is recognised in the EU.`,
      ),
    );
  }
  return { name, diploma: { level, field: input.title, awarded, recognisedInEU }, notes };
}

// ---- Languages --------------------------------------------------------------------------

let namesToCodes: Map<string, string> | null = null;

/** "English" → "EN", using the runtime's own language names (Intl), for labels without a code. */
function codeFromName(name: string): string | null {
  if (!namesToCodes) {
    namesToCodes = new Map();
    try {
      const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
      for (const code of LANGUAGE_CODES) {
        const shown = names.of(code.toLowerCase());
        if (shown) namesToCodes.set(shown.toLowerCase(), code);
      }
    } catch {
      // No language names in this runtime: labels without codes are skipped.
    }
  }
  return namesToCodes.get(name.trim().toLowerCase()) ?? null;
}

function languageCode(value: string, kind: 'iso639-1' | 'iso639-2' | 'label'): string | null {
  const text = value.trim();
  if (text === '') return null;
  if (kind === 'iso639-1' && /^[a-z]{2}$/i.test(text)) return text.toUpperCase();
  if (kind === 'iso639-2' && /^[a-z]{3}$/i.test(text)) return ISO_639_2_TO_1[text.toLowerCase()] ?? null;
  if (/^[a-z]{2}$/i.test(text)) return text.toUpperCase();
  if (/^[a-z]{3}$/i.test(text) && ISO_639_2_TO_1[text.toLowerCase()])
    return ISO_639_2_TO_1[text.toLowerCase()];
  return codeFromName(text);
}

function motherTongue(cv: RawCv, shown: string, code: string | null): void {
  if (!code) {
    cv.notes.push(
      skip('languages', `Mother tongue "${shown}": not a language code we know; add it in the form.`),
    );
    return;
  }
  cv.languages.push({
    name: code,
    skill: { language: code, understanding: 'C2', speaking: 'C2', writing: 'C2' },
    assessment: {
      language: code,
      motherTongue: true,
      listening: null,
      reading: null,
      spokenInteraction: null,
      spokenProduction: null,
      writing: null,
    },
    note: note('mapped', 'languages', `${code} (mother tongue): C2 in understanding, speaking and writing.`),
  });
}

const SKILL_NAMES = {
  listening: 'listening',
  reading: 'reading',
  spokenInteraction: 'spoken interaction',
  spokenProduction: 'spoken production',
  writing: 'writing',
} as const;
type Skill = keyof typeof SKILL_NAMES;

function cefr(text: string | undefined): CefrLevel | null {
  const value = (text ?? '').trim().toUpperCase();
  return (CEFR_LEVELS as readonly string[]).includes(value) ? (value as CefrLevel) : null;
}

function lower(a: CefrLevel, b: CefrLevel): CefrLevel {
  return CEFR_LEVELS.indexOf(a) <= CEFR_LEVELS.indexOf(b) ? a : b;
}

function foreignLanguage(
  cv: RawCv,
  shown: string,
  code: string | null,
  raw: Record<Skill, string | undefined>,
): void {
  if (!code) {
    cv.notes.push(skip('languages', `Language "${shown}": not a language code we know; add it in the form.`));
    return;
  }
  const levels = Object.fromEntries(
    (Object.keys(SKILL_NAMES) as Skill[]).map((skill) => [skill, cefr(raw[skill])]),
  ) as Record<Skill, CefrLevel | null>;
  const missing = (Object.keys(SKILL_NAMES) as Skill[]).filter((skill) => levels[skill] === null);
  if (missing.length > 0) {
    cv.notes.push(
      skip(
        'languages',
        `${code}: the self-assessment has no CEFR level for ${missing.map((s) => SKILL_NAMES[s]).join(', ')}; EPSO counts the lowest skill, so add this language in the form.`,
      ),
    );
    return;
  }
  const l = levels as Record<Skill, CefrLevel>;
  const skill: LanguageSkill = {
    language: code,
    understanding: lower(l.listening, l.reading),
    speaking: lower(l.spokenInteraction, l.spokenProduction),
    writing: l.writing,
  };
  const lowest = lower(lower(skill.understanding, skill.speaking), skill.writing);
  cv.languages.push({
    name: code,
    skill,
    assessment: { language: code, motherTongue: false, ...l },
    note: note(
      'mapped',
      'languages',
      `${code}: listening ${l.listening}, reading ${l.reading}, spoken interaction ${l.spokenInteraction}, spoken production ${l.spokenProduction}, writing ${l.writing}; EPSO counts the lowest, ${lowest}.`,
    ),
  });
}
