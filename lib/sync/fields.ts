/**
 * What of a tracked notice is synced, under short names (sync storage is 100 kB in all): its
 * reference, address, title, deadline (and the zone it was stated in), status and history
 * (saved, applied, each step with its date and note, the deadline before the last change, the
 * verdict when saved), notes and reminder choices. Not the notice's
 * other fields, its evidence or its saved text (the snapshot): they stay on the browser that read it.
 * A notice that arrives from another browser is a record with those fields and no snapshot.
 */
import { z } from 'zod';
import {
  reminderOffsetSchema,
  TRACKED_STATUSES,
  VERDICTS,
  type StoredHistoryEntry,
  type TrackedNotice,
  type TrackedStatus,
} from '../db/records';
import type { NoticeFields } from '../notice/schema';
import type { Profile } from '../profile/schema';
import { canonicalJson, distinctValues, type EntryState, type Json, type Sibling } from './crdt';

/** Short name → what it holds. */
export const RECORD_FIELDS = {
  r: 'reference',
  u: 'url',
  t: 'title',
  d: 'deadline',
  z: 'deadlineZone',
  s: 'status',
  n: 'notes',
  m: 'reminderOffsets',
  a: 'savedAt',
  b: 'appliedAt',
  p: 'previousDeadline',
  h: 'history',
  v: 'verdictAtSave',
} as const;

export type RecordField = keyof typeof RECORD_FIELDS;
export const RECORD_FIELD_NAMES = Object.keys(RECORD_FIELDS) as RecordField[];

/** The synced part of a record, as the CRDT holds it (instants compacted, see compactInstant). */
export type RecordProjection = Record<RecordField, Json>;

/** A field never written holds its default (a new entry writes only the others, saving bytes). */
const DEFAULTS: Record<RecordField, Json> = {
  r: null,
  u: '',
  t: null,
  d: null,
  z: null,
  s: 'saved',
  n: '',
  m: null,
  a: null,
  b: null,
  p: null,
  h: null,
  v: null,
};

/** Always written by a new entry, even when equal to the default. */
const ALWAYS_WRITTEN: readonly RecordField[] = ['u', 'a'];

/** Fields whose concurrent, different values the user is shown (the others are the notice's own or derived). */
export const CONFLICT_FIELDS: readonly RecordField[] = ['s', 'n', 'm', 'd', 't', 'u', 'r'];

export const FIELD_LABELS: Record<string, string> = {
  r: 'reference',
  u: 'address',
  t: 'title',
  d: 'deadline',
  s: 'status',
  n: 'notes',
  m: 'reminders',
};

const nullableString = z.string().nullable();
const fieldSchemas: Record<RecordField, z.ZodType> = {
  r: nullableString,
  u: z.string(),
  t: nullableString,
  d: nullableString,
  z: nullableString,
  s: z.enum(TRACKED_STATUSES),
  n: z.string(),
  m: z.array(reminderOffsetSchema).nullable(),
  a: z.string().nullable(),
  b: z.string().nullable(),
  p: nullableString,
  h: z
    .array(
      z.union([
        z.tuple([z.enum(TRACKED_STATUSES), z.string()]),
        z.tuple([z.enum(TRACKED_STATUSES), z.string(), z.string().max(500)]),
      ]),
    )
    .max(200)
    .nullable(),
  v: z.enum(VERDICTS).nullable(),
};

/**
 * An instant written by toISOString() ("2026-05-01T10:00:00.000Z", 24 characters) as its
 * milliseconds in base 36 ("mojbl9c0", 8): lossless, other texts are kept as they are.
 */
export function compactInstant(iso: string | null): string | null {
  if (iso === null) return null;
  const ms = Date.parse(iso);
  return Number.isFinite(ms) && ms >= 0 && new Date(ms).toISOString() === iso ? ms.toString(36) : iso;
}

export function expandInstant(value: string | null): string | null {
  if (value === null || !/^[0-9a-z]{1,10}$/.test(value)) return value;
  return new Date(parseInt(value, 36)).toISOString();
}

export function projectRecord(record: TrackedNotice): RecordProjection {
  return {
    r: record.reference,
    u: record.url,
    t: record.notice.title,
    d: record.notice.deadline,
    z: record.notice.deadlineZone,
    s: record.status,
    n: record.notes,
    m: record.reminderOffsets,
    a: compactInstant(record.savedAt),
    b: compactInstant(record.appliedAt),
    p: record.previousDeadline,
    h: record.history?.length ? record.history.map(compactStep) : null,
    v: record.verdictAtSave ?? null,
  };
}

type CompactStep = [TrackedStatus, string] | [TrackedStatus, string, string];

/** A step of the history as [status, instant in base 36, note?]: a few dozen bytes. */
function compactStep(step: StoredHistoryEntry): CompactStep {
  const at = compactInstant(step.at) ?? step.at;
  return step.note ? [step.status, at, step.note] : [step.status, at];
}

function expandStep([status, at, note]: CompactStep): StoredHistoryEntry {
  return note ? { status, at: expandInstant(at) ?? at, note } : { status, at: expandInstant(at) ?? at };
}

/**
 * Histories changed on two browsers that had not seen each other (a status changed on each): the
 * steps of both, oldest first — a step is never lost; the same step (status and time) once, with
 * the latest write's note.
 */
function mergeHistories(siblings: readonly Sibling[]): Json {
  const steps = new Map<string, CompactStep>();
  for (const s of [...siblings].reverse())
    for (const step of s.v as CompactStep[]) steps.set(`${step[0]}@${step[1]}`, step);
  return [...steps.values()].sort(
    (a, b) => Date.parse(expandInstant(a[1]) ?? a[1]) - Date.parse(expandInstant(b[1]) ?? b[1]),
  );
}

/** What a record's first write carries: the fields that differ from the default. */
export function initialFields(projection: RecordProjection): Partial<RecordProjection> {
  const out: Partial<RecordProjection> = {};
  for (const name of RECORD_FIELD_NAMES)
    if (ALWAYS_WRITTEN.includes(name) || !sameValue(projection[name], DEFAULTS[name]))
      out[name] = projection[name];
  return out;
}

export function sameValue(a: Json | undefined, b: Json | undefined): boolean {
  return canonicalJson(a ?? null) === canonicalJson(b ?? null);
}

/** The siblings of a field whose value is valid for it (a damaged or future value is passed over). */
function validSiblings(entry: EntryState, name: RecordField): Sibling[] {
  return (entry.fields[name] ?? []).filter((s) => fieldSchemas[name].safeParse(s.v).success);
}

/**
 * The value a field shows: its latest write; but for the saved date the earliest (the notice was
 * saved on two browsers), and for notes written on two browsers at once, both texts, the latest first.
 */
export function resolveField(entry: EntryState, name: RecordField): Json {
  const siblings = distinctValues(validSiblings(entry, name));
  if (siblings.length === 0) return DEFAULTS[name];
  if (name === 'a')
    return siblings
      .map((s) => s.v as string)
      .reduce((a, b) =>
        (Date.parse(expandInstant(b)!) || 0) < (Date.parse(expandInstant(a)!) || 0) ? b : a,
      );
  if (name === 'n' && siblings.length > 1) return mergeNotes(siblings);
  if (name === 'h' && siblings.length > 1) return mergeHistories(siblings);
  return siblings[0].v;
}

/** Notes edited on two browsers without seeing each other: nothing lost, both kept, marked. */
export function mergeNotes(siblings: readonly Sibling[]): string {
  const [first, ...others] = siblings;
  return [
    first.v as string,
    ...others.map(
      (s) =>
        `--- Also written on another browser (${new Date(s.t).toISOString().slice(0, 16)} UTC):\n${s.v as string}`,
    ),
  ]
    .filter((text) => text !== '')
    .join('\n\n');
}

export function resolveRecord(entry: EntryState): RecordProjection {
  const out = {} as RecordProjection;
  for (const name of RECORD_FIELD_NAMES) out[name] = resolveField(entry, name);
  return out;
}

/** The fields with several different values written on browsers that had not seen each other. */
export function conflictingFields(entry: EntryState): { field: RecordField; values: Sibling[] }[] {
  return CONFLICT_FIELDS.map((field) => ({
    field,
    values: distinctValues(validSiblings(entry, field)),
  })).filter((c) => c.values.length > 1);
}

/** A notice with nothing but what sync carries (the rest is read again when the user opens the page). */
function bareNotice(p: RecordProjection): NoticeFields {
  return {
    isNotice: true,
    title: p.t as string | null,
    reference: p.r as string | null,
    institution: null,
    department: null,
    location: null,
    staffCategory: null,
    contractArticles: [],
    functionGroup: null,
    grades: [],
    deadline: p.d as string | null,
    education: null,
    experienceYears: null,
    experienceRequired: false,
    languages: [],
    securityClearance: null,
    castRequired: false,
    firstContractYears: null,
    underrepresentedStates: [],
    contactEmail: null,
    unit: null,
    domain: null,
    probationMonths: null,
    deadlineZone: p.z as string | null,
    requirements: [],
  };
}

/**
 * The record to store for a synced projection: the local record with the synced fields replaced
 * (its notice's other fields, evidence and snapshot kept; evidence of a changed title, reference or
 * deadline dropped, it points into a text that said something else), or a new bare record.
 */
export function applyProjection(
  current: TrackedNotice | null,
  id: string,
  p: RecordProjection,
  now: Date,
): TrackedNotice {
  const savedAt = expandInstant(p.a as string | null) ?? now.toISOString();
  const base: TrackedNotice = current ?? {
    id,
    reference: null,
    url: '',
    notice: bareNotice(p),
    evidence: {},
    snapshot: '',
    status: 'saved',
    notes: '',
    savedAt,
    updatedAt: now.toISOString(),
    previousDeadline: null,
    appliedAt: null,
    reminderOffsets: null,
    version: 1,
  };
  const evidence = { ...base.evidence };
  if (base.notice.title !== p.t) delete evidence.title;
  if (base.notice.reference !== p.r) delete evidence.reference;
  if (base.notice.deadline !== p.d) delete evidence.deadline;
  return {
    ...base,
    reference: p.r as string | null,
    url: p.u as string,
    notice: {
      ...base.notice,
      title: p.t as string | null,
      reference: (p.r as string | null) ?? base.notice.reference,
      deadline: p.d as string | null,
      deadlineZone: p.z as string | null,
    },
    evidence,
    status: p.s as TrackedStatus,
    notes: p.n as string,
    reminderOffsets: p.m as TrackedNotice['reminderOffsets'],
    savedAt,
    appliedAt: expandInstant(p.b as string | null),
    previousDeadline: p.p as string | null,
    // A browser that never stored a history (older records) sends none: the local one stays.
    ...(p.h === null ? {} : { history: (p.h as CompactStep[]).map(expandStep) }),
    ...(p.v === null ? {} : { verdictAtSave: p.v as TrackedNotice['verdictAtSave'] }),
    updatedAt: now.toISOString(),
  };
}

/** The profile: one field per section (nationalities, diplomas, experience, …), merged section by section. */
export function projectProfile(profile: Profile): Record<string, Json> {
  return JSON.parse(JSON.stringify(profile)) as Record<string, Json>;
}

export function resolveProfile(entry: EntryState): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const [name, siblings] of Object.entries(entry.fields))
    if (siblings.length > 0) out[name] = siblings[0].v;
  return out;
}

export function profileConflicts(entry: EntryState): { field: string; values: Sibling[] }[] {
  return Object.entries(entry.fields)
    .map(([field, siblings]) => ({ field, values: distinctValues(siblings) }))
    .filter((c) => c.values.length > 1);
}
