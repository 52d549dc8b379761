import { describe, expect, it } from 'vitest';
import { detectNotice, hasDeadlineWording, normaliseNotice } from '../../lib/notice';
import { goldenCases, NON_NOTICES_DIR, NOTICES_DIR, plainFiles, SEEDS_DIR } from '../helpers/fixtures';

const detect = (text: string) => detectNotice(normaliseNotice(text).text);

describe('detectNotice', () => {
  const negatives = plainFiles(NON_NOTICES_DIR);

  it('has at least 50 negative pages', () => {
    expect(negatives.length).toBeGreaterThanOrEqual(50);
  });

  it.each(negatives.map((n) => [n.name, n.text]))('is not fooled by %s', (_name, text) => {
    const d = detect(text);
    expect(d.isNotice).toBe(false);
    expect(d.signals.length).toBeGreaterThan(0);
  });

  it.each([...goldenCases(SEEDS_DIR), ...goldenCases(NOTICES_DIR)].map((c) => [c.name, c.text]))(
    'finds %s',
    (_name, text) => {
      expect(detect(text).isNotice).toBe(true);
    },
  );

  it.each([
    ['empty text', ''],
    ['a bare date', 'Deadline: 12/03/2026'],
    [
      'a funding call',
      'Call for proposals HORIZON-CL5-2026. Deadline for submission: 12/03/2026 17:00 Brussels time. Grant agreement preparation follows. Eligibility criteria apply to consortia.',
    ],
    [
      'a private job advert',
      'Senior Java developer. Requirements: 5 years of experience. Deadline: 12/03/2026. Send your CV to jobs@example.com.',
    ],
  ])('rejects %s', (_name, text) => {
    expect(detect(text).isNotice).toBe(false);
  });

  it('accepts a minimal agency notice', () => {
    const text = `VACANCY NOTICE\nProject Officer (AD 6)\nRef.: ECHA/TA/2026/004\nEligibility criteria: a university degree of at least three years.\nDeadline for applications: 15 January 2026 at 12:00 Helsinki time\nTemporary agent 2(f)`;
    expect(detect(text).isNotice).toBe(true);
  });

  it('says why a page is not a notice', () => {
    const d = detect('Our canteen menu for the week.');
    expect(d.isNotice).toBe(false);
    expect(d.signals.at(-1)).toMatch(/^not a notice: no closing date/);
  });

  it('returns the signals with their weights', () => {
    const d = detect(
      'VACANCY NOTICE\nReference: ECHA/TA/2026/004\nTemporary agent AD 6\nDeadline for applications: 15 January 2026 at 12:00 Helsinki time',
    );
    expect(d.isNotice).toBe(true);
    expect(d.weights?.length).toBeGreaterThan(2);
    expect(d.weights?.reduce((s, w) => s + w.weight, 0)).toBe(d.score);
    expect(d.weights?.map((w) => w.family)).toEqual(expect.arrayContaining(['deadline', 'post', 'staff']));
  });

  it('reads the head of a Commission notice flattened into one line', () => {
    const text =
      'Data Analyst Selection reference COM/2026/TA/JRC/12 Domain Statistics Where Ispra Staff category and Function Group Temporary agent, AD Grade range AD 5 - AD 7 Publication deadline 17/04/2026 12:00 WE ARE a unit of the JRC. WE PROPOSE a post. WE LOOK FOR a statistician.';
    expect(detect(text).isNotice).toBe(true);
  });

  it.each([
    [
      'FR',
      "AVIS DE VACANCE\nAgent contractuel, groupe de fonctions IV\nDate limite de candidature : 15 mars 2026 à 12 heures\nCRITÈRES D'ÉLIGIBILITÉ",
    ],
    [
      'DE',
      'STELLENAUSSCHREIBUNG\nVertragsbediensteter, Funktionsgruppe III\nBewerbungsfrist: 15. März 2026, 12:00 Uhr\nZULASSUNGSKRITERIEN',
    ],
    [
      'PL',
      'OGŁOSZENIE O NABORZE\nPracownik kontraktowy, grupa funkcyjna IV\nTermin składania zgłoszeń: 15 marca 2026 r.',
    ],
    [
      'ES',
      'ANUNCIO DE VACANTE\nAgente temporal AD 6\nPlazo de presentación de candidaturas: 15 de marzo de 2026',
    ],
    [
      'IT',
      'AVVISO DI POSTO VACANTE\nAgente contrattuale, gruppo di funzioni III\nTermine ultimo: 15 marzo 2026 alle ore 12:00',
    ],
    [
      'SV',
      'MEDDELANDE OM LEDIG TJÄNST\nKontraktsanställd, tjänstegrupp IV\nSista ansökningsdag: 15 mars 2026',
    ],
    [
      'DA',
      'MEDDELELSE OM LEDIG STILLING\nKontraktansat, funktionsgruppe IV\nAnsøgningsfrist: 15. marts 2026',
    ],
    [
      'FI',
      'AVOINTA TOIMEA KOSKEVA ILMOITUS\nSopimussuhteinen toimihenkilö, tehtäväryhmä IV\nHakuaika päättyy 15.3.2026 klo 12.00',
    ],
    [
      'LT',
      'PRANEŠIMAS APIE LAISVĄ DARBO VIETĄ\nLaikinasis darbuotojas AD 7\nParaiškų pateikimo terminas: 2026 m. kovo 15 d.',
    ],
    ['HU', 'ÁLLÁSHIRDETÉS\nIdeiglenes alkalmazott, AD 7\nJelentkezési határidő: 2026. március 15.'],
    ['EL', 'ΠΡΟΚΗΡΥΞΗ ΚΕΝΗΣ ΘΕΣΗΣ\nΈκτακτος υπάλληλος AD 7\nΠροθεσμία υποβολής αιτήσεων: 15 Μαρτίου 2026'],
    ['BG', 'ОБЯВЛЕНИЕ ЗА СВОБОДНА ДЛЪЖНОСТ\nВременно нает служител AD 7\nКраен срок: 15 март 2026 г.'],
  ])('detects a short %s notice', (_lang, text) => {
    expect(detect(text).isNotice).toBe(true);
  });
});

describe('hasDeadlineWording', () => {
  it.each([
    ['BG', 'Краен срок за подаване на кандидатури'],
    ['CS', 'Uzávěrka přihlášek'],
    ['DA', 'Ansøgningsfrist'],
    ['DE', 'Bewerbungsfrist'],
    ['EL', 'Προθεσμία υποβολής αιτήσεων'],
    ['EN', 'Closing date for applications'],
    ['ES', 'Plazo de presentación de candidaturas'],
    ['ET', 'Kandideerimise tähtaeg'],
    ['FI', 'Hakuaika päättyy'],
    ['FR', 'Date limite de candidature'],
    ['GA', 'Spriocdháta'],
    ['HR', 'Rok za podnošenje prijava'],
    ['HU', 'Jelentkezési határidő'],
    ['IT', 'Termine ultimo'],
    ['LT', 'Paraiškų pateikimo terminas'],
    ['LV', 'Pieteikšanās termiņš'],
    ['MT', 'Data tal-għeluq'],
    ['NL', 'Uiterste datum'],
    ['PL', 'Termin składania zgłoszeń'],
    ['PT', 'Prazo de candidatura'],
    ['RO', 'Termen limită'],
    ['SK', 'Uzávierka prihlášok'],
    ['SL', 'Rok za prijavo'],
    ['SV', 'Sista ansökningsdag'],
  ])('recognises %s', (_lang, label) => {
    expect(hasDeadlineWording(`Some page.\n${label}: 15/03/2026`)).toBe(true);
    expect(hasDeadlineWording(`Some page.\n${label.toUpperCase()}: 15/03/2026`)).toBe(true);
  });

  it('stays quiet on a page without deadline wording', () => {
    expect(hasDeadlineWording('Our canteen menu for the week: soup, fish, cake.')).toBe(false);
  });

  it('stays cheap on 2 MB of text', () => {
    const page = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(36_000);
    const t0 = performance.now();
    hasDeadlineWording(page);
    expect(performance.now() - t0).toBeLessThan(500);
  });
});

describe('a political group\'s job page: "Application until"', () => {
  it('is a notice by its deadline label, its grade and its place', () => {
    const text = [
      'CLOSED: Adviser on budgetary affairs',
      'Type of contract',
      'Temporary agent',
      'Function group and grade',
      'AD5',
      'Place of work',
      'Brussels, BELGIUM',
      'Application until',
      '04.03.2031 12:00 (CET)',
      'Timing written and oral tests',
      'April 2031',
    ].join('\n');
    expect(detect(text).isNotice).toBe(true);
  });
});

describe('an EU Careers competition page in Polish', () => {
  it('is a notice by its deadline and the labels of the EU Careers template', () => {
    const text = [
      'Administratorzy – bezpieczeństwo sieci',
      '',
      'Numer referencyjny: ',
      'Aktualne procedury naboru: ',
      '09/01/2031',
      'Initial deadline: ',
      '06/02/2031 - 12:00(czasu brukselskiego)',
      'Termin: ',
      '20/02/2031 - 12:00(czasu brukselskiego)',
      'Grupa zaszeregowania: ',
      'Instytucja/agencja: ',
      '',
      'Zanim zdecydujesz, czy chcesz wziąć udział w tej procedurze naboru EPSO, sprawdź kryteria kwalifikowalności.',
    ].join('\n');
    expect(detect(text).isNotice).toBe(true);
  });
});

describe('an EU Careers traineeship page in German with English labels', () => {
  it('is a notice by its deadline, its traineeship and the labels of the page', () => {
    const text = [
      'Praktika',
      '',
      'Open for application: ',
      '01/02/2031',
      'Application closes / deadline: ',
      '31/03/2031 - 23:59(Ortszeit Brüssel)',
      'Type of contract: ',
      '',
      'Die Praktika richten sich an Hochschulabsolventen mit Interesse an der Verwaltung der Europäischen Union.',
    ].join('\n');
    expect(detect(text).isNotice).toBe(true);
  });
});

describe("a job board's copy of an agency post", () => {
  it('is a notice by its deadline, its staff category and the labels of its head', () => {
    const text = [
      'XYZA: Procurement Officer – Valletta',
      '',
      '  • Location:',
      '  • Salary:',
      '    $54,000 - $67,000 / YEAR',
      '  • Job type:',
      '    TEMPORARY',
      '  • Deadline:',
      '    30/09/2031',
      '',
      'JOB DESCRIPTION',
      'The Procurement Officer will support the selection of suppliers and of temporary agents.',
    ].join('\n');
    expect(detect(text).isNotice).toBe(true);
  });
});

describe("a job board's heading naming a post at an EU body", () => {
  const posting = (heading: string) =>
    [
      heading,
      '',
      'Kategória:',
      'Pracovné ponuky',
      'Deadline:',
      '07.03.2031',
      '',
      'The Agency supports the Member States in the field of maritime safety.',
    ].join('\n');

  it('is a notice with its deadline, whichever way the heading is written', () => {
    expect(
      detect(posting('European Maritime Safety Agency: Project Officer for Vessel Traffic')).isNotice,
    ).toBe(true);
    expect(detect(posting('EMSA: Project Officer for Vessel Traffic')).isNotice).toBe(true);
    expect(
      detect(posting('Project Officer Vessel Traffic Job at European Maritime Safety Agency')).isNotice,
    ).toBe(true);
    expect(
      detect(posting('Project Officer – Vessel Traffic, EMSA Lisbon, European Maritime Safety Agency'))
        .isNotice,
    ).toBe(true);
  });

  it('is not one when the heading names no post (a news item of the same body)', () => {
    expect(detect(posting('European Maritime Safety Agency: New annual report published')).isNotice).toBe(
      false,
    );
    expect(
      detect(posting('Vessel traffic in 2031, EMSA annual review, European Maritime Safety Agency')).isNotice,
    ).toBe(false);
  });
});

describe('look-alikes and labels of blind round 15', () => {
  it("is not an EU notice when only the bare word 'grade' and a date's month-year say so", () => {
    const text = [
      'Primary Location',
      'Belgium-BrusselsNATO Body',
      'International Staff (NATO IS)Schedule',
      'Full-timeApplication Deadline',
      '27-Jul-2031, 9:59:00 PMSalary (Pay Basis)',
      ': 4,565.36Euro (EUR) MonthlyGrade NATO Grade G10Description',
      'TITLE: Senior Assistant (Recruitment)',
      'GRADE: B-4/G-10',
    ].join('\n');
    const d = detect(text);
    expect(d.isNotice).toBe(false);
    expect(d.signals.join(' ')).not.toMatch(/reference: "Jul-2031"/);
  });

  it('reads a closing wording used as a label with its colon ("Open until :")', () => {
    const text = [
      'Traineeship Call - April 2032 cohort',
      '',
      'FRA-TRAI-APR-2032',
      'Traineeship',
      '',
      'Open until :',
      '',
      '13/12/2031 13:00',
      'Opening Date',
      '13/11/2031 13:00',
      '',
      'Who can apply?',
    ].join('\n');
    expect(detect(text).isNotice).toBe(true);
  });
});

describe('a careers page listing posts, each with its reference', () => {
  it('is a listing, not a notice', () => {
    const text = [
      'Current Vacancies',
      '',
      'The Executive Agency is looking for four Temporary Agents 2(f):',
      '',
      '  1. Policy Analyst – Data (Unit A.1) XREA/TA-IAM/03/2031',
      '  2. Policy Analyst – Strategy (Unit A.1) XREA/TA-IAM/04/2031',
      '  3. Team Leader – Media (Unit A.2) XREA/TA-IAM/05/2031',
      '  4. Programme Agent – Synergy (Unit B.5) XREA/TA-IAM/06/2031',
      '',
      'Applications until 29 April 2031',
      '',
      'The Call for Expression of Interest in English may be found here.',
    ].join('\n');
    const d = detect(text);
    expect(d.isNotice).toBe(false);
    expect(d.signals.join(' ')).toMatch(/4 posts in a list/);
  });
});

describe("the Parliament's job page in Hungarian (blind round 17)", () => {
  it('is a notice by its head labels, its deadline and its staff category', () => {
    const text = [
      'KÖZLEMÉNY ADATBÁZIS LÉTREHOZÁSA SZERZŐDÉSES ALKALMAZOTTAK (III. BESOROLÁSI CSOPORT) M/F',
      '',
      'Hely : Brüsszel',
      'Publication end on external website : 15/09/2031 12:00',
      'Szervezeti egység : 08-Direction Générale des infrastructures et de la logistique',
      'Hiv. szám : DG INLO Data base 01/2031',
    ].join('\n');
    expect(detect(text).isNotice).toBe(true);
  });
});

describe('detection: blind round 19', () => {
  it("reads a job board's post over its employer's line, a joint undertaking included", () => {
    expect(
      detect(
        'Director of Data and Platforms (AD14)\n\nEuropean Commission\nPlace of employment\nBrussels, Belgium\nApplication deadline\n27 Nov 2031\n\nThe Directorate-General supports the digital transition.',
      ).isNotice,
    ).toBe(true);
    expect(
      detect(
        '- Chips Joint Undertaking\n- Brussel, Belgium\n- Full-time\nProject Officer\n- Chips Joint Undertaking\nBrussel, Belgium\nApplication Deadline: March 3, 2031\nOVERALL PURPOSE:\nThe Project Officer will support the programme team.\nELIGIBILITY CRITERIA:\nSELECTION CRITERIA:',
      ).isNotice,
    ).toBe(true);
  });

  it('does not take a Council of Europe post for an EU notice', () => {
    expect(
      detect(
        "Informations générales\n\nAvis de vacance\n2041/2031\nType de contrat\nContrat à durée déterminée\nDate limite pour postuler\n17-Feb-2031\nLieu d'affectation\nStrasbourg\nGrade\nB1/B2\nEntité\nGreffe de la Cour européenne des droits de l'homme\n\nLa Cour européenne des droits de l'homme contrôle la Convention dans les États membres du Conseil de l'Europe.",
      ).isNotice,
    ).toBe(false);
  });
});
