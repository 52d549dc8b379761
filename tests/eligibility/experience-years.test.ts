import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  countExperienceYears,
  measureExperience,
  meetsYears,
  type ExperienceOptions,
} from '../../lib/eligibility';
import type { ExperiencePeriod } from '../../lib/profile/schema';
import { work } from './helpers';

const UNTIL = '2026-06-04';
const open = (after: string | null = null, doctorateAwarded: string | null = null): ExperienceOptions => ({
  after,
  until: UNTIL,
  doctorateAwarded,
});

describe('measureExperience: periods', () => {
  it.each<[string, ExperiencePeriod[], ExperienceOptions, number]>([
    ['a full-time leap year', [work('2020-01-01', '2020-12-31')], open(), 366],
    ['a one-day period (dates are inclusive)', [work('2021-03-01', '2021-03-01')], open(), 1],
    [
      'an ongoing job runs to the day judged on',
      [work('2026-01-01', null)],
      { ...open(), until: '2026-01-31' },
      31,
    ],
    ['half time for a year, pro rata', [work('2021-01-01', '2021-12-31', 0.5)], open(), 182.5],
    [
      'overlapping full-time periods count once',
      [work('2020-01-01', '2020-12-31'), work('2020-07-01', '2021-06-30')],
      open(),
      366 + 181,
    ],
    [
      'two half-time jobs held together make full time',
      [work('2021-01-01', '2021-12-31', 0.5), work('2021-01-01', '2021-12-31', 0.5)],
      open(),
      365,
    ],
    [
      'part time beside full time is capped at one day a day',
      [work('2021-01-01', '2021-12-31', 0.6), work('2021-01-01', '2021-12-31', 1)],
      open(),
      365,
    ],
    [
      'half-time jobs overlapping for a quarter',
      [work('2021-01-01', '2021-06-30', 0.5), work('2021-04-01', '2021-12-31', 0.5)],
      open(),
      90 * 0.5 + 91 + 184 * 0.5,
    ],
    ['unpaid work is not counted', [work('2021-01-01', '2021-12-31', 1, false)], open(), 0],
    [
      'unpaid work beside paid work adds nothing',
      [work('2021-01-01', '2021-06-30'), work('2021-01-01', '2021-12-31', 1, false)],
      open(),
      181,
    ],
    ['only the part after the diploma counts', [work('2018-01-01', '2019-12-31')], open('2019-07-01'), 184],
    [
      'work entirely before the diploma counts for nothing',
      [work('2017-01-01', '2017-12-31')],
      open('2019-07-01'),
      0,
    ],
    ['the diploma day itself counts', [work('2019-07-01', '2019-07-01')], open('2019-07-01'), 1],
    [
      'work after the closing date is cut off',
      [work('2026-01-01', '2026-12-31')],
      open(),
      31 + 28 + 31 + 30 + 31 + 4,
    ],
    ['work starting after the closing date counts for nothing', [work('2026-06-05', null)], open(), 0],
    ['no lower bound without a diploma date', [work('2010-01-01', '2010-12-31')], open(null), 365],
  ])('%s', (_name, periods, options, days) => {
    expect(measureExperience(periods, options).days).toBeCloseTo(days, 9);
  });

  it('reports what it left out', () => {
    const count = measureExperience(
      [
        work('2018-01-01', '2019-12-31'),
        work('2020-01-01', '2020-12-31', 1, false),
        work('2021-01-01', '2021-12-31', 0.5),
      ],
      open('2019-07-01'),
    );
    expect(count).toMatchObject({ unpaidPeriods: 1, partTimePeriods: 1, daysBeforeDiploma: 365 + 181 });
  });

  it('does not count a part-time period that falls wholly before the diploma as counted pro rata', () => {
    expect(
      measureExperience([work('2015-01-01', '2015-12-31', 0.5)], open('2019-07-01')).partTimePeriods,
    ).toBe(0);
  });
});

describe('measureExperience: a completed doctorate', () => {
  it.each<[string, ExperiencePeriod[], ExperienceOptions, number, number]>([
    ['counts for the 3 years before its award', [], open('2018-06-30', '2022-06-30'), 1096, 1096],
    ['counts at most 3 years, however long it took', [], open('2015-06-30', '2022-06-30'), 1096, 1096],
    ['never before the qualifying diploma', [], open('2020-09-30', '2022-06-30'), 638, 638],
    [
      'does not double-count full-time work done during it',
      [work('2021-06-30', '2022-06-29')],
      open('2018-06-30', '2022-06-30'),
      1096,
      1096 - 365,
    ],
    [
      'fills what half-time work during it left uncounted',
      [work('2019-06-30', '2022-06-29', 0.5)],
      open('2018-06-30', '2022-06-30'),
      1096,
      548,
    ],
    [
      'adds to work done after it',
      [work('2022-07-01', '2023-06-30')],
      open('2018-06-30', '2022-06-30'),
      1096 + 365,
      1096,
    ],
    ['counts only if completed by the closing date', [], open('2022-06-30', '2026-09-30'), 0, 0],
  ])('%s', (_name, periods, options, days, doctorateDays) => {
    const count = measureExperience(periods, options);
    expect(count.days).toBeCloseTo(days, 9);
    expect(count.doctorateDays).toBeCloseTo(doctorateDays, 9);
  });
});

describe('countExperienceYears', () => {
  it.each<[string, ExperiencePeriod[], ExperienceOptions, number]>([
    ['three calendar years', [work('2017-01-01', '2019-12-31')], open(), 3],
    ['two years at half time', [work('2020-01-01', '2021-12-31', 0.5)], open('2019-07-01'), 1],
    [
      'doctorate plus a year of work',
      [work('2022-07-01', '2023-06-30')],
      open('2018-06-30', '2022-06-30'),
      4,
    ],
  ])('%s ≈ %s years', (_name, periods, options, years) => {
    expect(countExperienceYears(periods, options)).toBeCloseTo(years, 2);
  });
});

describe('meetsYears', () => {
  it.each([
    [365, 1, true],
    [364, 1, false],
    [366, 1, true],
    [1095, 3, true],
    [1094, 3, false],
    [1461, 4, true],
    [1460, 4, false], // any 4 calendar years hold a 29 February: 1461 days
    [182, 0.5, true],
    [181, 0.5, false],
    [0, 0, true],
  ])('%s days meet %s years: %s', (days, years, expected) => {
    expect(meetsYears(days, years)).toBe(expected);
  });

  it.each([
    ['2019-01-01', '2019-12-31', 1],
    ['2020-03-01', '2021-02-28', 1],
    ['2017-07-01', '2020-06-30', 3],
    ['2021-09-01', '2026-08-31', 5],
  ])('every full run of calendar years counts: %s to %s is %s years', (from, to, years) => {
    const days = measureExperience([work(from, to)], { after: null, until: '2030-01-01' }).days;
    expect(meetsYears(days, years)).toBe(true);
  });
});

describe('measureExperience: properties', () => {
  const dayArb = fc.integer({ min: 0, max: 365 * 12 });
  const toIso = (day: number) => new Date(Date.UTC(2012, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
  const periodArb = fc
    .record({
      start: dayArb,
      length: fc.integer({ min: 0, max: 2000 }),
      share: fc.constantFrom(0.2, 0.5, 0.6, 0.8, 1),
      paid: fc.boolean(),
      ongoing: fc.boolean(),
    })
    .map(({ start, length, share, paid, ongoing }) =>
      work(toIso(start), ongoing ? null : toIso(start + length), share, paid),
    );
  const optionsArb = fc.record({
    after: fc.option(dayArb.map(toIso), { nil: null }),
    until: dayArb.map((day) => toIso(day + 365 * 2)),
    doctorateAwarded: fc.option(dayArb.map(toIso), { nil: null }),
  });

  it('does not depend on the order of the periods', () => {
    fc.assert(
      fc.property(fc.array(periodArb, { maxLength: 6 }), optionsArb, (periods, options) => {
        const forward = measureExperience(periods, options).days;
        const backward = measureExperience([...periods].reverse(), options).days;
        expect(backward).toBeCloseTo(forward, 6);
      }),
    );
  });

  it('never counts more than one day per calendar day in the window', () => {
    fc.assert(
      fc.property(fc.array(periodArb, { maxLength: 6 }), optionsArb, (periods, options) => {
        const from = options.after ?? '2009-01-01'; // a doctorate may reach 3 years before 2012
        const span = (Date.parse(options.until) - Date.parse(from)) / 86_400_000 + 1;
        expect(measureExperience(periods, options).days).toBeLessThanOrEqual(Math.max(0, span) + 1e-6);
      }),
    );
  });

  it('is the same when a period is split in two at any day', () => {
    fc.assert(
      fc.property(
        dayArb,
        fc.integer({ min: 1, max: 800 }),
        fc.integer({ min: 0, max: 799 }),
        optionsArb,
        (start, length, cut, options) => {
          const at = Math.min(cut, length - 1);
          const whole = [work(toIso(start), toIso(start + length), 0.5)];
          const split = [
            work(toIso(start), toIso(start + at), 0.5),
            work(toIso(start + at + 1), toIso(start + length), 0.5),
          ];
          expect(measureExperience(split, options).days).toBeCloseTo(
            measureExperience(whole, options).days,
            6,
          );
        },
      ),
    );
  });

  it('never decreases as the closing date moves later', () => {
    fc.assert(
      fc.property(
        fc.array(periodArb, { maxLength: 6 }),
        optionsArb,
        fc.integer({ min: 0, max: 900 }),
        (periods, options, extra) => {
          const later = {
            ...options,
            until: toIso((Date.parse(options.until) - Date.UTC(2012, 0, 1)) / 86_400_000 + extra),
          };
          expect(measureExperience(periods, later).days).toBeGreaterThanOrEqual(
            measureExperience(periods, options).days - 1e-6,
          );
        },
      ),
    );
  });
});
