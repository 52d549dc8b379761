/**
 * Session 14: the blind fixtures' and blind round 35's misses, each rule on a text of our own with the same
 * structure and trap, read with detection bypassed.
 */
import { describe, expect, it } from 'vitest';
import { analyseNotice } from '../../lib/notice';

const read = (text: string) => analyseNotice(text, { force: true }).notice!;
const notice = (conditions: string) =>
  `VACANCY NOTICE\nRef.: XYZ/TA/AD/2031/007\nPolicy Officer (AD 6)\nClosing date: 3 March 2031\n\nConditions of employment\n${conditions}\n`;

describe('the first contract in the languages other than English, French and German', () => {
  it.each([
    ['Italian', 'Il contratto iniziale avrà una durata di tre anni e potrà essere rinnovato.', 3],
    ['Portuguese', 'O contrato inicial terá a duração de quatro anos, podendo ser prorrogado.', 4],
    ['Dutch', 'De overeenkomst wordt gesloten voor een periode van twee jaar en kan worden verlengd.', 2],
    ['Polish', 'Umowa zostanie zawarta na okres pięciu lat z możliwością przedłużenia.', 5],
    ['Czech', 'Smlouva se uzavírá na dobu pěti let a lze ji prodloužit.', 5],
    ['Finnish', 'Ensimmäinen työsopimus tehdään kolmeksi vuodeksi, ja sitä voidaan jatkaa.', 3],
    ['Swedish (months)', 'Det första avtalet ingås för en period av 48 månader och kan förlängas.', 4],
    ['Hungarian (months)', 'Az első szerződés 24 hónapra szól, és egyszer meghosszabbítható.', 2],
    ['Greek', 'Η αρχική σύμβαση έχει διάρκεια πέντε (5) ετών και μπορεί να ανανεωθεί.', 5],
    ['German secondment', 'Die Abordnung erfolgt zunächst für zwei Jahre; sie kann verlängert werden.', 2],
  ])('%s', (_, sentence, years) => {
    expect(read(notice(sentence)).firstContractYears).toBe(years);
  });

  it('does not take a renewal, a total or a maximum for the first contract', () => {
    expect(read(notice('Il contratto può essere rinnovato per due anni.')).firstContractYears).toBeNull();
    expect(
      read(notice('A szerződések teljes időtartama nem haladhatja meg a hat évet.')).firstContractYears,
    ).toBeNull();
    expect(
      read(notice('De overeenkomst kan worden verlengd met ten hoogste één jaar.')).firstContractYears,
    ).toBeNull();
  });

  it('says a range is a range', () => {
    const a = analyseNotice(
      notice('Durata contractului inițial va fi cuprinsă între 1 și 3 ani, cu posibilitate de reînnoire.'),
      { force: true },
    );
    expect(a.notice!.firstContractYears).toBeNull();
    expect(a.missing.firstContractYears).toMatch(/range/);
  });

  it('does not take years of experience said next to a contract', () => {
    expect(
      read(notice('Per il contratto è richiesta un’esperienza professionale di cinque anni.'))
        .firstContractYears,
    ).toBeNull();
  });
});

describe('blind round 35', () => {
  it.each([
    [
      'Latvian (the Parliament’s job page)',
      'PAZIŅOJUMS PAR PIEŅEMŠANU DARBĀ PE/401/2031/S\n\nVieta : Luksemburga\nPublikācijas beigas ārējā tīmekļa vietnē : 16/09/2031 12:00\nDienests : 07-Personāla ģenerāldirektorāts\n\nEiropas Parlaments pieņem darbā pagaidu darbinieku (AD 8 pakāpe).',
      '2031-09-16T12:00:00+02:00',
    ],
    [
      'Slovak (the Parliament’s job page)',
      'VÝBEROVÉ KONANIE PE/AD/412/2031    ADMINISTRÁTORI (AD 5)\n\nKoniec zverejnenia na externom webovom sídle : 12/03/2031 12:00\nÚtvar : 00-Európsky parlament\n\nEurópsky parlament organizuje výberové konanie.',
      '2031-03-12T12:00:00+01:00',
    ],
    [
      'Irish (the Official Journal’s key facts)',
      'Fógra maidir le Folúntas EUXX/2031/TA/004\n\nTeideal na feidhme |\nStiúrthóir Feidhmiúcháin |\nCatagóir agus grád |\nGníomhaire Sealadach 2(a) (1) — AD 14 |\nSPRIOC-AM LE hAGHAIDH IARRATAS |\n14 Eanáir 2031 — 12.00 (meán lae) am na Bruiséile |\n',
      '2031-01-14T12:00:00+01:00',
    ],
    [
      'German (a period that begins and ends)',
      'AUFFORDERUNG ZUR INTERESSENBEKUNDUNG XEA/TA/07/2031\n\nDie Anmeldefrist beginnt am 02/06/2031 um 15.00 Uhr und endet am 30/06/2031 um 12.00 Uhr (Mittag) Brüsseler Zeit.\n\nDie Exekutivagentur stellt Bedienstete auf Zeit (AD 6) ein.',
      '2031-06-30T12:00:00+02:00',
    ],
  ])('reads the deadline label of %s', (_, text, deadline) => {
    expect(read(text).deadline).toBe(deadline);
  });

  it('reads a Latvian function group written number first, in detection too', () => {
    const text =
      'PAZIŅOJUMS DATUBĀZES IZVEIDE LĪGUMDARBINIEKI (II FUNKCIJU GRUPA) BIROJA DARBĀ\n\nVieta : Strasbūra\nPublikācijas beigas ārējā tīmekļa vietnē : 03/11/2031 12:00\n\nĢenerālsekretariāts veido kandidātu datubāzi (II funkciju grupas līgumdarbinieki).';
    const a = analyseNotice(text);
    expect(a.detection.signals.join(' ')).toContain('function group or grade: "II FUNKCIJU GRUPA"');
    expect(a.detection.isNotice).toBe(true);
    expect(a.notice!.functionGroup).toBe('FGII');
  });

  it('reads the contract article after a category named in Irish, and the title label of the Irish table', () => {
    const n = read(
      'Fógra maidir le Folúntas EUXX/2031/TA/004\n\nTeideal na feidhme |\nStiúrthóir Feidhmiúcháin |\nCatagóir agus grád |\nGníomhaire Sealadach 2(a) (1) — AD 14 |\n',
    );
    expect(n.contractArticles).toEqual(['2a']);
    expect(n.title).toBe('Stiúrthóir Feidhmiúcháin');
  });

  it('reads German temporary staff written with both genders’ endings', () => {
    expect(
      read(
        'Stellenausschreibung XEA/AD/2031/002\nDirektorin/Direktor\n(Bedienstete/-r auf Zeit — Besoldungsgruppe AD 14)',
      ).staffCategory,
    ).toBe('temporary_agent');
  });

  it('cuts a competition’s word in any language and its code from the heading, and takes the post’s own case', () => {
    const n = read(
      'KONKURSAS PE/AD/399/2031   ANALITIKAI, TURINTYS DANIJOS PILIETYBĘ (AD 6)\n\nSkelbimo išorės interneto svetainėje pabaiga : 24/05/2031 12:00\n\nKONKURSAS PE/AD/399/2031\n\nAnalitikai, turintys Danijos pilietybę (AD 6)\n\nEuropos Parlamentas organizuoja konkursą.',
    );
    expect(n.title).toBe('Analitikai, turintys Danijos pilietybę');
  });

  it('cuts a job site’s number and the post’s seat after a labelled title', () => {
    const n = read(
      'EEAS Vacancy Notice - Contract Agent FGIV – Job title: Data Steward EEAS Headquarters job n° 401122\n\nDeadline for sending application: 05/12/2031 at 12.00 (CET).\n\nWe are\nThe European External Action Service supports the High Representative.',
    );
    expect(n.title).toBe('Data Steward');
  });

  it('takes a Commission DG in the heading for the employer, over an agency mentioned in passing', () => {
    const text =
      'COM/TA/ENV/31/AD6\n\nSELECTION OF TEMPORARY STAFF FOR THE DIRECTORATE-GENERAL FOR ENVIRONMENT (DG ENV)\n\nThe Commission is organising a selection procedure to constitute a list of 6 candidates.\n\nTests will follow the advice of the European Centre for Disease Prevention and Control.';
    const n = read(text);
    expect(n.institution).toBe('European Commission');
    expect(n.department).toBe('DG ENV');
  });

  it('does not take the Parliament’s "Directorate-General for Budgetary Affairs" for the Commission’s DG BUDG', () => {
    const n = read(
      'Recruitment notice PE/777/2031/S – Director (function group AD, grade 14) – Directorate-General for Budgetary Affairs\n\nThe European Parliament is organising a procedure to fill the post.',
    );
    expect(n.institution).toBe('European Parliament');
  });

  it('keeps a heading with its grade said four times in the page’s head (not a running head)', () => {
    const head =
      'Publication of a vacancy for the function of Director-General of the Example Office (XO) (grade AD 15)';
    const n = read(
      `This document is an excerpt\n${head}\n${head}\n${head}\nPUB/2031/1020\nOfficial Journal |\nC series |\nC/2031/6496 |\n31.10.2031 |\n${head}\nEngagement of a Temporary Agent (Article 2(a) of the Conditions of Employment of Other Servants)\n(COM/2031/10450)\nWe are\nThe Office fights fraud.`,
    );
    expect(n.grades).toEqual(['AD15']);
    const a = analyseNotice(
      `${head}\n${head}\nWe are\nThe Office fights fraud.\n\n${'Text. '.repeat(40)}\n${head}`,
      {
        force: true,
      },
    );
    expect(a.evidence.grades.quote.length).toBeLessThan(60);
  });

  it('reads the place at a heading’s end before its legal basis with a paragraph in brackets', () => {
    const n = read(
      'Publication of a vacancy for the post of Director of Directorate B ‘Investigations – Support’ (grade AD 14) – Belgium/Brussels (Article 29(2) of the Staff Regulations)\n\nCOM/2031/10399',
    );
    expect(n.location).toBe('Brussels');
  });

  it('reads the Irish place label and Brussels after a preposition', () => {
    expect(read('Roinn\n\nAn tSeirbhís Dlí\n\nIonad oibre\n\nan Bhruiséil, Foirgneamh LEX\n').location).toBe(
      'Brussels',
    );
  });
});
