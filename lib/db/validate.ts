import type { z } from 'zod';
import { toFieldErrors, type FieldError } from '../profile/errors';
import type { StoreName } from './schema';

/** A stored record that failed validation: reported, skipped, never thrown. */
export interface RecordError {
  store: StoreName;
  key: string;
  issues: FieldError[];
}

/** A read: the valid value(s), and the records that had to be skipped. */
export interface Loaded<T> {
  value: T;
  errors: RecordError[];
}

export function validateOne<S extends z.ZodType>(
  schema: S,
  store: StoreName,
  key: unknown,
  raw: unknown,
): Loaded<z.output<S> | null> {
  if (raw === undefined) return { value: null, errors: [] };
  const result = schema.safeParse(raw);
  return result.success
    ? { value: result.data, errors: [] }
    : { value: null, errors: [{ store, key: String(key), issues: toFieldErrors(result.error) }] };
}

export function validateAll<S extends z.ZodType>(
  schema: S,
  store: StoreName,
  keys: unknown[],
  raws: unknown[],
): Loaded<z.output<S>[]> {
  const loaded: Loaded<z.output<S>[]> = { value: [], errors: [] };
  raws.forEach((raw, i) => {
    const one = validateOne(schema, store, keys[i], raw);
    if (one.value !== null) loaded.value.push(one.value);
    loaded.errors.push(...one.errors);
  });
  return loaded;
}
