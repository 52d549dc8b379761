import { describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT,
  makeBackup,
  parseBackup,
  parseBackupText,
  planImport,
  type Backup,
} from '../../lib/tracker';
import { makeProfile } from '../eligibility/helpers';
import { makeRecord, NOW } from './helpers';

const profile = makeProfile({ nationalities: ['PT', 'FR'] });
const tracked = [
  makeRecord('a', {
    notes: 'Ask about "grade"; call back',
    status: 'applied',
    appliedAt: '2026-04-22T09:00:00.000Z',
  }),
  makeRecord('b', { notice: { deadline: null, title: 'Ünïcödé title 🇪🇺' } }),
];

/** Through a file: what the user downloads and later picks. */
function viaFile(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

function valid(): Record<string, unknown> {
  return viaFile(makeBackup(profile, tracked, NOW)) as Record<string, unknown>;
}

describe('makeBackup / parseBackup', () => {
  it('makes a marked, versioned, JSON-serialisable copy', () => {
    const backup = makeBackup(profile, tracked, NOW);
    expect(backup).toEqual({
      format: 'vacancy-lens-backup',
      version: 1,
      exportedAt: '2026-05-01T10:00:00.000Z',
      profile,
      tracked,
    });
    expect(viaFile(backup)).toEqual(backup);
  });

  it('round-trips through a file', () => {
    const backup = makeBackup(profile, tracked, NOW);
    expect(parseBackup(viaFile(backup))).toEqual({ ok: true, backup });
    expect(parseBackupText(JSON.stringify(backup, null, 2))).toEqual({ ok: true, backup });
  });

  it('round-trips a backup without a profile', () => {
    const backup = makeBackup(null, [], NOW);
    expect(parseBackup(viaFile(backup))).toEqual({ ok: true, backup });
  });

  it('reads records written before previousDeadline, appliedAt and reminderOffsets existed', () => {
    const file = valid();
    const old = (file.tracked as Record<string, unknown>[]).map((record) => {
      const { previousDeadline: _p, appliedAt: _a, reminderOffsets: _r, ...rest } = record;
      return rest;
    });
    const result = parseBackup({ ...file, tracked: old });
    expect(
      result.ok && result.backup.tracked.map((t) => [t.previousDeadline, t.appliedAt, t.reminderOffsets]),
    ).toEqual([
      [null, null, null],
      [null, null, null],
    ]);
  });

  it.each<[string, unknown, { path: string; message: RegExp }]>([
    ['an array', [], { path: '', message: /not a Vacancy Lens backup/ }],
    ['a string', 'hello', { path: '', message: /one JSON object/ }],
    ['null', null, { path: '', message: /one JSON object/ }],
    [
      'a profile file',
      makeProfile(),
      { path: 'format', message: /"format" is missing, expected "vacancy-lens-backup"/ },
    ],
    [
      'another format',
      { ...valid(), format: 'other-backup' },
      { path: 'format', message: /"format" is "other-backup"/ },
    ],
    [
      'a future version',
      { ...valid(), version: 2 },
      { path: 'version', message: /newer version .*version 2.*reads version 1.*Update/ },
    ],
    [
      'a version that is not a number',
      { ...valid(), version: '1' },
      { path: 'version', message: /"1" is not valid/ },
    ],
    ['version 0', { ...valid(), version: 0 }, { path: 'version', message: /not valid/ }],
  ])('rejects %s with one clear reason', (_name, json, expected) => {
    const result = parseBackup(json);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0].path).toBe(expected.path);
    expect(result.errors[0].message).toMatch(expected.message);
  });

  it('rejects the whole file for one invalid record among valid ones, naming it', () => {
    const file = valid();
    const records = file.tracked as Record<string, unknown>[];
    const broken = { ...records[1], status: 'maybe', savedAt: 'yesterday' };
    const result = parseBackup({ ...file, tracked: [records[0], broken] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path).sort()).toEqual(['tracked.1.savedAt', 'tracked.1.status']);
    expect(result.errors.every((e) => e.message.startsWith('In "Ünïcödé title 🇪🇺": '))).toBe(true);
  });

  it('reports every problem at once: profile, records, shape', () => {
    const file = valid();
    const result = parseBackup({
      ...file,
      exportedAt: 'last week',
      profile: { nationalities: ['XX'] },
      tracked: [{ id: '' }, ...(file.tracked as unknown[])],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.errors.map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining(['exportedAt', 'profile.nationalities.0', 'tracked.0.id', 'tracked.0.url']),
    );
    expect(result.errors.find((e) => e.path === 'profile.nationalities.0')?.message).toMatch(
      /"XX" is not an ISO 3166-1/,
    );
  });

  it('rejects a file whose tracked list is not a list', () => {
    const result = parseBackup({ ...valid(), tracked: { a: 1 } });
    expect(result).toMatchObject({ ok: false, errors: [{ path: 'tracked' }] });
  });

  it('rejects two records with the same id: one would silently overwrite the other', () => {
    const file = valid();
    const [first] = file.tracked as unknown[];
    const result = parseBackup({ ...file, tracked: [first, first] });
    expect(result).toMatchObject({
      ok: false,
      errors: [{ path: 'tracked.1.id', message: expect.stringMatching(/same id|the id "a"/) }],
    });
  });

  it('reports text that is not JSON', () => {
    const result = parseBackupText('{"format": "vacancy-lens-backup", ');
    expect(result).toMatchObject({
      ok: false,
      errors: [{ path: '', message: expect.stringMatching(/^This file is not JSON: /) }],
    });
  });

  it('keeps the format marker constant', () => {
    expect(BACKUP_FORMAT).toBe('vacancy-lens-backup');
  });
});

describe('planImport', () => {
  function backupOf(p: Backup['profile'], t: Backup['tracked']): Backup {
    const result = parseBackup(viaFile(makeBackup(p, t, NOW)));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return result.backup;
  }

  it('into an empty tracker: everything is added', () => {
    expect(planImport({ profile: null, tracked: [] }, backupOf(profile, tracked))).toEqual({
      profile: 'added',
      tracked: { added: ['IT Officer', 'Ünïcödé title 🇪🇺'], replaced: [], replacedNewer: [], unchanged: 0 },
    });
  });

  it('onto the same data: everything is unchanged, whatever the key order', () => {
    const reordered = tracked.map(
      (record) => Object.fromEntries(Object.entries(record).reverse()) as typeof record,
    );
    expect(planImport({ profile, tracked: reordered }, backupOf(profile, tracked))).toEqual({
      profile: 'unchanged',
      tracked: { added: [], replaced: [], replacedNewer: [], unchanged: 2 },
    });
  });

  it('lists what would be replaced, and which of those were updated here since the backup', () => {
    const here = [
      { ...tracked[0], notes: 'newer notes here', updatedAt: '2026-05-05T00:00:00.000Z' },
      { ...tracked[1], notes: 'older notes here', updatedAt: '2026-04-01T00:00:00.000Z' },
      makeRecord('only-here', { notice: { title: 'Kept' } }),
    ];
    const plan = planImport(
      { profile: makeProfile({ nationalities: ['DE'] }), tracked: here },
      backupOf(profile, [...tracked, makeRecord('new')]),
    );
    expect(plan).toEqual({
      profile: 'replaced',
      tracked: {
        added: ['IT Officer'],
        replaced: ['IT Officer', 'Ünïcödé title 🇪🇺'],
        replacedNewer: ['IT Officer'],
        unchanged: 0,
      },
    });
  });

  it('a backup without a profile leaves the profile here alone', () => {
    expect(planImport({ profile, tracked: [] }, backupOf(null, [])).profile).toBe('unchanged');
  });
});
