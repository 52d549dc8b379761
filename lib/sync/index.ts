/**
 * Opt-in sync of the tracker and the profile through the browser's own sync storage
 * (storage.sync: the user's Google or Mozilla account), within its quotas. Pure: the background
 * (entrypoints/background/sync.ts) reads and writes storage and IndexedDB around it.
 *
 * | file        | does                                                                                   |
 * | ----------- | -------------------------------------------------------------------------------------- |
 * | `quota.ts`  | the browsers' documented quotas, and an item's size as they count it                   |
 * | `crdt.ts`   | per-field multi-value registers under a causal context: write, delete, join            |
 * | `clock.ts`  | the hybrid logical clock that stamps writes                                            |
 * | `fields.ts` | what of a record is synced (short names), how a field's value is chosen, conflicts     |
 * | `codec.ts`  | an entry as one compact, canonical sync item                                           |
 * | `pack.ts`   | which items fit the quotas, and which notices stay local (and why)                     |
 * | `rate.ts`   | when the next write fits the write-rate limits                                         |
 * | `engine.ts` | a round: capture local edits, merge remote items, write back, plan the writes          |
 * | `status.ts` | what the settings panel shows                                                          |
 */
export * from './quota';
export * from './engine';
export * from './status';
export { LOCAL_ONLY_REASONS, TOMBSTONE_KEEP_DAYS, type LocalOnly, type LocalOnlyReason } from './pack';
export { nextWriteTime, pruneWriteLog } from './rate';
export { projectRecord, applyProjection, projectProfile, type RecordProjection } from './fields';
export { recordKey, recordIdOf, PROFILE_KEY as SYNC_PROFILE_KEY } from './codec';
