/** Deadline wordings seen in real notices, each read into an exact instant. */
import { describe, expect, it } from 'vitest';
import { analyseNotice } from '../../lib/notice';
import { buildContext } from '../../lib/notice/context';
import { hasDeadlineWording } from '../../lib/notice/gate';
import { extractDeadline } from '../../lib/notice/fields/deadline';
import { lookupPlace } from '../../lib/notice/lexicon';
import { normaliseNotice } from '../../lib/notice/normalise';

function read(text: string, city?: string) {
  const ctx = buildContext(normaliseNotice(text, 'text'));
  return extractDeadline(ctx, city ? lookupPlace(city) : null);
}

describe('extractDeadline', () => {
  it.each([
    ['Express your interest until: 04/06/2026 - 12.00 (noon, Brussels time)', '2026-06-04T12:00:00+02:00'],
    ['Express your interest until: 26.05.2025 - 12.00 (noon, Brussels time)', '2025-05-26T12:00:00+02:00'],
    ['Publication deadline: 23/03/2026 - 12.00 (Brussels time)', '2026-03-23T12:00:00+01:00'],
    ['Deadline for applications: 19 January 2026, at noon', '2026-01-19T12:00:00+01:00'],
    ['Express your interest until: 7 January 2021 midnight', '2021-01-07T23:59:59+01:00'],
    ['Closing date: 15/09/2026 23:59', '2026-09-15T23:59:00+02:00'],
    ['Deadline: 12/08/2026 - 23:59 (Brussels time)', '2026-08-12T23:59:00+02:00'],
    ['Deadline: 3 March 2026, 12:00 h', '2026-03-03T12:00:00+01:00'],
    ['Closing date for applications: 30 November 2026', '2026-11-30T23:59:59+01:00'],
    [
      'Deadline for applications: 15 January 2026 at 12:00 Helsinki time (11:00 CET)',
      '2026-01-15T12:00:00+02:00',
    ],
    ['Deadline for applications: 3 August 2026 at 23:59 Warsaw local time', '2026-08-03T23:59:00+02:00'],
    ['Deadline: 27.05.2026 - 13:00 EEST', '2026-05-27T13:00:00+03:00'],
    ['Deadline: 10 December 2026 at 12:00 EET', '2026-12-10T12:00:00+02:00'],
    ['Publication end on external website : 30/09/2026 12:00', '2026-09-30T12:00:00+02:00'],
    ['Publikationsende auf externer Website : 12/01/2026 17:00', '2026-01-12T17:00:00+01:00'],
    // The hour after its word, without minutes; the zone "ora di <town>".
    [
      'Il termine per la presentazione delle candidature è martedì 22 settembre 2026 alle ore 13 (ora di Bruxelles).',
      '2026-09-22T13:00:00+02:00',
    ],
    // Maltese noon and "ħin ta' <town>"; Polish and Hungarian noon and midnight.
    [
      "Data tal-għeluq għall-applikazzjonijiet: l-24 ta' Mejju 2026 f'nofsinhar (ħin ta' Brussell)",
      '2026-05-24T12:00:00+02:00',
    ],
    [
      'Termin składania zgłoszeń: 3 marca 2026 r., w południe (czasu brukselskiego)',
      '2026-03-03T12:00:00+01:00',
    ],
    ['Termin składania zgłoszeń: 3 marca 2026 r. o północy', '2026-03-03T23:59:59+01:00'],
    ['Jelentkezési határidő: 2026. március 3., délben', '2026-03-03T12:00:00+01:00'],
    [
      'Plazo para la presentación de las solicitudes 17/12/2026, 24.00 hora de Alicante (CET)',
      '2026-12-17T23:59:59+01:00',
    ],
    // A city's time or local time said with an adjective or a genitive; a label's own words on its line.
    [
      'Uiterste datum voor het indienen van sollicitaties:\n\n2 november 2031 om 12.00 ’s middags Lissabonse tijd',
      '2031-11-02T12:00:00+00:00',
    ],
    [
      'Termin składania zgłoszeń: 3 marca 2031 r., godz. 12:00 czasu lizbońskiego',
      '2031-03-03T12:00:00+00:00',
    ],
    ['Προθεσμία υποβολής αιτήσεων: 3 Μαρτίου 2031, 12:00 ώρα Αθηνών', '2031-03-03T12:00:00+02:00'],
    ['Paraiškų pateikimo terminas: 2031 m. kovo 3 d. 12:00 Vilniaus laiku', '2031-03-03T12:00:00+02:00'],
    // A heading label without its colon, its date after a blank line; HU "határideje", ET "lõppkuupäev".
    ['UZÁVĚRKA PRO PODÁNÍ PŘIHLÁŠEK\n\n13. května 2031\n\nKDO JSME', '2031-05-13T23:59:59+02:00'],
    ['Uzávierka žiadostí\n\n15. júla 2031 o 24.00 hod.', '2031-07-15T23:59:59+02:00'],
    [
      'A pályázat benyújtásának határideje: 2031. október 17., luxembourgi idő szerint déli 12 óra',
      '2031-10-17T12:00:00+02:00',
    ],
    [
      'Kandideerimisavalduse esitamise lõppkuupäev: 31. mai 2031 kell 12.00 päeval Brüsseli aja järgi',
      '2031-05-31T12:00:00+02:00',
    ],
    // Eastern European time in Danish, before the same instant in Central European time.
    [
      'Ansøgningsfristens udløb\n\n21. maj 2031 kl. 23.59 østeuropæisk tid og kl. 22.59 centraleuropæisk tid',
      '2031-05-21T23:59:00+03:00',
    ],
    ['Deadline for applications: 06/01/2031 at 11:59:59 CET', '2031-01-06T11:59:59+01:00'],
    // An EU Careers page's initial deadline, then the extended one in the next field.
    [
      'Initial deadline: \n06/02/2031 - 12:00(czasu brukselskiego)\nTermin: \n20/02/2031 - 12:00(czasu brukselskiego) (extended)\nGrupa zaszeregowania:',
      '2031-02-20T12:00:00+01:00',
    ],
    // Not a later date in the next field when nothing says the first was initial or the second extended.
    ['Deadline: \n06/02/2031 - 12:00\nReserve list valid until: \n31/12/2031', '2031-02-06T12:00:00+01:00'],
    // A Dutch job site's "apply before" field.
    [
      'Locatie:\nDen Haag\nGepubliceerd:\n27/02/2031\nReageer voor:\n05/03/2031\nUur p/wk:\n40',
      '2031-03-05T23:59:59+01:00',
    ],
    // In words: the family of EET / WET, the legal time of the date deciding summer time.
    ['Applications close on 20 May 2026 at 23:00 Eastern European Time.', '2026-05-20T23:00:00+03:00'],
    ['Deadline: 3 December 2026, 17:00 Eastern European Time', '2026-12-03T17:00:00+02:00'],
    ['Deadline: 3 July 2026, 17:00 Eastern European Summer Time', '2026-07-03T17:00:00+03:00'],
    ['Closing date: 14 January 2026 at 12:00 Western European Time', '2026-01-14T12:00:00+00:00'],
    ["Date limite : 2 juin 2026 à 12h00 (heure d'Europe de l'Est)", '2026-06-02T12:00:00+03:00'],
    ['Bewerbungsfrist: 2. Juni 2026, 12:00 Uhr osteuropäische Sommerzeit', '2026-06-02T12:00:00+03:00'],
    ['Deadline: 9 July 2026 at 17:00 CEST', '2026-07-09T17:00:00+02:00'],
    [
      'Deadline for registration: 10 February 2026 - 12:00 (midday), Brussels time',
      '2026-02-10T12:00:00+01:00',
    ],
    [
      'Applications must be received no later than 2 April 2026 at 12.00 noon, The Hague time',
      '2026-04-02T12:00:00+02:00',
    ],
    ['Deadline: 12:00 h on 09/11/2026', '2026-11-09T12:00:00+01:00'],
    ['Deadline: March 5, 2026 at 5 pm (Brussels time)', '2026-03-05T17:00:00+01:00'],
    ['Deadline: 2026-04-24 12:00 CET', '2026-04-24T12:00:00+02:00'],
    ['Date limite : 12 mars 2026 à 12h00 (heure de Bruxelles)', '2026-03-12T12:00:00+01:00'],
    [
      'Date limite de dépôt des candidatures : 5 août 2026 à 23h59 (heure de Luxembourg)',
      '2026-08-05T23:59:00+02:00',
    ],
    ['Bewerbungsfrist: 20.10.2026, 12:00 Uhr (Brüsseler Zeit)', '2026-10-20T12:00:00+02:00'],
    ['Bewerbungsschluss: 1. Februar 2026, 23:59 Uhr MEZ', '2026-02-01T23:59:00+01:00'],
    ['Deadline: 25 October 2026 at 12:00 noon (Brussels time)', '2026-10-25T12:00:00+01:00'],
    ['Deadline: 29 March 2026 at 12:00 (Brussels time)', '2026-03-29T12:00:00+02:00'],
  ])('%s → %s', (text, iso) => {
    expect(read(text).iso).toBe(iso);
  });

  it('does not read a short phrase inside a word ("até" in "Approval date", "adoptate") as the deadline', () => {
    expect(read('Document number: HR-005\nApproval date: 17/07/2026\nVACANCY NOTICE').iso).toBeNull();
    expect(read('normele adoptate de către Birou la 15 ianuarie 2026.').iso).toBeNull();
    expect(read('Directorate\n\n02.07.2026 Expiring soon').iso).toBeNull();
    // A long label glued to the table cell before it is still the label.
    expect(
      read(
        'Exigida credenciação SECRET UEDATA-LIMITE PARA APRESENTAÇÃO DE CANDIDATURAS 20 de outubro de 2026',
      ).iso,
    ).toBe('2026-10-20T23:59:59+02:00');
  });

  it('reads an extension written right after the deadline, and says so', () => {
    const r = read(
      'Deadline for applications: 04/09/2031 23:59 hours (CET) Extended until: 02/10/2031 - 23:59 hours (CET) Type of Contract: Temporary Agent',
    );
    expect(r.iso).toBe('2031-10-02T23:59:00+02:00');
    expect(r.evidence?.note).toMatch(/extended/);
    expect(read("Date limite : 3 mars 2031 à 12h00, prolongée jusqu'au 17 mars 2031 à 12h00").iso).toBe(
      '2031-03-17T12:00:00+01:00',
    );
    // An earlier date after the word, or one far from the deadline, is not its extension.
    expect(read('Deadline: 02/10/2031 12:00. Extended until: 04/09/2031').iso).toBe(
      '2031-10-02T12:00:00+02:00',
    );
  });

  it('follows the legal local time when the stated zone contradicts the date, and says so', () => {
    const r = read('Deadline: 30 June 2026 at 12:00 CET');
    expect(r.iso).toBe('2026-06-30T12:00:00+02:00');
    expect(r.evidence?.note).toMatch(/legal local time/);
  });

  it('reads "local time" in the zone of the place of employment', () => {
    expect(read('Deadline: 17 June 2026 at 12:00 (local time)', 'Vilnius').iso).toBe(
      '2026-06-17T12:00:00+03:00',
    );
    expect(read('Date limite : 5 mai 2026 à 23h59 (heure locale)', 'Angers').iso).toBe(
      '2026-05-05T23:59:00+02:00',
    );
    expect(read('Jelentkezési határidő: 2031. március 3., 12:00 helyi idő szerint', 'Vilnius').iso).toBe(
      '2031-03-03T12:00:00+02:00',
    );
    expect(
      read('Termin składania zgłoszeń: 3 marca 2031 r., godz. 12:00 czasu lokalnego', 'Lisbon').iso,
    ).toBe('2031-03-03T12:00:00+00:00');
  });

  it('gives null with a reason for "local time" at an unknown place', () => {
    const r = read('Deadline: 17 June 2026 at 12:00 (local time)');
    expect(r.iso).toBeNull();
    expect(r.reason).toMatch(/local time/);
  });

  it('uses the CET-family zone of the place for an abbreviation (EET in Athens, not Helsinki)', () => {
    expect(read('Deadline: 27.05.2026 - 13:00 EEST', 'Athens').zone).toBe('Europe/Athens');
  });

  it('assumes Brussels time when no zone is named, and warns when the post is elsewhere', () => {
    const r = read('Deadline for applications: 15 January 2026 at 12:00', 'Lisbon');
    expect(r.iso).toBe('2026-01-15T12:00:00+01:00');
    expect(r.evidence?.note).toMatch(/Brussels time assumed.*Lisbon/);
  });

  it('marks an assumed end of day', () => {
    expect(read('Closing date: 31 January 2026').evidence?.note).toMatch(/end of day/);
  });

  it.each([
    ['no date at all', 'Applications will be accepted until the post is filled.'],
    ['an impossible date', 'Deadline: 31/02/2026 12:00'],
    ['a date far from any deadline wording', 'Published on 12/03/2026. We look forward to your application.'],
  ])('returns null for %s', (_why, text) => {
    expect(read(text).iso).toBeNull();
  });

  it('quotes the deadline from the original, not the normalised text', () => {
    const original = '**Express your interest until:** 04/06/2026 - 12.00 (noon, Brussels time)';
    const ctx = buildContext(normaliseNotice(original, 'markdown'));
    const r = extractDeadline(ctx, null);
    expect(r.evidence && original.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence?.quote);
    expect(r.evidence?.quote).toContain('04/06/2026 - 12.00 (noon, Brussels time)');
  });
});

describe('deadline wordings of blind rounds 7–13 (texts of our own with the same structure)', () => {
  it.each([
    [
      'Termenul-limită pentru înscriere: 9 iulie 2031, ora 12.00 (după-amiaza), CET',
      '2031-07-09T12:00:00+02:00',
    ],
    [
      'Frist (inkl. validering): 13. januar 2031 kl. 12.00 (middag), Bruxellestid.',
      '2031-01-13T12:00:00+01:00',
    ],
    ['Application until\n27.11.2031 12:00 (CET)', '2031-11-27T12:00:00+01:00'],
    [
      'Closing date for applications\n\n15 August 20311, at 23:59 Eastern European Summer Time (EEST)',
      '2031-08-15T23:59:00+03:00',
    ],
    ['Application closes / deadline: \n31/03/2031 - 23:59(Ortszeit Brüssel)', '2031-03-31T23:59:00+02:00'],
    [
      'Expressions may be submitted during the period from 19/01/2031 to 02/02/2031 at 12:00 midday (Brussels time).',
      '2031-02-02T12:00:00+01:00',
    ],
    ['Deadline for applications 25 March 2031 by 2359 CET', '2031-03-25T23:59:00+01:00'],
    ['Deadline for applications: 13/July/2031 at 12:00 (midday), Brussels time', '2031-07-13T12:00:00+02:00'],
    ['Jelentkezési határidő: \n2031. 03. 09. – 12:00 (brüsszeli idő szerint)', '2031-03-09T12:00:00+01:00'],
    ['Sista ansökningsdag: 25/02/2031 kl.13.00 (medeleuropeisk tid [MET])', '2031-02-25T13:00:00+01:00'],
    // A job board's "Posted … - Closes …"; a year-first date with slashes; "12,00 ч." (Bulgarian).
    ['Posted 02.03.2031, 09:15 - Closes 28.03.2031, 12:00', '2031-03-28T12:00:00+01:00'],
    ['- Deadline:\n2031/11/10,\n12:00 (midday), Brussels time', '2031-11-10T12:00:00+01:00'],
    // "Local time", then the place it is the time of.
    ['Sista ansökningsdag: den 21 april 2031 kl. 12.00 (lokal tid Bryssel)', '2031-04-21T12:00:00+02:00'],
    ['Deadline: 21 January 2031 at 12:00 local time in Helsinki', '2031-01-21T12:00:00+02:00'],
    [
      'Il termine per la presentazione delle candidature è venerdì 19 settembre 2031, ore 12, ora di Bruxelles.',
      '2031-09-19T12:00:00+02:00',
    ],
    // A time zone by its own name.
    ['Closing date\n\n04 June 2031, 13:00 Europe/Vilnius', '2031-06-04T13:00:00+03:00'],
    [
      'The registration period will begin on 4 July 2031 and end on 31 August 2031 -12:00 (Midday)\nBrussels time.',
      '2031-08-31T12:00:00+02:00',
    ],
    [
      'КРАЕН СРОК ЗА КАНДИДАТСТВАНЕ\n\n6 октомври 2031 г., 12,00 ч. на обяд (брюкселско време)',
      '2031-10-06T12:00:00+02:00',
    ],
  ])('%s', (text, instant) => {
    expect(read(text).iso).toBe(instant);
  });

  it('takes no five-digit number for a year when no comma follows', () => {
    expect(read('Deadline: 15 August 20311 people').iso).toBeNull();
  });
});

describe('a bare "until" that ends a period, not the applications', () => {
  it('is passed over when a date follows on its line', () => {
    expect(
      read(
        'All Programme Managers will be administratively attached until 31 December 2031 to the Directorate-General.',
      ).iso,
    ).toBeNull();
  });

  it('is still read as a table label followed by its date', () => {
    expect(read('Reserve list valid until\n16/08/2031').iso).toBe('2031-08-16T23:59:59+02:00');
  });
});

describe('deadline: "Applications are due by …" (blind round 18)', () => {
  it('passes the gate and reads the date, end of day in Brussels', () => {
    const text =
      'The Authority is seeking candidates for the position of Records Assistant (temporary agent, AST 2). Applications are due by March 20, 2031.';
    expect(hasDeadlineWording(text)).toBe(true);
    expect(analyseNotice(text, { force: true }).notice?.deadline).toBe('2031-03-20T23:59:59+01:00');
  });
});

describe('deadline: the same date said again with its time (blind round 19)', () => {
  it("takes the notice's time over a job board's bare date", () => {
    const text =
      'Head of Programmes\n\nClosing date\n14 Feb 2031\n\nSenior executive\n\nCLOSING DATE FOR REGISTRATION: 14 February 2031, 12:00 (midday) Brussels time';
    expect(analyseNotice(text, { force: true }).notice?.deadline).toBe('2031-02-14T12:00:00+01:00');
  });

  it('keeps the first date when the next one is another date', () => {
    const text = 'Closing date\n14 Feb 2031\n\nDeadline for the written test: 3 March 2031, 10:00';
    expect(analyseNotice(text, { force: true }).notice?.deadline).toBe('2031-02-14T23:59:59+01:00');
  });
});
