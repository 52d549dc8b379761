// @vitest-environment happy-dom
/**
 * First run: the welcome page's quick profile, the Europass preview on both pages, the options
 * page before there is a profile, and the clearance rule the form states.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getProfile, type VacancyDb } from '../../lib/db';
import { parseEuropassXml, type EuropassResult } from '../../lib/profile/europass';
import { EuropassImport } from '../../components/profile/EuropassImport';
import { ProfileOptionsPage } from '../../components/profile/ProfileOptionsPage';
import { dbProfileStore } from '../../components/profile/store';
import { WelcomePage } from '../../components/profile/WelcomePage';
import { openFreshDb } from './helpers';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'europass');
const readFixture = (file: File): Promise<EuropassResult> =>
  Promise.resolve(parseEuropassXml(readFileSync(join(DIR, file.name), 'utf8')));

let db: VacancyDb | undefined;
afterEach(() => {
  cleanup();
  db?.close();
  db = undefined;
});

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

function pick(inputId: string, name: string) {
  fireEvent.change(byId(inputId), { target: { files: [new File(['x'], name)] } });
}

async function renderWelcome() {
  db = await openFreshDb('welcome');
  render(
    <WelcomePage
      store={dbProfileStore(db)}
      readEuropass={readFixture}
      optionsUrl="options.html"
      trackerUrl="tracker.html"
    />,
  );
  await screen.findByRole('button', { name: 'Save my profile' });
  return db;
}

describe('EuropassImport', () => {
  it('shows a preview with the five CEFR skills and the lowest, then hands it over on confirm', async () => {
    const onConfirm = vi.fn();
    render(<EuropassImport readFile={readFixture} onConfirm={onConfirm} />);
    pick('europass-file', 'cv-2020.xml');
    const heading = await screen.findByRole('heading', { name: 'What cv-2020.xml holds' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    const languages = screen.getByRole('table', { name: /Languages/ });
    const french = within(languages).getByRole('row', { name: /French/ });
    expect(
      within(french)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['B2', 'C1', 'B2', 'B1', 'B2', 'B1']);
    expect(screen.getByText(/EQF level 4 was read as a secondary diploma/)).toBeTruthy();
    expect(screen.getByText(/volunteering entry was left out/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Use these details' }));
    expect(onConfirm).toHaveBeenCalledOnce();
    expect(onConfirm.mock.calls[0][1]).toBe('cv-2020.xml');
    expect(screen.queryByRole('heading', { name: /holds/ })).toBeNull();
  });

  it('says why a file is refused', async () => {
    render(<EuropassImport readFile={readFixture} onConfirm={() => {}} />);
    pick('europass-file', 'not-europass.xml');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(
      /not-europass.xml was not imported\. This is not a Europass CV.*Nothing was changed/,
    );
  });
});

describe('welcome page: the quick profile', () => {
  it('saves five answers; untouched starter rows are not part of the profile', async () => {
    const store = await renderWelcome();
    setValue('profile-nationalities-0', 'PT');
    setValue('profile-diplomas-0-level', 'university_3y');
    setValue('profile-diplomas-0-awarded', '2020-07-01');
    fireEvent.click(byId('profile-diplomas-0-recognisedInEU'));
    setValue('profile-languages-0-language', 'PT');
    setValue('profile-languages-0-understanding', 'C2');
    setValue('profile-languages-1-language', 'EN');
    setValue('profile-languages-1-understanding', 'B2');
    fireEvent.click(screen.getByRole('button', { name: 'Save my profile' }));
    await screen.findByRole('heading', { name: /Your profile is saved/ });
    expect((await getProfile(store)).value).toEqual({
      nationalities: ['PT'],
      diplomas: [{ level: 'university_3y', field: '', awarded: '2020-07-01', recognisedInEU: true }],
      experience: [],
      languages: [
        { language: 'PT', understanding: 'C2', speaking: 'C2', writing: 'C2' },
        { language: 'EN', understanding: 'B2', speaking: 'B2', writing: 'B2' },
      ],
      cast: [],
      securityClearance: null,
      euStaffStatus: 'none',
    });
    expect(screen.getByRole('link', { name: 'Browse open vacancies on EU Careers' })).toBeTruthy();
  });

  it('points at what is missing in a started answer and saves nothing', async () => {
    const store = await renderWelcome();
    setValue('profile-diplomas-0-level', 'doctorate');
    setValue('profile-cast-0-functionGroup', 'FGIII');
    fireEvent.click(screen.getByRole('button', { name: 'Save my profile' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('Not saved: 3 problems to fix'),
    );
    expect(byId('profile-diplomas-0-awarded-error').textContent).toContain('Required.');
    expect(byId('profile-cast-0-status-error').textContent).toContain('Required.');
    await waitFor(() => expect(document.activeElement).toBe(byId('profile-diplomas-0-awarded')));
    expect((await getProfile(store)).value).toBeNull();
  });

  it('fills the questions from a Europass CV, keeping the per-skill levels', async () => {
    const store = await renderWelcome();
    pick('welcome-europass-file', 'cv-2020.xml');
    await screen.findByRole('heading', { name: 'What cv-2020.xml holds' });
    fireEvent.click(screen.getByRole('button', { name: 'Use these details' }));
    await screen.findByText(/Filled in from/);
    expect(byId<HTMLSelectElement>('profile-nationalities-0').value).toBe('PT');
    expect(byId<HTMLSelectElement>('profile-diplomas-1-level').value).toBe('secondary');
    expect(byId('profile-experience-1-to').value).toBe('2022-08-31');
    // English: understanding C2, speaking C1, writing C2 → the level shown is C1, the detail kept.
    expect(byId<HTMLSelectElement>('profile-languages-1-understanding').value).toBe('C1');
    expect(byId('profile-languages-1-understanding-hint').textContent).toBe(
      'Understanding C2, speaking C1, writing C2.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save my profile' }));
    await screen.findByRole('heading', { name: /Your profile is saved/ });
    const saved = (await getProfile(store)).value;
    expect(saved?.languages[1]).toEqual({
      language: 'EN',
      understanding: 'C2',
      speaking: 'C1',
      writing: 'C2',
    });
    expect(saved?.experience).toHaveLength(2);
  });
});

describe('options page: first run and Europass', () => {
  async function renderOptions() {
    db = await openFreshDb('options-first');
    render(
      <ProfileOptionsPage
        store={dbProfileStore(db)}
        onExport={() => {}}
        readEuropass={readFixture}
        welcomeUrl="welcome.html"
      />,
    );
    await screen.findByRole('button', { name: 'Save profile' });
    return db;
  }

  it('offers the quick set-up while there is no profile, and puts the backup after the form', async () => {
    await renderOptions();
    expect(screen.getByRole('link', { name: 'quick set-up' }).getAttribute('href')).toBe('welcome.html');
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings.indexOf('Backup')).toBeGreaterThan(headings.indexOf('Nationalities'));
  });

  it('fills the form from a Europass CV without saving until the user saves', async () => {
    const store = await renderOptions();
    pick('options-europass-file', 'cv-v3.xml');
    await screen.findByRole('heading', { name: 'What cv-v3.xml holds' });
    fireEvent.click(screen.getByRole('button', { name: 'Use these details' }));
    await screen.findByText(/Filled in from cv-v3.xml/);
    expect(byId<HTMLSelectElement>('profile-nationalities-1').value).toBe('CY');
    expect(byId('profile-diplomas-0-recognisedInEU').checked).toBe(false);
    expect((await getProfile(store)).value).toBeNull();
    // The CV could not say whether the UK degree is recognised: the form asks.
    fireEvent.click(screen.getByRole('button', { name: 'Save profile' }));
    await waitFor(() =>
      expect(byId('profile-diplomas-0-recognisedInEU-error').textContent).toContain('Required.'),
    );
    fireEvent.click(byId('profile-diplomas-0-recognisedInEU-no'));
    fireEvent.click(screen.getByRole('button', { name: 'Save profile' }));
    await screen.findByText('Saved.');
    expect((await getProfile(store)).value?.languages.map((l) => l.language)).toEqual(['EL', 'EN', 'DE']);
    expect(screen.queryByText(/You have no profile yet/)).toBeNull();
  });

  it('saves "willing to be vetted" alone: the clearance level may stay empty, as the form says', async () => {
    const store = await renderOptions();
    fireEvent.click(byId('profile-securityClearance-willingToBeVetted'));
    fireEvent.click(screen.getByRole('button', { name: 'Save profile' }));
    await screen.findByText('Saved.');
    expect((await getProfile(store)).value?.securityClearance).toEqual({
      level: null,
      expires: null,
      willingToBeVetted: true,
    });
  });
});
