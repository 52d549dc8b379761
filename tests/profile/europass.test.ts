import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { effectiveLevel } from '../../lib/eligibility/levels';
import { CEFR_LEVELS, type CefrLevel } from '../../lib/notice/schema';
import { parseProfile } from '../../lib/profile';
import { parseEuropassXml, type EuropassResult } from '../../lib/profile/europass';
import { readXml, textOf } from '../../lib/profile/xml';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'europass');
const fixture = (name: string) => readFileSync(join(DIR, name), 'utf8');

function ok(result: EuropassResult) {
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

/** The smallest 2020-format CV around the given CandidatePerson / CandidateProfile content. */
function candidate(person: string, profile = ''): string {
  return `<?xml version="1.0"?><Candidate xmlns="http://www.europass.eu/1.0" xmlns:hr="http://www.hr-xml.org/3" xmlns:eures="http://www.europass_eures.eu/1.0"><CandidatePerson>${person}</CandidatePerson><CandidateProfile>${profile}</CandidateProfile></Candidate>`;
}

function language(code: string, levels: [string, string, string, string, string]): string {
  const dims = [
    'CEF-Understanding-Listening',
    'CEF-Understanding-Reading',
    'CEF-Speaking-Interaction',
    'CEF-Speaking-Production',
    'CEF-Writing-Production',
  ];
  return `<PersonCompetency><CompetencyID schemeName="NORMAL">${code}</CompetencyID><hr:TaxonomyID>language</hr:TaxonomyID>${levels
    .map(
      (level, i) =>
        `<eures:CompetencyDimension><hr:CompetencyDimensionTypeCode>${dims[i]}</hr:CompetencyDimensionTypeCode><eures:Score><hr:ScoreText>${level}</hr:ScoreText></eures:Score></eures:CompetencyDimension>`,
    )
    .join('')}</PersonCompetency>`;
}

describe('readXml', () => {
  it('reads local names, attributes, entities and CDATA', () => {
    const read = readXml(
      '<?xml version="1.0"?><a:Root x="1 &amp; 2"><b>t &lt; u &#233;</b><c><![CDATA[<raw>]]></c></a:Root>',
    );
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.root.name).toBe('Root');
    expect(read.root.attrs.x).toBe('1 & 2');
    expect(textOf(read.root.children[0])).toBe('t < u é');
    expect(read.root.children[1].text).toBe('<raw>');
  });

  it('never expands DOCTYPE entities (no billion laughs, no external files)', () => {
    const read = readXml(
      '<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;"><!ENTITY x SYSTEM "file:///etc/passwd">]><r>&b;&x;</r>',
    );
    expect(read.ok && read.root.text).toBe('&b;&x;');
  });

  it.each([
    ['<a><b></a>', /does not close/],
    ['<a>', /not closed/],
    ['<a></a><b/>', /second root/],
    ['hello', /no XML element|outside the root/],
    ['<a x=1></a>', /malformed/],
  ])('refuses %j with a reason', (text, reason) => {
    const read = readXml(text);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.message).toMatch(reason);
  });

  it('refuses nesting deeper than its limit', () => {
    const deep = `${'<a>'.repeat(100)}${'</a>'.repeat(100)}`;
    expect(readXml(deep).ok).toBe(false);
  });
});

describe('parseEuropassXml: the 2020 format (<Candidate>)', () => {
  const value = ok(parseEuropassXml(fixture('cv-2020.xml')));

  it('maps nationality, diplomas with EQF level and date, jobs with dates, languages', () => {
    expect(value.format).toBe('europass-2020');
    expect(value.profile).toEqual({
      nationalities: ['PT'],
      diplomas: [
        {
          level: 'university_4y',
          field: 'Master in Informatics Engineering',
          awarded: '2019-07-12',
          recognisedInEU: true,
        },
        {
          level: 'secondary',
          field: 'Secondary education, science and technology',
          awarded: '2014-07-15',
          recognisedInEU: true,
        },
      ],
      experience: [
        {
          from: '2022-09-01',
          to: null,
          fullTimeShare: 1,
          paid: true,
          domains: [],
          description: 'IT project manager, Autoridade Tributária e Aduaneira',
        },
        {
          from: '2019-09-02',
          to: '2022-08-31',
          fullTimeShare: 1,
          paid: true,
          domains: [],
          description: 'Software engineer, Serviços Públicos Digitais, S.A.',
        },
      ],
      languages: [
        { language: 'PT', understanding: 'C2', speaking: 'C2', writing: 'C2' },
        { language: 'EN', understanding: 'C2', speaking: 'C1', writing: 'C2' },
        { language: 'FR', understanding: 'B2', speaking: 'B1', writing: 'B2' },
      ],
    });
  });

  it('keeps the five self-assessed skills for the preview', () => {
    expect(value.assessments[2]).toEqual({
      language: 'FR',
      motherTongue: false,
      listening: 'B2',
      reading: 'C1',
      spokenInteraction: 'B2',
      spokenProduction: 'B1',
      writing: 'B2',
    });
  });

  it('says what needs a check and what was left out', () => {
    const messages = (kind: string) => value.notes.filter((n) => n.kind === kind).map((n) => n.message);
    expect(messages('skipped')).toEqual([expect.stringMatching(/volunteering entry was left out/)]);
    expect(messages('uncertain')).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/EQF level 4 was read as a secondary diploma/),
        expect.stringMatching(/full-time and paid/),
      ]),
    );
    expect(messages('mapped')).toContain(
      'FR: listening B2, reading C1, spoken interaction B2, spoken production B1, writing B2; EPSO counts the lowest, B1.',
    );
  });

  it('fills a profile that passes the profile rules', () => {
    expect(parseProfile(value.profile).ok).toBe(true);
  });
});

describe('parseEuropassXml: the v3 format (<SkillsPassport>)', () => {
  const value = ok(parseEuropassXml(fixture('cv-v3.xml')));

  it('reads EL as Greece and keeps both nationalities', () => {
    expect(value.format).toBe('europass-v3');
    expect(value.profile.nationalities).toEqual(['GR', 'CY']);
  });

  it('leaves what the CV cannot tell for the form to ask, and says so', () => {
    const [msc, bachelor] = value.profile.diplomas;
    // Issued in the United Kingdom: recognition is the candidate's to answer.
    expect(msc).toMatchObject({ level: 'university_4y', awarded: '2015-06-30', recognisedInEU: null });
    expect(bachelor).toMatchObject({ level: 'university_3y', awarded: '2013-07-05', recognisedInEU: true });
    const notes = value.notes.map((n) => `${n.kind}: ${n.message}`).join('\n');
    expect(notes).toMatch(/uncertain: MSc Energy Economics.*June 2015.*30 June 2015/);
    expect(notes).toMatch(/uncertain: MSc Energy Economics.*outside the EU \(GB\)/);
    expect(notes).toMatch(/uncertain: Ptychio.*EQF level 6/);
    expect(notes).toMatch(/skipped: PhD in Economics: still in progress/);
    expect(notes).toMatch(/skipped: Summer job: no start date/);
    expect(notes).toMatch(
      /skipped: IT: the self-assessment has no CEFR level for spoken interaction, spoken production, writing/,
    );
  });

  it('reads month-only dates as the first day (start) and the last day (end)', () => {
    expect(value.profile.experience.map((e) => [e.from, e.to])).toEqual([
      ['2018-03-01', null],
      ['2015-10-01', '2018-02-28'],
    ]);
  });

  it('finds a language written only by name (German → DE)', () => {
    expect(value.profile.languages.map((l) => l.language)).toEqual(['EL', 'EN', 'DE']);
    expect(value.profile.languages[2]).toEqual({
      language: 'DE',
      understanding: 'B2',
      speaking: 'A2',
      writing: 'B1',
    });
  });
});

describe('CEFR: the lowest of the five skills is what the profile counts', () => {
  it('for every combination of five levels (sampled)', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % CEFR_LEVELS.length;
    for (let n = 0; n < 200; n++) {
      const levels = Array.from({ length: 5 }, () => CEFR_LEVELS[next()]) as [
        CefrLevel,
        CefrLevel,
        CefrLevel,
        CefrLevel,
        CefrLevel,
      ];
      const value = ok(
        parseEuropassXml(
          candidate('', `<PersonQualifications>${language('eng', levels)}</PersonQualifications>`),
        ),
      );
      const lowest = levels.reduce((a, b) => (CEFR_LEVELS.indexOf(b) < CEFR_LEVELS.indexOf(a) ? b : a));
      expect(effectiveLevel(value.profile.languages[0])).toBe(lowest);
    }
  });
});

describe('parseEuropassXml: files that are not (usable) Europass CVs change nothing', () => {
  it.each([
    ['an RSS feed', fixture('not-europass.xml'), /not a Europass CV: its main element is <rss>/],
    ['plain text', 'Name: Ines\nNationality: PT', /not XML/],
    ['broken XML', '<Candidate><CandidatePerson></Candidate>', /not well-formed XML.*line 1/],
    [
      'an empty CV',
      candidate('<PersonName/>'),
      /no nationality, education, work experience or language skills/,
    ],
    ['a JSON profile', '{"nationalities":["PT"]}', /not XML/],
  ])('%s', (_name, text, message) => {
    const result = parseEuropassXml(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(message);
  });

  it('validates each entry with the profile rules and leaves out the invalid ones', () => {
    const value = ok(
      parseEuropassXml(
        candidate(
          '<NationalityCode>xx</NationalityCode><NationalityCode>be</NationalityCode><NationalityCode>BE</NationalityCode>',
          `<EmploymentHistory><EmployerHistory><hr:OrganizationName>Acme</hr:OrganizationName>
            <PositionHistory><PositionTitle>Clerk</PositionTitle><eures:EmploymentPeriod>
              <eures:StartDate><hr:FormattedDateTime>2020-05-01</hr:FormattedDateTime></eures:StartDate>
              <eures:EndDate><hr:FormattedDateTime>2019-01-01</hr:FormattedDateTime></eures:EndDate>
            </eures:EmploymentPeriod></PositionHistory>
            <PositionHistory><PositionTitle>Analyst</PositionTitle><eures:EmploymentPeriod>
              <eures:StartDate><hr:FormattedDateTime>2021-02-30</hr:FormattedDateTime></eures:StartDate>
            </eures:EmploymentPeriod></PositionHistory>
          </EmployerHistory></EmploymentHistory>
          <PersonQualifications>${language('xyz', ['C1', 'C1', 'C1', 'C1', 'C1'])}${language('deu', ['B2', 'B2', 'Fluent', 'B2', 'B2'])}</PersonQualifications>`,
        ),
      ),
    );
    expect(value.profile.nationalities).toEqual(['BE']);
    expect(value.profile.experience).toEqual([]);
    const skipped = value.notes.filter((n) => n.kind === 'skipped').map((n) => n.message);
    expect(skipped).toEqual(
      expect.arrayContaining([
        'Nationality "xx": not a country code we know.',
        'Nationality BE is listed twice; kept once.',
        'Clerk, Acme: The end date is before the start date.',
        'Analyst, Acme: Use a real date written like 2019-07-15.',
        expect.stringMatching(/^Language "xyz": not a language code we know/),
        expect.stringMatching(/^DE: the self-assessment has no CEFR level for spoken interaction/),
      ]),
    );
  });

  it('refuses a file too large to be a CV', () => {
    const result = parseEuropassXml(`<Candidate>${' '.repeat(5_000_001)}</Candidate>`);
    expect(!result.ok && result.message).toMatch(/too large/);
  });
});
