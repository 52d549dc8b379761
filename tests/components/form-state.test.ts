import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../lib/profile';
import {
  describePath,
  effectiveLevelOf,
  emptyFormState,
  errorsByField,
  fieldId,
  fieldKeyOf,
  fingerprint,
  newRow,
  toFormState,
  toProfileInput,
  validateForm,
  type ProfileFormState,
} from '../../components/profile/form-state';
import { exampleProfile } from './helpers';

function withState(patch: Partial<ProfileFormState>): ProfileFormState {
  return { ...emptyFormState(), ...patch };
}

describe('form state ↔ profile', () => {
  it('round-trips the example profile unchanged', () => {
    const profile = exampleProfile();
    expect(parseProfile(toProfileInput(toFormState(profile)))).toEqual({ ok: true, profile });
  });

  it('shows the share of full time as a percentage without float noise', () => {
    const state = toFormState(exampleProfile());
    expect(state.experience.map((e) => e.fullTimePercent)).toEqual(['100', '20', '100', '60', '100']);
  });

  it.each([
    ['100', 1],
    ['60', 0.6],
    ['12.5', 0.125],
    ['50,5', 0.505],
    ['80 %', 0.8],
  ])('reads %j percent as a share of %j', (percent, share) => {
    const row = { ...newRow.experience(), from: '2020-01-01', ongoing: true, paid: 'yes' as const };
    row.fullTimePercent = percent;
    const result = validateForm(withState({ experience: [row] }));
    expect(result.ok && result.profile.experience[0].fullTimeShare).toBeCloseTo(share, 10);
  });

  it('marks an ongoing job with to = null and ignores a stale end date', () => {
    const row = {
      ...newRow.experience(),
      from: '2020-01-01',
      to: '2019-01-01',
      ongoing: true,
      paid: 'no' as const,
    };
    const input = toProfileInput(withState({ experience: [row] }));
    expect((input.experience as Array<{ to: unknown }>)[0].to).toBeNull();
  });

  it('splits domains on commas and drops empty ones', () => {
    const row = { ...newRow.experience(), domains: ' cloud, , data engineering ,' };
    const input = toProfileInput(withState({ experience: [row] }));
    expect((input.experience as Array<{ domains: unknown }>)[0].domains).toEqual([
      'cloud',
      'data engineering',
    ]);
  });

  it('keeps an untouched security section as "not filled in" (null), not "no clearance"', () => {
    expect(toProfileInput(emptyFormState()).securityClearance).toBeNull();
    const none = toProfileInput(
      withState({ security: { level: 'none', expires: '2030-01-01', willingToBeVetted: 'yes' } }),
    );
    expect(none.securityClearance).toEqual({ level: null, expires: null, willingToBeVetted: true });
  });

  it('gives an empty form a valid, empty profile', () => {
    const result = validateForm(emptyFormState());
    expect(result.ok).toBe(true);
  });
});

describe('validateForm', () => {
  it('reports unanswered fields as "Required." at their path', () => {
    const result = validateForm(withState({ diplomas: [newRow.diplomas()] }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([
      { path: 'diplomas.0.level', message: 'Required.' },
      { path: 'diplomas.0.awarded', message: 'Required.' },
      { path: 'diplomas.0.recognisedInEU', message: 'Required.' },
    ]);
  });

  it('never treats an unanswered yes/no question as "no"', () => {
    const row = {
      ...newRow.diplomas(),
      level: 'secondary' as const,
      field: 'Science',
      awarded: '2014-07-15',
    };
    const result = validateForm(withState({ diplomas: [row] }));
    expect(!result.ok && result.errors.map((e) => e.path)).toEqual(['diplomas.0.recognisedInEU']);
  });

  it.each(['150', '0', 'half'])('words a bad share (%j) in percent, as the form asks it', (percent) => {
    const row = { ...newRow.experience(), from: '2020-01-01', ongoing: true, paid: 'yes' as const };
    row.fullTimePercent = percent;
    const result = validateForm(withState({ experience: [row] }));
    expect(!result.ok && result.errors).toEqual([
      {
        path: 'experience.0.fullTimeShare',
        message: 'Write a percentage above 0 and at most 100, e.g. 100 or 50.',
      },
    ]);
  });

  it('lets the clearance level stay empty, as the form says: only "willing to be vetted" saves', () => {
    const result = validateForm(
      withState({ security: { level: '', expires: '', willingToBeVetted: 'yes' } }),
    );
    expect(result.ok && result.profile.securityClearance).toEqual({
      level: null,
      expires: null,
      willingToBeVetted: true,
    });
  });

  it('asks for the clearance level when an expiry date is given without one', () => {
    const result = validateForm(
      withState({ security: { level: '', expires: '2030-01-01', willingToBeVetted: 'yes' } }),
    );
    expect(!result.ok && result.errors).toEqual([{ path: 'securityClearance.level', message: 'Required.' }]);
  });

  it('keeps the field of study optional (it is no eligibility rule)', () => {
    const row = {
      ...newRow.diplomas(),
      level: 'secondary' as const,
      awarded: '2014-07-15',
      recognisedInEU: 'yes' as const,
    };
    const result = validateForm(withState({ diplomas: [row] }));
    expect(result.ok && result.profile.diplomas[0].field).toBe('');
  });
});

describe('error placement', () => {
  it.each([
    ['nationalities.0', 'nationalities.0', 'Nationality 1'],
    ['diplomas.1.awarded', 'diplomas.1.awarded', 'Diploma 2 › Date awarded'],
    ['experience.0.domains.2', 'experience.0.domains', 'Experience 1 › Domains'],
    ['languages.2.writing', 'languages.2.writing', 'Language 3 › Writing'],
    ['cast.0.functionGroup', 'cast.0.functionGroup', 'CAST result 1 › Function group'],
    ['securityClearance.level', 'securityClearance.level', 'Security clearance › Clearance level'],
    ['euStaffStatus', 'euStaffStatus', 'EU staff status'],
    ['diplomas', null, 'Diplomas'],
    ['', null, 'Profile'],
    ['hobbies.0', null, 'hobbies.0'],
  ])('%j → field %j, described as %j', (path, key, description) => {
    expect(fieldKeyOf(path)).toBe(key);
    expect(describePath(path)).toBe(description);
  });

  it('gives each field a DOM id and groups messages per field', () => {
    expect(fieldId('diplomas.0.awarded')).toBe('profile-diplomas-0-awarded');
    const map = errorsByField([
      { path: 'experience.0.domains.0', message: 'A' },
      { path: 'experience.0.domains.3', message: 'B' },
      { path: '', message: 'C' },
    ]);
    expect([...map]).toEqual([['experience.0.domains', ['A', 'B']]]);
  });
});

describe('effectiveLevelOf', () => {
  it.each([
    [{ understanding: 'C2', speaking: 'C1', writing: 'C2' }, 'C1'],
    [{ understanding: 'B2', speaking: 'C2', writing: 'A2' }, 'A2'],
    [{ understanding: 'C1', speaking: 'C1', writing: 'C1' }, 'C1'],
    [{ understanding: 'C1', speaking: '', writing: 'C1' }, null],
  ] as const)('%j → %j (the lowest, as EPSO counts it)', (levels, expected) => {
    expect(effectiveLevelOf(levels)).toBe(expected);
  });
});

describe('fingerprint', () => {
  it('ignores row keys, so re-loading the same profile is not a change', () => {
    const profile = exampleProfile();
    expect(fingerprint(toFormState(profile))).toBe(fingerprint(toFormState(profile)));
    const edited = toFormState(profile);
    edited.diplomas[0].field = 'Arts';
    expect(fingerprint(edited)).not.toBe(fingerprint(toFormState(profile)));
  });
});
