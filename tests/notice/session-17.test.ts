/**
 * Session 17: blind round 41's misses, each rule on a text of our own with the same structure and trap.
 */
import { describe, expect, it } from 'vitest';
import { analyseNotice, detectNotice } from '../../lib/notice';

const read = (text: string) => analyseNotice(text, { force: true });

describe('Slovenian publication headings', () => {
  const text = [
    'Uradni list Evropske unije',
    'Vsebina',
    'Odbor regij',
    'Objava prostega delovnega mesta št. COR/AD 12/31 BIS/31 – Vodja oddelka (m/ž)',
    '',
    'OBJAVA PROSTEGA DELOVNEGA MESTA ŠT. COR/AD 12/31 BIS/31',
    'Vodja oddelka (m/ž)',
    '',
    'Direkcija:',
    'Direkcija za komunikacije',
    'Razred:',
    'AD 12',
    '',
    'Rok za oddajo prijav:',
    '14. maj 2031, do 12.00 (bruseljski čas)',
    '',
    'Evropski odbor regij išče vodjo oddelka za svojo direkcijo za komunikacije.',
  ].join('\n');

  it('count as a notice-type heading', () => {
    expect(detectNotice(text).isNotice).toBe(true);
  });

  it('give the post after the number and the dash, not the heading with its code', () => {
    const n = read(text).notice!;
    expect(n.title).toBe('Vodja oddelka');
    expect(n.reference).toBe('COR/AD 12/31 BIS/31');
  });
});

describe('corrigenda', () => {
  it('are not notices in Portuguese written after the spelling reform ("retificação")', () => {
    const text = [
      'Jornal Oficial da União Europeia',
      'Retificações',
      'RETIFICAÇÃO AO ANÚNCIO DE CONCURSO GERAL',
      'Tradutores de língua portuguesa (AD 5)',
      'EPSO/AD/999/31',
      'Na página 1:',
      'em vez de:',
      '« Data-limite de inscrição: 3 de março de 2031 às 12:00 horas (meio-dia), hora da Europa Central »',
      'deve ler-se:',
      '« Data-limite de inscrição: 17 de março de 2031 às 12:00 horas (meio-dia), hora da Europa Central »',
    ].join('\n');
    expect(detectNotice(text).isNotice).toBe(false);
  });
});

describe('titles', () => {
  it("take a body's name that is its holder's office when the notice names it as the post", () => {
    const text = [
      'Journal officiel de l’Union européenne',
      'Avis de vacance pour le poste de Contrôleur européen de la protection des données',
      'COM/2031/20111',
      '',
      'Présentation (contexte)',
      'La fonction a été instituée par un règlement du Parlement européen et du Conseil. Le Contrôleur dirige une autorité de contrôle indépendante.',
    ].join('\n');
    expect(read(text).notice?.title).toBe('Contrôleur européen de la protection des données');
  });

  it('still cut an agency named after the post ("… Director of the European Environment Agency")', () => {
    const text =
      'Vacancy notice for the post of Executive Director of the European Environment Agency\nCOM/2031/20112\n\nThe Agency is looking for its Executive Director.';
    expect(read(text).notice?.title).toBe('Executive Director');
  });
});

describe('a senior post filled under Article 29(2)', () => {
  it('is an official’s post in Slovak ("článok 29 ods. 2")', () => {
    const text =
      'Generálne riaditeľstvo pre obchod (GR TRADE)\nUverejnenie oznámenia o voľnom pracovnom mieste na pozíciu riaditeľa/riaditeľky (platová trieda AD 14) — Brusel (článok 29 ods. 2 služobného poriadku)\nCOM/2031/10999';
    const n = read(text).notice!;
    expect(n.staffCategory).toBe('official');
    expect(n.title).toBe('riaditeľa/riaditeľky');
    expect(n.location).toBe('Brussels');
  });

  it('is an official’s post in Latvian, the number before the word ("29. panta 2. punktu")', () => {
    const text =
      'Eiropas Parlaments\nDirektors/Direktore (AD funkciju grupas 14. pakāpe)\nPE/999/2031/S\nPriekšsēdētāja, pamatojoties uz Civildienesta noteikumu 29. panta 2. punktu, ir nolēmusi sākt direktora amata vakances aizpildīšanas procedūru.';
    expect(read(text).notice?.staffCategory).toBe('official');
  });
});

describe('places of employment', () => {
  it('read the Swedish label "Arbetsplats"', () => {
    const text =
      'Meddelande om ledig tjänst CONS/AD/999/31\n\nAvdelning\nGeneraldirektoratet för kommunikation\nArbetsplats\nBryssel, Justus Lipsius\nTjänstebeteckning\nDirektör\nTjänstegrupp och lönegrad\nAD 14';
    expect(read(text).notice?.location).toBe('Brussels');
  });

  it("take the headquarters a candidate is invited to work in (the body's seat, named as the workplace)", () => {
    const text =
      'Seconded National Experts\nThe Agency looks for motivated experts from national administrations to work in its modern headquarters in Lisbon, Portugal.\nReference: AGY/SNE/2031/04';
    expect(read(text).notice?.location).toBe('Lisbon');
  });
});

describe("an Official Journal issue's contents", () => {
  const head = [
    'Publicatieblad van de Europese Unie',
    'Inhoud',
    'Bladzijde',
    'Europees Parlement',
    '2031/C 210 A/01',
    'Aankondiging van aanwerving PE/901/S — Tijdelijk functionaris — Juridisch adviseur (AD 7) (m/v)',
    '1',
    '2031/C 210 A/02',
    'Aankondiging van aanwerving PE/902/S — Tijdelijk functionaris — Technisch assistent (AST 4) (m/v)',
    '19',
    '',
    'AANKONDIGING VAN AANWERVING PE/901/S — TIJDELIJK FUNCTIONARIS — JURIDISCH ADVISEUR (AD 7)',
    '(2031/C 210 A/01)',
    'Het Europees Parlement organiseert een selectieprocedure voor een tijdelijk functionaris (AD 7), juridisch adviseur.',
  ];

  it("do not lend the next item's grade to the first notice", () => {
    const n = read(head.join('\n')).notice!;
    expect(n.grades).toEqual(['AD7']);
    expect(n.functionGroup).toBe('AD');
  });

  it('of one item keep its line read as before', () => {
    const one = [...head.slice(0, 7), ...head.slice(10)].join('\n');
    expect(read(one).notice?.grades).toEqual(['AD7']);
  });
});

// ---- blind fixtures f40: each rule on a short text of our own ----------------------------------------------

describe("a job page's box of other vacancies", () => {
  const page = [
    '<h1>Data Analyst (m/f)</h1>',
    '<table><tr><th>Reference</th><td>AGY/TA/2031/05</td></tr>',
    '<tr><th>Type of contract</th><td>Temporary agent</td></tr>',

    '<tr><th>Deadline for applications</th><td>15 July 2031, 12:00 (noon) Lisbon time</td></tr></table>',
    '<h2>Who we are</h2><p>The Agency monitors drugs in Europe and is looking for a data analyst.</p>',
    '<p>The successful candidate will be recruited as a temporary agent at grade AD 6.</p>',
    '<h2>Eligibility criteria</h2><p>A university degree of at least three years and three years of experience.</p>',
    '<h2>Other vacancies</h2>',
    '<ul><li><a href="/a">Communication assistant (AST 3)</a> — deadline: 2 August 2031</li>',
    '<li><a href="/b">Finance assistant (FG III)</a> — deadline: 30/06/2031</li>',
    '<li><a href="/c">Seconded national expert</a> — deadline: 9 September 2031</li></ul>',
  ].join('\n');

  it('do not make the page a listing of several vacancies', () => {
    expect(analyseNotice(page, { format: 'html' }).detection.isNotice).toBe(true);
  });

  it("lend no grade to the page's own post", () => {
    expect(analyseNotice(page, { format: 'html', force: true }).notice?.grades).toEqual(['AD6']);
  });
});

describe('key facts in a column of labels, then one of values', () => {
  const text = [
    'Europos lyčių lygybės institutas (EIGE)',
    'PRANEŠIMAS APIE LAISVĄ DARBO VIETĄ',
    '',
    'Pareigų pavadinimas',
    'Nuorodos numeris',
    'Sutarties rūšis',
    'Pareigų grupė ir lygis',
    'Skyrius',
    'Darbo vieta',
    'Paskelbimo data',
    'Paraiškų pateikimo terminas',
    '',
    'Duomenų analitikas / analitikė',
    'AGY/2031/TA/03',
    'Laikinasis darbuotojas (KTĮS 2 straipsnio f punktas)',
    'AD 7',
    'Statistikos skyrius',
    'Vilnius, Lietuva',
    '2031 m. gegužės 10 d.',
    '2031 m. birželio 14 d.',
  ].join('\n');

  it("read past a heading that ends with a label's words, and keep a grade alone on its line as a value", () => {
    const n = read(text).notice!;
    expect(n.title).toBe('Duomenų analitikas / analitikė');
    expect(n.location).toBe('Vilnius');
    expect(n.grades).toEqual(['AD7']);
  });
});

describe('requirements in other languages', () => {
  it('read "not required" for CAST in Finnish, and "listed in the CAST database" as required in Hungarian', () => {
    const fi =
      'Hakuilmoitus\nSopimussuhteinen toimihenkilö, tehtäväryhmä IV\nHakijan ei tarvitse olla läpäissyt EPSOn CAST-testejä.';
    expect(read(fi).notice?.castRequired).toBe(false);
    const hu =
      'Álláshirdetés\nSzerződéses alkalmazott, FG III\nA jelentkezőnek szerepelnie kell az EPSO CAST Permanent adatbázisában.';
    expect(read(hu).notice?.castRequired).toBe(true);
  });

  it('give a Hungarian level to the language before it, and a choice of two to both', () => {
    const hu =
      'Álláshirdetés\nFeltételek\nNyelvtudás: a magyar nyelv alapos ismerete (C1 szint) és az angol vagy a francia nyelv kielégítő ismerete (B2 szint).';
    expect(read(hu).notice?.languages).toEqual([
      { language: 'HU', level: 'C1' },
      { language: 'EN|FR', level: 'B2' },
    ]);
  });

  it('take a Czech doctorate counted as experience for at most three years as no requirement', () => {
    const cs =
      'Oznámení o volném pracovním místě\nPodmínky účasti\n— Odborná praxe: mít nejméně 12 let odborné praxe.\n— Doba studia k získání doktorátu se může započítat jako odborná praxe v délce nejvýše tří let.';
    expect(read(cs).notice?.experienceYears).toBe(12);
  });

  it('read a Czech time given in the next sentence "on that day"', () => {
    const cs =
      'Oznámení o volném pracovním místě\nLhůta pro podání přihlášek je 12. července 2031. Elektronická registrace bude ukončena v tento den ve 12:00 hodin (v poledne) bruselského času.';
    expect(read(cs).notice?.deadline).toBe('2031-07-12T12:00:00+02:00');
  });

  it('read a first contract in Finnish months and a Czech appointment "na dobu pěti let"', () => {
    const fi = 'Hakuilmoitus\nEnsimmäinen sopimus tehdään 36 kuukauden määräajaksi, ja se voidaan uusia.';
    expect(read(fi).notice?.firstContractYears).toBe(3);
    const cs =
      'Oznámení o volném pracovním místě\nŘeditel bude přijat jako dočasný zaměstnanec a jmenován na dobu pěti let.';
    expect(read(cs).notice?.firstContractYears).toBe(5);
  });

  it('take a Romanian first contract "între 1 și 3 ani" as a range, not 3 years', () => {
    const ro =
      'Anunț de post vacant\nDurata contractului inițial va fi cuprinsă între 1 și 3 ani, cu posibilitate de reînnoire.';
    expect(read(ro).notice?.firstContractYears).toBeNull();
  });

  it('take years listed under "Constitueraient des atouts" as an asset', () => {
    const fr =
      'Avis de vacance\nAgent contractuel GF IV\nConstitueraient des atouts :\n- une expérience d’au moins deux ans dans l’exploitation de plateformes cloud ;';
    const n = read(fr).notice!;
    expect(n.experienceYears).toBe(2);
    expect(n.experienceRequired).toBe(false);
  });

  it('read a Dutch education alternative joined by "of van"', () => {
    const nl =
      'Vacature\nToelatingsvoorwaarden\n- in het bezit zijn van een diploma van postsecundair onderwijs, of van een diploma van secundair onderwijs dat toegang geeft tot postsecundair onderwijs, gevolgd door ten minste drie jaar passende beroepservaring;';
    expect(read(nl).notice?.education).toEqual({
      level: 'post_secondary',
      alternative: { level: 'secondary', plusExperienceYears: 3 },
    });
  });

  it('do not take the studies a Hungarian diploma gives access to for a degree', () => {
    const hu =
      'Álláshirdetés\nVégzettség:\n- középfokú tanulmányok utáni oktatásban szerzett végzettség, vagy\n- felsőfokú tanulmányokra jogosító középfokú végzettség és ezt követően szerzett, legalább hároméves szakmai tapasztalat.';
    expect(read(hu).notice?.education?.level).toBe('post_secondary');
  });
});

describe('contract articles and grades in other languages', () => {
  it('read "3 a artikla" (Finnish), "3a. cikke" (Hungarian), "čl. 2 písm. a)" (Czech), "άρθρο 2 στοιχείο στ)" (Greek)', () => {
    const articles = (t: string) => read(`Vacancy\n${t}`).notice?.contractArticles;
    expect(articles('Sopimussuhteinen toimihenkilö (palvelussuhteen ehtojen 3 a artikla)')).toEqual(['3a']);
    expect(
      articles('az alkalmazási feltételek 3a. cikke szerinti szerződéses alkalmazotti szerződés'),
    ).toEqual(['3a']);
    expect(articles('dočasný zaměstnanec podle čl. 2 písm. a) pracovního řádu')).toEqual(['2a']);
    expect(articles('έκτακτος υπάλληλος σύμφωνα με το άρθρο 2 στοιχείο στ) του ΚΛΠ')).toEqual(['2f']);
  });

  it('read a contract agent\'s grade after Dutch "rang" and Finnish "palkkaluokka"', () => {
    const nl = 'Vacature\nArbeidscontractant, functiegroep FG III, rang 8, bij de vertegenwoordiging.';
    expect(read(nl).notice?.grades).toEqual(['CA8']);
    const fi = 'Hakuilmoitus\nSopimussuhteinen toimihenkilö, tehtäväryhmä FG IV, palkkaluokka 13.';
    expect(read(fi).notice?.grades).toEqual(['CA13']);
  });
});

describe('Greek notices', () => {
  const text = [
    'ΠΡΟΚΗΡΥΞΗ ΚΕΝΗΣ ΘΕΣΗΣ',
    'Αριθμός αναφοράς: AGY-TA-AD-2031-07',
    '',
    '3. ΚΡΙΤΗΡΙΑ ΕΠΙΛΕΞΙΜΟΤΗΤΑΣ',
    'Επίπεδο εκπαίδευσης που αντιστοιχεί σε ολοκληρωμένο κύκλο πανεπιστημιακών σπουδών διάρκειας τουλάχιστον τριών ετών.',
    'Άριστη γνώση (επίπεδο C1) μιας από τις επίσημες γλώσσες της Ευρωπαϊκής Ένωσης.',
    '',
    '4. ΚΡΙΤΗΡΙΑ ΕΠΙΛΟΓΗΣ',
    '- άριστη γνώση της αγγλικής γλώσσας (επίπεδο C1)',
  ].join('\n');

  it('read the reference after its Greek label and a degree named in Greek', () => {
    const n = read(text).notice!;
    expect(n.reference).toBe('AGY-TA-AD-2031-07');
    expect(n.education?.level).toBe('university_3y');
  });

  it('tell the eligibility criteria from the selection criteria by their Greek headings', () => {
    expect(read(text).notice?.languages).toEqual([{ language: 'any', level: 'C1' }]);
  });
});

// ---- blind fixtures f41 -------------------------------------------------------------------------------------

describe('Bulgarian notices', () => {
  const text = [
    '# Сътрудник по комуникация (м/ж)',
    '',
    '- **Референтен номер:** COMM/REP-SOF/2031/004',
    '- **Място на работа:** София, България',
    '- **Вид на договора:** договорно нает служител (член 3а от Условията за работа на другите служители)',
    '- **Краен срок за кандидатстване:** 15 юли 2031 г., 12:00 ч. (обяд) софийско време',
    '',
    '## Критерии за допустимост',
    '',
    'Езикови познания: задълбочено владеене на български език (ниво C1) и задоволително владеене на английски език (ниво B2).',
    'EPSO CAST: кандидатите трябва да са регистрирани в базата данни CAST Permanent.',
    '',
    '## Критерии за подбор — кого търсим',
    '',
    '- владеене на немски език на ниво B2.',
  ].join('\n');
  const n = () => analyseNotice(text, { format: 'markdown', force: true }).notice!;

  it('read the title without its Cyrillic gender mark, the place, the article and the Sofia time', () => {
    expect(n().title).toBe('Сътрудник по комуникация');
    expect(n().location).toBe('Sofia');
    expect(n().contractArticles).toEqual(['3a']);
    expect(n().deadline).toBe('2031-07-15T12:00:00+03:00');
  });

  it('read Bulgarian named in Bulgarian, CAST required in Cyrillic, and a heading of two parts as selection', () => {
    expect(n().languages).toEqual([
      { language: 'BG', level: 'C1' },
      { language: 'EN', level: 'B2' },
    ]);
    expect(n().castRequired).toBe(true);
  });
});

describe('more contract articles and grades', () => {
  it('read Croatian "člankom 2. točkom (f)", Slovenian "členom 2(f)" and Danish "artikel 2, litra f)"', () => {
    const articles = (t: string) => read(`Vacancy\n${t}`).notice?.contractArticles;
    expect(articles('privremeni djelatnik u skladu s člankom 2. točkom (f) UZOS-a')).toEqual(['2f']);
    expect(articles('Začasni uslužbenec v skladu s členom 2(f) PZDU')).toEqual(['2f']);
    expect(articles('Midlertidigt ansat, artikel 2, litra f), i ansættelsesvilkårene')).toEqual(['2f']);
  });

  it('read both of a Swedish "lönegrad 13 eller 14"', () => {
    const sv = 'Lediga tjänster\nKontraktsanställd, funktionsgrupp FG IV, lönegrad 13 eller 14.';
    expect(read(sv).notice?.grades).toEqual(['CA13', 'CA14']);
  });

  it('keep a cell "FG III, grade 8" under its label, and read a block whose labels include "Directorate-General"', () => {
    const text = [
      'CALL FOR EXPRESSIONS OF INTEREST',
      'Job title',
      'Reference',
      'Directorate-General',
      'Type of contract',
      'Function group and grade',
      'Closing date for applications',
      '',
      'Assistant for Records Management',
      'EP/CA/ABC/2031/001',
      'Finance (DG FINS)',
      'Contract agent under Article 3b of the Conditions of Employment of Other Servants (CEOS)',
      'FG III, grade 8',
      '2 September 2031, 12 noon (Brussels time)',
    ].join('\n');
    const n = read(text).notice!;
    expect(n.title).toBe('Assistant for Records Management');
    expect(n.grades).toEqual(['CA8']);
  });

  it('take a Danish first contract "tre til fem år" as a range', () => {
    const da =
      'Ledig stilling\nDen første kontrakt indgås for en periode på tre til fem år og kan forlænges.';
    expect(read(da).notice?.firstContractYears).toBeNull();
  });
});

describe('more requirements', () => {
  it('give no level to a language named as an asset in a sentence of its own', () => {
    const it_ =
      'Avviso di posto vacante\nRequisiti\nOttima conoscenza della lingua inglese (livello C1). La conoscenza della lingua francese costituirebbe un vantaggio.';
    expect(read(it_).notice?.languages).toEqual([{ language: 'EN', level: 'C1' }]);
  });

  it('take the total, not the part, of "doce años, de los cuales dos" and read German "fünfzehn Jahre"', () => {
    const es =
      'Anuncio de vacante\nRequisitos\nacreditar al menos doce (12) años de experiencia profesional, de los cuales al menos dos (2) años en funciones de gestión;';
    expect(read(es).notice?.experienceYears).toBe(12);
    const de =
      'Stellenausschreibung\nZulassungsbedingungen\nmindestens fünfzehn Jahre Berufserfahrung nach Erwerb des Abschlusses, davon mindestens fünf Jahre in einer Führungsposition;';
    expect(read(de).notice?.experienceYears).toBe(15);
  });

  it('take "CAST is not required" over a later sentence about candidates already registered', () => {
    const en =
      'Call for expressions of interest\nRegistration in EPSO CAST Permanent is not required to apply under this call. Candidates who are already registered in CAST may nevertheless apply.';
    expect(read(en).notice?.castRequired).toBe(false);
  });

  it('take the year a Romanian degree adds as no experience requirement, and a help desk address as no contact', () => {
    const ro = [
      'Anunț de post vacant',
      '— Experiență profesională: să aibă cel puțin 12 ani de experiență profesională postuniversitară;',
      '— această experiență profesională de un an nu poate fi inclusă în experiența impusă mai sus;',
      'Dacă întâmpinați probleme tehnice, trimiteți un mesaj la help-desk@example.eu. Mesajele nu sunt considerate candidaturi.',
    ].join('\n');
    const n = read(ro).notice!;
    expect(n.experienceYears).toBe(12);
    expect(n.contactEmail).toBeNull();
  });
});
