/**
 * Session 18: blind fixtures f42's misses (and what the same rules mended in the older sets), each rule on a
 * text of our own with the same structure and trap.
 */
import { describe, expect, it } from 'vitest';
import { analyseNotice, type NoticeFormat } from '../../lib/notice';
import { normaliseNotice } from '../../lib/notice/normalise';

const read = (text: string, format?: NoticeFormat) => analyseNotice(text, { force: true, format });
const lines = (...ls: string[]) => ls.join('\n');

describe('a web page’s lines are its elements', () => {
  const html = [
    '<html><body><main><h1>Sachbearbeiter Haushalt (m/w/d)</h1><dl>',
    '<dt>Stellenbezeichnung</dt><dd>Sachbearbeiterin/Sachbearbeiter Haushaltsvollzug und Beschaffung</dd>',
    '<dt>Referenz</dt><dd>EXAMPLE-TA-31-007</dd>',
    '<dt>Abteilung</dt><dd>Unternehmensdienste – Referat Finanzen und Beschaffung</dd>',
    '<dt>Dienstort</dt><dd>Frankfurt am Main, Deutschland</dd>',
    '<dt>Bewerbungsschluss</dt><dd>12. Mai 2031, 12:00 Uhr MESZ</dd>',
    '</dl><p>Wir suchen eine Sachbearbeiterin oder einen Sachbearbeiter<br>mit Erfahrung im Vergaberecht.</p></main></body></html>',
  ].join('\n');

  it('a value is not joined to the label after it, however long', () => {
    const text = normaliseNotice(html, 'html').text;
    expect(text).toContain('Haushaltsvollzug und Beschaffung\nReferenz\nEXAMPLE-TA-31-007');
    expect(text).toContain('Referat Finanzen und Beschaffung\nDienstort');
    expect(read(html, 'html').notice!.reference).toBe('EXAMPLE-TA-31-007');
  });

  it('the overlay’s text of a page’s elements ("page") reads the same way; a printed text still joins', () => {
    // What the overlay collects from the DOM: one element a line.
    const collected = lines(
      'Stellenbezeichnung',
      'Sachbearbeiterin/Sachbearbeiter Haushaltsvollzug und Beschaffung',
      'Referenz',
      'EXAMPLE-TA-31-007',
      'Bewerbungsschluss',
      '12. Mai 2031, 12:00 Uhr MESZ',
    );
    expect(normaliseNotice(collected, 'page').text).toBe(collected);
    expect(normaliseNotice(collected, 'text').text).toContain('Beschaffung Referenz');
    expect(read(collected, 'page').notice!.reference).toBe('EXAMPLE-TA-31-007');
  });

  it('a sentence broken by <br> before a word in lower case still reads as one', () => {
    expect(normaliseNotice(html, 'html').text).toContain(
      'einen Sachbearbeiter mit Erfahrung im Vergaberecht',
    );
  });
});

describe('reference labels of the other languages', () => {
  it.each([
    ['Referenčné číslo', 'Uzávierka: 15. októbra 2031'],
    ['Referenční číslo', 'Uzávěrka: 15. října 2031'],
    ['Referentni broj', 'Rok za prijave: 15. listopada 2031.'],
    ['Atsauces numurs', 'Pieteikšanās termiņš: 2031. gada 15. oktobris'],
    ['Numărul de referință', 'Termen: 15 octombrie 2031'],
  ])(
    '"%s" names the reference in a table of key facts (a code in mixed case, only a label makes it one)',
    (label, deadline) => {
      const html = `<h1>Projektový referent (AD 7)</h1><p>Výkonná agentúra hľadá projektového referenta pre digitálne zdravie.</p><table><tr><th>Názov pracovného miesta</th><td>Projektový referent</td></tr><tr><th>${label}</th><td>ExDEA/TA/AD7/2031/014</td></tr><tr><th>Lehota</th><td>${deadline}</td></tr></table>`;
      expect(read(html, 'html').notice!.reference).toBe('ExDEA/TA/AD7/2031/014');
    },
  );
});

describe('years and levels written in words', () => {
  it('Slovak: four years of studies, or three and one year of practice ("jedného roka")', () => {
    const text = lines(
      'Kritériá oprávnenosti',
      '- úroveň vzdelania zodpovedajúca ukončenému vysokoškolskému vzdelaniu, ak bežná dĺžka vysokoškolského štúdia je štyri roky alebo viac, alebo',
      '- úroveň vzdelania zodpovedajúca ukončenému vysokoškolskému vzdelaniu, ak bežná dĺžka vysokoškolského štúdia je aspoň tri roky, a k tomu odborná prax v trvaní aspoň jedného roka.',
      '- najmenej šesť rokov odbornej praxe po získaní diplomu.',
      'Uzávierka: 2. júla 2031',
    );
    const n = read(text).notice!;
    expect(n.education).toEqual({
      level: 'university_4y',
      alternative: { level: 'university_3y', plusExperienceYears: 1 },
    });
    expect(n.experienceYears).toBe(6);
  });

  const greek = lines(
    'Προθεσμία υποβολής: 9 Ιουνίου 2031, μεσημέρι (ώρα Βρυξελλών)',
    '',
    'Κριτήρια επιλεξιμότητας',
    '- Τίτλος σπουδών: πλήρης κύκλος πανεπιστημιακών σπουδών όταν η κανονική διάρκεια των σπουδών είναι τέσσερα έτη, ή πλήρης κύκλος πανεπιστημιακών σπουδών και κατάλληλη επαγγελματική πείρα τουλάχιστον ενός έτους όταν η διάρκεια των σπουδών είναι τρία έτη.',
    '- Πείρα: επαγγελματική πείρα τουλάχιστον δώδεκα ετών μετά την απόκτηση του τίτλου. Το ένα έτος πείρας των τριετών σπουδών δεν προσμετράται.',
    '- Γλώσσες: εμπεριστατωμένη γνώση μιας επίσημης γλώσσας της Ένωσης και ικανοποιητική γνώση μιας άλλης επίσημης γλώσσας.',
    '',
    'Η Επιτροπή ενθαρρύνει υποψηφιότητες υπηκόων των κρατών μελών που υποεκπροσωπούνται: Βέλγιο, Μάλτα, Κάτω Χώρες και Σλοβενία.',
  );

  it('Greek: years in words, the year that is not counted, levels in words, noon, states in Greek', () => {
    const n = read(greek).notice!;
    expect(n.experienceYears).toBe(12);
    expect(n.education).toEqual({
      level: 'university_4y',
      alternative: { level: 'university_3y', plusExperienceYears: 1 },
    });
    expect(n.languages).toEqual([
      { language: 'any', level: 'C1' },
      { language: 'any', level: 'B2' },
    ]);
    expect(n.deadline).toBe('2031-06-09T12:00:00+02:00');
    expect(n.underrepresentedStates).toEqual(['BE', 'MT', 'NL', 'SI']);
  });

  it('Bulgarian: years in words, education levels, under-represented states in Cyrillic', () => {
    const text = lines(
      'Краен срок: 4 март 2031 г.',
      'Критерии за допустимост',
      '- завършено следсредно образование, удостоверено с диплома, или завършено средно образование, удостоверено с диплома, даващо достъп до следсредно образование, и подходящ професионален опит от най-малко три години;',
      '- най-малко четири години професионален опит след получаване на дипломата.',
      'Комисията насърчава кандидатурите на граждани на следните недостатъчно представени държави членки: Австрия, Полша и Швеция.',
    );
    const n = read(text).notice!;
    expect(n.education).toEqual({
      level: 'post_secondary',
      alternative: { level: 'secondary', plusExperienceYears: 3 },
    });
    expect(n.experienceYears).toBe(4);
    expect(n.underrepresentedStates).toEqual(['AT', 'PL', 'SE']);
  });

  it('Polish: a year as an adjective ("roczne"), another official language, the address to send to', () => {
    const text = lines(
      'Termin składania zgłoszeń: 2 grudnia 2031 r.',
      '3.2. Wykształcenie',
      '— poziom wykształcenia odpowiadający ukończonym studiom wyższym trwającym co najmniej cztery lata, lub',
      '— poziom wykształcenia odpowiadający ukończonym studiom wyższym trwającym co najmniej trzy lata oraz odpowiednie co najmniej roczne doświadczenie zawodowe.',
      '3.4. Znajomość języków',
      '— biegła znajomość języka angielskiego (poziom C1) oraz',
      '— zadowalająca znajomość innego języka urzędowego UE (poziom B2).',
      '8. Składanie zgłoszeń',
      'Formularz należy przesłać pocztą elektroniczną na adres: nabor@agencja.europa.eu.',
      'W razie problemów technicznych prosimy o kontakt: pomoc@agencja.europa.eu (adres nie służy do składania zgłoszeń).',
    );
    const n = read(text).notice!;
    expect(n.education?.alternative).toEqual({ level: 'university_3y', plusExperienceYears: 1 });
    expect(n.languages).toEqual([
      { language: 'EN', level: 'C1' },
      { language: 'any', level: 'B2' },
    ]);
    expect(n.contactEmail).toBe('nabor@agencja.europa.eu');
  });

  it('a help-desk address alone, in Polish, is not where to apply', () => {
    const text = lines(
      'Termin składania zgłoszeń: 2 grudnia 2031 r.',
      'Zgłoszenia należy składać wyłącznie przez system internetowy.',
      'W razie problemów technicznych prosimy o kontakt: pomoc@agencja.europa.eu (adres nie służy do składania zgłoszeń).',
    );
    expect(read(text).notice!.contactEmail).toBeNull();
  });
});

describe('Latvian key facts and sentences', () => {
  const md = lines(
    '# Komunikācijas asistents (FG III)',
    '',
    '| **Atsauces numurs** | COMM/REP-XYZ/2031/CA/05 |',
    '|---|---|',
    '| **Līguma veids** | Līgumdarbinieks (Pārējo darbinieku nodarbināšanas kārtības 3.a pants) |',
    '| **Funkciju grupa** | FG III |',
    '| **Pieteikšanās termiņš** | plkst. 12.00 (Briseles laiks) 2031. gada 10. aprīlī |',
    '',
    '**EPSO CAST:** jums jābūt reģistrētam EPSO atlases procedūrā *CAST Permanent* FG III vai FG IV funkciju grupai.',
    '',
    'Nosūtiet savu CV un motivācijas vēstuli uz funkcionālo pastkasti **REP-XYZ-ATLASE@ec.europa.eu**.',
  );

  it('"3.a pants", the function group label, CAST registration and the address', () => {
    const n = read(md, 'markdown').notice!;
    expect(n.contractArticles).toEqual(['3a']);
    expect(n.functionGroup).toBe('FGIII');
    expect(n.castRequired).toBe(true);
    expect(n.contactEmail).toBe('REP-XYZ-ATLASE@ec.europa.eu');
  });
});

describe('Estonian', () => {
  const text = lines(
    'Kandideerimise tähtaeg: 21. oktoober 2031 kell 23.59 (Tallinna aeg)',
    '',
    '3.2. Haridus',
    '- diplomiga tõendatud keskharidusele järgnev haridus',
    '  või',
    '- diplomiga tõendatud keskharidus, mis annab juurdepääsu keskharidusele järgnevale haridusele, ja sellele järgnev vähemalt kolmeaastane töökogemus.',
    '',
    'Valitud kandidaat peab enne teenistusse asumist omama kehtivat isiku julgeolekukontrolli tõendit.',
  );

  it('Tallinn’s time, education after secondary school, a clearance with no level', () => {
    const n = read(text).notice!;
    expect(n.deadline).toBe('2031-10-21T23:59:00+03:00');
    expect(n.education).toEqual({
      level: 'post_secondary',
      alternative: { level: 'secondary', plusExperienceYears: 3 },
    });
    expect(n.securityClearance).toBe('unspecified');
  });
});

describe('labels then values, in Dutch', () => {
  it('"Directoraat-generaal / Dienst" and "Uiterste inschrijvingsdatum" are labels of the column', () => {
    const text = lines(
      'EUROPESE COMMISSIE',
      '',
      'KENNISGEVING VAN VACATURE',
      'voor de aanwerving van een tijdelijk functionaris (AD 7)',
      '',
      'Functietitel',
      'Referentie',
      'Directoraat-generaal / Dienst',
      'Standplaats',
      'Soort contract',
      'Functiegroep en rang',
      'Uiterste inschrijvingsdatum',
      '',
      'Onderzoeker materiaalkunde',
      'JRC/GEE/2031/TA/004',
      'Gemeenschappelijk Centrum voor Onderzoek (JRC)',
      'Geel (België)',
      'Tijdelijk functionaris',
      'AD 7',
      '3 februari 2031',
      '',
      'Kandidaten sturen hun cv per e-mail naar:',
      '',
      'jrc-geel-werving@ec.europa.eu',
    );
    const n = read(text).notice!;
    expect(n.title).toBe('Onderzoeker materiaalkunde');
    expect(n.contactEmail).toBe('jrc-geel-werving@ec.europa.eu');
  });
});

describe('joint undertakings named in their own language', () => {
  it('"ENTREPRISE COMMUNE CLEAN AVIATION" is Clean Aviation, not the Commission', () => {
    const text = lines(
      'Journal officiel de l’Union européenne',
      'ENTREPRISE COMMUNE CLEAN AVIATION',
      'AVIS DE VACANCE D’EMPLOI',
      'Responsable de programme — Agent contractuel (GF IV)',
      'Date limite : le 3 mars 2031 à midi (heure de Bruxelles)',
      'L’entreprise commune a été créée par un règlement du Conseil ; la Commission européenne en est membre.',
    );
    expect(read(text).notice!.institution).toBe('Clean Aviation JU');
  });
});

describe('an EU Careers page for a selection of contract agents', () => {
  const md = lines(
    '# Procurement Assistants',
    '',
    '*Selection procedure for contract agents – Function group II*',
    '',
    '**Reference number**',
    'EPSO/CAST/S/9/2031',
    '',
    '**Grade**',
    'FG II',
    '',
    '**Deadline**',
    '17/06/2031 - 12:00 (Brussels time)',
    '',
    'Successful candidates will be recruited in grade 4, 5 or 6 of function group II, depending on their experience.',
  );

  it('the post is the heading, not the category under it; the grades come before the group', () => {
    const n = read(md, 'markdown').notice!;
    expect(n.title).toBe('Procurement Assistants');
    expect(n.grades).toEqual(['CA4', 'CA5', 'CA6']);
  });
});

describe('a heading with a second name in brackets', () => {
  it('"Ποιον/Ποια αναζητούμε (κριτήρια επιλογής)": a language asked there is a selection criterion', () => {
    const text = lines(
      'Προθεσμία υποβολής: 9 Ιουνίου 2031',
      '',
      'Ποιον/Ποια αναζητούμε (κριτήρια επιλογής)',
      '— πολύ καλή γνώση της αγγλικής γλώσσας·',
      '',
      'Επιλεξιμότητα (κριτήρια επιλεξιμότητας)',
      '— Γλώσσες: εμπεριστατωμένη γνώση μιας επίσημης γλώσσας της Ένωσης και ικανοποιητική γνώση μιας άλλης.',
    );
    expect(read(text).notice!.languages).toEqual([
      { language: 'any', level: 'C1' },
      { language: 'any', level: 'B2' },
    ]);
  });
});

describe('blind round 42', () => {
  it('a staffing agency’s interim post at an EU agency is not an EU notice', () => {
    const text = lines(
      'AGENCY Programme Assistant - interim support',
      'Malta',
      '- Organization: Example Staffing Ltd',
      '- Location: Malta',
      '- Grade: Mid level',
      '- Closing Date: 2031-12-15',
      'Example Staffing is part of a consortium handling temporary employment for the European Union Agency for Asylum (EUAA) in Malta.',
      'Salary Category IV - Gross monthly: EUR 3,900.',
      'The successful candidate will be assigned to the EUAA, an EU agency headquartered in Malta.',
    );
    expect(analyseNotice(text).detection.isNotice).toBe(false);
  });

  it('a job board’s first line over "Posted on" is the post; "the post of contract agent FG II, candidates" is not', () => {
    const text = lines(
      'Assistant to the Head of Delegation',
      '',
      '  • Entry-level, Long-term assignment',
      '  • Posted on 4 October 2031',
      '',
      'ELIGIBILITY CRITERIA',
      'In order to be eligible for the post of contract agent FG II, candidates must be registered in EPSO CAST Permanent.',
      'Deadline for applications: 30 October 2031',
    );
    expect(read(text).notice!.title).toBe('Assistant to the Head of Delegation');
  });

  it('a flattened Croatian head: the place among the values after "Mjesto rada"', () => {
    const text =
      'Oglas za slobodno radno mjesto CONS/TA-AD/999 OPĆE INFORMACIJE Služba Mjesto rada Naziv radnog mjesta ' +
      'ORG.3A.S1 Uprava za zgrade i logistiku, Odjel za zgrade Bruxelles Voditelj projekata Funkcijska skupina i ' +
      'platni razred Privremeno osoblje AD 6 ROK ZA PODNOŠENJE PRIJAVA 27. 6. 2031. 1. O NAMA Glavno tajništvo Vijeća.';
    expect(read(text).notice!.location).toBe('Brussels');
  });

  it('a code with words in brackets after it, under its label, is the code alone', () => {
    const text = lines(
      'Ref. : 203108TR (Open-ended external call for interest)',
      'Type of post : Traineeship',
      'Place of employment : Frankfurt am Main',
      'Deadline: 30 September 2031',
    );
    expect(read(text).notice!.reference).toBe('203108TR');
  });
});

describe('a degree’s added year and seven to nine in words', () => {
  it('Portuguese: ", pelo menos, um ano" is the added year; "nove anos" is the experience', () => {
    const text = lines(
      'Prazo: 3 de julho de 2031',
      '3.2. Habilitações',
      'Possuir um nível de estudos correspondente a um ciclo completo de estudos universitários de, pelo menos, quatro anos, ou um nível de estudos correspondente a um ciclo completo de estudos universitários de, pelo menos, três anos, e uma experiência profissional adequada de, pelo menos, um ano.',
      '3.3. Experiência profissional',
      'Possuir, pelo menos, nove anos de experiência profissional adquirida após a obtenção do diploma.',
    );
    const n = read(text).notice!;
    expect(n.education).toEqual({
      level: 'university_4y',
      alternative: { level: 'university_3y', plusExperienceYears: 1 },
    });
    expect(n.experienceYears).toBe(9);
  });

  it('Romanian: "cel puțin un an" before the studies’ "cel puțin trei ani" is the added year', () => {
    const text = lines(
      'Termen: 3 iulie 2031',
      '— Diplomă: studii universitare complete atunci când durata normală a studiilor universitare este de patru ani sau mai mult, sau studii universitare complete și o experiență profesională corespunzătoare de cel puțin un an, atunci când durata normală a studiilor universitare este de cel puțin trei ani;',
    );
    expect(read(text).notice!.education).toEqual({
      level: 'university_4y',
      alternative: { level: 'university_3y', plusExperienceYears: 1 },
    });
  });
});
