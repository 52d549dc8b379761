/**
 * The title reader on the layouts real notices use (issue 9): each case is a short text of our own
 * with the structure and the traps of a real page, read with detection bypassed.
 */
import { describe, expect, it } from 'vitest';
import { analyseNotice } from '../../lib/notice';

const title = (text: string) => analyseNotice(text, { force: true }).notice?.title ?? null;

describe('title', () => {
  it('reads a pipe table copied into plain text', () => {
    const text = [
      'Vacancy Notice',
      'The Agency is launching this call to draw up a reserve list for the following profile:',
      '| Reference number | XYZ/TA/2031/07 |',
      '| Job Title | Records Clerk |',
      '| Function Group/Grade | Temporary Agent, AST 3 (see the guide for more details) |',
      '| Deadline for Applications | 9 March 2031, 12:00 noon |',
      'The Agency employs some 300 people from all Member States and values diversity in its teams.',
    ].join('\n');
    expect(title(text)).toBe('Records Clerk');
  });

  it('reads the post title at the end of a combined label', () => {
    const text = [
      'The Agency for Imaginary Rail Safety (AIRS)',
      'Unit/Sector: Operations Unit/Fleet Sector.',
      'Function group/Grade/Post title: Temporary staff, AD7, 2(f), Fleet Planning Analyst.',
      'Closing date for applications: 4 May 2031 at 12:00, Lisbon local time.',
    ].join('\n');
    expect(title(text)).toBe('Fleet Planning Analyst');
  });

  it('reads a title label of several words without its colon', () => {
    const fr = [
      'AVIS DE VACANCE',
      'Intitulé de la fonction Chargé de mission budgétaire',
      'Type de contrat agent temporaire',
      'Date limite : 3 mars 2031',
    ].join('\n\n');
    expect(title(fr)).toBe('Chargé de mission budgétaire');
  });

  it('reads a title label inside a run-on line, up to the next label', () => {
    const it_ =
      'Avviso di posto vacante presso l’Agenzia immaginaria (AIX) RIF.: AIX/2031/TA/004 Titolo della funzione Responsabile della contabilità Tipo di contratto Agente temporaneo Gruppo di funzioni/grado AD 8';
    expect(title(it_)).toBe('Responsabile della contabilità');
    const pl =
      'Zaproszenie do składania zgłoszeń NR REF.: AIX/2031/SNE/002 Publikacja: Zewnętrzna Nazwa stanowiska: Analityk ds. floty kolejowej Okres zatrudnienia: 12 miesięcy 1. KIM JESTEŚMY';
    expect(title(pl)).toBe('Analityk ds. floty kolejowej');
    const en =
      'VACANCY NOTICE FOR A SECONDED NATIONAL EXPERT REFERENCE: AIX/2031/SNE/01 JOB TITLE: FLEET SAFETY ADVISER (Seconded National Expert) About the Agency The Agency was set up in 2020 to';
    expect(title(en)).toBe('FLEET SAFETY ADVISER');
  });

  it('reads a label glued to the cells around it', () => {
    const pt =
      'INFORMAÇÕES GERAIS\n\nServiço Direção B (Orçamento)Local de afetação LisboaDesignação do cargo Chefe de unidadeGrupo de funções e grau AD 9Data-limite 3 de março de 2031';
    expect(title(pt)).toBe('Chefe de unidade');
  });

  it('gives no title when the title cell holds the next label (labels row, then values row)', () => {
    const el =
      'Προκήρυξη κενής θέσης στην Ευρωπαϊκή Υπηρεσία Σιδηροδρόμων (AIX) ΚΩΔ.: AIX/2031/TA/001 Τίτλος θέσης Τύπος σύμβασης Υπεύθυνος στόλου Έκτακτος υπάλληλος';
    expect(title(el)).toBeNull();
  });

  it('writes a heading in capitals as the text writes it elsewhere in a heading, not in a sentence', () => {
    const fromHeading = [
      'Notice of open competition — XYZ/AD/101/31 — Fleet Analysts (AD 5)',
      'NOTICE OF OPEN COMPETITION',
      'XYZ/AD/101/31 — FLEET ANALYSTS (AD 5)',
      'Deadline for registration: 3 March 2031 at 12.00 (midday), CET',
    ].join('\n\n');
    expect(title(fromHeading)).toBe('Fleet Analysts');
    const fromSentence = [
      'VACANCY NOTICE',
      'FLEET ANALYST (FG IV)',
      'Type of contract',
      'Contract Agent',
      'Deadline',
      '3 March 2031',
      'The Agency is looking for a Fleet Analyst to join its planning team.',
    ].join('\n');
    expect(title(fromSentence)).toBe('FLEET ANALYST');
  });

  it('takes a heading that starts with "Directorate" when it names a post, not a directorate', () => {
    const text = [
      'Directorate Secretary',
      '',
      'Domain(s)',
      '',
      'Public administration',
      '',
      'Deadline',
      '',
      '03/03/2031 - 23:59 (Brussels time)',
    ].join('\n');
    expect(title(text)).toBe('Directorate Secretary');
  });

  it('reads the post above or before its grade in brackets, in any language', () => {
    const es = [
      'Referencia : XX/400/2031/S',
      'ANUNCIO DE CONTRATACIÓN XX/400/2031/S',
      'AGENTE TEMPORAL',
      'Analista de datos (AD 6)',
      'Antes de presentar su candidatura, lea la guía para los candidatos.',
    ].join('\n\n');
    expect(title(es)).toBe('Analista de datos');
    // In capitals under the heading, in mixed case in a long document title line that goes on past the grade.
    const de = [
      'Stellenausschreibung XX/401/2031/S — Referatsleiterin/Referatsleiter (Funktionsgruppe AD, Besoldungsgruppe 9) — Generaldirektion Übersetzung — Direktion Unterstützung und Technologie für die Übersetzung',
      'STELLENAUSSCHREIBUNG XX/401/2031/S',
      'REFERATSLEITERIN/REFERATSLEITER',
      '(Funktionsgruppe AD, Besoldungsgruppe 9)',
      '1. Zu besetzende Stelle',
    ].join('\n');
    expect(title(de)).toBe('Referatsleiterin/Referatsleiter');
  });

  it('leaves out the body named in the genitive before the post and the place after it', () => {
    const et = [
      'Teade vaba ametikoha kohta: Euroopa Meresõiduohutuse Ameti (EMSA) peaarst – Lissabon',
      '(ajutine töötaja – palgaaste AD 12)',
      'XX/2031/20001',
    ].join('\n\n');
    expect(title(et)).toBe('peaarst');
  });

  it('skips what a call is for (a database, a reserve list) but keeps a post named after databases', () => {
    const nl = [
      'OPROEP TOT HET INDIENEN VAN BLIJKEN VAN BELANGSTELLING',
      'AANLEG VAN EEN DATABANK',
      'Chauffeur (m/v) voor de dienst vervoer',
      'Brussel',
    ].join('\n\n');
    expect(title(nl)).toBe('Chauffeur (m/v) voor de dienst vervoer');
    const en = [
      'CALL FOR EXPRESSIONS OF INTEREST ESTABLISHING A DATABASE - RECORDS OFFICER (FUNCTION GROUP III)',
      'Place: Brussels',
      'Records Officer (function group III)',
      '1. General remarks',
    ].join('\n\n');
    expect(title(en)).toBe('Records Officer');
    const post = ['VACANCY NOTICE', 'Database Administrator', 'Deadline: 3 March 2031'].join('\n');
    expect(title(post)).toBe('Database Administrator');
    const sv = [
      'MEDDELANDE OM LEDIG TJÄNST',
      'Databasadministratör',
      'Sista ansökningsdag: 3 mars 2031',
    ].join('\n');
    expect(title(sv)).toBe('Databasadministratör');
  });

  it('leaves out how many posts there are', () => {
    const text = [
      'AVIS DE VACANCE D’EMPLOI XX/2031/4',
      'Directeur (H/F) — un poste',
      '(groupe de fonctions AD, grade 14)',
    ].join('\n\n');
    expect(title(text)).toBe('Directeur');
  });

  it('keeps a short heading after a blank line apart from the long line above it', () => {
    const text = [
      'ERA - European Union Agency for Railways, a body of the European Union working from Valenciennes and Lille',
      'Safety Assessment Officer',
      'ERA - European Union Agency for Railways, a body of the European Union working from Valenciennes and Lille',
      'Valenciennes, France',
      'Ref. No: XX/31/TA/AD6/1',
      'Closing date for applications 3 March 2031 23:59 CET',
    ].join('\n\n');
    expect(title(text)).toBe('Safety Assessment Officer');
  });

  it('reads the post after "the post of" or "vacancy for the function of", up to the sentence, clause or body', () => {
    const en =
      'The Imaginary Institute (IMI) is organising a call for applications with a view to establishing a reserve list for the post of Grants Coordinator – Balkans. Applications open on 3 March 2031.';
    expect(title(en)).toBe('Grants Coordinator – Balkans');
    const fn = [
      'Publication of a vacancy for the function of the Deputy Chair and Director overseeing the Board’s finance and staff (2031/C 12 A/01)',
      'Closing date: 3 March 2031',
    ].join('\n\n');
    expect(title(fn)).toBe('Deputy Chair and Director');
    const body = [
      'Publication of a vacancy for the function of Executive Director of the European Maritime Safety Agency (EMSA)',
      'Closing date: 3 March 2031',
    ].join('\n\n');
    expect(title(body)).toBe('Executive Director');
  });

  it('reads a post named in a sentence only when its grade in brackets follows it', () => {
    const it_ =
      'Il posto di segretario generale aggiunto (gradi AD 15 — AD 16) del Tribunale sarà prossimamente vacante. Le candidature vanno inviate entro il 3 marzo 2031.';
    expect(title(it_)).toBe('segretario generale aggiunto');
    const es =
      'La Comisión organiza un procedimiento de selección para un puesto de administrador, como Jefe de Sector de Prensa Regional (nivel AD8) de la representación en Lisboa.';
    expect(title(es)).toBe('Jefe de Sector de Prensa Regional');
    const noGrade =
      'La Comisión organiza un procedimiento de selección para un puesto de administrador, como Jefe de Sector de Prensa Regional de la representación en Lisboa.';
    expect(title(noGrade)).toBeNull();
  });

  it('reads the one part of a dashed heading that is not a category, a delegation or a place', () => {
    const text = [
      'European Union External Action',
      'EEAS VACANCY NOTICE - CA FG II - Finance assistant - EU Delegation to the International Organisations - Vienna',
      'The closing date for the submission of applications is 03/03/2031 at 12.00 (CET).',
    ].join('\n\n');
    expect(title(text)).toBe('Finance assistant');
    const two = [
      'EEAS VACANCY NOTICE - CA FG IV - Press officer - Social media - EU Delegation to Norway',
      'The closing date for the submission of applications is 03/03/2031 at 12.00 (CET).',
    ].join('\n\n');
    // Two parts left (the post and its field): no title rather than a guess.
    expect(title(two)).toBeNull();
  });

  it('reads the post after the reference on a job page’s top line, up to its symbol and place', () => {
    const text = [
      'XYZ/CI/2031/04 Head of Finance Section 🔍 Luxembourg',
      '- XYZ/CI/2031/04 Requisition #',
      '- Mar 3, 2031 Post Date',
      'The Head of the Finance Section manages the section’s staff and its budget.',
    ].join('\n');
    expect(title(text)).toBe('Head of Finance Section');
    const field = ['XYZ/CI/2031/04 Requisition #', 'Mar 3, 2031 Post Date'].join('\n');
    expect(title(field)).toBeNull();
  });

  it('takes no page furniture, marking, place, body names or "<acronym> Vacancy" line for the title', () => {
    const head = (lines: string[]) =>
      [
        ...lines,
        'Category: Seconded National Expert',
        'Deadline: 25/07/2031',
        'The unit models land use emissions.',
      ].join('\n\n');
    // Each line alone before the facts: none of them is a post's name, so no title rather than a wrong one.
    for (const line of [
      'You are on page 1of 12',
      'ABCD Public',
      'London, United Kingdom',
      'Joint Research Centre - European Commission',
      'JRC Vacancy',
      'OPER IT TA-76-2031',
    ])
      expect(title(head([line])), line).toBeNull();
  });

  it('reads the post after "is looking for", on its own line or after the reserve-list wording', () => {
    expect(
      title(
        ['The Imaginary Authority is looking for:', '', 'RISK MODELLER', '', 'Deadline: 3 March 2031'].join(
          '\n',
        ),
      ),
    ).toBe('RISK MODELLER');
    expect(
      title(
        [
          'The Imaginary Joint Undertaking, based in Brussels, Belgium',
          'is looking for candidates to establish a reserve list for',
          'Grants Officer',
          '(Contract Agent, Function Group IV)',
          'Deadline: 3 March 2031',
        ].join('\n'),
      ),
    ).toBe('Grants Officer');
    // Prose after the wording is no title.
    expect(
      title(
        'The Agency is looking for a dynamic colleague with a service mindset to join its team.\nDeadline: 3 March 2031',
      ),
    ).toBeNull();
  });

  it("reads the post after any language's notice name and a colon, without the body named before it", () => {
    const et = (heading: string) =>
      [heading, 'Kandideerimise tähtaeg: 3. märts 2031', 'Ametikoht asub Luxembourgis.'].join('\n\n');
    expect(title(et('Teade vaba ametikoha kohta: osakonnajuhataja (palgaaste AD 12) – Luxembourg'))).toBe(
      'osakonnajuhataja',
    );
    expect(
      title(et('Teade vaba ametikoha kohta: Euroopa Kemikaaliameti (ECHA) tegevdirektor (palgaaste AD 14)')),
    ).toBe('tegevdirektor');
  });

  it('ends a post before a Commission department named with its acronym', () => {
    const nl = [
      'Bekendmaking van een vacature voor de functie van directeur van het Europees Bureau voor fraudebestrijding (OLAF) (rang AD 14)',
      'Uiterste datum voor inschrijving: 3 maart 2031',
    ].join('\n\n');
    expect(title(nl)).toBe('directeur');
  });

  it('reads table cells copied one per line, each closed by a pipe, and takes no grade for a title', () => {
    const cs = [
      'Oznámení o volném pracovním místě',
      'Název pracovní pozice: |',
      'vedoucí oddělení |',
      'Funkční skupina a platová třída: |',
      'AD 12 |',
      'Uzávěrka pro podání přihlášek: 3. března 2031 |',
    ].join('\n');
    expect(title(cs)).toBe('vedoucí oddělení');
    expect(
      title(['Oznámení o volném pracovním místě', 'stupeň AD 14', 'Uzávěrka: 3. března 2031'].join('\n\n')),
    ).toBeNull();
  });

  it("reads a careers site's head: the post above the body's name, or between its acronym and its name", () => {
    const twice = 'Claims Analyst (PRU SUP SEC 04/2031)';
    const eiopa = [
      twice,
      'EIOPA - European Insurance and Occupational Pensions Authority',
      twice,
      'EIOPA - European Insurance and Occupational Pensions Authority',
      'Frankfurt am Main, Germany',
      'Type of contract: Seconded National Expert (SNE)',
      'Deadline for applications: 3 March 2031 at 12:00',
    ].join('\n\n');
    expect(title(eiopa)).toBe('Claims Analyst');
    const euipo = [
      'EUIPO',
      'Trade Mark Examiner',
      'European Union Intellectual Property Office',
      'The Office is organising a call for expressions of interest. Deadline: 3 March 2031.',
    ].join('\n\n');
    expect(title(euipo)).toBe('Trade Mark Examiner');
    // A page's skip link above the body's name is no post.
    expect(
      title(['Skip to main content', 'European Commission', 'Deadline: 3 March 2031'].join('\n\n')),
    ).toBeNull();
  });

  it('joins a labelled title that a PDF wrapped over short lines up to its grade, or after connectors', () => {
    const wrapped = [
      'Ref.: XYZ/2031/TA/AD7/014',
      'VACANCY NOTICE',
      'Name of the post:',
      'Lead Analyst - Regional Cyber',
      'Response Team and Incident Coordinator within',
      'the Operations',
      'Directorate (AD7)',
      'Reporting to:',
      'Head of Operations',
      'Deadline: 3 March 2031',
    ].join('\n\n');
    expect(title(wrapped)).toBe(
      'Lead Analyst - Regional Cyber Response Team and Incident Coordinator within the Operations Directorate',
    );
    const connected = [
      'Job title:',
      'Policy Officer for',
      'Digital Affairs',
      'Grade: AD 6',
      'Deadline: 3 March 2031',
    ];
    expect(title(connected.join('\n'))).toBe('Policy Officer for Digital Affairs');
    // Lines after the value that neither end with the grade nor follow a connector are not the title.
    const notWrapped = ['Job title:', 'Data Analyst', 'Parma, Italy', 'Deadline:', '3 March 2031'];
    expect(title(notWrapped.join('\n'))).toBe('Data Analyst');
  });

  it("does not take a page field's name, a section heading, a transcript label or an institution's short name for the post", () => {
    for (const junk of ['Teaser', 'The job - XYZA', 'Transcript', 'Kommission', 'Comisie'])
      expect(
        title([junk, 'Deadline for sending applications: 3 March 2031 at 12.00 noon (CET)'].join('\n')),
      ).toBeNull();
  });

  it("reads the post out of a job site's dashed heading, when only one part can be it", () => {
    const head = 'ABCD Vacancy - Policy Officer - HQ Contract Agent FGIV - ABCD Headquarters job No 912345';
    expect(
      title(
        [head, 'Teaser', 'Deadline for sending application: 3 March 2031 at 12.00 noon (CET).'].join('\n\n'),
      ),
    ).toBe('Policy Officer');
    // Two parts that could both be the post: the heading is not cut.
    const two = 'Scientific Officer - Plant Health - Risk Assessment Unit';
    expect(title([two, 'Deadline: 3 March 2031'].join('\n'))).not.toBe('Plant Health');
  });

  it('reads "for the post of" in a sentence when nothing else names the post, up to the verb or full stop', () => {
    expect(
      title(
        'The Institute is organising a call for applications to establish a reserve list for Temporary Agents for the post of Records and Archives Officer.\n\nApplications close on 3 March 2031.',
      ),
    ).toBe('Records and Archives Officer');
    expect(
      title(
        'Candidates for the post of Head of Finance must hold a degree in economics.\nDeadline: 3 March 2031.',
      ),
    ).toBe('Head of Finance');
  });

  it('reads the Romanian "publicarea unui post vacant de" heading', () => {
    expect(
      title(
        'DG EXAMPLE\n\nPublicarea unui post vacant de director adjunct (gradul AD 14)\n\nTermenul-limită: 3 martie 2031',
      ),
    ).toBe('director adjunct');
  });

  it('does not take a short label and its code for the post, in any script', () => {
    for (const head of [
      'ΚΩΔ.: ABCD/2031/TA/023',
      'Réf. : ABCD/2031/07 Intitulé du poste',
      'Ref: XY-2031/7',
    ]) {
      const text = `Vacancy notice at the European Union Agency for Asylum (EUAA) ${head}\nDeadline: 3 March 2031`;
      expect(title(text) ?? '').not.toMatch(/^(?:ΚΩΔ|Réf|Ref)/);
    }
  });

  it("does not take a document site's 'Texto' or a head label of another language for the post", () => {
    for (const junk of ['Texto', 'Texte', 'Typ smlouvy', 'Název pozice'])
      expect(title([junk, 'Termín pro podávání přihlášek: 3. března 2031'].join('\n'))).toBeNull();
  });

  it('reads the post after a hyphenated reference on a top line ("CDT-AD5-2031/02 TRADUTOR DE FRANCÊS")', () => {
    expect(
      title(
        ['Sem resultados', 'XYZ-AD5-2031/02 TRADUTOR DE ITALIANO', 'Prazo: 3 de março de 2031'].join('\n'),
      ),
    ).toBe('TRADUTOR DE ITALIANO');
  });

  it('reads "a reserve list for the SNE position of “…”" without its quotes', () => {
    expect(
      title(
        'The Joint Undertaking aims to establish a reserve list for the SNE position of “Expert in Air Traffic Data”. The duty station is Brussels.',
      ),
    ).toBe('Expert in Air Traffic Data');
  });

  it("reads the post from a table's rows joined into one line, after the place's cell", () => {
    expect(
      title(
        'VACANCY NOTICE XYZ/TA-AD/31 GENERAL INFORMATION Department Place of employment Job title DEV.2B.S3 Directorate for Premises, Works Unit, Planning Sector Luxembourg Works Planner Function group and grade Temporary agent AD 7 DEADLINE FOR APPLICATIONS 3 March 2031',
      ),
    ).toBe('Works Planner');
    expect(
      title(
        'Oznámení o volném pracovním místě XYZ/TA-AD/31 Oddělení Místo výkonu zaměstnání Název pracovního místa DEV.2B.S3 ředitelství pro stavby, oddělení plánování Brusel plánovač staveb Funkční skupina a platová třída dočasný zaměstnanec AD 7',
      ),
    ).toBe('plánovač staveb');
  });

  it("prefers a label that can only mean the post to a page's earlier 'Profile' field", () => {
    expect(
      title(
        [
          'Vacancy details',
          'Profile',
          '',
          'Finance - Financial Officer',
          '',
          'Position title',
          '',
          'Budget Officer / Payments Officer – SPACE PROGRAMME',
          '',
          'Contract',
          'Contract agent',
        ].join('\n'),
      ),
    ).toBe('Budget Officer / Payments Officer – SPACE PROGRAMME');
    expect(title(['Profile', '', 'Records Clerk', '', 'Contract', 'Temporary agent'].join('\n'))).toBe(
      'Records Clerk',
    );
  });

  it('reads an Italian title label and the place after "SEDE:" on a line the copy ran on', () => {
    const n = analyseNotice(
      'INVITO A MANIFESTARE INTERESSE XYZ/TA/AD6/01/31 Il presente invito mira a costituire elenchi di riserva. DENOMINAZIONE DELLA FUNZIONE: ADDETTO ALLE VERIFICHE GRADO: AD6 SEDE: BRUXELLES PROFILI 1: INGEGNERIA',
      { force: true },
    ).notice!;
    expect(n.title).toBe('ADDETTO ALLE VERIFICHE');
    expect(n.location).toBe('Brussels');
  });

  it("reads a job board's heading over its employer, place and deadline line", () => {
    expect(
      title(
        [
          'Marine Jobs',
          'Browse Marine Career Opportunities',
          'Head of Inspections',
          'EFCA | Vigo, Spain | Deadline: 9 Sep 2031',
          '',
          'Temporary Agent – Grade AD 12',
        ].join('\n'),
      ),
    ).toBe('Head of Inspections');
    // Not when the line below names no body: a site's own menu.
    expect(
      title(['Latest Jobs', 'Home | Vigo, Spain | Contact', 'Deadline: 9 Sep 2031'].join('\n')),
    ).toBeNull();
  });

  it('reads the post between a body and its reference in an Official Journal heading', () => {
    expect(
      title(
        'EIT (European Institute of Innovation and Technology) Deputy Director – COM/2031/10281 (2031/C 253 A/01)\nThe post is based in Budapest.',
      ),
    ).toBe('Deputy Director');
  });

  it("reads the post after a reserve list's colon, before its grade, in any language", () => {
    expect(
      title(
        [
          'VACANCY NOTICE',
          'For the establishment of a reserve list of:',
          '',
          'Records Support Assistants (AST 3)Ref. XYZ-TA-AST-2031-03',
        ].join('\n'),
      ),
    ).toBe('Records Support Assistants');
    expect(
      title(
        'The Agency has set up a selection procedure that aims to establish a reserve list for: Ground Segment Security Officer (Vacancy Reference Number: XYZ/2031/513) Date of Publication: 27/07/2031',
      ),
    ).toBe('Ground Segment Security Officer');
    expect(
      title(
        'Kiinnostuksenilmaisupyyntö seuraavaa tointa koskevan varallaololuettelon laatimiseksi: Kirjanpitoassistentti (palkkaluokka AST3) hallinto-osastolla',
      ),
    ).toBe('Kirjanpitoassistentti');
  });

  it('reads a heading post followed by its reference', () => {
    expect(title('VACANCY NOTICE RECORDS CLERK (F/M) REF.: XYZ/2031/VAC27/FGIII\n\nThe Authority')).toBe(
      'RECORDS CLERK',
    );
  });

  it("reads an EU Careers page's first line when its reference's label and code follow, in any language", () => {
    expect(
      title(
        [
          'Administratori finanšu jomā',
          'Atsauce:',
          'XYZ/AD/01/31',
          'Termiņš',
          '29/08/2031 - 12:00',
          '| Period | Candidates |',
        ].join('\n'),
      ),
    ).toBe('Administratori finanšu jomā');
    // Not a field's value above "Reference number" further down the page.
    expect(
      title(
        [
          'Records Clerk',
          '-------------',
          '',
          'Domain(s)',
          '',
          'Information Technology',
          '',
          'Reference number',
          '',
          'COM/2031/1671',
          '',
          'Deadline',
          '',
          '12/03/2031 - 12:00 Brussels time',
        ].join('\n'),
      ),
    ).toBe('Records Clerk');
  });

  it("reads the post from a header row and value row joined into one line, the title's label first", () => {
    expect(
      title(
        'Externí oznámení o volném pracovním místě Ref. č.: XYZ/2031/TA/017 Název pozice Typ smlouvy Funkční skupina – platová třída | vedoucí pracovník v oblasti účetnictví (M/Ž dočasný zaměstnanec AD 7 |\n1. KDO JSME',
      ),
    ).toBe('vedoucí pracovník v oblasti účetnictví');
  });

  it('reads an EU Careers page whose reference is left empty, and a job site\'s "EEAS Vacancy: …" heading', () => {
    expect(
      title(
        [
          'Administratorzy – audyt',
          '',
          'Numer referencyjny: ',
          'Aktualne procedury naboru: ',
          '09/01/2031',
          'Termin: ',
          '20/02/2031 - 12:00',
        ].join('\n'),
      ),
    ).toBe('Administratorzy – audyt');
    expect(
      title(
        'EEAS Vacancy: Records Clerk to the Head of Section - Contract Agent FGII - EU DELEGATION TO UN/IAEA/OSCE, Vienna - Job No 268457\n2 weeks ago',
      ),
    ).toBe('Records Clerk to the Head of Section');
  });
});

describe('title: layouts of blind round 7', () => {
  it('reads a call for seconded experts headed only by that name, when nothing else names the post', () => {
    const text = [
      'Seconded National Expert',
      '',
      'Type of contract Seconded National Expert',
      '',
      'Ref. SNE-XYZ-2031',
      '',
      'The Agency is organising a call to build a reserve list of experts for its Research Unit.',
    ].join('\n');
    expect(title(text)).toBe('Seconded National Expert');
    expect(title('Data Analyst\n\nSeconded National Expert\n\nRef. SNE-XYZ-2031')).toBe('Data Analyst');
  });

  it('reads the post from a PDF copy whose formatting tags are shown as text, not the body line under it', () => {
    const text = [
      'CALL FOR APPLICATIONS<br />',
      '',
      'Records Archivist (Contract Agent FG II)<br />',
      '',
      'EFSA (Parma)<br />',
      '',
      'Ref.: EFSA/CA/2031/07<br />',
      '',
      '<strong>The</strong> <strong>Authority</strong> keeps its files in order.<br />',
    ].join('\n');
    expect(title(text)).toBe('Records Archivist');
  });

  it('passes over a template\'s "General information" heading and reads the post under its label', () => {
    const text = [
      'TEADE VABA AMETIKOHA KOHTA CONS/AD/999/31',
      '',
      '(2031/C 77 A/01)',
      '',
      'ÜLDINE TEAVE',
      '',
      'Asukoht',
      '',
      'Brüssel',
      '',
      'Ametikoht',
      '',
      'Nõunik',
      '',
      'Tegevusüksus ja palgaaste',
      '',
      'AD 13',
    ].join('\n');
    expect(title(text)).toBe('Nõunik');
  });

  it('reads the value of a label right under the heading, a post in capitals ending at its gender marker', () => {
    const text = [
      'TEADE VABA AMETIKOHA KOHTA nr CDR/SG/AD15/31/02',
      'Täidetav ametikoht:',
      'DIREKTOR (M/N)',
      'Regioonide Komitee sekretariaadis',
      '(palgaaste AD 15)',
      '1. SISSEJUHATUS',
    ].join('\n');
    expect(title(text)).toBe('DIREKTOR');
  });

  it('does not take a paragraph after a numbered label for the post', () => {
    const text = [
      'Oznámenie o voľnom pracovnom mieste č. 9/31',
      '',
      'Voľné pracovné miesto: AD 12',
      '',
      '2.   Náplň práce:',
      '',
      'Vedúci oddelenia riadi prácu tímu a je zodpovedný za rozpočet. Medzi jeho úlohy patrí',
    ].join('\n');
    expect(title(text)).not.toMatch(/zodpovedn/);
  });

  it('reads the post after "concerning the post of", without the secretariat it belongs to', () => {
    expect(
      title(
        'Vacancy notice No 4/T/31 concerning the post of Director of Logistics (M/F) in the Secretariat of the European Economic and Social Committee\n\nClosing date for applications: 2 June 2031',
      ),
    ).toBe('Director of Logistics');
  });

  it('reads a Greek heading "for the duties of" and leaves out a bracket the line never closes', () => {
    expect(
      title(
        'Οργανισμός — Προκήρυξη κενής θέσης για τα καθήκοντα του/της αναπληρωτή/-τριας διευθυντή/-ριας (Έκτακτος/-η υπάλληλος — Βαθμός AD 13) — COM/2031/40',
      ),
    ).toBe('αναπληρωτή/-τριας διευθυντή/-ριας');
  });

  it('reads a Portuguese Official Journal heading "Publicação de uma vaga de …"', () => {
    expect(
      title(
        'Direcção-Geral do Comércio (DG TRADE) — Publicação de uma vaga de consultor principal (grau AD 14) (em Bruxelas) — COM/2031/10001',
      ),
    ).toBe('consultor principal');
  });
});

describe('title: layouts of blind round 8', () => {
  it('reads a one-word label with its colon inside a run-on line, the value in lower case', () => {
    expect(
      title(
        'Viraston kansallisen asiantuntijan tehtävä Viite: XYZ/2031/SNE/002 Julkaiseminen: Ulkoinen Tehtävänimike: tietosuoja-asioiden asiantuntija Kesto: 1 vuosi 1. KEITÄ OLEMME',
      ),
    ).toBe('tietosuoja-asioiden asiantuntija');
    expect(
      title(
        'Anúncio de vaga REF.: XYZ/2031/CA/004 Publicação: Externa Título da função: Assistente de projeto 1. QUEM SOMOS O gabinete apoia.',
      ),
    ).toBe('Assistente de projeto');
  });

  it('keeps a heading that ends with its grade apart from the sentence under it', () => {
    const text = [
      'AVIS DE RECRUTEMENT PE/999/2031/S/XYZ',
      'AGENT TEMPORAIRE',
      'Assistant(e) gestionnaire administratif et budgétaire (AST 2)',
      'Avant de postuler, vous devez lire attentivement le guide aux candidat(e)s annexé à cet avis.',
    ].join('\n');
    expect(title(text)).toBe('Assistant(e) gestionnaire administratif et budgétaire');
  });

  it('reads "The post of X is located in …", but not "The position offers …"', () => {
    expect(
      title(
        'Organisational setting:\nThe post of Analyst - Financial Crime is located in the Operations Department.',
      ),
    ).toBe('Analyst - Financial Crime');
    expect(
      title('About the job\nThe position offers you excellent opportunities to contribute to our work.'),
    ).toBeNull();
  });

  it("reads a job page's line that ends with a gender marker", () => {
    expect(
      title(
        'Job details\n\n\nData services - Database Administrator\n\n\nDatabase Administrator M/F\n\n\nContract agent\n',
      ),
    ).toBe('Database Administrator');
  });

  it("leaves out a page's call to apply before the post", () => {
    expect(
      title('Posez votre candidature pour le concours pour juristes (AD5)\nConcours ouvert aux diplômés.'),
    ).toBe('juristes');
    expect(title('Apply for the competition for Auditors (AD5)\nOpen to graduates of all fields.')).toBe(
      'Auditors',
    );
  });

  it('reads the post over its bracketed reference, not a later line above "Deadline to apply"', () => {
    const text = [
      'Risk Analyst',
      '',
      '(Réf. XYZ/TA/2031/04)',
      '3 years contract with possibility of extension',
      'Lisbon, Portugal',
      'Open to nationals of the Member States',
      'Deadline to apply: 17/09/2031 23:59',
      '€ 5.000,00 at step 1 / AD 6',
    ].join('\n');
    const n = analyseNotice(text, { force: true }).notice!;
    expect(n.title).toBe('Risk Analyst');
    expect(n.reference).toBe('XYZ/TA/2031/04');
    expect(n.grades).toEqual(['AD6']);
  });
});

describe('title: layouts of blind round 9', () => {
  it("reads a job board's headline without its grade, body and date, and never a date line", () => {
    const text = [
      'Friday, December 4, 2031',
      '',
      'Records Management Officer, AD5. XYZA, Paris. Open until 06 December 2031',
      '',
      'REF.: XYZA/2031/VAC13/AD5',
      '',
      'Type of contract Temporary Agent',
    ].join('\n');
    expect(title(text)).toBe('Records Management Officer');
    expect(title('Document Management Officer\n\nReference: XYZ/2031/1')).toBe('Document Management Officer');
  });

  it('reads the post after the legal basis ("… of Other Servants (CEOS) as …"), up to a unit code', () => {
    expect(
      title(
        'EEAS Vacancy: Temporary Agent under Article 2(b) of the Conditions of Employment of Other Servants (CEOS) as Network Engineer - EEAS.RM.SCS.9 – Division Secure Networks',
      ),
    ).toBe('Network Engineer');
  });

  it('reads the post after a notice name and a dash, up to its bracketed reference', () => {
    expect(
      title(
        'Sommario V Avvisi 2031/C 1 A/01 Avviso di posto vacante — Direttore esecutivo dell’Agenzia (M/F) (EXT/31/1/AD 15) . . . . 1 IT',
      ),
    ).toBe('Direttore esecutivo dell’Agenzia');
  });

  it('leaves out a run-on reference and function group after the post', () => {
    expect(
      title(
        'CALL FOR EXPRESSION OF INTEREST\nCommunication Adviser FGIV (Ref.: XYZ-ABC/IV/2031/007) The coordination of the selection is done by XYZ.',
      ),
    ).toBe('Communication Adviser');
  });
});

describe('title: layouts of blind round 10', () => {
  it('reads the line under "Vacancy for the post", without its code in brackets', () => {
    expect(
      title(
        'THE AGENCY\nVacancy for the post\nARCHIVIST (XYZ/CA/III/2031/ARC)\nApplications are invited for the above post.',
      ),
    ).toBe('ARCHIVIST');
  });

  it('reads the post after a notice name, its reference and a dash, without the body after it', () => {
    expect(title('Externt meddelande om ledig tjänst EUAA/2031/TA/009 — Avdelningschef EUAA |')).toBe(
      'Avdelningschef',
    );
  });

  it("passes over a document site's furniture and reads a Romanian title label", () => {
    expect(
      title(
        'Citation preview\n\nAnunț de post vacant extern\nDenumirea funcției Responsabil Finanțe\nGrupa de funcții - Gradul AD 5',
      ),
    ).toBe('Responsabil Finanțe');
  });
});

describe('title: layouts of blind round 11', () => {
  it("leaves out the agents' category before a dash, but keeps a trainee's", () => {
    expect(
      title(
        'EUROPÄISCHES PARLAMENT\n\nAUSWAHLVERFAHREN\nBEDIENSTETEN AUF ZEIT — DATENBANKVERWALTER (AD 5)\n',
      ),
    ).toBe('DATENBANKVERWALTER');
    expect(title('Job title: Trainee – Competition Policy\nDeadline: 31 January 2031')).toBe(
      'Trainee – Competition Policy',
    );
  });

  it('reads "post of X" without its lead, and the Italian "posto vacante per la funzione di"', () => {
    expect(title('CALL FOR APPLICATIONS\npost of Records Manager\nRef.: XYZ/CA/2031/01')).toBe(
      'Records Manager',
    );
    expect(
      title(
        'Pubblicazione di un posto vacante per la funzione di direttore amministrativo (agente temporaneo, grado AD 14)',
      ),
    ).toBe('direttore amministrativo');
  });

  it('never takes an ELI address, a link or EUR-Lex furniture for the post', () => {
    expect(
      title('European flag\n\nELI: http://data.europa.eu/eli/C/2031/1016/oj\n\nDeadline: 3 March 2031'),
    ).toBeNull();
  });

  it("takes a notice type with its senders' slashes, or a Swedish reserve list's purpose, for no post", () => {
    expect(
      title('INTERNAL/INTERINSTITUTIONAL/EXTERNAL NOTICE OF VACANCY\nDeadline: 3 March 2031'),
    ).toBeNull();
    expect(
      title('MEDDELANDE OM LEDIG TJÄNST\nFÖR ATT UPPRÄTTA EN RESERVLISTA\nSista ansökningsdag: 25/02/2031'),
    ).toBeNull();
  });
});

describe('title: layouts of blind round 12', () => {
  it('reads an Italian "Posto vacante di X (agente temporaneo, AD 5)" heading', () => {
    expect(
      title(
        'Posto vacante di funzionario per le statistiche (agente temporaneo, AD 5) presso l Agenzia\n\nDocumenti analoghi',
      ),
    ).toBe('funzionario per le statistiche');
  });

  it("reads a job board's 'ACRONYM: post – place' heading, and leaves out how many posts", () => {
    expect(title('EUAA: Legal Officer – Valletta\n\n  • Location:\n  • Deadline:\n    30/09/2031')).toBe(
      'Legal Officer',
    );
    expect(title('Job title: Records Assistant – Personnel Files (1 post)\nDeadline: 16/01/2031')).toBe(
      'Records Assistant – Personnel Files',
    );
  });

  it('reads a Slovak competition heading "Oznámenie o verejnom výberovom konaní – REF – post"', () => {
    const n = analyseNotice(
      'Oznámenie o verejnom výberovom konaní – EPSO/AST/999/31 – Asistenti (AST 3)\n\nEurópsky úrad pre výber pracovníkov (EPSO) organizuje verejné výberové konanie.',
      {
        force: true,
      },
    ).notice!;
    expect(n.title).toBe('Asistenti');
    expect(n.staffCategory).toBe('official');
  });

  it('reads a Lithuanian "viešieji konkursai" as officials\' competitions', () => {
    expect(
      analyseNotice(
        'PRANEŠIMAS APIE VIEŠUOSIUS KONKURSUS\nEPSO rengia viešuosius konkursus administratoriams (AD 6).',
        { force: true },
      ).notice!.staffCategory,
    ).toBe('official');
  });
});

describe('title: layouts of blind round 13', () => {
  it("keeps a job board's 'Post (AD 6)' heading apart from the long headline above it", () => {
    expect(
      title(
        'Statistical Officer – Fisheries, EFCA Vigo, European Fisheries Control Agency, Vigo\nStatistical Officer – Fisheries (AD 6)\n1. The job\nWe are looking for Statistical Officers with a background in marine data.',
      ),
    ).toBe('Statistical Officer – Fisheries');
  });

  it('reads "Vacance du poste de X" (a French senior post)', () => {
    expect(
      title(
        "Autorité européenne des marchés\n\nVacance du poste de directeur exécutif adjoint\n\nCOM/2031/10999\n\nPrésentation\n\nL'Autorité recrute.",
      ),
    ).toBe('directeur exécutif adjoint');
  });

  it('reads a post written in capitals before a relative clause: "is looking for a X who will …"', () => {
    expect(
      title(
        'Careers\n\nThe agency is looking for a Satellite Navigation Test Engineer who will take part in the validation of new services.',
      ),
    ).toBe('Satellite Navigation Test Engineer');
    // Prose, not a post's name: nothing.
    expect(
      title(
        'Careers\n\nThe agency is looking for a motivated colleague who will take part in the validation.',
      ),
    ).toBeNull();
  });

  it('reads "VACANCY NOTICE FOR 1 POST OF …" over two lines in capitals, without the number of posts', () => {
    expect(
      title(
        'EUROPEAN MARITIME SAFETY AGENCY\n\nVACANCY NOTICE FOR 2 POSTS OF TECHNICAL OFFICER IN THE FIELD OF SHIP EMISSIONS\n      MONITORING\n\n      GRADE AD5 – REF. EMSA/2031/004',
      ),
    ).toBe('TECHNICAL OFFICER IN THE FIELD OF SHIP EMISSIONS MONITORING');
    // A section heading in capitals right under a long heading is not its continuation.
    expect(
      title(
        'APPEL À MANIFESTATION D’INTÉRÊT — JURISTES — PROGRAMME «JEUNES PROFESSIONNELS»\nNOUS SOMMES\nLa Cour recrute.',
      ),
    ).not.toMatch(/NOUS SOMMES/);
  });

  it('stops a post named in a sentence at its staff category or at the article it is filled under', () => {
    expect(
      title(
        'Deadline: 01/09/2031\nWE ARE\nA service. The position of Procurement Assistant -contract agent FGIII as per article 3b of the CEOS is open.',
      ),
    ).toBe('Procurement Assistant');
    expect(
      title(
        'Deadline: 01/09/2031\nThe position of Logistics Agent contract agent FGII as per article 3b of the CEOS is open.',
      ),
    ).toBe('Logistics Agent');
  });

  it('reads "Vacancy Notice for recruiting an X"', () => {
    expect(title('Vacancy Notice for recruiting an Internal Control officer\n\nDeadline: 01/09/2031')).toBe(
      'Internal Control officer',
    );
  });

  it("reads 'REF - Post (n posts)' under a head of key facts flattened one per line", () => {
    const text =
      '-\nRef.:\nCOR/2031/07\n-\nCategory and Grade:\nAD6\n-\nType of position:\nOfficial\n- Deadline:\n2031/03/10,\n12:00 (midday), Brussels time\nCOR/2031/07 - Translators (4 posts)\nWHO WE ARE\nThe Committee.';
    expect(title(text)).toBe('Translators');
    expect(title('COR/2031/08 - Directeur (H/F) (un emploi) - Traduction\n\nNOUS SOMMES')).toBe('Directeur');
  });
});

describe("title and place: a job board's one-line headline", () => {
  it("reads 'Post, Contract Agent FG II. Body, Place. Open until …', even joined to the text under it", () => {
    const n = analyseNotice(
      'Monday, May 5, 2031\n\nFacilities Assistant, Contract Agent FG II. European Chemicals Agency, Helsinki. Open until 2 June 2031\nVacancy Notice The Agency is launching a call for expressions of interest.',
      { force: true },
    ).notice!;
    expect(n.title).toBe('Facilities Assistant');
    expect(n.location).toBe('Helsinki');
  });
});

describe('title: layouts of blind round 14', () => {
  it('reads "Post:REF - Title" with the next label glued to its value on its own line', () => {
    expect(
      title(
        'Call for Applications CDT/AD/2031/02\n\nPost:CDT/AD/2031/02 - Terminology Coordinator for Legal Texts\nDirectorate/Unit:Unit T.2 - Language Services\nGrade :AD6',
      ),
    ).toBe('Terminology Coordinator for Legal Texts');
  });

  it("reads a job board's 'Body name: Post' heading, and keeps a body named inside the post", () => {
    expect(
      title(
        'European Fisheries Control Agency: Liaison Officer to Frontex\n\nKategória:\nPracovné ponuky\nMiesto:\nVigo\nDeadline:\n07.03.2031',
      ),
    ).toBe('Liaison Officer to Frontex');
    expect(title('Job title: Liaison Officer to Europol\nDeadline: 01/01/2031')).toBe(
      'Liaison Officer to Europol',
    );
  });

  it("reads the post between page furniture or the body's name and a body or place line", () => {
    expect(
      title(
        'Header\n\nSystems Security Officer\n\nGSA - European GNSS Agency (Global Navigation Satellite Systems Agency)\n\nPrague, Czech Republic\n\nDeadline for applications: 17/12/2031',
      ),
    ).toBe('Systems Security Officer');
    expect(
      title(
        'European Investment Bank (EIB)\n\nCredit Risk Officer(s)\n\nLuxembourg (LU)\nExcellent salary\n30 Mar 2031\n30 Apr 2031\nContract Type',
      ),
    ).toBe('Credit Risk Officer(s)');
  });

  it("never takes a document site's fields or a label with its lower-case value", () => {
    const t = title(
      'Example: bachelor of science\n\nEUROPEAN AVIATION SAFETY AGENCY - Esteri\n\nTags:\n\n  European, Safety, Agency, Aviation\n\nInformation\n\nDomain:\n\nSource:\n\nVacancy notice. Applications are invited for the post of Certification Engineer within the Product Unit of the Certification Directorate.',
    );
    expect(t).toBe('Certification Engineer');
  });

  it('reads an Official Journal title line in Swedish and Danish forms of the grade and field', () => {
    expect(
      title(
        'Meddelande om allmänt uttagningsprov — EPSO/AD/999/31 – Jurister\n\nEUT C 92A, 19.3.2031, s. 1–5\n\nSista ansökningsdag: den 21 april 2031',
      ),
    ).toBe('Jurister');
    expect(title('Direktør (ansættelsesgruppe AD, lønklasse 14)\n\nGeneraldirektoratet for Personale')).toBe(
      'Direktør',
    );
    expect(
      title(
        'Meddelelse om almindelig udvælgelsesprøve — EPSO/AST/999/31 — Assistenter (AST 3) inden for revision\nEUT C 434A af 4.12.2031, s. 1–10 (BG, ES, CS, DA)',
      ),
    ).toBe('Assistenter inden for revision');
  });

  it('keeps the field after a grade in brackets, not a list of fields', () => {
    expect(
      title(
        'Notice of open competition — EPSO/AD/999/31 — Administrators (AD 6) in the field of statistics\n\n',
      ),
    ).toBe('Administrators in the field of statistics');
  });

  it("reads 'Post Job at Body – in Place'", () => {
    const n = analyseNotice(
      'How to find the best jobs\n\nFinancial Officer Job at European Defense Agency – in Brussel\n\nThe Agency has its headquarters in Brussels.',
      { force: true },
    ).notice!;
    expect(n.title).toBe('Financial Officer');
    expect(n.location).toBe('Brussels');
  });

  it('does not take a cut call to apply ("Apply for a") as a post', () => {
    expect(title('Vacancies\n\nApply for a\n\nposition at the Agency. Deadline: 01/01/2031')).not.toBe(
      'Apply for a',
    );
  });
});

describe('title and reference: layouts of blind round 15', () => {
  it("reads a job site's 'Job title:' heading without its job number, apart from the page's status line", () => {
    expect(
      title(
        'EEAS Vacancy Notice - Contract Agent FGIV – Job title: Press Officer - Eastern Partnership Task Force - EEAS Headquarters job n° 999999\n\n25.03.2031 Expired\nTeaser\n\nDeadline for sending application: 15/04/2031 at 12.00 (CET).',
      ),
    ).toBe('Press Officer - Eastern Partnership Task Force');
  });

  it('keeps an Official Journal heading repeated under the page head once, with its reference and grade', () => {
    const n = analyseNotice(
      'This document is an excerpt from the EUR-Lex website\n\nStellenausschreibung Europol/2031/TA/AD15/999 — Exekutivdirektor von Europol\n\nABl. C 162A vom 23.5.2031, p. 1–7\n\nAmtsblatt der Europäischen Union\n\nStellenausschreibung Europol/2031/TA/AD15/999 — Exekutivdirektor von Europol\n\n(2031/C 162 A/01)\n\n1. Über Europol',
      { force: true },
    ).notice!;
    expect(n.reference).toBe('Europol/2031/TA/AD15/999');
    expect(n.grades).toEqual(['AD15']);
    expect(n.title).toBe('Exekutivdirektor von Europol');
  });

  it('reads a reference in brackets followed by another one', () => {
    expect(
      analyseNotice('(COM/2031/20103)(C/2031/3408)\n(Dz.U.UE C z dnia 5 czerwca 2031 r.)\nKim jesteśmy', {
        force: true,
      }).notice!.reference,
    ).toBe('COM/2031/20103');
  });
});

describe('title: layouts of blind round 16', () => {
  it('reads a Hungarian "Feladatkör megnevezése" label and drops a footnote number after the post', () => {
    expect(title('HIV.: XASO/2031/SNE/004 Feladatkör megnevezése: Képzési szakértő Időtartam: 1 év')).toBe(
      'Képzési szakértő',
    );
    expect(
      title('AVVISO DI POSTO VACANTE N. COR/AD 14/9/31\n\nDirettore (M/F) (1)\n\n(2031/C 81 A/01)'),
    ).toBe('Direttore');
  });

  it('reads the post that closes "… is seeking to recruit for …, a X."', () => {
    expect(
      title(
        "The Bank, the European Union's bank is seeking to recruit for its Finance Directorate (FI) – Treasury Department, at its headquarters in Luxembourg, a Treasury Operations Assistant*.\nThis is a full time position.",
      ),
    ).toBe('Treasury Operations Assistant');
  });

  it('reads the post on the line after "… post of:", not a sentence about it', () => {
    expect(
      title(
        'Staff of all agencies in category AD 9-12 are informed of the vacant Senior Manager post of:\n\nHead of Finance Department\n\nJob profile\n\nThe Head of Finance is responsible for the budget of the',
      ),
    ).toBe('Head of Finance Department');
  });
});

describe('title: a joint undertaking named alone on a line (blind round 17)', () => {
  it('is not the post', () => {
    expect(
      title(
        'Project Officer\n\nCircular Bio-Based Europe Joint Undertaking\n\nProject Officer\n\nCircular Bio-Based Europe Joint Undertaking\n\nBrussels, Belgium\n\nReference (to be quoted in all your communication regarding this post): CBE/2031/1/FGIV/PO\nContract Agent – FGIV M/F',
      ),
    ).toBe('Project Officer');
  });
});

describe('title: "Applications are invited for:" above the category and the post (blind round 17)', () => {
  it('reads the post under the category line', () => {
    const n = analyseNotice(
      'European Global Navigation Satellite Systems Agency\n\nFor more information on GSA please consult our website.\n\nApplications are invited for:\n\nSeconded National Expert (SNE)\n\nGround Station Supervisor\n\n(Vacancy Reference Number: GSA/2031/907)',
      { force: true },
    ).notice!;
    expect(n.title).toBe('Ground Station Supervisor');
    expect(n.institution).toBe('EUSPA');
  });
});

describe('title: blind round 18', () => {
  it('never takes "the vacancy notice for details" as a post', () => {
    expect(
      title(
        'Vacancy notice\n\nType of contract: Temporary Agent\nPlace of employment: Vienna (see the vacancy notice for details)\nDeadline for applications: 3 March 2031 at 12.00 noon',
      ),
    ).toBeNull();
  });

  it('reads a job board heading over the employer and the place, a colon in the post and the employer said twice', () => {
    const n = analyseNotice(
      'Head of Section: Market Integrity and Conduct (MIC TA 07/2031 Rpl B)\n\nESMA - European Securities and Markets Authority\n\nHead of Section: Market Integrity and Conduct (MIC TA 07/2031 Rpl B)\n\nESMA - European Securities and Markets Authority\n\nParis\n\nType of contract: Temporary Agent\nDeadline for applications: 9 May 2031 at 12.00 noon',
      { force: true },
    ).notice!;
    expect(n.title).toBe('Head of Section: Market Integrity and Conduct');
  });

  it('reads "(Senior) …" as the post closing "is seeking to recruit for …"', () => {
    expect(
      title(
        'The Fund is seeking to recruit for its Risk Directorate (RD) – Credit Unit, at its headquarters in Luxembourg, a (Junior) Credit Analyst in the Retail Team.\nThis is a full time position.',
      ),
    ).toBe('(Junior) Credit Analyst in the Retail Team');
  });

  it('reads the post on the line under "Traineeship notice REF"', () => {
    expect(
      title(
        'Traineeship notice XYZ/TRN/31/02\n\nTrainee in the Agency Finance Unit\n\nDuration: 5 months from 1 March 2031\n\nThe Agency is an EU body based in Lisbon.',
      ),
    ).toBe('Trainee in the Agency Finance Unit');
  });

  it('reads the Spanish "Vacante para un puesto de X (grado …)" and stops at a grade written out', () => {
    expect(
      title(
        'Diario Oficial de la Unión Europea\n\nVacante para un puesto de Jefe de Servicio (grado AD 12) de la Agencia Ficticia\n\nCOM/2031/10999',
      ),
    ).toBe('Jefe de Servicio');
    expect(
      title(
        'Publicación de una vacante para un puesto de miembro del Consejo de Evaluación de grado AD 14 (consejero principal)\nContratación de un agente temporal',
      ),
    ).toBe('miembro del Consejo de Evaluación');
  });
});

describe('title: blind round 19', () => {
  it("never takes a job page's state or empty fields for the post", () => {
    expect(
      title(
        'Traineeship in the Directorate Statistics\n\nYou can no longer apply\n\nGeneral Information\n\nType of contract Traineeship\n\nClosing date 29.02.2031',
      ),
    ).toBe('Traineeship in the Directorate Statistics');
    expect(
      title(
        'This job has expired\n\nHead of Programmes\n\nClean Aviation Joint Undertaking\nBrussels, Belgium\nNot disclosed\nClosing date\n14 Feb 2031',
      ),
    ).toBe('Head of Programmes');
  });

  it('reads the post over the employer said twice, not the "Vacancy details" heading', () => {
    expect(
      title(
        'Ground Segment Engineer\n\nEUSPA - European Union Agency for the Space Programme\n\nGround Segment Engineer\n\nEUSPA - European Union Agency for the Space Programme\n\nPrague, Czech Republic\n\nVacancy details\n\nType of contract: Contract Agent\nDeadline for applications: 05.11.2031',
      ),
    ).toBe('Ground Segment Engineer');
  });

  it('reads a job board heading whose employer line is a bullet', () => {
    expect(
      title(
        '- Global Health EDCTP3 Joint Undertaking\n- Brussel, Belgium\n- Full-time\nFinance Assistant\n- Global Health EDCTP3 Joint Undertaking\nBrussel, Belgium\nApplication Deadline: March 3, 2031',
      ),
    ).toBe('Finance Assistant');
  });

  it('reads the post that ends the line after "is seeking to recruit for …, a"', () => {
    expect(
      title(
        'The Fund is seeking to recruit for its Legal Division, at its headquarters in Luxembourg, a Trainee – Legal Support\nDuration: 5 months',
      ),
    ).toBe('Trainee – Legal Support');
  });

  it('reads the Swedish "Meddelande om upprättande av en reservlista" heading', () => {
    expect(
      title(
        'Meddelande om upprättande av en reservlista Ekonomihandläggare (lönegrad AST4) vid byråns administrativa avdelning REF.: XYZ/2031/07',
      ),
    ).toBe('Ekonomihandläggare');
  });
});
