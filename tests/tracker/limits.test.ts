/** Caps: a snapshot per record, a backup file; checked before anything is written. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openVacancyDb, putTracked, SNAPSHOT_MAX_BYTES, trackedNoticeSchema } from '../../lib/db';
import { BACKUP_MAX_BYTES, backupTooLargeMessage, makeBackup, parseBackupText } from '../../lib/tracker';
import { freshDbName } from '../db/helpers';
import { makeRecord, NOW } from './helpers';

describe('snapshot cap (500 kB of UTF-8 per record)', () => {
  it('accepts a snapshot of exactly the cap, refuses one byte more', () => {
    expect(SNAPSHOT_MAX_BYTES).toBe(500_000);
    const record = makeRecord('a');
    expect(
      trackedNoticeSchema.safeParse({ ...record, snapshot: 'a'.repeat(SNAPSHOT_MAX_BYTES) }).success,
    ).toBe(true);
    expect(
      trackedNoticeSchema.safeParse({ ...record, snapshot: 'a'.repeat(SNAPSHOT_MAX_BYTES + 1) }).success,
    ).toBe(false);
  });

  it('counts bytes, not characters', () => {
    // 200 000 "é" are 400 000 bytes: fine; 300 000 are 600 000 bytes.
    expect(trackedNoticeSchema.safeParse({ ...makeRecord('a'), snapshot: 'é'.repeat(200_000) }).success).toBe(
      true,
    );
    expect(trackedNoticeSchema.safeParse({ ...makeRecord('a'), snapshot: 'é'.repeat(300_000) }).success).toBe(
      false,
    );
  });

  it('a backup with a 50 MB snapshot is refused with one clear reason', () => {
    const record = { ...makeRecord('big'), snapshot: 'x'.repeat(2_000_000) };
    const result = parseBackupText(JSON.stringify(makeBackup(null, [record], NOW)));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([
      { path: 'tracked.0.snapshot', message: expect.stringMatching(/larger than 500 kB/) },
    ]);
  });

  it('the database refuses to store one', async () => {
    const db = await openVacancyDb(freshDbName('snapshot-cap'));
    await expect(putTracked(db, { ...makeRecord('a'), snapshot: 'x'.repeat(600_000) })).rejects.toThrow();
    expect(await db.count('tracked')).toBe(0);
    db.close();
  });
});

describe('backup file cap (20 MB)', () => {
  it('refuses a text over the cap before parsing it', () => {
    expect(BACKUP_MAX_BYTES).toBe(20_000_000);
    // Not even JSON: the size is checked first.
    const result = parseBackupText(`{${' '.repeat(BACKUP_MAX_BYTES)}`);
    expect(result).toEqual({
      ok: false,
      errors: [{ path: '', message: backupTooLargeMessage(BACKUP_MAX_BYTES + 1) }],
    });
  });

  it('counts UTF-8 bytes', () => {
    const result = parseBackupText(`"${'é'.repeat(BACKUP_MAX_BYTES / 2)}"`);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0].message).toMatch(/at most 20 MB/);
  });

  it('says how large the file is and that nothing changed', () => {
    expect(backupTooLargeMessage(340_000_000)).toBe(
      'This file is 340 MB; a Vacancy Lens backup is at most 20 MB. It was not read and nothing was changed.',
    );
  });
});
