/** Shared set-up for the options page tests: the seed profile and a fresh database per test. */
import { configure } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openVacancyDb, type VacancyDb } from '../../lib/db';
import { parseProfile, type Profile } from '../../lib/profile';

// Saves go through fake IndexedDB and zod: on a loaded 2-core machine 1 s (the default) is not enough.
configure({ asyncUtilTimeout: 5000 });

export const EXAMPLE_JSON = readFileSync(
  join(import.meta.dirname, '..', '..', 'seeds', 'profile.example.json'),
  'utf8',
);

export function exampleProfile(): Profile {
  const parsed = parseProfile(JSON.parse(EXAMPLE_JSON));
  if (!parsed.ok) throw new Error(`seeds/profile.example.json is invalid: ${JSON.stringify(parsed.errors)}`);
  return parsed.profile;
}

let counter = 0;
/** Each test gets its own database, so no test sees another's profile. */
export function openFreshDb(label: string): Promise<VacancyDb> {
  counter += 1;
  return openVacancyDb(`vacancy-lens-options-${label}-${counter}-${Math.random().toString(36).slice(2)}`);
}

export function jsonFile(name: string, text: string): File {
  return new File([text], name, { type: 'application/json' });
}
