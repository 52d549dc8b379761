/**
 * Grades and staff category on the layouts of senior and Official Journal notices in the less
 * frequent languages (issue 9): short texts of our own, read with detection bypassed.
 */
import { describe, expect, it } from 'vitest';
import { analyseNotice, normaliseNotice } from '../../lib/notice';

const read = (text: string) => analyseNotice(text, { force: true }).notice!;

describe('grades in a table of key facts', () => {
  it('reads a cell that holds only the grade, under a label in any language', () => {
    const da = [
      'GENERELLE OPLYSNINGER',
      'Afdeling',
      'Oversættelse',
      'Tjenestested',
      'Bruxelles',
      'Stillingsbetegnelse',
      'Direktør',
      'Ansættelsesgruppe og lønklasse',
      'AD 14',
      'FRIST FOR INDGIVELSE AF ANSØGNINGER',
      '3. marts 2031 kl. 12.00',
    ].join('\n\n');
    const n = read(da);
    expect(n.grades).toEqual(['AD14']);
    expect(n.functionGroup).toBe('AD');
  });

  it('does not read a table of categories and their pay as the grade', () => {
    const text = [
      'Category',
      'Entry grade',
      'Monthly salary (step 1)',
      'Administrators (officials and temporary staff)',
      'AD 5',
      'Assistants (officials and temporary staff)',
      'AST 1',
    ].join('\n');
    expect(read(text).grades).toEqual([]);
  });

  it('does not take the grade bracket of a mobility as the grade', () => {
    const text = [
      'Vacancy notice',
      'Grade bracket for inter-agency mobility',
      'AD 5 – AD 12',
      'Closing date: 3 March 2031',
    ].join('\n');
    expect(read(text).grades).toEqual([]);
  });
});

describe('staff category of a senior post filled under Article 29(2)', () => {
  it.each([
    [
      'HU',
      'Az Intézmény elnöke a személyzeti szabályzat 29. cikke (2) bekezdése értelmében igazgatói álláshelyet kíván betölteni.',
    ],
    [
      'SV',
      'Institutionens ordförande har beslutat att i enlighet med artikel 29.2 i tjänsteföreskrifterna tillsätta en tjänst som direktör.',
    ],
    [
      'RO',
      'Președintele instituției a decis să ocupe postul de director, în temeiul articolului 29 alineatul (2) din Statutul funcționarilor.',
    ],
  ])('%s', (_lang, text) => {
    expect(read(text).staffCategory).toBe('official');
  });

  it('does not read Article 29(1) or Article 29(25) as 29(2)', () => {
    expect(
      read('Postul este publicat în temeiul articolului 29 alineatul (1) din Statut.').staffCategory,
    ).toBeNull();
    expect(read('In accordance with Article 29, paragraph 25 of the rules.').staffCategory).toBeNull();
  });
});

describe('grades in a table flattened row by row', () => {
  it('reads the grade a few short header cells below its label', () => {
    const n = read(
      [
        'The Agency is launching this call to establish a reserve list for the following profile:',
        'Reference number',
        'XYZ/TA/2031/004',
        'Vacancy notice',
        'Grade',
        'Indicative number on',
        'reserve list',
        'Records Officer',
        'AST 4',
        '6',
        'Applications close on 3 March 2031 at noon.',
      ].join('\n'),
    );
    expect(n.grades).toEqual(['AST4']);
    expect(n.functionGroup).toBe('AST');
  });

  it("does not read a table of several grades (pay or careers) as the post's grade", () => {
    const n = read(
      [
        'Monthly pay by grade',
        'Grade',
        'Step 1',
        'Step 2',
        'AD 5',
        '5 500',
        'AD 6',
        '6 200',
        'Applications close on 3 March 2031.',
      ].join('\n'),
    );
    expect(n.grades).toEqual([]);
  });
});

describe('staff category without the singular wording', () => {
  it('reads "a reserve list for temporary agents" (the plural in a recruitment phrase)', () => {
    const n = read(
      'The Agency is opening a call for applications to set up a reserve list for Temporary Agents for the post of Data Steward.\nApplications close on 2 March 2027 at noon.',
    );
    expect(n.staffCategory).toBe('temporary_agent');
    expect(
      read('A selection of contract agents for the post of Driver is organised.\nClosing date: 2 March 2027.')
        .staffCategory,
    ).toBe('contract_agent');
  });

  it('reads the plural with a count and a footnote mark ("a reserve list of 5 temporary agents1")', () => {
    expect(
      read(
        'The Court is organising a selection procedure to establish a reserve list of 5 temporary agents1 to work as Lawyers.',
      ).staffCategory,
    ).toBe('temporary_agent');
  });

  it('weighs a category written beside its function group or grade above repeated looser words', () => {
    const it_ = [
      "L'Agenzia è alla ricerca di un funzionario addetto ai dati (agente contrattuale, GF IV).",
      'Il funzionario lavorerà con altri funzionari del settore.',
      'Il termine per la presentazione delle candidature è il 3 marzo 2031.',
    ].join('\n');
    expect(read(it_).staffCategory).toBe('contract_agent');
    // An official's word beside the grade is the post's name ("officer"), not its category.
    const hu = [
      'IDEIGLENES ALKALMAZOTT ADATKEZELÉSÉRT FELELŐS TISZTVISELŐ (AD 6)',
      'Határidő: 2031. március 3.',
    ];
    expect(read(hu.join('\n')).staffCategory).toBe('temporary_agent');
  });

  it('does not read the plural in the staff rules a notice cites', () => {
    expect(
      read('The rules applicable to temporary agents and contract agents apply. Deadline: 2 March 2027.')
        .staffCategory,
    ).toBeNull();
  });

  it('reads the TA or CA segment of a reference when no wording names the category, and says so', () => {
    const r = analyseNotice(
      'Reg. n: Agency/2027/TA/AD7/014\nName of the post: Analyst\nDeadline: 2 March 2027',
      {
        force: true,
      },
    );
    expect(r.notice!.staffCategory).toBe('temporary_agent');
    expect(r.evidence.staffCategory?.note).toMatch(/TA segment/);
    expect(read('Ref.: XYZ/CA/2027/03\nPost: Assistant').staffCategory).toBe('contract_agent');
    // A segment that only looks like one: "DATA/2027" is no TA segment; a bare "TA/" is no reference.
    expect(read('Ref.: DATA/2027/05\nPost: Assistant').staffCategory).toBeNull();
    expect(read('See TA/ and CA/ in the glossary.').staffCategory).toBeNull();
  });
});

describe('grades written beside the post, in a copy that joined its lines', () => {
  it('reads a grade with its step, after a word, and after a label with or without its colon', () => {
    expect(
      read('Anúncio de recrutamento relativo a um lugar de diretor (Grau AD 16/3) no Secretariado').grades,
    ).toEqual(['AD16']);
    expect(read('Function Group/Grade: Temporary Agent/AD7/Administrator').grades).toEqual(['AD7']);
    expect(read('1. Κενή θέση: AD14 2. Καθήκοντα: ο κάτοχος της θέσης διευθύνει').grades).toEqual(['AD14']);
    expect(read('Direction des ressources Poste vacant AD 14 Emploi type DIRECTEUR').grades).toEqual([
      'AD14',
    ]);
    expect(read('Az állást betöltő személy besorolási fokozata AD12 lesz.').grades).toEqual(['AD12']);
    expect(read('1. Volné pracovní místo: stupeň AD 13').grades).toEqual(['AD13']);
  });

  it("does not take a code's other segments for grades, nor its segment over a written grade", () => {
    expect(read('Ref. No: XYZ/20/TA/AD5/7.1\nGrade: AD 7').grades).toEqual(['AD7']);
    expect(read('Reference: ABC/SG/AD16/01/31 — Secretary-General').grades).toEqual(['AD16']);
    expect(read('Reference: ABC/2031/05 — Secretary-General').grades).toEqual([]);
  });
});

describe('trainee words that are also ordinary words', () => {
  it('does not read "prácticas" (practices) or a staff count for a traineeship', () => {
    const n = read(
      'Publicación del puesto de consejero principal (grado AD 14) (artículo 29, apartado 2, del Estatuto). ' +
        'Los instrumentos de competencia (prácticas restrictivas) y unas 700 personas (incluido el personal en prácticas).',
    );
    expect(n.staffCategory).not.toBe('trainee');
    expect(n.grades).toEqual(['AD14']);
  });
});

describe('Conditions of Employment articles in other languages, and the category they mean', () => {
  it('reads the article in Portuguese, Italian, Polish and Czech, and a category with its article', () => {
    const pt = read(
      'ANÚNCIO DE RECRUTAMENTO relativo a um lugar de diretor (Grau AD 14) [Recrutamento nos termos do artigo 2. o , alínea a), do Regime Aplicável aos Outros Agentes]',
    );
    expect(pt.contractArticles).toEqual(['2a']);
    expect(pt.staffCategory).toBe('temporary_agent');
    expect(read("Assunzione ai sensi dell'articolo 2, lettera f), del RAA").contractArticles).toEqual(['2f']);
    expect(read('zatrudnienie na podstawie art. 2 lit. f WZIP').contractArticles).toEqual(['2f']);
    expect(read('podle článku 3 písm. b) pracovního řádu').contractArticles).toEqual(['3b']);
    expect(
      read('Convocatoria de candidaturas Agente temporal 2(f) XYZ/AD/2031/001').contractArticles,
    ).toEqual(['2f']);
    expect(
      read('INVITO A MANIFESTARE INTERESSE PER AGENTI TEMPORANEI 2(F) PER IL PROGRAMMA').contractArticles,
    ).toEqual(['2f']);
  });

  it('leaves the category to the words when the notice names one, or when articles of both kinds are named', () => {
    expect(read('Contract agent, function group IV. Recruited under Article 2(f).').staffCategory).toBe(
      'contract_agent',
    );
    expect(
      read('Posts under Article 2(f) and Article 3(a) of the Conditions of Employment.').staffCategory,
    ).toBeNull();
  });
});

describe('a category beside its grade', () => {
  it('outweighs a notice heading\'s "open competition"', () => {
    const text = [
      'Vacancy notice - Ref.: XY/TA/09/31',
      'Notice of Open Competition',
      'The Foundation is organising an open competition to form a reserve list for the recruitment of a:',
      '(Temporary Agent, Category AD5)',
    ].join('\n');
    expect(read(text).staffCategory).toBe('temporary_agent');
  });
});

describe('an open competition in other languages', () => {
  it.each([
    ['TEADE AVALIKU KONKURSI KORRALDAMISE KOHTA EPSO/AST/999/31: assistendid (palgaaste AST 1)'],
    ['Ilmoitus avoimesta kilpailusta EPSO/AST/999/31 – assistentit (AST 3)'],
    ['Nyílt versenyvizsga – EPSO/AD/999/31 – jogász-nyelvészek (AD 7)'],
    ['Paziņojums par atklātu konkursu EPSO/AST-SC/99/31 – sekretāri (SC 1)'],
    ['Bando di concorso generale EPSO/AD/999/31 – amministratori (AD 5)'],
  ])('%s → official', (text) => {
    expect(read(text).staffCategory).toBe('official');
  });
});

describe('a function group and grade written apart', () => {
  it('reads "Function group AD, grade 7", a Hungarian group number before its name, and a TA segment between hyphens', () => {
    expect(read('Contract: Temporary Agent - Function group AD, grade 7').grades).toEqual(['AD7']);
    expect(
      read('Pénzügyi asszisztens (szerződéses alkalmazott, III. besorolási csoport)').functionGroup,
    ).toBe('FGIII');
    expect(read('VACANCY NOTICE Ref. XYZ-TA-AST-2031-03 Records Assistants').staffCategory).toBe(
      'temporary_agent',
    );
  });
});

describe('grades in headings and references', () => {
  it('reads neighbouring grades, a category and grade in brackets, Dutch "Graad", and a reference segment when nothing else gives one', () => {
    expect(read('Recruitment of a Secretary General at grade AD 15/16 - Temporary post').grades).toEqual([
      'AD15',
      'AD16',
    ]);
    expect(read("pour le poste d'assistant (agent temporaire, AST 3) au sein de l'unité").grades).toEqual([
      'AST3',
    ]);
    expect(
      read('Directeur van de Stichting (Tijdelijk functionaris — Graad AD 14) — COM/2031/20071').grades,
    ).toEqual(['AD14']);
    expect(read('Ogłoszenie VEXT/31/351/AD 14 - Zastępca dyrektora wykonawczego').grades).toEqual(['AD14']);
    expect(read('Ref.-nr.: XY-LISA/31/TA/AD13/4.1\nMeddelelse om en ledig stilling').grades).toEqual([
      'AD13',
    ]);
  });

  it('keeps the written grade when a reference carries another', () => {
    expect(read('Ref.: XYZ/TA/AD5/31\nGrade: AD 7').grades).toEqual(['AD7']);
  });
});

describe('articles and staff categories: blind round 7', () => {
  it('reads a Dutch competition notice without "algemeen" as officials\' posts', () => {
    expect(
      read('AANKONDIGING VAN VERGELIJKEND ONDERZOEK\n\nEPSO/AD/999/31 — Administrateurs (AD 7)')
        .staffCategory,
    ).toBe('official');
  });

  it('reads "(AD function group, grade 14)", the family before its words', () => {
    const n = read('Vacancy notice XYZ/2031/1 — One (1) Head of Audit post (AD function group, grade 14)');
    expect(n.grades).toEqual(['AD14']);
    expect(n.functionGroup).toBe('AD');
  });

  it('reads the letters after the first article, never those of "and"', () => {
    expect(
      read('Title: Legal Adviser\nLegal basis: Article 2(a) and (b) of the Conditions of Employment')
        .contractArticles,
    ).toEqual(['2a', '2b']);
    expect(
      read('Title: Legal Adviser\nLegal basis: Articles 2(a) (b) and 8 of the Conditions of Employment')
        .contractArticles,
    ).toEqual(['2a', '2b']);
  });

  it('reads an Estonian "artikli 2 punktiga a" and the category it gives', () => {
    const n = read(
      'Ametikoht: Direktor\nTeade avaldatakse kooskõlas muude teenistujate teenistustingimuste artikli 2 punktiga a ja artikliga 8.',
    );
    expect(n.contractArticles).toEqual(['2a']);
    expect(n.staffCategory).toBe('temporary_agent');
  });

  it('reads gendered Greek and genitive plural Czech category words', () => {
    expect(read('Θέση: διευθυντής\n(Έκτακτος/-η υπάλληλος — Βαθμός AD 14)').staffCategory).toBe(
      'temporary_agent',
    );
    expect(
      read('Výběr dočasných zaměstnanců (platová třída AD 13) pro zastoupení Komise').staffCategory,
    ).toBe('temporary_agent');
  });
});

describe('staff category: blind round 8', () => {
  it('reads German traineeship words and "internship"', () => {
    expect(read('Praktika\n\nDie Praktika richten sich an Absolventen von Hochschulen.').staffCategory).toBe(
      'trainee',
    );
    expect(read('Internship in the Liaison Office\nLocation: Brussels').staffCategory).toBe('trainee');
  });

  it("reads contract staff from a contract agents' function group or an EPSO CAST reference, with a note", () => {
    const a = analyseNotice(
      'Political affairs\nReference number\nEPSO/CAST/P/99/2031\nGrade:\nFG III,\nFG IV',
      { force: true },
    );
    expect(a.notice!.staffCategory).toBe('contract_agent');
    expect(a.evidence.staffCategory.note).toMatch(/contract agents' selection/);
    expect(read('Grade: AD 7\nThe post is in the Legal Service.').staffCategory).toBeNull();
  });
});

describe('requirements and contract: blind round 8', () => {
  it('reads "Type and duration of contract", and takes no maximum for the first contract', () => {
    expect(
      read(
        'Title: Officer\nType and duration of contract: Temporary Agent, 3 years with possibility of extension',
      ).firstContractYears,
    ).toBe(3);
    expect(
      read(
        'Title: Officer\nType and duration of contract: Temporary Agent AST 2 Up to five years, with possibility of renewal',
      ).firstContractYears,
    ).toBeNull();
  });

  it("does not read an agency's own selection code with CAST in it as EPSO CAST", () => {
    expect(
      read(
        'Call for expression of interest for contract agents in intellectual property (XYZ/CAST/1/31), run with EPSO for the following profile: lawyer.',
      ).castRequired,
    ).toBe(false);
    expect(
      read('Candidates must have passed EPSO CAST and be registered in the EPSO CAST database.').castRequired,
    ).toBe(true);
  });

  it('reads an under-represented list written with typeset hyphens', () => {
    expect(
      read(
        'We encourage applicants from Member States which are under‑represented in the workforce. These Member States are currently Austria, Croatia and Sweden.',
      ).underrepresentedStates,
    ).toEqual(['AT', 'HR', 'SE']);
  });
});

describe('glued tables and footnotes: blind round 9', () => {
  it('reads a Polish table whose labels are glued to their values, and "i" (and) is no function group', () => {
    const n = read(
      'INFORMACJE OGÓLNE\n\nDepartamentDyrekcja Generalna A, Dyrekcja ds. Budynków i Logistyki\nMiejsce pracyBruksela\nNazwa stanowiskaDyrektor\nGrupa funkcyjna i grupa zaszeregowaniaAD 14',
    );
    expect(n.location).toBe('Brussels');
    expect(n.grades).toEqual(['AD14']);
    expect(n.functionGroup).toBe('AD');
  });

  it('drops footnote numbers printed as plain digits after words, when footnotes 1 and 2 are there', () => {
    const n = read(
      'Title: Officer\nType of contract Temporary Agent1\nDuration of contract 5 years, with possibility of extension2\nWe use Geant4 and Python3 daily.',
    );
    expect(n.staffCategory).toBe('temporary_agent');
    expect(
      normaliseNotice('Title: Physicist\nExperience with Geant4, Python3 and ROOT is an asset.', 'text').text,
    ).toContain('Geant4, Python3');
  });

  it('reads the first sentence of a place label ("… Paris" after it is a plan, not the place)', () => {
    expect(
      read(
        'Title: Officer\nPlace of employment: London, United Kingdom. It is expected that the Authority will be relocated to Paris.',
      ).location,
    ).toBe('London');
  });

  it('reads former names of executive agencies as the current ones', () => {
    expect(
      read(
        'The Executive Agency for Small and Medium-sized Enterprises (EASME) is recruiting a Temporary Agent.',
      ).institution,
    ).toBe('EISMEA');
    expect(
      read('The Innovation and Networks Executive Agency (INEA) is recruiting an IT officer.').institution,
    ).toBe('CINEA');
  });
});

describe('first contract inside a run-on line', () => {
  it('reads a Czech "původní smlouva na 4 roky"', () => {
    expect(
      read(
        'Název pozice: ředitel\nTyp smlouvy: dočasný zaměstnanec (původní smlouva na 4 roky, kterou lze jednou prodloužit)',
      ).firstContractYears,
    ).toBe(4);
  });

  it('reads "Duration of contract N years" and "Initial contract duration of N months" anywhere in a line', () => {
    expect(
      read(
        'Type of contract Seconded National Expert (SNE) 1 Function group and grade SNE Duration of contract 2 years, with possibility of extension 2 Division/Unit Markets',
      ).firstContractYears,
    ).toBe(2);
    expect(
      read('Title: Expert\nDuration: Initial contract duration of 24 months (possible start in spring)')
        .firstContractYears,
    ).toBe(2);
    expect(
      read('Title: Officer\nType of contract Temporary Agent Duration of contract up to 5 years')
        .firstContractYears,
    ).toBeNull();
  });
});

describe('grades, function group and category: layouts of blind round 13', () => {
  it("reads the grade in a job board's headline 'Post, AST4. Body, Place'", () => {
    const n = read(
      'Records Officer, AST4. European Insurance Authority, Frankfurt. Open until 31 October 2031\n\nType of contract\nTemporary agent',
    );
    expect(n.grades).toEqual(['AST4']);
    expect(n.functionGroup).toBe('AST');
  });

  it('reads "GF I" in a flattened table, but not the first of a range "FG I to FG IV"', () => {
    expect(
      read(
        'Grundamtsbezeichnung Vertragsbediensteter Funktionsgruppe GF I Sicherheitsempfindliche Stelle Nein BEWERBUNGSFRIST 07.03.2031',
      ).functionGroup,
    ).toBe('FGI');
    expect(
      read('Contract agents are engaged in four function groups (FG I to FG IV).').functionGroup,
    ).not.toBe('FGI');
  });

  it('reads the category under a "Type of position:" label', () => {
    expect(read('-\nType of position:\nOfficial\n- Deadline:\n2031/11/10').staffCategory).toBe('official');
  });
});

describe('a key-facts table flattened column by column (all labels, then all values)', () => {
  const labels = [
    'Type of contract',
    'Function group and grade',
    'Duration of contract',
    'Area',
    'Place of employment',
    'Deadline for applications',
  ];
  const values = [
    'Temporary agent',
    'AST3',
    '4 years (renewable)',
    'Finance',
    'Vienna, Austria',
    '3 March 2031',
  ];

  it('pairs each label with the value in the same place', () => {
    const n = read(
      ['VACANCY NOTICE', 'Accounting Assistants', ...labels, ...values, 'The Agency'].join('\n'),
    );
    expect(n.grades).toEqual(['AST3']);
    expect(n.firstContractYears).toBe(4);
    expect(n.location).toBe('Vienna');
    expect(n.domain).toBe('Finance');
  });

  it("pairs them past a stray line between the two runs (the body's name)", () => {
    const n = read(['VACANCY NOTICE', ...labels, 'The European Agency', ...values].join('\n'));
    expect(n.grades).toEqual(['AST3']);
    expect(n.firstContractYears).toBe(4);
  });

  it('pairs nothing when the values do not fit their labels', () => {
    const shuffled = [
      'Finance',
      'Temporary agent',
      'Vienna, Austria',
      'AST3',
      '3 March 2031',
      '4 years (renewable)',
    ];
    const n = read(['VACANCY NOTICE', ...labels, ...shuffled].join('\n'));
    // Paired by place alone, "Area" would take "AST3".
    expect(n.domain).not.toBe('AST3');
  });
});

describe('staff category: wordings of blind round 16', () => {
  it('reads "Permanent posts open only to:" as officials\' posts and a "Contract:" label naming temporary agents', () => {
    expect(
      read('Notice of vacancy OMB/9/2031\n\nPermanent posts open only to:\n\n● Officials of the Office')
        .staffCategory,
    ).toBe('official');
    expect(
      read(
        'Head of Finance\n\nContract: Open to Temporary Agents in Function Group AD with a grade between 9 and 12.',
      ).staffCategory,
    ).toBe('temporary_agent');
  });
});

describe('grades: a split function group and grade in any language (blind round 17)', () => {
  it('reads "(grupo de funções AD, grau 14)"', () => {
    const n = read(
      'AVISO DE VAGA N.O XCA/2031/20\nDois lugares de diretor — auditoria\n(grupo de funções AD, grau 14)\n',
    );
    expect(n.grades).toEqual(['AD14']);
    expect(n.functionGroup).toBe('AD');
  });
});

describe('grades: blind round 18', () => {
  it('reads a heading that ends with its grade and its category in brackets', () => {
    const n = read(
      'XYZO\n\nData Protection Assistants AST 3 (TA2f)\n\nThe Office is organising a call for expressions of interest.',
    );
    expect(n.grades).toEqual(['AST3']);
    expect(n.functionGroup).toBe('AST');
  });

  it('does not read the rows of a table of grades as a heading', () => {
    const n = read(
      'EU new EU old\nAD 9 AST 9\nAST 5B3A 9 AST 5C2A 8 AST 5\nAST 1 AST 1D4A 2\nNotes and sources',
    );
    expect(n.grades).toEqual([]);
  });

  it('reads "(SC1 i SC2)" in a competition heading', () => {
    const n = read(
      'Ogłoszenie o konkursie otwartym EPSO/AST-SC/09/31\nSekretarz (SC1 i SC2)\nEPSO organizuje konkurs otwarty.',
    );
    expect(n.grades).toEqual(['SC1', 'SC2']);
  });

  it("takes the category and grade from the heading's reference over one passing mention of another", () => {
    const n = read(
      'Stellenausschreibung Agentur/2031/TA/AD12/404\nAbteilungsleiter (m/w)\n1. ÜBER DIE AGENTUR\nDie Agentur beschäftigt 500 Mitarbeiter und außerdem abgeordnete nationale Sachverständige und Praktikanten.',
    );
    expect(n.staffCategory).toBe('temporary_agent');
    expect(n.grades).toEqual(['AD12']);
  });

  it('reads "čl. 29 odst. 2" as a post filled under Article 29(2): an official\'s', () => {
    const n = read(
      'OZNÁMENÍ Č. ABC/AD14/3/2031 o volném pracovním místě ŘEDITELE Zveřejnění podle čl. 29 odst. 2 služebního řádu\nPlatová třída: AD 14',
    );
    expect(n.staffCategory).toBe('official');
  });
});

describe('grades: blind round 19', () => {
  it('reads the 2004–2006 "A*14" as AD 14', () => {
    const n = read('DG TRANSPORT\nPublication of a vacancy for a Director\n(grade A*14)\nCOM/099/05');
    expect(n.grades).toEqual(['AD14']);
    expect(n.functionGroup).toBe('AD');
  });

  it('reads "(Category A*/AD 14)" and "grade AD.6"', () => {
    expect(
      read('RECRUITMENT NOTICE PE/77/S\nDIRECTOR\n(Category A*/AD 14)\nPOLICY DEPARTMENT').grades,
    ).toEqual(['AD14']);
    expect(read('Temporary agent - Policy adviser (grade AD.6) - 1 post\nBased in: Brussels').grades).toEqual(
      ['AD6'],
    );
  });
});
