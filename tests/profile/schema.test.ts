import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProfile, type FieldError } from '../../lib/profile';

const VALID = {
  nationalities: ['PT'],
  diplomas: [{ level: 'university_4y', field: 'Informatics', awarded: '2019-07-12', recognisedInEU: true }],
  experience: [
    {
      from: '2019-09-01',
      to: null,
      fullTimeShare: 1,
      paid: true,
      domains: ['IT'],
      description: 'Developer',
    },
  ],
  languages: [{ language: 'EN', understanding: 'C2', speaking: 'C1', writing: 'C1' }],
  cast: [{ functionGroup: 'FGIV', status: 'passed', testDate: '2023-03-15' }],
  securityClearance: { level: null, expires: null, willingToBeVetted: true },
  euStaffStatus: 'none',
};

/** VALID with one value replaced at a dotted path. */
function withValue(path: string, value: unknown): unknown {
  const copy = structuredClone(VALID) as Record<string, unknown>;
  const keys = path.split('.');
  let target = copy as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
  if (value === undefined) delete target[keys[keys.length - 1]];
  else target[keys[keys.length - 1]] = value;
  return copy;
}

function errorsOf(input: unknown): FieldError[] {
  const result = parseProfile(input);
  if (result.ok) throw new Error('expected the profile to be rejected');
  return result.errors;
}

describe('parseProfile', () => {
  it('accepts a full profile', () => {
    expect(parseProfile(VALID)).toMatchObject({ ok: true, profile: { nationalities: ['PT'] } });
  });

  it('accepts the example profile in seeds/', () => {
    const result = parseProfile(JSON.parse(readFileSync('seeds/profile.example.json', 'utf8')));
    expect(result.ok).toBe(true);
  });

  it('fills in empty sections, so a half-filled profile can be saved', () => {
    expect(parseProfile({})).toEqual({
      ok: true,
      profile: {
        nationalities: [],
        diplomas: [],
        experience: [],
        languages: [],
        cast: [],
        securityClearance: null,
        euStaffStatus: 'none',
      },
    });
  });

  it.each([
    ['EL', 'GR'],
    ['el', 'GR'],
    [' pt ', 'PT'],
    ['UK', 'GB'],
    ['XK', 'XK'],
  ])('nationality %j is stored as %s', (input, stored) => {
    const result = parseProfile({ nationalities: [input] });
    expect(result.ok && result.profile.nationalities).toEqual([stored]);
  });

  it('upper-cases language codes', () => {
    const result = parseProfile(withValue('languages.0.language', 'fr'));
    expect(result.ok && result.profile.languages[0].language).toBe('FR');
  });

  it.each<[string, string, unknown, string]>([
    ['an unknown country code', 'nationalities.0', 'XX', '"XX" is not an ISO 3166-1 country code'],
    ['a country name instead of a code', 'nationalities.0', 'Portugal', 'is not an ISO 3166-1 country code'],
    ['an unknown education level', 'diplomas.0.level', 'masters', 'Choose one of: compulsory, secondary'],
    ['an impossible date', 'diplomas.0.awarded', '2019-02-30', 'Use a real date written like 2019-07-15.'],
    ['a date in another format', 'diplomas.0.awarded', '12/07/2019', 'Use a real date'],
    ['a missing recognition answer', 'diplomas.0.recognisedInEU', undefined, 'Required.'],
    ['a share of zero', 'experience.0.fullTimeShare', 0, 'must be more than 0'],
    ['a share above full time', 'experience.0.fullTimeShare', 1.5, 'cannot be more than 1'],
    [
      'a share written as text',
      'experience.0.fullTimeShare',
      '50%',
      'Write the share of full time as a number',
    ],
    ['an end before the start', 'experience.0.to', '2019-01-01', 'The end date is before the start date.'],
    ['a missing paid answer', 'experience.0.paid', undefined, 'Required.'],
    ['an unknown language code', 'languages.0.language', 'XY', 'is not an ISO 639-1 language code'],
    ['a level that is not CEFR', 'languages.0.writing', 'C3', 'Choose a CEFR level'],
    [
      'a CAST group that is not FG I–IV',
      'cast.0.functionGroup',
      'AD',
      'Choose one of: FGI, FGII, FGIII, FGIV.',
    ],
    ['a CAST status', 'cast.0.status', 'failed', 'Choose "registered" or "passed".'],
    ['a clearance level', 'securityClearance.level', 'EU RESTRICTED', 'Or leave it empty.'],
    ['a missing vetting answer', 'securityClearance.willingToBeVetted', undefined, 'Required.'],
    ['a staff status', 'euStaffStatus', 'intern', 'Choose one of: none, official'],
  ])('rejects %s at %s', (_name, path, value, message) => {
    const errors = errorsOf(withValue(path, value));
    expect(errors).toHaveLength(1);
    expect(errors[0].path).toBe(path);
    expect(errors[0].message).toContain(message);
  });

  it('reports a language listed twice', () => {
    const input = { languages: [VALID.languages[0], { ...VALID.languages[0], language: 'en' }] };
    expect(errorsOf(input)).toEqual([
      { path: 'languages.1.language', message: 'EN is listed twice; keep one entry per language.' },
    ]);
  });

  it('reports a nationality listed twice (EL and GR are the same)', () => {
    expect(errorsOf({ nationalities: ['GR', 'EL'] })).toEqual([
      { path: 'nationalities.1', message: 'GR is listed twice.' },
    ]);
  });

  it('reports every problem at once', () => {
    const input = {
      nationalities: ['XX'],
      diplomas: [{ level: 'bachelor', field: 'x', awarded: 'soon', recognisedInEU: 'yes' }],
    };
    expect(errorsOf(input).map((e) => e.path)).toEqual([
      'nationalities.0',
      'diplomas.0.level',
      'diplomas.0.awarded',
      'diplomas.0.recognisedInEU',
    ]);
  });

  it.each([null, 'profile', 42, []])('rejects %j as a whole', (input) => {
    expect(errorsOf(input)).toEqual([
      { path: '', message: expect.stringContaining('A profile is a set of sections') },
    ]);
  });
});
