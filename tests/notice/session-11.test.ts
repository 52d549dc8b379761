/**
 * Session 11: older development-corpus misses and blind round 22, each rule on a text of our own with the
 * same structure and trap, read with detection bypassed.
 */
import { describe, expect, it } from 'vitest';
import { analyseNotice, normaliseNotice } from '../../lib/notice';

const read = (text: string) => analyseNotice(text, { force: true }).notice!;

describe('committee notices in other languages', () => {
  it('reads the notice number at the start of a long joined heading line', () => {
    const n = read(
      'Il-Ġurnal Uffiċjali\nV Avviżi\nAvviż ta’ post battal Nru 41/29 dwar kariga waħda ta’ Kap ta’ Unità (M/F) fid-Direttorat B — Servizzi Loġistiċi (Pubblikazzjoni skont l-Artikolu 29(1) u (2) tar-Regolamenti tal-Persunal) (2029/C 311 A/01)\n1. Post battal: AD 12',
    );
    expect(n.reference).toBe('41/29');
    expect(n.staffCategory).toBe('official');
  });

  it('keeps the grade and the body after the number ("č. 12/31/AD 14/EESC")', () => {
    const n = read(
      'OZNÁMENÍ O VÝBĚROVÉM ŘÍZENÍ č. 12/31/AD 14/EESC\nna obsazení volného pracovního místa ředitele\n(Zveřejnění podle čl. 29 odst. 1 a 2 služebního řádu)\n1. Volné pracovní místo: stupeň AD 14',
    );
    expect(n.reference).toBe('12/31/AD 14/EESC');
    expect(n.staffCategory).toBe('official');
  });

  it("does not take the Official Journal's number for the notice's", () => {
    const n = read(
      'Invito a manifestare interesse per un gruppo di esperti (Parma, Italia) (2031/C 404/07)\n\nIl presente invito si rivolge agli scienziati.',
    );
    expect(n.reference).not.toBe('404/07');
  });

  it('skips the line that only counts the posts, and the preposition after it', () => {
    const sk = read(
      'OZNAM O VOĽNOM PRACOVNOM MIESTE Č. 07/30\n\ntýkajúci sa jednej pozície\n\nRIADITEĽA/RIADITEĽKY ODBORU\n\n(Uverejnený v súlade s článkom 29 ods. 2 služobného poriadku)\n',
    );
    expect(sk.title).toBe('RIADITEĽA/RIADITEĽKY ODBORU');
    expect(sk.reference).toBe('07/30');
    expect(sk.staffCategory).toBe('official');
    const es = read(
      'ANUNCIO DE PUESTO VACANTE N.o 07/30\n\nrelativo a un puesto\n\nde DIRECTOR (H/M)\n\n1. Puesto: AD 14\n',
    );
    expect(es.title).toBe('DIRECTOR');
  });
});

describe('grades', () => {
  it('reads a range after "function group AD, grade"', () => {
    expect(read('Head of Unit\n(Grupo de funções AD, Grau 10-13)\n').grades).toEqual([
      'AD10',
      'AD11',
      'AD12',
      'AD13',
    ]);
    expect(read('Director\n(Function group AD, grade 14/15)\n').grades).toEqual(['AD14', 'AD15']);
    // A step after the grade is no range.
    expect(read('Director-General\n(Function group AD, grade 16/3)\n').grades).toEqual(['AD16']);
  });
});

describe('blind round 22', () => {
  it('skips a page\'s "You are here" and reads a post with its field after a colon', () => {
    const n = read(
      'You are here\n\nJunior Analyst: maritime security\n\nRef.: XYZ (2031) TEMP/SEC 004\n\nTemporary Staff Member\n\nPlace of employment: Paris\n',
    );
    expect(n.title).toBe('Junior Analyst: maritime security');
    expect(n.reference).toBe('XYZ (2031) TEMP/SEC 004');
  });

  it('reads the code after "Ref.:" and leaves out the post a job site puts after it', () => {
    expect(
      read('Vacancy notice\n\nRef.: abcd/ast/2031/7\n\nThe Centre invites applications.').reference,
    ).toBe('abcd/ast/2031/7');
    expect(
      read('Place : Brussels\nService : 00-Parlement Européen\nRef. : PE/512/S/COMM - WEB EDITOR (AST 4)\n')
        .reference,
    ).toBe('PE/512/S/COMM');
    // A language's code after the dash stays.
    expect(read('Reference: EPSO/AD/999/31 – FR\n').reference).toBe('EPSO/AD/999/31 – FR');
  });

  it('cuts "jedno stanowisko (k/m)" after the post', () => {
    expect(
      read(
        'OGŁOSZENIE O WAKACIE NR XYZ/2031/3\n\nKierownik działu - jedno stanowisko (k/m)\n\n(grupa funkcyjna AD, grade 10)\n',
      ).title,
    ).toBe('Kierownik działu');
  });

  it("takes the notice's words off a heading above the key facts, in any language", () => {
    expect(
      read(
        'KENNISGEVING VAN VACATURE HOOFD AFDELING JURIDISCHE ZAKEN\n(V/M)\nREF.: XYZ/2031/VAC4/AD10\nSoort contract | Tijdelijk functionaris |\nFunctiegroep en rang | AD10 |\n',
      ).title,
    ).toBe('HOOFD AFDELING JURIDISCHE ZAKEN');
  });

  it('reads "per la funzione di" as the words before the post', () => {
    expect(
      read(
        'Avviso di posto vacante per la funzione di direttore (AD14)\n\nIl direttore è responsabile della direzione.\n',
      ).title,
    ).toBe('direttore');
  });

  it("prefers the notice's whole heading to a page title cut after a preposition", () => {
    expect(
      read(
        'AVVISO DI POSTO VACANTE ESPERTO ADDETTO ALLE\n\nTrascrizione\n\nData: 05/10/2031\nAVVISO DI POSTO VACANTE\nESPERTO ADDETTO ALLE STATISTICHE (PROFILO FINANZIARIO)\n(F/M)\nRIF.: XYZ/2031/VAC9/AD6\n',
      ).title,
    ).toBe('ESPERTO ADDETTO ALLE STATISTICHE (PROFILO FINANZIARIO)');
  });

  it("ends the post at its grade when the heading's other language follows", () => {
    expect(
      read(
        'Document C2031/101A/01\nVacancy notice XYZ/2031/04 — Director of Audit (AD function group, grade 14) Avviso di posto vacante XYZ/2031/04 – Direttore di audit (Gruppo di funzioni AD, grado 14)\n',
      ).title,
    ).toBe('Director of Audit');
  });

  it('reads "Applications may be submitted up to …" and a numbered "1. Who we are" in a trainee notice', () => {
    const text =
      'The Example Joint Undertaking is looking for one trainee to support its Legal team\nPeriod: From 1 March 2031 to 31 August 2031\nApplications may be submitted up to 31st of January 2031 at 23:59 CET (Brussels time)\n1. Who we are\nThe Joint Undertaking funds research in the European Union.\n2. Overall purpose of the traineeship\nThe trainee will learn how the JU works.\n';
    const a = analyseNotice(text);
    expect(a.notice?.deadline).toBe('2031-01-31T23:59:00+01:00');
    expect(a.detection.isNotice).toBe(true);
  });

  it("rejects a post graded like the EU's under another organisation's staff regulations", () => {
    const text =
      'Properties\n  • Function title: Network Support Assistant\n  • Reference: NOC-NM-2031-AST/123\n  • Location: Brussels\n  • Applicable regulations: Staff regulations governing officials of the EUROCONTROL Agency\n  • Job level: AST4-AST6 - Recruitment at AST5\n  • Security clearance: EUROCONTROL, NATO or EU Secret\n  • Competition closing date: 10/04/2031 (23:59 Brussels time)\n\nYour team\nEUROCONTROL runs the network manager operations centre.\n';
    const a = analyseNotice(text);
    expect(a.detection.isNotice).toBe(false);
    expect(a.detection.signals.join(' ')).toContain("another international organisation's post");
  });

  it('reads a Dutch table\'s "Looptijd van het contract" over its value', () => {
    expect(
      read(
        'Soort contract | Tijdelijk functionaris |\nLooptijd van het contract | 4 jaar, met mogelijkheid tot verlenging |\n',
      ).firstContractYears,
    ).toBe(4);
  });

  it("reads the town written with its country, or after the body's acronym, when nothing else names the place", () => {
    expect(
      read(
        'Ort : Andere\nDie Stelle ist im Verbindungsbüro des Europäischen Parlaments in München (Deutschland) zu besetzen.\n',
      ).location,
    ).toBe('Munich');
    expect(read('Call for seconded national experts\nEIT (Budapest) Ref.: EIT/SNE/2031/12\n').location).toBe(
      'Budapest',
    );
    // Two towns so written: neither is the post's.
    expect(
      read('The Agency has offices in Parma (Italy) and in Valletta (Malta). Staff travel often.\n').location,
    ).toBeNull();
  });
});

describe("the Parliament's Directorates-General in other languages", () => {
  const ep = (line: string) =>
    read(`Parlement européen\nAvis de vacance PE/999/S\n${line}\nLe Parlement européen recrute.\n`)
      .department;
  it('reads them in French, Italian, Hungarian, Romanian, Swedish', () => {
    expect(ep('Dienststelle : 06-Direction Générale de la Communication')).toBe('DG COMM');
    expect(ep('amministratore in seno alla direzione generale delle Finanze, direzione del bilancio')).toBe(
      'DG FINS',
    );
    expect(ep('Személyzeti Főigazgatóság – Igazgatóság B')).toBe('DG PERS');
    expect(ep('Direcția Generală Infrastructură și Logistică')).toBe('DG INLO');
    expect(ep('generaldirektoratet för informationsteknik och cybersäkerhet')).toBe('DG ITEC');
  });
});

describe("the Commission's Directorates-General in French and German", () => {
  const com = (line: string) =>
    read(`Commission européenne\nAvis de vacance COM/2031/99999\n${line}\nLa Commission recrute.\n`)
      .department;
  it('reads them by name', () => {
    expect(com('Direction générale de la concurrence, direction B')).toBe('DG COMP');
    expect(com('Generaldirektion Steuern und Zollunion, Direktion A')).toBe('DG TAXUD');
    expect(com('Centre commun de recherche, site de Petten')).toBe('JRC');
  });
});

describe('blind round 23', () => {
  it('reads a Polish heading\'s post after its category, and a reference after "Numer ref. procedury"', () => {
    const n = read(
      'Ogłoszenie o naborze - Pracownik zatrudniony na czas określony - Dyrektor wykonawczy XYZ\n\nNumer ref. procedury XYZ TA-07-2031\nGrupa zaszeregowania AD 14\n',
    );
    expect(n.title).toBe('Dyrektor wykonawczy XYZ');
    expect(n.reference).toBe('XYZ TA-07-2031');
  });

  it('reads Italian "Termine per la presentazione delle domande" and "4 (quattro) anni"', () => {
    const n = read(
      'Tipo e durata del contratto |\nAgente temporaneo, 4 (quattro) anni con possibilità di proroga |\nTermine per la presentazione delle domande: |\n24 novembre 2031 alle 23.59 (CET) |\n',
    );
    expect(n.firstContractYears).toBe(4);
    expect(n.deadline).toBe('2031-11-24T23:59:00+01:00');
  });

  it('reads the Swedish "Yrkestitel" label and the Dutch "Wenen"', () => {
    const n = read('Yrkestitel\nJurist\nTjänstgöringsort | Wenen, Österrike |\n');
    expect(n.title).toBe('Jurist');
    expect(read('Standplaats | Wenen, OOSTENRIJK |\n').location).toBe('Vienna');
  });

  it('reads "point (a) of Article 2 of the Conditions of Employment"', () => {
    expect(
      read(
        'The selected candidate may be offered a contract under point (a) of Article 2 of the Conditions of Employment of Other Servants.',
      ).contractArticles,
    ).toEqual(['2a']);
    // Another act's article is not the contract's.
    expect(
      read('as laid down in point (a) of Article 2 of Regulation (EU) 2031/1.').contractArticles,
    ).toEqual([]);
  });

  it('takes the body named in capitals in the heading over an agency the tasks mention', () => {
    const n = read(
      'NOTICE OF VACANCY\n\nSECONDED NATIONAL EXPERTS TO THE EUROPEAN COMMISSION\n\nDirectorate general: / Entreprise and Industry\nPlace of secondment: / Brussels\nSpecificities: / None (or COST-FREE)\nThis vacancy notice is opened to all Member States candidates.\nSuggested taking up duty: / 1st quarter 2031\nSuggested initial duration: / 2 years\nHead of Unit: / Jane Doe\nTelephone: / +32 2 0000000\nNumber of available posts: / 1\nCategory: / Administrator (AD)\nNature of the tasks: cooperation with the European GNSS Agency and follow-up of the European GNSS Agency (GSA) work plan.\n',
    );
    expect(n.institution).toBe('European Commission');
    expect(n.department).toBe('DG ENTR');
  });

  it("reads the DG from a form's post identification, and no seniority with an employer as experience", () => {
    const n = read(
      "Form DG.1 (EN)\nPost identification:\n(DG-DIR-UNIT) / SJ-C-Competition (COMP Team)\nNumber of available posts: 1\nThe Legal Service advises the European Commission in competition cases.\nThe following criteria must be met by the candidate in order to be seconded to the Commission. A candidate who does not meet them is eliminated.\n• Professional experience : at least four years' experience in legal functions which can be regarded as equivalent to those of function groups AD;\n• Seniority : at least one year with your employer, having worked for an eligible employer on a permanent or contract basis for at least 12 months;\n",
    );
    expect(n.department).toBe('SJ');
    expect(n.experienceYears).toBe(4);
  });

  it("reads internal and German general competitions as officials' posts", () => {
    expect(
      read('NOTICE OF INTERNAL COMPETITIONS\nThe Commission is organising internal competitions.')
        .staffCategory,
    ).toBe('official');
    expect(read('BEKANNTMACHUNG ALLGEMEINER AUSWAHLVERFAHREN — COM/AD/99/31\n').staffCategory).toBe(
      'official',
    );
  });

  it('reads "The place of work will be …", a town in brackets with its country, and a selection code', () => {
    expect(read('The place of work will be Copenhagen, Denmark.\n').location).toBe('Copenhagen');
    expect(
      read(
        'Referatsleiter (AD 12) beim Institut für Transurane (Karlsruhe, Deutschland), Gemeinsame Forschungsstelle\n',
      ).location,
    ).toBe('Karlsruhe');
    expect(read('2031-BRU-B2-FGIII-1234 FG III Finance Assistant\n').reference).toBe(
      '2031-BRU-B2-FGIII-1234',
    );
  });
});

describe('blind round 24', () => {
  it('reads Czech deadlines and officials on an EU Careers page in the singular "přihlášky"', () => {
    const n = read(
      'Tlumočník – řečtina (EL)\nReference\nEPSO/AD/999/31\nTermín pro podání přihlášky\n28/11/2031 - 12:00 (Bruselského času)\nPlatová třída:\nAD 7\nDruh smlouvy\nStálí úředníci\n',
    );
    expect(n.deadline).toBe('2031-11-28T12:00:00+01:00');
    expect(n.staffCategory).toBe('official');
    expect(
      read('Lhůta pro podání přihlášky: do 29. července 2031, 12:00 hodin (poledne) bruselského času\n')
        .deadline,
    ).toBe('2031-07-29T12:00:00+02:00');
  });

  it('reads the post under a breadcrumb that ends with it', () => {
    expect(
      read(
        'Baile > Deiseanna fostaíochta > Comórtas > Anailísithe sonraí\n\nAnailísithe sonraí\n\nAn spriocdháta: \n19/07/2031\n',
      ).title,
    ).toBe('Anailísithe sonraí');
  });

  it('reads "Apply before:" as a deadline label and trims a comma after the post', () => {
    const n = read(
      'Location:\nDen Haag\nApply before:\n23/05/2031\nThe post of Senior Analyst – Data Engineering, is located in the ICT Department.\n',
    );
    expect(n.deadline).not.toBeNull();
    expect(n.title).toBe('Senior Analyst – Data Engineering');
  });

  it("names a trainee's post by its field and takes no body's years as experience", () => {
    const n = read(
      "Trainee (Regulatory Science)\nSelection procedure reference: XYZ/TR/12345\nDeadline for applications: 6 May 2031 23:59 CET\nThe Agency and its partners have more than twenty years' experience of working together.\n",
    );
    expect(n.title).toBe('Trainee (Regulatory Science)');
    expect(n.experienceYears).toBeNull();
  });

  it('reads an Estonian call: "Osalemiskutse", "IV tegevusüksus", "tähtpäev", Riga', () => {
    const n = read(
      'Osalemiskutse Andmeanalüütikud\n(lepingulised töötajad – IV tegevusüksus) Viide: XYZ/2031/02\n\nTeenistuskoht: Riia, Läti\n\nAvalduste esitamise tähtpäev | 26.08.2031 kell 12.00 (keskpäev) Riia aja järgi |\n',
    );
    expect(n.title).toBe('Andmeanalüütikud');
    expect(n.functionGroup).toBe('FGIV');
    expect(n.location).toBe('Riga');
    expect(n.deadline).not.toBeNull();
  });

  it('names the Circular Bio-based Europe and Bio-based Industries joint undertakings', () => {
    expect(
      read(
        'Spoločný podnik pre európske obehové hospodárstvo využívajúce biologické materiály (spoločný podnik CBE)\nOznámenie o voľnom pracovnom mieste\nEurópska komisia uverejňuje toto oznámenie.\n',
      ).institution,
    ).toBe('CBE JU');
    expect(
      read('The Bio-based Industries Joint Undertaking is looking for a Programme Officer.\n').institution,
    ).toBe('BBI JU');
  });
});

describe('blind round 25', () => {
  it("reads no contract grade from a reference's segments, but a grade after a full stop", () => {
    expect(read('Ref. No: XYZ/31/CA/FGIV/16.1\nContract agent FG IV\n').grades).toEqual([]);
    expect(read('Contract agent FGIII.08\n').grades).toEqual(['CA8']);
  });

  it('leaves a post written after a spaced slash out of the reference', () => {
    expect(read('Kennziffer : PE/512/S/ Assistant for web content (AST4)\n').reference).toBe('PE/512/S');
  });

  it('cuts the category before the post after a comma, after the reference, and after it with no dash', () => {
    expect(
      read(
        'Lieu : Luxembourg\n\nPE/512/S - AGENT TEMPORAIRE, ASSISTANT(E) DE GESTION (AST 3)\n\nLe Parlement recrute.\n',
      ).title,
    ).toBe('ASSISTANT(E) DE GESTION');
    expect(
      read(
        'XYZ Job Vacancy\n\nXYZ Job Vacancy Published 17 Nov 2031\nData Officer – Marine information Contract Agent (FG IV)\n\nThe Agency is organising a selection.\n',
      ).title,
    ).toBe('Data Officer – Marine information');
  });

  it('reads Article 29(1) (a) and (b) as an official\'s post and "AD 14 or 15" as two grades', () => {
    const n = read(
      'Function group and grade\nAD 14 or 15[1]\nLegal basis Article 29(1) (a) and (b) of the Staff Regulations[2]\n',
    );
    expect(n.staffCategory).toBe('official');
    expect(n.grades).toEqual(['AD14', 'AD15']);
    // A grade and another number are no pair.
    expect(read('Function group and grade\nAD 7 and 9 years of experience\n').grades).toEqual(['AD7']);
  });

  it('reads the place after "Ort :" and "Lugar :", and an Italian "tempo fino al"', () => {
    expect(read('Ort : Brüssel\nPublikationsende : 02/09/2031 12:00\n').location).toBe('Brussels');
    expect(read('Lugar : Luxemburgo\n').location).toBe('Luxembourg');
    expect(read('Per partecipare al concorso UE c’è tempo fino al 12 Dicembre 2031\n').deadline).toBe(
      '2031-12-12T23:59:59+01:00',
    );
  });

  it('reads the post and grade of a flattened table row of reference, post, grade and count', () => {
    const n = read(
      'Indicative\nReference number Vacancy notice Grade n° on\nreserve list\n\nXYZ/TA/2031/002 Head of Data Services AD 10 3\n\nThe closing date is 29 March 2031.\n',
    );
    expect(n.title).toBe('Head of Data Services');
    expect(n.grades).toEqual(['AD10']);
  });
});

describe('blind round 26', () => {
  it('cuts the body\'s name after the post in Italian and Romanian, and reads Lisbon as "Lisabona"', () => {
    expect(
      read(
        "Posto vacante di direttore esecutivo dell'Agenzia europea per la sicurezza alimentare (EFSA) (grado AD 14)\n\nL'EFSA ha sede a Parma.\n",
      ).title,
    ).toBe('direttore esecutivo');
    const ro = read(
      'Publicarea unui anunț de post vacant pentru funcția de director al Centrului European pentru Prevenirea Bolilor (ECDCX) de la Lisabona\n\nCentrul are sediul la Lisabona.\n',
    );
    expect(ro.title).toBe('director');
    expect(ro.location).toBe('Lisbon');
  });

  it('never takes an e-mail address for the post, and reads "Post (Grade AD14) - ACRONYM"', () => {
    expect(
      read(
        'Header\n\nExecutive Director (Grade AD14) - EEA\n\nThe Agency works with many partners.\n\nApplications should be sent by e-mail to:\nXYZ-EEA-VACANCY@ec.europa.eu\n\nDeadline for applications: 23 March 2031.\n',
      ).title,
    ).toBe('Executive Director');
  });

  it('reads a Maltese heading "Post vakanti għal Direttur (Grad AD 14) tal-…"', () => {
    expect(
      read('Post vakanti għal Direttur (Grad AD 14) tal-Aġenzija Ewropea għall-Ambjent\n\nCOM/2031/10199\n')
        .title,
    ).toBe('Direttur');
  });

  it('does not read a maximum of experience as experience asked for', () => {
    const n = read(
      'Requisiti\n• Avere, entro la data di chiusura delle candidature, non più di un anno di esperienza professionale con le istituzioni;\n',
    );
    expect(n.experienceYears).toBeNull();
    expect(
      read('• No more than two years of professional experience with an EU institution.\n').experienceYears,
    ).toBeNull();
  });
});

describe('blind round 27', () => {
  it('reads "(GMT+2)" after a deadline as that offset, not as GMT', () => {
    const n = read('Deadline for applications: 11.06.2031 11:59 AM (GMT+2)\nContract duration (Y): 5\n');
    expect(n.deadline).toBe('2031-06-11T11:59:00+02:00');
    expect(read('Closing date: 3 March 2031 17:00 UTC+1\n').deadline).toBe('2031-03-03T17:00:00+01:00');
    // GMT alone stays GMT.
    expect(read('Closing date: 3 March 2031 17:00 GMT\n').deadline).toBe('2031-03-03T17:00:00+00:00');
  });

  it('reads the post after "A position as", and never a page\'s "Description du poste"', () => {
    expect(
      read(
        'EEAS Vacancy\nA position as Finance Assistant in the Delegation Office – job n° 123456\nType of contract: Contract agent\nFunction group: FG III\n',
      ).title,
    ).toBe('Finance Assistant');
    expect(read('Description du poste\nType of contract: Temporary agent\nGrade: AD8\n').title).not.toBe(
      'Description du poste',
    );
  });
});

describe('titles after the blind rounds', () => {
  it('keeps "(Administrators)" in an EPSO profile\'s name, and still drops a grade in brackets', () => {
    expect(
      read(
        'Home > Jobs > Competition > Maritime economics (Administrators)\n\nMaritime economics (Administrators)\n\nReference\nEPSO/AD/999/31\n',
      ).title,
    ).toBe('Maritime economics (Administrators)');
    expect(read('Legal Officer (AD7)\nReference: XYZ/TA/2031/01\n').title).toBe('Legal Officer');
  });

  it("keeps a job page's title said three times in its head (not a running header)", () => {
    const page = [
      'Budget Officer',
      'Budget Officer',
      'EFSA - European Food Safety Authority',
      'Budget Officer',
      'EFSA – European Food Safety Authority',
      'Parma, Italy',
      'Vacancy details',
      'Type of contract: Temporary Agent',
      'Reference number: EFSA/2031/AD/008',
    ].join('\n\n');
    expect(read(page).title).toBe('Budget Officer');
    // The same line on every page of a PDF is still a running head.
    const pdf = Array.from(
      { length: 4 },
      (_, k) => `Page text ${k} one two three.\n${'Filler line.\n'.repeat(12)}XYZA running head`,
    ).join('\n');
    expect(normaliseNotice(pdf).text).not.toContain('XYZA running head');
  });

  it("reads the post from a job site's dashed heading that ends with its job number", () => {
    expect(
      read(
        "This isn't an official website of the European Union\n\nBudget Assistant - HQ Contract Agent FGIII - EEAS Headquarters - job No 123456\n\n01.12.2031 Expiring soon\n",
      ).title,
    ).toBe('Budget Assistant');
    // A notice's own name and a press release are no post.
    expect(read('01/25/2031 | Press release | Distributed by Public on 01/25/2031\n').title).toBeNull();
  });

  it('reads a job page\'s heading over its "Vacancy details"', () => {
    expect(
      read(
        'Ground Segment Traineeship\n\nVacancy details\n\nTraineeship XYZ/TR/GS/2031-32\nPrague / Czech Republic\n',
      ).title,
    ).toBe('Ground Segment Traineeship');
  });

  it("reads the heading over a line of the agents' category and grade, without the body after it", () => {
    expect(
      read(
        'Expiration Date\n\n13 Aug 2031\n\nProgramme Officer to the Bio-Based Industries Joint Undertaking (BBI JU) and establishment of a reserve list\n\nTemporary Agent – AD5\n\nStarting date: As soon as possible\n',
      ).title,
    ).toBe('Programme Officer');
    expect(
      read(
        'Tel. +39 0000 • www.example.eu\n\nSenior Scientific Officer\n\nToxicology\n\nContract Agent, FG IV\n\nXYZ/F/4/2031/01\n',
      ).title,
    ).toBe('Senior Scientific Officer Toxicology');
  });

  it('reads "Employer » Post" on a job site, the employer\'s name misspelt or not, without the page\'s "(job inactiv)"', () => {
    expect(
      read(
        'Joburi in domeniul bancar\n\nEropean Securities Authority » Risk Analyst (Market Data)\n\n(job inactiv)\n\nLocatie: Paris\n',
      ).title,
    ).toBe('Risk Analyst (Market Data)');
    expect(read('Home » Jobs » Careers\n\nLocatie: Paris\n').title).toBeNull();
  });
});
