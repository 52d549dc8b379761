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

describe('blind fixtures of session 14', () => {
  it('does not take a reserve list’s validity for the deadline, in Spanish either', () => {
    const a = analyseNotice(
      'ANUNCIO DE VACANTE XJU/TA/2031/01\nDenominación del puesto: Asistente\nLas personas aprobadas figurarán en una lista de reserva válida hasta el 31 de diciembre de 2032.',
      { force: true },
    );
    expect(a.notice!.deadline).toBeNull();
  });

  it('says where the closing-date label is when its date cannot be read', () => {
    const a = analyseNotice(
      'ANUNCIO DE VACANTE XJU/TA/2031/01\nPlazo de presentación: hasta las 12.00 horas del catorce de julio de 2031\nFunciones: gestionar la seguridad.',
      { force: true },
    );
    expect(a.notice!.deadline).toBeNull();
    expect(a.missing.deadline).toContain('catorce de julio');
  });

  it.each([
    [
      'Spanish',
      'El puesto exige una habilitación personal de seguridad del nivel que determine la Empresa Común.',
    ],
    ['Italian', 'Il candidato dovrà ottenere un nulla osta di sicurezza prima dell’assunzione.'],
    ['Dutch', 'De geselecteerde kandidaat moet een veiligheidsmachtiging verkrijgen.'],
    ['Polish', 'Wybrana osoba musi uzyskać poświadczenie bezpieczeństwa.'],
  ])('reads a clearance of an unnamed level in %s', (_, sentence) => {
    expect(read(notice(sentence)).securityClearance).toBe('unspecified');
  });

  it('reads "SECRET UE" glued to the next cell of a flattened table, and not "EU SECRETARIAT"', () => {
    expect(
      read(notice('Exigida credenciação de segurança SECRET UEDATA-LIMITE 3.3.2031')).securityClearance,
    ).toBe('EU SECRET');
    expect(read(notice('Experience of the EU Secretariat is useful.')).securityClearance).toBeNull();
  });

  it('does not take an education alternative’s year, said again as "not counted", for the experience', () => {
    const n = read(
      'ELIGIBILITY CRITERIA\nA level of education which corresponds to completed university studies of at least four years, or a level of education which corresponds to completed university studies of at least three years and at least one year of appropriate professional experience.\nThis one year of experience is part of the qualification and is not counted in the professional experience required below.\nAt least 5 years of professional experience after the diploma, of which at least 2 years in data protection.',
    );
    expect(n.experienceYears).toBe(5);
  });

  it('reads the under-represented states listed before the word', () => {
    const n = read(
      notice(
        'The Commission particularly encourages applications from nationals of Czechia, Denmark, Ireland and Sweden, whose nationals are under-represented among its staff.',
      ),
    );
    expect(n.underrepresentedStates).toEqual(['CZ', 'DK', 'IE', 'SE']);
  });

  it('reads "post-secondary education of at least three years" as a three-year university level', () => {
    const n = read(
      'ELIGIBILITY CRITERIA\nEducation: a level of post-secondary education of at least three years attested by a diploma (bachelor or equivalent).',
    );
    expect(n.education).toEqual({ level: 'university_3y', alternative: null });
  });

  it('reads a main and a second language at the same level as two languages, and one said twice as one', () => {
    expect(
      read(
        'ELIGIBILITY CRITERIA\n• Main language: at least level B2 in one of the official languages of the European Union;\n• Second language: at least level B2 in another official language of the European Union.',
      ).languages,
    ).toEqual([
      { language: 'any', level: 'B2' },
      { language: 'any', level: 'B2' },
    ]);
    expect(
      read(
        'ELIGIBILITY CRITERIA\nA thorough knowledge of one of the official languages of the Union (at least level C1) and a satisfactory knowledge of another official language of the Union (at least level B2).',
      ).languages,
    ).toEqual([
      { language: 'any', level: 'C1' },
      { language: 'any', level: 'B2' },
    ]);
  });

  it('ends the eligibility section at a selection-criteria heading in Spanish (an asset’s language is no requirement)', () => {
    const n = read(
      '3. CRITERIOS DE ADMISIBILIDAD\nConocimiento profundo de una de las lenguas oficiales de la Unión y conocimiento satisfactorio de otra lengua oficial de la Unión.\n4. CRITERIOS DE SELECCIÓN\nSe valorará:\n  - el dominio del inglés (nivel C1).\n5. PROCEDIMIENTO',
    );
    expect(n.languages).toEqual([
      { language: 'any', level: 'C1' },
      { language: 'any', level: 'B2' },
    ]);
  });

  it('does not join a Markdown table’s value to the next row’s label', () => {
    const n = read(
      'Agence de l’Union européenne pour les chemins de fer\n\n| | |\n|---|---|\n| **Intitulé du poste** | Chargé(e) de dossiers – Sécurité ferroviaire et interopérabilité |\n| **Référence** | XRA/CA/2031/07 |\n| **Date limite** | 2 septembre 2031 |\n',
    );
    expect(n.title).toBe('Chargé(e) de dossiers – Sécurité ferroviaire et interopérabilité');
  });

  it('reads French education in "années" with its year of experience, and a recruitment "pour une période de cinq ans"', () => {
    const n = read(
      'CONDITIONS D’ADMISSION\n— posséder un niveau d’enseignement correspondant à un cycle complet d’études universitaires d’au moins quatre années, sanctionné par un diplôme, ou\n— posséder un niveau d’enseignement correspondant à un cycle complet d’études universitaires d’au moins trois années, sanctionné par un diplôme, et une expérience professionnelle appropriée d’au moins une année.\n\nCONDITIONS D’EMPLOI\nLe/la candidat(e) retenu(e) sera engagé(e) en qualité d’agent temporaire au grade AD 7 pour une période de quatre ans renouvelable.',
    );
    expect(n.education).toEqual({
      level: 'university_4y',
      alternative: { level: 'university_3y', plusExperienceYears: 1 },
    });
    expect(n.firstContractYears).toBe(4);
  });

  it('reads a table flattened column by column when the first value is a title and a reference follows it', () => {
    const n = read(
      'VACANCY NOTICE\n\nJob title\nReference\nType of contract\nFunction group and grade\nUnit\nClosing date for applications\nData Platform Engineer\nxu-ABC/31/TA/AST/02\nTemporary Agent – Article 2(f) of the CEOS\nAST 4\nPlatforms Unit, Operations Department\nMonday, 14 April 2031, 23:59\n\n1. WHO WE ARE\nThe Agency runs large systems.',
    );
    expect(n.title).toBe('Data Platform Engineer');
    expect(n.unit).toBe('Platforms Unit, Operations Department');
  });
});

describe('requirements and contacts in the other official languages', () => {
  it.each([
    [
      'Portuguese',
      'As candidaturas devem ser enviadas por correio eletrónico para vagas@xa.europa.eu.',
      'vagas@xa.europa.eu',
    ],
    [
      'Swedish',
      'Ansökan ska skickas per e-post till jobb@xa.europa.eu med referensnumret.',
      'jobb@xa.europa.eu',
    ],
    [
      'Romanian',
      'Trimiteți CV-ul la adresa **CANDIDATURI@xa.europa.eu**, indicând referința.',
      'CANDIDATURI@xa.europa.eu',
    ],
  ])('reads the address applications are sent to, in %s', (_, sentence, address) => {
    expect(read(notice(sentence)).contactEmail).toBe(address);
  });

  it('does not take an address for queries only, in Spanish', () => {
    expect(
      read(
        notice(
          'Para consultas sobre el procedimiento (no para enviar candidaturas) puede escribir a info@xa.europa.eu.',
        ),
      ).contactEmail,
    ).toBeNull();
  });

  it.each([
    [
      'Italian, a geographical imbalance',
      'Al fine di correggere uno squilibrio geografico, la Commissione incoraggia le candidature di cittadini dei seguenti Stati membri: Austria, Cechia, Danimarca, Irlanda e Paesi Bassi.',
      ['AT', 'CZ', 'DK', 'IE', 'NL'],
    ],
    [
      'Romanian',
      'Comisia încurajează în special candidaturile resortisanților statelor membre subreprezentate: Austria, Cipru, Danemarca, Țările de Jos și Suedia.',
      ['AT', 'CY', 'DK', 'NL', 'SE'],
    ],
  ])('reads the under-represented states in %s', (_, sentence, states) => {
    expect(read(notice(sentence)).underrepresentedStates).toEqual(states);
  });

  it.each([
    ['Swedish', 'kommer att anställas som kontraktsanställd i funktionsgrupp III, lönegrad 8.', ['CA8']],
    ['Romanian', '**Grad:** FG IV (gradele 13–14)', ['CA13', 'CA14']],
  ])('reads a contract agent’s grade in %s', (_, sentence, grades) => {
    expect(read(`CALL FOR EXPRESSION OF INTEREST\nContract agent\n${sentence}\n`).grades).toEqual(grades);
  });

  it('reads the Spanish "el plazo finaliza …" as the deadline', () => {
    expect(
      read(
        notice('El plazo finaliza a las 12.00 horas, hora de Bruselas, del 14 de julio de 2031.').replace(
          'Closing date: 3 March 2031\n',
          '',
        ),
      ).deadline,
    ).toBe('2031-07-14T12:00:00+02:00');
  });
});

describe('blind fixtures of session 14, second set', () => {
  it.each([
    [
      'Italian',
      'CRITERI DI AMMISSIBILITÀ\nPossedere un livello di studi corrispondente a un ciclo completo di studi universitari di almeno quattro anni attestato da un diploma, oppure un livello di studi corrispondente a un ciclo completo di studi universitari di almeno tre anni attestato da un diploma, seguito da un’esperienza professionale adeguata di almeno un anno.\nPossedere un’esperienza professionale di almeno sei anni, maturata dopo il diploma.',
      6,
    ],
    [
      'Polish',
      'KRYTERIA KWALIFIKOWALNOŚCI\nWykształcenie odpowiadające ukończonym studiom wyższym trwającym co najmniej cztery lata, potwierdzone dyplomem, lub wykształcenie odpowiadające ukończonym studiom wyższym trwającym co najmniej trzy lata, potwierdzone dyplomem, oraz odpowiednie doświadczenie zawodowe trwające co najmniej rok.\nOprócz powyższego – co najmniej sześć lat doświadczenia zawodowego zdobytego po uzyskaniu dyplomu.',
      6,
    ],
  ])('does not take the length of studies for experience, in %s', (_, text, years) => {
    const n = read(text);
    expect(n.experienceYears).toBe(years);
    expect(n.education).toEqual({
      level: 'university_4y',
      alternative: { level: 'university_3y', plusExperienceYears: 1 },
    });
  });

  it('reads the Dutch secondary education of the alternative, and "toereikende kennis"', () => {
    const n = read(
      'TOELATINGSCRITERIA\nOpleiding: een door een diploma bekrachtigd postsecundair onderwijs, of een door een diploma bekrachtigd opleidingsniveau van het secundair onderwijs dat toegang geeft tot het postsecundair onderwijs, gevolgd door een passende beroepservaring van drie jaar;\nTalen: een grondige kennis van een van de officiële talen van de Europese Unie en een toereikende kennis van een tweede officiële taal van de Europese Unie.',
    );
    expect(n.education).toEqual({
      level: 'post_secondary',
      alternative: { level: 'secondary', plusExperienceYears: 3 },
    });
    expect(n.languages).toEqual([
      { language: 'any', level: 'C1' },
      { language: 'any', level: 'B2' },
    ]);
  });

  it('reads "da língua inglesa (nível B2)" as English', () => {
    const n = read(
      'CRITÉRIOS DE ELEGIBILIDADE\n- conhecimento aprofundado (nível C1) de uma das línguas oficiais da União Europeia; e\n- conhecimento satisfatório (nível B2) da língua inglesa.',
    );
    expect(n.languages).toEqual([
      { language: 'any', level: 'C1' },
      { language: 'EN', level: 'B2' },
    ]);
  });

  it('reads a Czech key-facts table flattened column by column: title, place, grade, deadline', () => {
    const n = read(
      'OZNÁMENÍ O VOLNÉM PRACOVNÍM MÍSTĚ\n\nNázev pracovního místa\nReferenční číslo\nDruh smlouvy\nFunkční skupina / platová třída\nOdbor\nMísto výkonu práce\nDatum zveřejnění\nUzávěrka pro podávání přihlášek\n\nReferent/referentka pro kybernetickou bezpečnost\nXA/CA/2031/04\nSmluvní zaměstnanec podle čl. 3a PŘZ\nFG IV / platová třída 14\nBezpečnost (SEC)\nPraha, Česká republika\n3. března 2031\n7. dubna 2031, 12:00 SEČ\n\n1. KDO JSME\nAgentura spravuje programy.',
    );
    expect(n.title).toBe('Referent/referentka pro kybernetickou bezpečnost');
    expect(n.location).toBe('Prague');
    expect(n.grades).toEqual(['CA14']);
    expect(n.deadline).toBe('2031-04-07T12:00:00+02:00');
  });

  it('reads "gradul 13 sau 14" and a Romanian first contract', () => {
    const n = read(
      'ANUNȚ DE POST VACANT PENTRU AGENȚI CONTRACTUALI\nGrupa de funcții și gradul: GF IV, gradul 13 sau 14\nPersoana selectată va fi angajată ca agent contractual. Primul contract va fi încheiat pe o perioadă de trei ani și poate fi reînnoit.',
    );
    expect(n.grades).toEqual(['CA13', 'CA14']);
    expect(n.firstContractYears).toBe(3);
  });

  it('reads CAST required in Dutch, and not required in Czech', () => {
    expect(
      read(
        notice(
          'EPSO CAST: geslaagd zijn voor de EPSO-selectieprocedure CAST Permanent voor functiegroep III, of daarvoor ingeschreven zijn.',
        ),
      ).castRequired,
    ).toBe(true);
    expect(
      read(notice('Registrace v databázi EPSO CAST Permanent se pro toto výběrové řízení nevyžaduje.'))
        .castRequired,
    ).toBe(false);
  });

  it('does not take an address for technical problems for the applications’ address', () => {
    expect(
      read(
        notice(
          'Applications are submitted online only. For technical problems during submission, candidates may write to HELP-DESK@xa.europa.eu.',
        ),
      ).contactEmail,
    ).toBeNull();
  });
});

describe('blind round 36', () => {
  it('takes the end of an application period that "starts on … and ends on …", not its start', () => {
    const n = read(
      'CONCURSO OPOSICIÓN EPSO/AD/999/31\nEl plazo de presentación de las candidaturas comenzará el 5 de febrero de 2031 y finalizará el 11 de marzo de 2031 a las 12.00 horas del mediodía, hora de Bruselas.',
    );
    expect(n.deadline).toBe('2031-03-11T12:00:00+01:00');
  });

  it.each([
    ['Directeur (M/V)', 'Directeur'],
    ['Data Engineer (m/f/d)', 'Data Engineer'],
    ['Zastępca dyrektora wykonawczego XUIPO (M/K)', 'Zastępca dyrektora wykonawczego XUIPO'],
    ['PROJECT MANAGER for the Example Programme M/F', 'PROJECT MANAGER for the Example Programme'],
  ])('leaves the genders out of the title: %s', (title, expected) => {
    expect(read(`VACANCY NOTICE XA/2031/01\nJob title: ${title}\nClosing date: 3 March 2031`).title).toBe(
      expected,
    );
  });

  it('reads the Parliament’s Croatian and Slovenian job pages: place, category, deadline', () => {
    const hr = read(
      'Mjesto : Bruxelles\nKraj publikacije na vanjskoj internetskoj stranici : 09/01/2031 12:00\nSlužba : 08-Glavna uprava za infrastrukturu i logistiku\n\nOBAVIJEST O ZAPOŠLJAVANJU PE/999/2030/S\n\nPRIVREMENI SLUŽBENIK / PRIVREMENA SLUŽBENICA\n\nVoditelj / Voditeljica poslova (AD5)',
    );
    expect(hr.location).toBe('Brussels');
    expect(hr.staffCategory).toBe('temporary_agent');
    expect(hr.deadline).toBe('2031-01-09T12:00:00+01:00');
    expect(
      read('PE/999/S - ZAČASNI USLUŽBENEC (AST 5)\n\nKraj : Bruselj\nPristojna služba : 01-Kabinet').location,
    ).toBe('Brussels');
  });

  it('reads the Parliament’s Maltese call for contract staff: category, group, article; a press officer is no official', () => {
    const n = read(
      'ĦOLQIEN TA’ BAŻI TA’ DATA PERSUNAL BIL-KUNTRATT (GRUPP TA’ FUNZJONIJIET IV): UFFIĊJAL TAL-ISTAMPA\n\nIl-persuni jistgħu jintgħażlu għal postijiet vakanti ta’ persunal bil-kuntratt, skont id-dispożizzjonijiet tal-Artikolu 3b tal-Kondizzjonijiet tal-Impjieg applikabbli għal Aġenti Oħra.',
    );
    expect(n.staffCategory).toBe('contract_agent');
    expect(n.functionGroup).toBe('FGIV');
    expect(n.contractArticles).toEqual(['3b']);
  });

  it('reads "Temporary Agent (Grade AD 10) for a period of 3 years" as the first contract', () => {
    expect(
      read(
        'Head of Unit\nPosition: Temporary Agent (Grade AD 10) for a period of 3 years, subject to renewal.',
      ).firstContractYears,
    ).toBe(3);
  });
});

describe('blind round 37 and the third fixture set', () => {
  it('reads CAST required when German says "registriert"', () => {
    expect(
      read(notice('Sie müssen im EPSO CAST Permanent (CAST P) für die Funktionsgruppe II registriert sein.'))
        .castRequired,
    ).toBe(true);
  });

  it('reads a French key-facts block flattened by columns, a place alone on its line after a long value', () => {
    const n = read(
      'AVIS DE VACANCE\n\nIntitulé du poste\nRéférence\nGroupe de fonctions et grade\nType de contrat\nDépartement\nLieu d’affectation\nDate de publication\nDate limite de candidature\nGestionnaire de la planification des traductions\nXDT-AC-2031-03\nGF II – grade 4\nAgent contractuel (article 3 bis du RAA)\nDépartement Support à la traduction – Section Planification\nLuxembourg\n6 juin 2031\nÀ 12 h 00 (midi), heure de Luxembourg, le lundi 7 juillet 2031\n\n1. QUI SOMMES-NOUS ?\nLe Centre traduit.',
    );
    expect(n.title).toBe('Gestionnaire de la planification des traductions');
    expect(n.location).toBe('Luxembourg');
  });

  it('reads "C1 or C2" as C1', () => {
    expect(
      read(
        'ELIGIBILITY CRITERIA\n• have a very good knowledge of English, French or German at C1 or C2 level and of a second EU language at B2 level at least.',
      ).languages,
    ).toEqual([
      { language: 'EN|FR|DE', level: 'C1' },
      { language: 'any', level: 'B2' },
    ]);
  });

  it('reads the Romanian "Locul de muncă este în Bruxelles"', () => {
    expect(read(notice('Locul de muncă este în Bruxelles.')).location).toBe('Brussels');
  });

  it('cuts the code and then the competition’s word from a Hungarian heading', () => {
    expect(
      read(
        'PE/AD/999/2031 VERSENYVIZSGA  DÁN ÁLLAMPOLGÁRSÁGÚ TANÁCSOSOK (AD 6)\n\nPublication end on external website : 12/04/2031 12:00\n\nPE/AD/999/2031 VERSENYVIZSGA\n\nDán állampolgárságú tanácsosok (AD 6)\n',
      ).title,
    ).toBe('Dán állampolgárságú tanácsosok');
  });
});
