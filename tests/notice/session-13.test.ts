/**
 * Session 13: blind round 31's misses, each rule on a text of our own with the same structure and trap,
 * read with detection bypassed (detection's own rules with detection).
 */
import { describe, expect, it } from 'vitest';
import { analyseNotice } from '../../lib/notice';

const read = (text: string) => analyseNotice(text, { force: true }).notice!;

describe('detection', () => {
  it('counts a deadline label with a bracketed aside before its date as a label and its date', () => {
    const text =
      'PRANEŠIMAS APIE VIEŠĄJĮ KONKURSĄ\n\nEPSO/AST/301/31\n\nTECHNIKAI (AST 3) LABORATORIJŲ SRITYJE\n\nGalutinis terminas (iki kurio reikia užregistruoti ir patvirtinti paraišką): 2031 m. vasario 4 d. 12.00 val. (vidurdienis) Briuselio laiku.\n\nEuropos personalo atrankos tarnyba (EPSO) rengia viešąjį konkursą.';
    const a = analyseNotice(text);
    expect(a.detection.signals.join(' ')).toContain('deadline with a date');
    expect(a.detection.isNotice).toBe(true);
    expect(a.notice!.deadline).toBe('2031-02-04T12:00:00+01:00');
  });

  it('the same in English: "Closing date (for registration and validation): …"', () => {
    const a = analyseNotice(
      'NOTICE OF OPEN COMPETITION\nEPSO/AD/402/31\nLINGUISTS (AD 5)\nClosing date (for registration and validation of the online form): 4 February 2031 at 12:00 (midday), Brussels time.\nThe European Personnel Selection Office organises an open competition.',
    );
    expect(a.detection.signals.join(' ')).toContain('+4 deadline with a date');
  });

  it('takes a news item that says a body "opened a call to recruit" for a report, not the notice', () => {
    const text =
      'Agency looks for four Data Stewards — deadline extended to 12 May 2031\n- The Agency opened a call to recruit four Data Stewards for its new data space.\n- The application deadline was extended to 12 May 2031.\n- Data Stewards are temporary agents (AD7) appointed for up to five years.\nThe Agency launched an open call for expressions of interest in March.';
    const a = analyseNotice(text);
    expect(a.detection.signals.join(' ')).toContain('reported by a third party');
    expect(a.detection.isNotice).toBe(false);
  });
});

describe('a key-facts table flattened into a row of labels, then a row of values', () => {
  const text =
    'EUROPEAN COMMISSION Executive Agency for Examples (XEA) CALL FOR EXPRESSION OF INTEREST Finance Officer FG III (REF.: XEA/III/2031/004) Applications are invited for the post of Finance Officer at the Agency. Type of contract Function group and grade Duration of contract Number of candidates on the Reserve List Unit Place of employment Deadline for application Contract Agent FG III 3 years (with the possibility of renewal) 12 Unit B.2 Financial Management Luxembourg, Luxembourg 14/03/2031 at 12:00, Brussels time 1. ABOUT US The Agency manages programmes for the Commission.';

  it('reads the deadline as the first date among the values after the deadline label', () => {
    expect(read(text).deadline).toBe('2031-03-14T12:00:00+01:00');
  });

  it('reads the first contract as the first length among the values after its label', () => {
    expect(read(text).firstContractYears).toBe(3);
  });

  it('reads the place when the labels keep their colons', () => {
    const n = read(
      'VACANCY NOTICE Ref. No: XYZ/31/CA/FGIV/2.1 Data Officer Post: Data Officer Sector/Unit/Department: Operations Unit Function Group/Grade: Location: Starting date: Contract Agent FG IV Strasbourg, FRANCE Level of Security Clearance: as soon as possible Closing date for applications 3 June 2031 SECRET UE/EU SECRET 1. BACKGROUND Applicants are invited for the position.',
    );
    expect(n.location).toBe('Strasbourg');
  });

  it('does not take a date from a sentence after the label row', () => {
    const n = read(
      'CALL FOR EXPRESSION OF INTEREST\nType of contract Place of employment Deadline for application Contract Agent FG II Brussels, Belgium see the section on how to apply below. The selection committee of the previous call met on 14/03/2031.',
    );
    expect(n.deadline).toBeNull();
  });
});

describe('titles', () => {
  it('keeps a second role after the dash ("Principal Adviser – President of the Board of …")', () => {
    const n = read(
      'Directorate-General for Research and Innovation\n\nPublication of a vacancy for the function of Principal Adviser – Chair of the Steering Board of the European Example Council\n\n(Temporary Agent – Grade AD 14)\n\nCOM/2031/10999\n',
    );
    expect(n.title).toBe('Principal Adviser – Chair of the Steering Board of the European Example Council');
  });

  it('still cuts a long part after the dash that is not a role', () => {
    const n = read(
      'Publication of a vacancy for the post of Head of Unit – Budget and finance for the operations of the Directorate in Brussels (AD 12)\n',
    );
    expect(n.title).toBe('Head of Unit');
  });

  it('drops a page\'s "EEAS Vacancy:" before the post', () => {
    const n = read(
      'XEAS Vacancy: Logistics Assistant - HQ Contract Agent FGIII - XEAS Headquarters job No 400123\nWE ARE\nThe Service supports the High Representative.',
    );
    expect(n.title).toBe('Logistics Assistant');
  });

  it('drops the selection\'s name "(CAST Permanent)" after a profile, and reads a contract agents\' selection', () => {
    const n = read(
      'Statistics (CAST Permanent)\n\nOpen for application:\nno deadline for application\n\nYou may apply for one or more profiles and function groups. Contracts will mainly be offered in Brussels and Luxembourg.',
    );
    expect(n.title).toBe('Statistics');
    expect(n.staffCategory).toBe('contract_agent');
  });

  it('does not take a numbered section heading for the value of a label alone on its line', () => {
    const n = read(
      'Ref.: CA-LOG-FGII-2031\nJOB PROFILE\n1. Job Framework\nJob Title:\nWarehouse Assistant\nJob Location:\nCopenhagen, European\nAgency for Examples\nFunction Group:\nFG II\nStatus:\nContract Agent\n',
    );
    expect(n.title).toBe('Warehouse Assistant');
    expect(n.location).toBe('Copenhagen');
  });
});

describe('places', () => {
  it("reads a place alone in brackets inside a notice's heading (Hungarian)", () => {
    const n = read(
      'Pályázati felhívás az ügyvezető igazgatói állás (Lisszabon) betöltésére\nIdeiglenes alkalmazott – AD 14\n',
    );
    expect(n.location).toBe('Lisbon');
  });

  it("reads a place in its case after the heading's grade, the legal basis after it (Estonian)", () => {
    const n = read(
      'Teade direktori vaba ametikoha kohta (palgaaste AD 14) Luxembourgis (personalieeskirjade artikli 29 lõige 2)\nCOM/2031/10500\n',
    );
    expect(n.location).toBe('Luxembourg');
  });

  it("does not take a bracketed place from a line that is not a notice's heading", () => {
    const n = read('Our offices (Lisbon) are open on weekdays.\nThe Agency publishes reports.\n');
    expect(n.location).toBeNull();
  });

  it('reads the Romanian place label "Locul :"', () => {
    expect(read('Locul : Luxemburg\nAGENT TEMPORAR (AD 5)\nPE/400/2031/S\n').location).toBe('Luxembourg');
  });

  it('reads the Maltese seat wording "tinsab fi …"', () => {
    const n = read(
      'Pubblikazzjoni ta’ post battal\nL-Aġenzija hija Aġenzija tal-UE li tinsab fil-Belt ta’ Lisbona, il-Portugall. Din tirrekluta aġent temporanju (AD 12).',
    );
    expect(n.location).toBe('Lisbon');
  });
});

describe('staff category and function group', () => {
  it('reads "to be recruited as contract agents" (plural) as the post\'s category', () => {
    const n = read(
      'The Office is launching this call for expression of interest to set up a database of candidates to be recruited as contract agents for various tasks.',
    );
    expect(n.staffCategory).toBe('contract_agent');
  });

  it('still takes plural categories in a description of staff for no category', () => {
    const n = read(
      'The Agency employs officials, temporary agents and contract agents in its three departments.',
    );
    expect(n.staffCategory).toBeNull();
  });

  it('names EPSO as the employer of its own call, a clause between "(EPSO)" and "is launching"', () => {
    const n = read(
      'The European Personnel Selection Office (EPSO), on behalf of the European Institutions, is launching this Call for expression of interest to constitute a database of candidates to be recruited as contract agents. Posts may also arise in Grange (DG SANTE).',
    );
    expect(n.institution).toBe('EPSO');
    expect(n.department).toBeNull();
  });

  it('gives no one function group for a call listing profiles of three or more groups', () => {
    const n = read(
      'FOR CONTRACT STAFF in the following function groups and profiles:\nEPSO/CAST/P/1/2031 Finance FG III\nEPSO/CAST/P/2/2031 Finance FG IV\nEPSO/CAST/P/5/2031 Finance FG II\nEPSO/CAST/P/6/2031 Secretaries FG II\nThere is no deadline for submitting applications.',
    );
    expect(n.functionGroup).toBeNull();
    expect(n.staffCategory).toBe('contract_agent');
  });

  it('keeps the function group of a post whose notice names two groups', () => {
    const n = read(
      'CALL FOR EXPRESSION OF INTEREST\nProject Assistant, contract agent FG III\nCandidates already in FG II may apply.\n',
    );
    expect(n.functionGroup).toBe('FGIII');
  });
});

describe("round 32's misses", () => {
  it('does not take a notice\'s "unsolicited applications … will not be accepted" for a careers page', () => {
    const a = analyseNotice(
      'Court of Examples - Traineeship (May 2031 session)\n\nDeadline: 31 January 2031\n\nThe Court of Examples offers paid traineeships to university graduates.\n- Only online applications will be processed. Unsolicited applications sent by post or e-mail will not be accepted.\n',
    );
    expect(a.detection.signals.join(' ')).not.toContain('careers or vacancies page');
  });

  it('still counts "Unsolicited applications" as a careers page\'s link', () => {
    const a = analyseNotice(
      'Careers\nCurrent vacancies\nUnsolicited applications\nTraineeships\nDeadline: 31 January 2031 for the traineeship.\n',
    );
    expect(a.detection.signals.join(' ')).toContain('careers or vacancies page');
  });

  it("keeps a post's heading said three times in the page's head, a few lines apart", () => {
    const n = read(
      'Head of the Grants Unit\n\nHead of the Grants Unit\nThe Example Joint Undertaking, based in Brussels, Belgium\nis looking for candidates to establish a reserve list for the\nHead of the Grants Unit\n(Temporary Agent grade AD 9)\nPlease send your application by 30 May 2031 at 23:59 (Brussels time).',
    );
    expect(n.title).toBe('Head of the Grants Unit');
  });

  it("reads an expert's heading that says where the expert goes", () => {
    const n = read(
      'Seconded National Expert in the Governance Office\n\nThis selection procedure is intended to establish a reserve list.\nThe Seconded National Expert (SNE) will be assigned to the Governance Office.',
    );
    expect(n.title).toBe('Seconded National Expert in the Governance Office');
  });

  it("does not take EUR-Lex's publication number for the notice's reference", () => {
    const n = read(
      'Document C/2031/05000\n\nPublication of a vacancy for the function of Member of the Executive Board of the Example Authority (EXA)\n\nPUB/2031/741\n\nOJ C, C/2031/5000\n\nPublication of a vacancy for the function of Member of the Executive Board of the Example Authority (EXA)\n\n(COM/2031/20109)\n',
    );
    expect(n.reference).toBe('COM/2031/20109');
  });

  it('reads "Lugar de trabajo" and "Luogo di lavoro" alone on their line, the place a line below', () => {
    expect(read('Lugar de trabajo\n\nAlicante (ESPAÑA)\n\nGrado\n\nAD 14\n').location).toBe('Alicante');
    expect(read('Luogo di lavoro\n\nParma (Italia)\n').location).toBe('Parma');
  });

  it('reads the Spanish "concurso general" as an open competition (officials)', () => {
    const n = read(
      'Concurso PE/AST/400/2031\nTécnicos/as de mantenimiento (AST 2)\nEl Parlamento Europeo ha decidido convocar un concurso general (AST 2) para la contratación de técnicos.',
    );
    expect(n.staffCategory).toBe('official');
  });

  it('drops a notice\'s word with its code before the post ("Competition PE/AST/…/INLO – …")', () => {
    const n = read(
      'Competition PE/AST/400/2031/INLO – Maintenance technicians (AST 2)\nThe Parliament organises a competition.',
    );
    expect(n.title).toBe('Maintenance technicians');
  });

  it("does not take a key fact's value above the key facts for the post", () => {
    const n = read(
      'Head of Unit: a) Policy; b) Markets\n\n(Réf. XYZA/TA/2031/11)\n3 years contract with possibility of extension\nFrankfurt/Main, Germany\nFull time, 40 hrs per week\nOpen to individuals with EU citizenship\nDeadline to apply: 23/09/2031 23:59\n',
    );
    expect(n.title).not.toBe('Open to individuals with EU citizenship');
    expect(n.title).not.toBe('Full time, 40 hrs per week');
    expect(n.location).toBe('Frankfurt');
  });

  it("ends the post before a body's name that has a short bracket before its acronym", () => {
    const n = read(
      'Publication of a vacancy for the function of Member of the Executive Board of the Anti-Fraud and Countering the Misuse of Funds (AF/CMF) Authority (AMLA)\n(COM/2031/20109)\n',
    );
    expect(n.title).toBe('Member of the Executive Board');
  });

  it('keeps the grade after a space in a code ("VEXT/31/351/AD 14 — …"), and reads "Nombre del puesto"', () => {
    const n = read(
      'Nombre del puesto\n\nDirector ejecutivo adjunto\n\nGrupo de funciones y grado\n\nAD 14\n\nReferencia\n\nVEXT/31/351/AD 14 — Deputy Executive Director\n\nLugar de trabajo\n\nAlicante (ESPAÑA)\n',
    );
    expect(n.reference).toBe('VEXT/31/351/AD 14');
    expect(n.title).toBe('Director ejecutivo adjunto');
  });

  it("drops the body's acronym with its preposition and article after a labelled post", () => {
    expect(read('Job title: Legal Officer of the EUIPO\nDeadline: 3 May 2031').title).toBe('Legal Officer');
    expect(read('Job title: Head of the Legal Unit of the EUIPO\nDeadline: 3 May 2031').title).toBe(
      'Head of the Legal Unit',
    );
  });
});

describe("round 33's misses", () => {
  it('reads "GMT + 01:00, Brussels time" on a summer date as Brussels legal time, with a note', () => {
    const a = analyseNotice(
      'Closing date for online application: 31/08/2031 at 12:00 (GMT + 01:00, Brussels time)',
      {
        force: true,
      },
    );
    expect(a.notice!.deadline).toBe('2031-08-31T12:00:00+02:00');
    expect(a.evidence.deadline?.note).toContain('summer time');
  });

  it('still reads a bare GMT offset as that offset', () => {
    expect(read('Deadline: 31/08/2031 at 11:59 AM (GMT+3)').deadline).toBe('2031-08-31T11:59:00+03:00');
  });

  it('finds a "CODE – Post" line a few lines below a document site\'s own heading', () => {
    const n = read(
      '(AD6) – "Data Analyst" XYZA/TA/136\n\nRef. Ares(2031)3607142 - 19/07/2031\nTemporary Agents (AD6) – "Data\nAnalyst"\nThe Agency is now organising an external selection with a view to establishing a reserve list.\nrecruitment will be based on availability of posts.\nThe registration period will end on 26/08/2031 at 12:00 (midday) Brussels time.\nXYZA/TA/136/2031 – Data Analyst\nWho we are\n',
    );
    expect(n.title).toBe('Data Analyst');
  });

  it('reads the Danish senior-post heading and its staff category', () => {
    const n = read(
      'Oversættelsescentret — Opslag af stilling som direktør (Midlertidig ansat — lønklasse AD 14) — COM/2031/20056\n\nOpslag af stilling som direktør\n\n(Midlertidig ansat — lønklasse AD 14)\n',
    );
    expect(n.title).toBe('direktør');
    expect(n.staffCategory).toBe('temporary_agent');
  });

  it('cuts "Call for expression of interest for the selection of a" before the post', () => {
    const n = read(
      'You have a question for the Office?\n\nAvailable languages:\n  • English\n\nCall for expression of interest for the selection of a Records Officer - Contract agent FG III - N° XYZ/CA/02/2031\n\nThe Example Office\n\nThe Office serves the public.',
    );
    expect(n.title).toBe('Records Officer');
  });

  it("keeps the first of a reference line repeated as a page's head", () => {
    const n = read(
      'REF.: XYZA/2031/08\nMeddelande om lediga tjänster för att upprätta en reservlista\nKontraktsanställd tjänstegrupp III\n\nREF.: XYZA/2031/08\nByrån söker kandidater.',
    );
    expect(n.reference).toBe('XYZA/2031/08');
  });

  it('reads the grade that starts a key-facts row whose labels were lost', () => {
    const n = read(
      'Security Engineer\n\nVacancy details\n\nTemporary Agent XYZA/2031/AD/028\nAD6 Saint-Germain-en-Laye / France\n10.06.2031 11:59 AM (GMT+2)\n',
    );
    expect(n.grades).toEqual(['AD6']);
  });

  it('reads where a traineeship "will take place", and EUSPA\'s second site', () => {
    expect(
      read(
        'Traineeship notice\nThe traineeship will take place at the Agency headquarters in Janovského 438/2, Prague 7, Czech Republic.',
      ).location,
    ).toBe('Prague');
    expect(read('Vacancy details\nTemporary Agent\nAD6 Saint-Germain-en-Laye / France\n').location).toBe(
      'Saint-Germain-en-Laye',
    );
  });
});

describe("round 34's misses", () => {
  it('reads the Bulgarian key-facts label "Срок:" with its time before the date', () => {
    const n = read(
      'ОБЯВЛЕНИЕ ЗА СВОБОДНА ДЛЪЖНОСТ\nДиректор (AD 14)\nСрок:  |\n   12,00 ч. на 9 октомври 2031 г. (брюкселско време)  |\n',
    );
    expect(n.deadline).toBe('2031-10-09T12:00:00+02:00');
  });

  it("detects a body's traineeship scheme with its deadline", () => {
    const a = analyseNotice(
      'Traineeship Scheme for Young Graduates 2031\n\nDeadline: June 30, 2031\n\nApply for the traineeship scheme 2031. The scheme is mainly for young university graduates.',
    );
    expect(a.detection.isNotice).toBe(true);
    expect(a.notice!.staffCategory).toBe('trainee');
  });

  it('does not take "About the traineeship programme: The Agency …" for a post', () => {
    const n = read(
      'Traineeship: Data quality\nDeadline for applications: 6 May 2031 23:59 CET\nAbout the traineeship programme: The Agency is looking for motivated graduates.',
    );
    expect(n.title).not.toBe('The Agency');
  });

  it("takes a document site's list of similar files for a listing, not a job board's heading", () => {
    const a = analyseNotice(
      'EUROPEAN EXAMPLE OFFICE\n\nDocumente similare\nEUROPEAN EXAMPLE OFFICE\n\nHead of Finance Unit - Vacancy Notice.pdf\n\nEUROPEAN EXAMPLE OFFICE\n\nAnunț de post vacant (agent contractual, GF IV) REF.: XYZA/2031/TA/003\n\nAnunț de post vacant extern REF.: XYZA/2031/TA/004\n\nDeadline: 12/03/2031\n',
    );
    expect(a.detection.signals.join(' ')).not.toContain("a job board's heading");
    expect(a.detection.signals.join(' ')).toContain('careers or vacancies page');
  });

  it('reads "Funkcijska skupina AD, razred 14" (Croatian)', () => {
    const n = read(
      'XYZ/2031/1 – Ravnatelj – jedno radno mjesto (Funkcijska skupina AD, razred 14) – Glavno tajništvo\n',
    );
    expect(n.grades).toEqual(['AD14']);
    expect(n.functionGroup).toBe('AD');
  });

  it('reads the article after the grade: "Temporary staff, AD6, 2(f), …"', () => {
    const n = read('Function group/Grade/Post title: Temporary staff, AD6, 2(f), Network Engineer\n');
    expect(n.contractArticles).toEqual(['2f']);
  });

  it('keeps a code\'s last word ("XYZ-2031-01-Trainee")', () => {
    expect(read('Reference: XYZ-2031-01-Trainee\nTraineeship notice\n').reference).toBe(
      'XYZ-2031-01-Trainee',
    );
    expect(read('Reference: XYZ-2031-01-T\nTraineeship notice\n').reference).toBe('XYZ-2031-01-T');
  });

  it('reads "is looking for a Service Engineer(s) to ensure …" and a line that opens with town and country', () => {
    const n = read(
      'Service Engineer\n\nPrague, Czech Republic, European Union Agency for the Example [XYZ/2031/AD/013]\n\nPlease submit your application by 08/06/2031 11:59 (Prague time)\nThe Agency is looking for a Service Engineer(s) to ensure security support.',
    );
    expect(n.title).toBe('Service Engineer');
    expect(n.location).toBe('Prague');
  });
});
