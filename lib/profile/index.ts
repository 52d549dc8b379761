import { profileSchema, type Profile } from './schema';
import { toFieldErrors, type FieldError } from './errors';

export * from './schema';
export { toFieldErrors, type FieldError } from './errors';

export type ParseProfileResult = { ok: true; profile: Profile } | { ok: false; errors: FieldError[] };

/**
 * Validates a profile from the options form or from storage.
 *
 * @example
 * parseProfile({ nationalities: ['el'] }) // → { ok: true, profile: { nationalities: ['GR'], diplomas: [], … } }
 * parseProfile({ nationalities: ['XX'] }) // → { ok: false, errors: [{ path: 'nationalities.0', message: '"XX" is not …' }] }
 */
export function parseProfile(json: unknown): ParseProfileResult {
  const result = profileSchema.safeParse(json);
  return result.success
    ? { ok: true, profile: result.data }
    : { ok: false, errors: toFieldErrors(result.error) };
}
