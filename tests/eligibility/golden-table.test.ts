/**
 * The golden table: the five seed notices, read by the real reader, against a handful of
 * plausible candidates (tests/fixtures/profiles/), at fixed clocks. Every expected verdict in
 * tests/fixtures/eligibility-golden.json was worked out by hand from DOMAIN.md and the notice
 * text, and its `why` says which rule decides it; it is never copied from the code's output.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  evaluateEligibility,
  type CriterionId,
  type CriterionStatus,
  type Overall,
} from '../../lib/eligibility';
import { analyseNotice, type NoticeFields } from '../../lib/notice';
import { parseProfile, type Profile } from '../../lib/profile';
import { ROOT, SEEDS_DIR } from '../helpers/fixtures';

interface GoldenRow {
  seed: string;
  profile: string;
  now: string;
  overall: Overall;
  criteria: Partial<Record<CriterionId, CriterionStatus>>;
  why: string;
}

const PROFILES_DIR = join(ROOT, 'tests', 'fixtures', 'profiles');
const ROWS = JSON.parse(
  readFileSync(join(ROOT, 'tests', 'fixtures', 'eligibility-golden.json'), 'utf8'),
) as GoldenRow[];

const SEED_FILES = readdirSync(SEEDS_DIR).filter((f) => /^\d{3}_.*\.txt$/.test(f));
const PROFILE_NAMES = readdirSync(PROFILES_DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));

/** The clocks the table is written for: each seed's open rows, then seed 001 once closed. */
const OPEN_CLOCK: Record<string, string> = {
  '000': '2026-03-01T10:00:00Z',
  '001': '2025-04-01T10:00:00Z',
  '002': '2026-03-01T10:00:00Z',
  '003': '2025-04-01T10:00:00Z',
  '004': '2026-03-01T10:00:00Z',
};
const CLOSED_CLOCK = { seed: '001', now: '2025-05-01T10:00:00Z' };

const notices = new Map<string, NoticeFields>();
function noticeFor(seed: string): NoticeFields {
  const cached = notices.get(seed);
  if (cached) return cached;
  const file = SEED_FILES.find((f) => f.startsWith(`${seed}_`));
  if (!file) throw new Error(`no seed file for "${seed}" in ${SEEDS_DIR}`);
  const analysis = analyseNotice(readFileSync(join(SEEDS_DIR, file), 'utf8'));
  if (!analysis.notice) throw new Error(`the reader did not take seed ${file} for a notice`);
  notices.set(seed, analysis.notice);
  return analysis.notice;
}

function rawProfile(name: string): unknown {
  return JSON.parse(readFileSync(join(PROFILES_DIR, `${name}.json`), 'utf8'));
}

function profileFor(name: string): Profile {
  const parsed = parseProfile(rawProfile(name));
  if (!parsed.ok) throw new Error(`profile ${name} is invalid: ${JSON.stringify(parsed.errors)}`);
  return parsed.profile;
}

describe('golden table: fixtures', () => {
  it('has at least five profiles, each valid', () => {
    expect(PROFILE_NAMES.length).toBeGreaterThanOrEqual(5);
    for (const name of PROFILE_NAMES) {
      const parsed = parseProfile(rawProfile(name));
      expect(parsed.ok ? [] : parsed.errors, name).toEqual([]);
    }
  });

  it('keeps example.json identical to seeds/profile.example.json', () => {
    expect(rawProfile('example')).toEqual(
      JSON.parse(readFileSync(join(SEEDS_DIR, 'profile.example.json'), 'utf8')),
    );
  });

  it('covers every seed × every profile at its open clock, and seed 001 closed for every profile', () => {
    const key = (r: Pick<GoldenRow, 'seed' | 'profile' | 'now'>) => `${r.seed} × ${r.profile} @ ${r.now}`;
    const wanted = [
      ...SEED_FILES.map((f) => f.slice(0, 3)).flatMap((seed) =>
        PROFILE_NAMES.map((profile) => key({ seed, profile, now: OPEN_CLOCK[seed] })),
      ),
      ...PROFILE_NAMES.map((profile) => key({ ...CLOSED_CLOCK, profile })),
    ];
    const present = ROWS.map(key);
    expect(new Set(present).size, 'duplicate rows').toBe(present.length);
    expect([...present].sort()).toEqual([...wanted].sort());
  });

  it('gives every row a reason a reviewer can check', () => {
    for (const row of ROWS) expect(row.why.trim().length, `${row.seed} × ${row.profile}`).toBeGreaterThan(20);
  });
});

describe.each(ROWS.map((row) => [`${row.seed} × ${row.profile} @ ${row.now}`, row] as const))(
  'golden table: %s',
  (_name, row) => {
    const run = () => evaluateEligibility(noticeFor(row.seed), profileFor(row.profile), new Date(row.now));

    it(`is ${row.overall}`, () => {
      expect(run().overall, row.why).toBe(row.overall);
    });

    it('gives each listed criterion its expected status, and lists every criterion it produces', () => {
      const result = run();
      const statuses = Object.fromEntries(result.criteria.map((c) => [c.id, c.status]));
      expect(statuses, row.why).toEqual(row.criteria);
    });

    it('explains every criterion in words', () => {
      for (const c of run().criteria) expect(c.message.trim(), c.id).not.toBe('');
    });
  },
);
