/**
 * Session 12: blind round 28's misses, each rule on a text of our own with the same structure and trap,
 * read with detection bypassed (the deadline wordings with detection too).
 */
import { describe, expect, it } from 'vitest';
import { analyseNotice, normaliseNotice } from '../../lib/notice';

const read = (text: string) => analyseNotice(text, { force: true }).notice!;

describe('deadlines in other wordings', () => {
  it("reads the Parliament's Lithuanian page: the end of publication on the external site, and its place label", () => {
    const text =
      'PE/311/S - LAIKINASIS DARBUOTOJAS, ANALITIKAS (AST 4)\n\nVieta : Briuselis\nSkelbimo išorės interneto svetainėje pabaiga : 14/10/2031 12:00\nTarnyba : Generalinis direktoratas\nNumeris : PE/311/S\n\nEuropos Parlamentas nusprendė pradėti atrankos procedūrą laikinajam tarnautojui (AST 4).';
    const a = analyseNotice(text);
    expect(a.detection.isNotice).toBe(true);
    expect(a.notice!.deadline).toBe('2031-10-14T12:00:00+02:00');
    expect(a.notice!.location).toBe('Brussels');
  });

  it('reads the end of a Romanian registration period ("se va încheia la data de …")', () => {
    const n = read(
      'CERERE DE EXPRIMARE A INTERESULUI\nAgenți temporari (AD7) – „Analist de date”\nXYZA/TA/201/2031\nAgenția organizează o selecție externă.\nPerioada de înscriere va începe la data de 02/06/2031 ora 15.00 și se va încheia la data de 03/07/2031, ora 12.00 (la amiază), ora Bruxelles-ului.\n',
    );
    expect(n.deadline).toBe('2031-07-03T12:00:00+02:00');
  });
});

describe('titles', () => {
  it("drops the agents' category with its grade before the post, and the quotation marks around it", () => {
    const n = read(
      'CERERE DE EXPRIMARE A INTERESULUI\nAgenți temporari (AD7) – „Analist de date”\nXYZA/TA/201/2031\nAgenția organizează o selecție externă.',
    );
    expect(n.title).toBe('Analist de date');
  });

  it('drops a code with its year before the post when nothing separates them ("XYZ/2031/4 Säkerhetschef")', () => {
    const n = read(
      'Personalfrågor MEDDELANDE OM LEDIG TJÄNST XYZ/2031/4 Arkivchef (tjänstegrupp AD, lönegraderna 9 11) Generalsekretariatet VILKA VI ÄR Revisionsrätten granskar.',
    );
    expect(n.title).toBe('Arkivchef');
    // The range's dash lost in the copy, before the bracket's end.
    expect(n.grades).toEqual(['AD9', 'AD10', 'AD11']);
    expect(n.functionGroup).toBe('AD');
  });

  it('takes the head\'s "code - Post" over a lower-case post in a sentence naming the same post', () => {
    const n = read(
      'Selection\n\nXYZ/2031/27 - Auditor\n\nWHO WE ARE\nThe Court is the external auditor of the Union.\n\nWHAT WE ARE OFFERING\nThis vacancy notice is issued on the basis of Article 29(1)(a), (b) and (c) of the Staff Regulations. The position is open ONLY to AD officials of the Court, AD officials of other institutions and successful candidates in an EPSO AD competition.\nWe are seeking one (1) auditor in Chamber II.\n',
    );
    expect(n.title).toBe('Auditor');
    expect(n.staffCategory).toBe('official');
    // An officials' post open to one group's officials only.
    expect(n.functionGroup).toBe('AD');
  });

  it('keeps a sentence post when the heading names another post', () => {
    const n = read(
      'Selection\n\nXYZ/2031/27 - Head of Unit\n\nWe are seeking one (1) auditor in Chamber II.\nThe position is open to AD officials and AST officials.\n',
    );
    expect(n.title).not.toBe('Head of Unit');
    expect(n.functionGroup).toBeNull(); // two groups named
  });

  it('reads the Maltese "Pubblikazzjoni ta’ post battal ta’ …" heading and the agency over the publisher of the journal', () => {
    const n = read(
      '|\nIl-Ġurnal Uffiċjali tal-Unjoni Ewropea |\nWerrej |\nPROĊEDURI AMMINISTRATTIVI |\nIl-Kummissjoni Ewropea |\n2031/C 111 A/01 |\nV Avviżi\nPROĊEDURI AMMINISTRATTIVI\nIl-Kummissjoni Ewropea\nPubblikazzjoni ta’ post battal ta’ Direttur Eżekuttiv\n(Aġent Temporanju — Grad AD 14)\nAġenzija Ewropea għall-Kontroll tas-Sajd (EFCA) — Vigo (Spanja)\nCOM/2031/20011\nMin aħna\nL-EFCA hija aġenzija tal-UE bbażata f’Vigo. L-EFCA torganizza l-kontroll.\n',
    );
    expect(n.title).toBe('Direttur Eżekuttiv');
    expect(n.institution).toBe('EFCA');
  });

  it('never takes two references joined by "and" for the post', () => {
    const n = read(
      'NOTICE OF OPEN COMPETITIONS — COM/AD/21/31 AND COM/AD/22/31\n\n(2031/C 265 A/07)\n\nThe European Commission is organising open competitions to draw up reserve lists of Research Administrators (1).\n\nCOM/AD/21/31 — RESEARCH ADMINISTRATORS (AD6)\n\nCOM/AD/22/31 — RESEARCH ADMINISTRATORS (AD7)\n\nin the following domain:\n',
    );
    expect(n.title).not.toMatch(/COM\/AD/);
    expect(n.staffCategory).toBe('official');
    expect(n.grades).toEqual(['AD6', 'AD7']);
  });
});

describe('running heads', () => {
  it("keeps two posts' lines that differ in their codes' numbers (not a page count)", () => {
    const text = normaliseNotice(
      'Intro line of the notice.\n\nCOM/AD/21/31 — RESEARCH ADMINISTRATORS (AD6)\n\nCOM/AD/22/31 — RESEARCH ADMINISTRATORS (AD7)\n\nin the following domain:\n',
    ).text;
    expect(text).toContain('COM/AD/21/31 — RESEARCH ADMINISTRATORS (AD6)');
    expect(text).toContain('COM/AD/22/31 — RESEARCH ADMINISTRATORS (AD7)');
  });
});

describe('bodies, categories and places', () => {
  it('reads the joint undertaking in a Danish compound ("SESAR-fællesforetagendet")', () => {
    const n = read(
      'Den Europæiske Unions Tidende\nSESAR-fællesforetagendet søger en programleder med hjemsted i Bruxelles (Midlertidigt ansat — Lønklasse AD 10)\nCOM/2031/10001\nHvem er vi?\nSESAR-fællesforetagendet er et EU-organ.',
    );
    expect(n.institution).toBe('SESAR JU');
  });

  it("gives officials for an EPSO competition's reference, in any language", () => {
    const n = read(
      'Franču valodas tulkotāji\nAtsauce:\nEPSO/AD/501/31\nTermiņš\n14/01/2032 - 12:00 (pēc Briseles laika)\nPakāpe:\nAD 5\n',
    );
    expect(n.staffCategory).toBe('official');
    expect(read('Atsauce:\nEPSO/CAST/P/9/2031\nLīgumdarbinieki, FG III\n').staffCategory).not.toBe(
      'official',
    );
  });

  it('reads the Estonian place label "Asukoht"', () => {
    const n = read(
      'Teade vabade ametikohtade kohta XYZ/AD/201/31\n\nÜLDINE TEAVE\n\nÜksus\n\nRELEX\n\nAsukoht\n\nBrüssel, Lipsiuse hoone\n\nAmetikoht\n\ndirektor\n',
    );
    expect(n.location).toBe('Brussels');
  });

  it("does not take the first of a list of function groups for the post's", () => {
    const n = read(
      'Komisija započinje postupak odabira ugovornog osoblja. Ugovorno osoblje dijeli se u četiri funkcijske skupine (funkcijska skupina I., II., III., IV.) u odnosu na dužnosti.',
    );
    expect(n.functionGroup).toBeNull();
    expect(read('Ugovorno osoblje, funkcijska skupina III., razred 8.').functionGroup).toBe('FGIII');
  });

  it('reads a first contract written "(2 years renewable - ref. …)"', () => {
    const n = read(
      'SECONDMENT NOTICE Expert in Air Traffic Planning Seconded National Expert (2 years renewable - ref. SN031) The Joint Undertaking has set up a secondment procedure.',
    );
    expect(n.firstContractYears).toBe(2);
  });
});

describe('requirements in more languages', () => {
  it('reads a Slovenian call for national experts: category, years and levels in words', () => {
    const n = read(
      'Interni poziv za napotitev nacionalnih strokovnjakov v Evropski odbor regij\n\nOd kandidatov se pričakuje:\n • imeti morajo vsaj štiri leta delovnih izkušenj na administrativnem delovnem mestu;\n • izčrpno znanje enega uradnega jezika EU in zadovoljivo znanje drugega uradnega jezika EU;\n',
    );
    expect(n.staffCategory).toBe('seconded_national_expert');
    expect(n.experienceYears).toBe(4);
    expect(n.experienceRequired).toBe(true);
    expect(n.languages).toEqual([
      { language: 'any', level: 'C1' },
      { language: 'any', level: 'B2' },
    ]);
  });

  it('reads Swedish years ("minst tio års yrkeserfarenhet") and Italian levels in words', () => {
    const sv = read('VI SÖKER Vi söker en arkivchef som har minst tio års yrkeserfarenhet och god förmåga.');
    expect(sv.experienceYears).toBe(10);
    expect(sv.experienceRequired).toBe(true);
    const it_ = read(
      'Requisiti linguistici:\n- conoscenza approfondita di una delle lingue ufficiali dell’Unione e conoscenza soddisfacente di un’altra lingua;\n',
    );
    expect(it_.languages).toEqual([
      { language: 'any', level: 'C1' },
      { language: 'any', level: 'B2' },
    ]);
  });
});

describe('detection', () => {
  it("counts the European Central Bank's salary band as the post's grade", () => {
    const text =
      'Payments Operations\nMarket Infrastructure\n20931\nGeneral Information\nType of contract Fixed-term contract.\nWho can apply? EU nationals.\nSalary F/G (bracket 1 – step 1) full time monthly net salary: €5,000.\nPlace of work Frankfurt am Main, Germany.\nClosing date 17.12.2031.\nYour team You will be part of a Division in the Directorate General Market Infrastructure.\n';
    const a = analyseNotice(text);
    expect(a.detection.isNotice).toBe(true);
    expect(a.notice!.deadline).toBe('2031-12-17T23:59:59+01:00');
    // Without the band, the same page is not taken for a notice.
    expect(
      analyseNotice(text.replace('Salary F/G (bracket 1 – step 1) full time', 'Pay:')).detection.isNotice,
    ).toBe(false);
  });
});

describe('blind round 29', () => {
  it('takes the job page\'s heading over its "Details" labels, not an empty label', () => {
    const n = read(
      'ConsultationOpen\n\nData Governance Officer\n\nDetails\n\nStatus\nOpen\nOpening date\nDeadline\nDepartment\nEuropean Defence Agency\nType of Contract\n  • Temporary Staff\nGrade\n  • AD9\n',
    );
    expect(n.title).toBe('Data Governance Officer');
  });

  it('is not fooled by a report on a past selection ("Deadline for applications was:", "Number of applications:")', () => {
    const text =
      'Contract agents\n\nResults of the selection (EPSO/CAST/S/3/2031)\n\nSelection procedure EPSO/CAST/S/3/2031 for Drivers. Deadline for applications was: 25/03/2031. Number of applications: 1210. Please note that these figures are provisional.\n\nSelection procedure for contract agents EPSO/CAST/S/3/2031: questions sent after 23/03/2031 might not be answered before the deadline for registration (Tuesday 25/03/2031 midday – Brussels time).\n';
    expect(analyseNotice(text).detection.isNotice).toBe(false);
  });

  it('reads a Spanish traineeship: "Prácticas estándar", levels in words, "inglés o francés" as a choice', () => {
    const n = read(
      'Prácticas en el Comité\n- Prácticas estándar de cinco meses para graduados universitarios. Los solicitantes deben tener un conocimiento profundo de una lengua oficial de la UE y un conocimiento satisfactorio de otra, que debe ser inglés o francés.\nPlazo de presentación: 30 de septiembre de 2031\n',
    );
    expect(n.staffCategory).toBe('trainee');
    expect(n.languages).toEqual([
      { language: 'any', level: 'C1' },
      { language: 'EN|FR', level: 'B2' },
    ]);
  });

  it("reads a delegation's French post: its submission date and the EEAS", () => {
    const n = read(
      'Poste à pourvoir à la Délégation de l’Union européenne auprès de la République du Ghana\n\nTitre du Poste : un(e) assistant(e) financier(ère)\n\nDate de Soumission : 05/12/2031\n',
    );
    expect(n.deadline).toBe('2031-12-05T23:59:59+01:00');
    expect(n.institution).toBe('European External Action Service');
  });

  it('reads "PLACE and DATE OF EMPLOYMENT" over its value', () => {
    const n = read(
      'WE PROPOSE\nThe position of Analyst, contract agent FGIV as per article 3b of the CEOS.\nPLACE and DATE OF EMPLOYMENT\n-\nEEAS Headquarters, Brussels, Belgium\n-\nPost available: 01 June 2031\n',
    );
    expect(n.location).toBe('Brussels');
  });

  it('reads the Italian "Scade il … il termine", not a later session start after "data di chiusura"', () => {
    const n = read(
      'Scade il 31 marzo 2031 il termine per candidarsi ai tirocini offerti dal Comitato.\nQuella di marzo è la data di chiusura per la sessione autunnale, che inizia il 16 settembre 2031.\n',
    );
    expect(n.deadline).toBe('2031-03-31T23:59:59+02:00');
  });

  it("does not ask for a CAST pass in EPSO's own CAST call", () => {
    const text =
      'Calls for expression of interest for contract staff\n\nEPSO/CAST/P/1/2031 - Financial officer – Function Group III (FGIII)\nEPSO/CAST/P/2/2031 - Financial adviser – Function Group IV (FGIV)\nDeadline for registration:\nthis call is open for registration without any deadline for submitting applications\nThe European Personnel Selection Office (EPSO) is launching an open-ended selection\nprocedure to create a pool of candidates from which the agencies can recruit.\nThe profiles are:\nProject officer - FG III (EPSO/CAST/P/3/2031)\nProject adviser - FG IV (EPSO/CAST/P/4/2031)\nWe draw your attention to the fact that Calls for expression of interest for contract staff\ntypically attract a large number of highly qualified candidates.\n';
    expect(read(text).castRequired).toBe(false);
    // An agency's notice that asks for it still does.
    expect(
      read('Candidates must have passed EPSO/CAST/P/2/2031 and be registered in the database.').castRequired,
    ).toBe(true);
  });

  it('reads German compounds: "mindestens 2-jährige Unterrichtserfahrung", "3-Jahres-Vertrag"', () => {
    const n = read(
      '1 Klassenlehrer (m/w/d) (25,5 Stunden/Woche – 3-Jahres-Vertrag\nProfil:\n- Der/die Bewerber/in verfügt über eine mindestens 2-jährige Unterrichtserfahrung als Klassenlehrer/in.\n',
    );
    expect(n.experienceYears).toBe(2);
    expect(n.experienceRequired).toBe(true);
    expect(n.firstContractYears).toBe(3);
  });

  it('does not read the name of a law ("Compulsory Education Regulations") as the education asked for', () => {
    expect(
      read('The Ministry applies the Compulsory Education Regulations 2016) in its recruitment process.')
        .education,
    ).toBeNull();
  });

  it('reads a town in its locative case ("u Bratislavi")', () => {
    const n = read(
      'Objava slobodnog radnog mjesta izvršnog direktora u Bratislavi (Privremeno osoblje – razred AD 14)\n',
    );
    expect(n.location).toBe('Bratislava');
  });
});

describe('older rounds, re-collected', () => {
  it('takes a job board\'s post over its employer, not a qualification under "Formation" above a key fact', () => {
    const n = read(
      'Job Search Platform\n\nProject Officer Capability Planning\n\nEuropean Defence Agency\n\nBrussel Hoofdstad\n\nPlein temps\n\nRésumé du poste\n\nAn agency in Brussels is looking for a Project Officer for its planning team, focusing on coordinating projects. The successful candidate will monitor projects.\n\nFormation\n\nUniversity degree in relevant field\nDescription du poste\n\nDirectorate: Capability, Armament and Planning Directorate (CAP)\nLocation: Brussels\n',
    );
    expect(n.title).toBe('Project Officer Capability Planning');
  });

  it("leaves the delegation's country out of the post", () => {
    const n = read(
      'Secretary to the Head of Delegation\n\n  • Entry-level, Long-term consulting assignment\n  • Posted on 28 September 2031\n\nJob Description\n\nWE ARE\n\nThe EEAS is the diplomatic service of the Union.\n\nWE PROPOSE\n\nA position as Secretary to the Head of Delegation in Mauritius – job n° 100200\n\nPLACE OF EMPLOYMENT: Port Louis, MAURITIUS\n',
    );
    expect(n.title).toBe('Secretary to the Head of Delegation');
  });
});

describe("the journal's head", () => {
  it("counts the Commission when one of its DGs heads the notice below the journal's head", () => {
    const n = read(
      '|\nAmtsblatt der Europäischen Union |\nInhalt |\nVERWALTUNGSVERFAHREN |\nEuropäische Kommission |\n2031/C 411 A/01 |\nV Bekanntmachungen\nVERWALTUNGSVERFAHREN\nEuropäische Kommission\nGeneraldirektion Migration und Inneres\nAusschreibung der Stelle eines Hauptberaters (Besoldungsgruppe AD 14)\nCOM/2031/10407\nWer wir sind\nDie Generaldirektion Migration und Inneres (GD HOME) ist für die Bereiche Schengen, Migration und innere Sicherheit zuständig, drei der komplexesten Politikbereiche, mit denen sich Europa befasst und in denen Ergebnisse erwartet werden.\nDie GD HOME arbeitet eng mit der Europäischen Agentur für die Grenz- und Küstenwache und der Europäischen Agentur für die Grenz- und Küstenwache zusammen.\n',
    );
    expect(n.institution).toBe('European Commission');
  });
});

describe('blind round 30', () => {
  it('takes the post right before its reference in brackets, after "for" or opening the line', () => {
    const inline = read(
      'XYZA - European Agency\n\nThe Agency has set up a selection procedure that aims to establish a reserve list (five-year contract with the possibility of a renewal) for Legal/Procurement Officer (Vacancy Reference Number: XYZA/2031/340).\n\nDate of Publication: 25/09/2031\n',
    );
    expect(inline.title).toBe('Legal/Procurement Officer');
    const below = read(
      'The Agency has set up a selection procedure that aims to\nestablish a reserve list (two-year contract with the possibility of a renewal and a further\nrenewal on the conditions set out in the Staff Regulations) for:\nProject Control Documentalist\n(Vacancy Reference Number: XYZA/2031/103)\nDate of Publication:\n',
    );
    expect(below.title).toBe('Project Control Documentalist');
  });

  it("does not read a pay step's years as experience asked for", () => {
    const n = read(
      'Grade/Function Group: AD7\nMonthly basic salary1:\n€ 5.612,65 (less than 9 years’ work experience after degree)\n€ 5.848,50 (more than 9 years’ work experience after degree)\n',
    );
    expect(n.experienceYears).toBeNull();
    expect(
      read('Candidates must have not less than five years of professional experience.').experienceYears,
    ).toBe(5);
  });

  it('reads "Contract Duration2:" with its footnote number', () => {
    expect(
      read('Type of Contract: Temporary Agent\nContract Duration2: 5 years (with possibility of renewal)\n')
        .firstContractYears,
    ).toBe(5);
  });

  it('reads the Greek labels "Θέση:" and "Τόπος:"', () => {
    const n = read(
      'ΠΡΟΚΗΡΥΞΗ ΚΕΝΗΣ ΘΕΣΗΣ\n\nΑριθ. αναφ. XYZ/31/TA/AD12/1\n\nΘέση:\n\nΠροϊστάμενος μονάδας\n\nΤόπος:\n\nΤαλίν, Εσθονία\n',
    );
    expect(n.title).toBe('Προϊστάμενος μονάδας');
    expect(n.location).toBe('Tallinn');
  });

  it('reads the place after a comma at the end of a heading in capitals', () => {
    const n = read(
      'KENNISGEVING VAN VACATURE\nVOOR DE FUNCTIE VAN DIRECTEUR VAN HET BUREAU VOOR DE GRONDRECHTEN, WENEN\n\nHet Bureau is in 2031 opgericht.\n',
    );
    expect(n.location).toBe('Vienna');
  });

  it('counts "the ECB" as the EU body of a page with its salary band', () => {
    const text =
      'General Information\nType of contract Short-term contract.\nWho can apply? Staff of national central banks.\nSalary F/G (bracket 1 – step 1).\nClosing date 22.04.2031.\nYour role You will support all users of the ECB’s systems.\n';
    expect(analyseNotice(text).detection.isNotice).toBe(true);
  });
});
