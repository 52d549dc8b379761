/**
 * Session 16: blind round 40's misses, each rule on a text of our own with the same structure and trap.
 */
import { describe, expect, it } from 'vitest';
import { analyseNotice } from '../../lib/notice';

const read = (text: string) => analyseNotice(text, { force: true });

describe('references', () => {
  it("do not take the Official Journal's number of the next contents line as part of the code", () => {
    // An issue of the journal: its contents (the notice's line, its page, the next item), then the notice.
    const text = [
      'Official Journal of the European Union',
      'C 412 A',
      'Contents',
      'V Announcements',
      'ADMINISTRATIVE PROCEDURES',
      'European Commission',
      '2031/C 412 A/01',
      'Vacancy notice for the post of Director of the Baltic Fisheries Observatory in Riga — (Temporary agent — grade AD 14) — COM/2031/20555',
      '',
      '1',
      '',
      ' ',
      '',
      '2031/C 412 A/02',
      'Notice to readers',
      '',
      'The Observatory is looking for its Director. Applications must be sent by 12 May 2031, 12:00 noon Brussels time.',
    ].join('\n');
    expect(read(text).notice?.reference).toBe('COM/2031/20555');
  });
});

describe('Directorates-General', () => {
  it("take a DG named in full with its acronym, even one newer than the reader's list", () => {
    const text =
      'Call for expressions of interest\nContract staff, function group III\n\nThe Directorate-General for Parliamentary Partnerships and Outreach (DG PAPO) of the European Parliament is one of the DGs made by dividing the former Directorate-General for External Policies. It supports the committees.\n\nDeadline for applications: 2 June 2031 at 12:00 (Brussels time).';
    expect(read(text).notice?.department).toBe('DG PAPO');
  });

  it('do not take the former DG a new one was made from', () => {
    const text =
      'Call for expressions of interest\nContract staff, function group III\n\nThis new Directorate-General of the European Parliament was made by dividing the former Directorate-General for Internal Policies. It supports the committees.\n\nDeadline for applications: 2 June 2031 at 12:00 (Brussels time).';
    expect(read(text).notice?.department).toBeNull();
  });

  it("read the Parliament's DG of the Presidency in French and its DG IUST in English", () => {
    const fr =
      'PARLEMENT EUROPÉEN\n\nAVIS DE VACANCE PE/999/S\n\nDIRECTEUR/DIRECTRICE (AD, grade 14)\n\nDIRECTION GÉNÉRALE DE LA PRÉSIDENCE — DIRECTION DES RELATIONS INTERPARLEMENTAIRES\n\nLa date limite pour le dépôt des candidatures est fixée au 3 mars 2031 à midi, heure de Bruxelles.';
    expect(read(fr).notice?.department).toBe('DG PRES');
    const en =
      'European Parliament\nCall for expressions of interest\nThe Directorate-General for Citizens’ Rights, Justice and Institutional Affairs of the European Parliament recruits assistants.\nDeadline: 2 June 2031 at 12:00 (Brussels time).';
    expect(read(en).notice?.department).toBe('DG IUST');
  });
});

describe('deadlines', () => {
  it("do not take the end of a body's life for a closing date", () => {
    const text =
      'Traineeship programme 2031\n\nThe Northern Seas Research Joint Undertaking is established until 31 December 2037 and is located in Brussels, Belgium.\n\nTrainees work on grant management for five months.';
    expect(read(text).notice?.deadline).toBeNull();
  });

  it('read Italian "le candidature vanno presentate entro …" with its weekday and noon', () => {
    const text =
      'L’Agenzia europea per la sicurezza delle ferrovie cerca un nuovo direttore esecutivo (agente temporaneo, grado AD 14).\n\nLe candidature vanno presentate entro venerdì 14 marzo 2031 a mezzogiorno, ora di Bruxelles.\n\nCompiti\n\nIl direttore esecutivo rappresenta l’Agenzia.';
    const a = analyseNotice(text);
    expect(a.notice?.deadline).toBe('2031-03-14T12:00:00+01:00');
    expect(a.detection.isNotice).toBe(true);
  });
});

describe('titles', () => {
  it('end a post where the name of a body we do not know begins ("… of the X Joint Undertaking")', () => {
    const text =
      'Northern Seas Research Joint Undertaking\n\nPublication of a vacancy for the function of Executive Director of the Northern Seas Research Joint Undertaking (Temporary Agent – Grade AD 14) – COM/2031/20077\n\nClosing date for applications: 3 March 2031 at 12:00 noon Brussels time.';
    expect(read(text).notice?.title).toBe('Executive Director');
  });

  it('drop the country a job board adds after the post when its place field says it', () => {
    const text =
      'Apr 2, 2031\n\nData Protection Officer , Portugal\n\nEmployer: European Fisheries Control Agency\nLocation: Vigo , Spain\n\nClosing date for applications: 22 April 2031\n';
    // The country here is not the place field's: not cut off as the board's.
    expect(read(text).notice?.title).not.toBe('Data Protection Officer');
    const same = text.replace('Vigo , Spain', 'Lisbon , Portugal');
    expect(read(same).notice?.title).toBe('Data Protection Officer');
  });
});

describe('detection', () => {
  it("does not take a document site's list of related files for a notice (Finnish)", () => {
    const text = [
      '(Ilmoitukset) HALLINNOLLISET MENETTELYT ALUEIDEN KOMITEA',
      '',
      'Samankaltaiset tiedostot',
      '(Ilmoitukset) HALLINNOLLISET MENETTELYT ALUEIDEN KOMITEA. ILMOITUS AVOIMESTA VIRASTA CDR/AD 14/ 22 BIS /29 johtajan VIRKA',
      '',
      'Hakuaika päättyy: Avoin toimi: väliaikainen toimihenkilö AD8 AD9. 2. Tehtävät:',
      '',
      'C 118 A. Euroopan unionin virallinen lehti. Tiedonantoja ja ilmoituksia.',
      '',
      'ILMOITUS AVOIMESTA VIRASTA ECA/2029/LEX',
      '',
      'Hakuaika päättyy: kello (Belgian aikaa). 1. Avoin toimi: väliaikainen toimihenkilö AD11 AD Tehtävät:',
    ].join('\n');
    expect(analyseNotice(text).detection.isNotice).toBe(false);
  });
});
