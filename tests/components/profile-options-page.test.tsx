// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getProfile, saveProfile, type VacancyDb } from '../../lib/db';
import { parseProfile, type Profile } from '../../lib/profile';
import { ProfileOptionsPage } from '../../components/profile/ProfileOptionsPage';
import { dbProfileStore } from '../../components/profile/store';
import { IMPORT_INPUT_ID } from '../../components/profile/BackupPanel';
import { EXAMPLE_JSON, exampleProfile, jsonFile, openFreshDb } from './helpers';

let db: VacancyDb | undefined;
afterEach(() => {
  cleanup();
  db?.close();
  db = undefined;
});

/** The page on a fresh database, optionally holding `stored`; resolves once the form is shown. */
async function renderPage(stored: Profile | null, props: { onExport?: (json: string) => void } = {}) {
  db = await openFreshDb('page');
  if (stored) await saveProfile(db, stored);
  const onExport = vi.fn(props.onExport ?? (() => {}));
  const onDirtyChange = vi.fn();
  const view = render(
    <ProfileOptionsPage store={dbProfileStore(db)} onExport={onExport} onDirtyChange={onDirtyChange} />,
  );
  await screen.findByRole('button', { name: 'Save profile' });
  return { ...view, db, onExport, onDirtyChange };
}

function byId<T extends HTMLElement = HTMLInputElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`No element #${id}`);
  return element as T;
}

function setValue(id: string, value: string) {
  const element = byId<HTMLInputElement | HTMLSelectElement>(id);
  element.value = value;
  fireEvent.input(element);
  fireEvent.change(element);
}

async function importText(name: string, text: string) {
  const input = byId(IMPORT_INPUT_ID);
  fireEvent.change(input, { target: { files: [jsonFile(name, text)] } });
}

describe('options page: showing the profile', () => {
  it('shows the stored example profile in the form', async () => {
    await renderPage(exampleProfile());

    expect(byId<HTMLSelectElement>('profile-nationalities-0').value).toBe('PT');
    const level = byId<HTMLSelectElement>('profile-diplomas-0-level');
    expect(level.value).toBe('secondary');
    expect(level.selectedOptions[0].textContent).toBe('Secondary diploma giving access to post-secondary');
    expect(byId('profile-diplomas-2-field').value).toBe('Informatics engineering (mestrado)');
    expect(byId('profile-diplomas-1-awarded').value).toBe('2017-07-20');
    expect(byId('profile-diplomas-0-recognisedInEU').checked).toBe(true);

    expect(byId('profile-experience-1-fullTimeShare').value).toBe('20');
    expect(byId('profile-experience-1-paid-no').checked).toBe(true);
    expect(byId('profile-experience-3-domains').value).toBe('data engineering');
    expect(byId('profile-experience-4-to-ongoing').checked).toBe(true);
    expect(byId('profile-experience-4-to').disabled).toBe(true);

    expect(byId<HTMLSelectElement>('profile-languages-1-language').value).toBe('EN');
    expect(byId<HTMLSelectElement>('profile-languages-1-speaking').value).toBe('C1');
    // Understanding C2, speaking C1, writing C2: EPSO counts C1.
    expect(byId('profile-languages-1-effective').textContent).toBe('C1');

    expect(byId<HTMLSelectElement>('profile-cast-0-functionGroup').value).toBe('FGIV');
    expect(byId('profile-cast-0-status-passed').checked).toBe(true);
    expect(byId('profile-cast-0-testDate').value).toBe('2023-03-15');
    expect(byId<HTMLSelectElement>('profile-securityClearance-level').value).toBe('none');
    expect(byId('profile-securityClearance-willingToBeVetted').checked).toBe(true);
    expect(byId('profile-euStaffStatus').checked).toBe(true);
  });

  it('labels every control', async () => {
    const { container } = await renderPage(exampleProfile());
    const controls = container.querySelectorAll('input, select, textarea');
    expect(controls.length).toBeGreaterThan(50);
    for (const control of controls) {
      const labels = (control as HTMLInputElement).labels;
      expect(labels?.length ?? 0, `#${control.id} has no label`).toBeGreaterThan(0);
    }
  });

  it('reminds the user that removing the extension deletes the profile', async () => {
    await renderPage(null);
    expect(screen.getByText(/Removing the extension deletes it, so export a backup/)).toBeTruthy();
  });

  it('starts empty when nothing is stored', async () => {
    await renderPage(null);
    expect(screen.getByText('No diploma yet.')).toBeTruthy();
    expect(screen.getByText('No unsaved changes.')).toBeTruthy();
  });
});

describe('options page: validation', () => {
  it('shows an inline message for a diploma without a date, focuses it, and does not save', async () => {
    const { db } = await renderPage(exampleProfile());
    setValue('profile-diplomas-0-awarded', '');
    fireEvent.click(screen.getByRole('button', { name: 'Save profile' }));

    const input = byId('profile-diplomas-0-awarded');
    const message = await waitFor(() => byId('profile-diplomas-0-awarded-error'));
    expect(message.textContent).toContain('Required.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')?.split(' ')).toContain('profile-diplomas-0-awarded-error');
    await waitFor(() => expect(document.activeElement).toBe(input));

    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Not saved: 1 problem to fix');
    expect(screen.getByRole('link', { name: 'Diploma 1 › Date awarded: Required.' })).toBeTruthy();

    expect((await getProfile(db)).value).toEqual(exampleProfile());
  });

  it('asks for every language level and shows no effective level until all three are set', async () => {
    const { db } = await renderPage(exampleProfile());
    fireEvent.click(screen.getByRole('button', { name: 'Add language' }));
    await waitFor(() => expect(document.activeElement).toBe(byId('profile-languages-3-language')));
    setValue('profile-languages-3-language', 'DE');
    setValue('profile-languages-3-understanding', 'B2');
    expect(byId('profile-languages-3-effective').textContent).toBe('—');

    fireEvent.click(screen.getByRole('button', { name: 'Save profile' }));
    await waitFor(() =>
      expect(byId('profile-languages-3-speaking-error').textContent).toContain('Required.'),
    );
    expect(byId('profile-languages-3-writing-error').textContent).toContain('Required.');
    expect(document.activeElement).toBe(byId('profile-languages-3-speaking'));
    expect((await getProfile(db)).value?.languages).toHaveLength(3);

    // Fixing the levels clears the messages as the user goes, and the lowest level shows.
    setValue('profile-languages-3-speaking', 'B1');
    setValue('profile-languages-3-writing', 'C1');
    await waitFor(() => expect(document.getElementById('profile-languages-3-speaking-error')).toBeNull());
    expect(byId('profile-languages-3-effective').textContent).toBe('B1');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('words a bad share of full time in percent', async () => {
    await renderPage(exampleProfile());
    setValue('profile-experience-0-fullTimeShare', '150');
    fireEvent.click(screen.getByRole('button', { name: 'Save profile' }));
    await waitFor(() =>
      expect(byId('profile-experience-0-fullTimeShare-error').textContent).toContain(
        'Write a percentage above 0 and at most 100',
      ),
    );
  });

  it('rejects an end date before the start date', async () => {
    await renderPage(exampleProfile());
    setValue('profile-experience-0-to', '2017-01-01');
    fireEvent.click(screen.getByRole('button', { name: 'Save profile' }));
    await waitFor(() =>
      expect(byId('profile-experience-0-to-error').textContent).toContain(
        'The end date is before the start date.',
      ),
    );
  });
});

describe('options page: saving', () => {
  it('saves a valid edit to IndexedDB and shows "Saved."', async () => {
    const { db, onDirtyChange } = await renderPage(exampleProfile());
    setValue('profile-diplomas-2-field', 'Informatics and computing engineering');
    fireEvent.click(byId('profile-securityClearance-willingToBeVetted-no'));
    await waitFor(() => expect(onDirtyChange).toHaveBeenLastCalledWith(true));
    expect(screen.getByText('Unsaved changes.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Save profile' }));
    await screen.findByText('Saved.');
    await waitFor(() => expect(onDirtyChange).toHaveBeenLastCalledWith(false));

    const stored = (await getProfile(db)).value;
    expect(stored?.diplomas[2].field).toBe('Informatics and computing engineering');
    expect(stored?.securityClearance?.willingToBeVetted).toBe(false);
    expect({ ...stored, diplomas: undefined, securityClearance: undefined }).toEqual({
      ...exampleProfile(),
      diplomas: undefined,
      securityClearance: undefined,
    });

    // A fresh page reads back what was saved.
    cleanup();
    render(<ProfileOptionsPage store={dbProfileStore(db)} onExport={() => {}} />);
    await screen.findByRole('button', { name: 'Save profile' });
    expect(byId('profile-diplomas-2-field').value).toBe('Informatics and computing engineering');
  });

  it('adds and removes rows, moving focus sensibly', async () => {
    const { db } = await renderPage(null);
    fireEvent.click(screen.getByRole('button', { name: 'Add nationality' }));
    await waitFor(() => expect(document.activeElement).toBe(byId('profile-nationalities-0')));
    setValue('profile-nationalities-0', 'GR');
    fireEvent.click(screen.getByRole('button', { name: 'Add nationality' }));
    setValue('profile-nationalities-1', 'AT');
    fireEvent.click(screen.getByRole('button', { name: 'Remove nationality 1 (Greece (GR))' }));
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add nationality' })),
    );
    expect(byId<HTMLSelectElement>('profile-nationalities-0').value).toBe('AT');

    fireEvent.click(screen.getByRole('button', { name: 'Save profile' }));
    await screen.findByText('Saved.');
    expect((await getProfile(db)).value?.nationalities).toEqual(['AT']);
  });
});

describe('options page: import and export', () => {
  it('rejects a file that is not a valid profile, lists the reasons, and keeps the profile', async () => {
    const { db } = await renderPage(exampleProfile());
    const broken = JSON.parse(EXAMPLE_JSON);
    delete broken.diplomas[0].awarded;
    broken.languages[0].speaking = 'D1';
    broken.nationalities = ['PT', 'XX'];
    await importText('broken.json', JSON.stringify(broken));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('broken.json was not imported');
    expect(alert.textContent).toContain('Your current profile is unchanged.');
    const reasons = within(alert)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(reasons).toEqual([
      'Nationality 2 nationalities.1: "XX" is not an ISO 3166-1 country code (e.g. PT, DE, GR).',
      'Diploma 1 › Date awarded diplomas.0.awarded: Required.',
      'Language 1 › Speaking languages.0.speaking: Choose a CEFR level: A1, A2, B1, B2, C1 or C2.',
    ]);

    expect((await getProfile(db)).value).toEqual(exampleProfile());
    expect(byId<HTMLSelectElement>('profile-nationalities-0').value).toBe('PT');
    expect(document.getElementById('profile-nationalities-1')).toBeNull();
  });

  it('rejects a file that is not JSON at all', async () => {
    const { db } = await renderPage(exampleProfile());
    await importText('notes.json', '{ "nationalities": [PT] ');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('notes.json was not imported');
    expect(alert.textContent).toMatch(/The file is not valid JSON/);
    expect((await getProfile(db)).value).toEqual(exampleProfile());
  });

  it('replaces the stored profile and the form with a valid file', async () => {
    const { db } = await renderPage(exampleProfile());
    const other = {
      nationalities: ['el', 'DE'],
      languages: [{ language: 'el', understanding: 'C2', speaking: 'C2', writing: 'C1' }],
      euStaffStatus: 'contract_agent',
    };
    await importText('backup.json', JSON.stringify(other));

    await screen.findByText(/and saved it as your profile/);
    const expected = parseProfile(other);
    expect(expected.ok).toBe(true);
    expect((await getProfile(db)).value).toEqual(expected.ok && expected.profile);
    expect(byId<HTMLSelectElement>('profile-nationalities-0').value).toBe('GR');
    expect(byId<HTMLSelectElement>('profile-languages-0-language').value).toBe('EL');
    expect(byId('profile-euStaffStatus-contract_agent').checked).toBe(true);
    expect(screen.getByText('No diploma yet.')).toBeTruthy();
    expect(screen.getByText('No unsaved changes.')).toBeTruthy();
  });

  it('exports JSON that parseProfile accepts and that matches the profile', async () => {
    const { onExport } = await renderPage(exampleProfile());
    fireEvent.click(screen.getByRole('button', { name: 'Export profile (JSON)' }));
    expect(onExport).toHaveBeenCalledTimes(1);
    const parsed = parseProfile(JSON.parse(onExport.mock.calls[0][0]));
    expect(parsed).toEqual({ ok: true, profile: exampleProfile() });
  });

  it('exports what an import then accepts (round trip through a file)', async () => {
    const { onExport, db } = await renderPage(exampleProfile());
    setValue('profile-experience-1-fullTimeShare', '25');
    fireEvent.click(screen.getByRole('button', { name: 'Export profile (JSON)' }));
    const json = onExport.mock.calls[0][0];
    expect(JSON.parse(json).experience[1].fullTimeShare).toBe(0.25);

    await importText('exported.json', json);
    await screen.findByText(/and saved it as your profile/);
    expect((await getProfile(db)).value?.experience[1].fullTimeShare).toBe(0.25);
  });

  it('does not export an invalid form, and shows why', async () => {
    const { onExport } = await renderPage(exampleProfile());
    setValue('profile-diplomas-0-level', '');
    fireEvent.click(screen.getByRole('button', { name: 'Export profile (JSON)' }));
    expect(onExport).not.toHaveBeenCalled();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Not exported: 1 problem to fix');
    await waitFor(() => expect(document.activeElement).toBe(byId('profile-diplomas-0-level')));
  });
});
