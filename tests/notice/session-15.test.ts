/**
 * Session 15: blind rounds 38 and 39's misses, each rule on a text of our own with the same structure
 * and trap: EPSO's competition pages in the smaller languages whose grade and contract fields were copied
 * without their values.
 */
import { describe, expect, it } from 'vitest';
import { analyseNotice } from '../../lib/notice';

/** A competition's page of the EU Careers site as a copy gives it: the post, then its fields, some empty. */
const slovakPage = (post: string, tail = '') =>
  `${post}\n\nReferencia: \nZačiatok obdobia podávania žiadostí: \n02/02/2031\nDátum uzávierky: \n04/03/2031 - 12:00(bruselský čas)\nTrieda: \nInštitúcia/agentúra: \nDruh zmluvy : \n\nVýberové konanie\n\n  • Konanie má niekoľko fáz; termíny sú orientačné, kým ich nepotvrdíme.\n  • Všetky správy dostanete cez svoje konto EPSO, kde nájdete aj pozvánky a výsledky.\n${tail}`;

const latvianPage = (post: string) =>
  `${post}\n\nAtsauce: \nPieteikšanās procedūras sākums: \n10/10/2030\nTermiņš: \n12/11/2030 - 12:00(pēc Briseles laika)\nPakāpe: \nLīguma veids: \n\nAtlases procedūra\n\n  • Ar jums sazināsimies jūsu EPSO kontā; plāns ir tikai orientējošs.\n`;

describe("EPSO's competition pages whose fields came without their values", () => {
  it('are notices of EPSO for officials, titled by the line above the fields (Slovak)', () => {
    const a = analyseNotice(slovakPage('Analytici pre energetické siete'));
    expect(a.detection.isNotice).toBe(true);
    expect(a.notice).toMatchObject({
      title: 'Analytici pre energetické siete',
      institution: 'EPSO',
      staffCategory: 'official',
      deadline: '2031-03-04T12:00:00+01:00',
      grades: [],
    });
    // The category says why: no field gave it.
    expect(a.evidence.staffCategory?.note).toMatch(/EPSO competition's page/);
  });

  it('in Latvian, summer or winter time by the date', () => {
    const a = analyseNotice(latvianPage('Finanšu revidenti'));
    expect(a.detection.isNotice).toBe(true);
    expect(a.notice).toMatchObject({
      title: 'Finanšu revidenti',
      institution: 'EPSO',
      staffCategory: 'official',
      deadline: '2030-11-12T12:00:00+01:00',
    });
  });

  it('keep a contract-staff page on the same site as contract staff, its agency as the employer', () => {
    // "Pracownicy kontraktowi" heads an agency's selection published on EPSO's site.
    const text =
      'PRACOWNICY KONTRAKTOWI\n\nNumer referencyjny: \nAktualne procedury naboru: \n01/12/2030\nTermin: \n08/01/2031 - 12:00(czasu brukselskiego)\nLokalizacja: \nGrupa zaszeregowania: \nTyp umowy o pracę: \n\nOrientacyjny harmonogram\n\nEPSO może zmienić te informacje w każdej chwili.\n\nPoczątek naboru01/12/2030\nTermin składania zgłoszeń 08/01/2031 - 12:00(czasu brukselskiego)\n\nJAK EUIPO SKONTAKTUJE SIĘ ZE MNĄ?\n\nEUIPO pisze do kandydatów na adres podany w koncie EPSO. EUIPO odpowiada na pytania kandydatów.\n';
    const a = analyseNotice(text);
    expect(a.detection.isNotice).toBe(true);
    expect(a.notice).toMatchObject({ staffCategory: 'contract_agent', institution: 'EUIPO' });
  });

  it('need EPSO named: a page with the same fields but no EPSO is not taken for an officials’ competition', () => {
    const text = slovakPage('Analytici pre energetické siete').replace(/EPSO/g, 'uchádzača');
    const a = analyseNotice(text, { force: true });
    expect(a.notice?.staffCategory).toBeNull();
    expect(a.notice?.institution).toBeNull();
  });

  it('need three field labels alone on their lines: two are not a site’s field list', () => {
    const text = `Analytici pre energetické siete\n\nTrieda: \nDruh zmluvy : \nDátum uzávierky: 04/03/2031\nKontakt: konto EPSO\n`;
    const a = analyseNotice(text, { force: true });
    expect(a.notice?.staffCategory).toBeNull();
    expect(a.notice?.title).toBeNull();
  });
});

const read = (text: string) => analyseNotice(text, { force: true }).notice!;
/** The same head with the body under an eligibility heading, where requirements are read. */
const eligibility = (body: string) =>
  `VACANCY NOTICE\nRef.: XYZ/TA/AD/2031/007\nPolicy Officer (AD 6)\nClosing date: 3 March 2031\n\nEligibility criteria\n${body}\n`;
const withBody = (body: string) =>
  `VACANCY NOTICE\nRef.: XYZ/TA/AD/2031/007\nPolicy Officer (AD 6)\nClosing date: 3 March 2031\n\nConditions of employment\n${body}\n`;

describe('the article of the Conditions of Employment written number first', () => {
  it.each([
    ['Hungarian', 'A felvétel az alkalmazási feltételek 2. cikkének f) pontja szerint történik.', ['2f']],
    [
      'Finnish',
      'Hakija otetaan palvelukseen muun henkilöstön palvelussuhteen ehtojen 2 artiklan f alakohdan nojalla.',
      ['2f'],
    ],
    [
      'Latvian',
      'Līgumu slēdz saskaņā ar Pārējo darbinieku nodarbināšanas kārtības 2. panta a) apakšpunktu.',
      ['2a'],
    ],
    [
      'Lithuanian',
      'Darbuotojas įdarbinamas pagal Kitų tarnautojų įdarbinimo sąlygų 3 straipsnio b punktą.',
      ['3b'],
    ],
  ])('%s', (_, sentence, articles) => {
    const a = analyseNotice(withBody(sentence), { force: true });
    expect(a.notice!.contractArticles).toEqual(articles);
    // The evidence quotes the whole wording, not the "2." a sentence splitter would stop at.
    expect(a.evidence.contractArticles?.quote.length).toBeGreaterThan(10);
  });

  it('not a number and a point far apart', () => {
    expect(
      read(withBody('A 3. cikk alapján a pályázók közül 2 a pontszám szerint kerül listára.'))
        .contractArticles,
    ).toEqual([]);
  });
});

describe('headings of the Official Journal in other languages', () => {
  it('a Romanian "Termen:" label gives the closing date; the word in a sentence does not', () => {
    const head =
      'ANUNȚ DE POST VACANT NR. COR/AD 13/7 BIS/30\nDirector adjunct (1)\n|\nPost vacant |\nAD 13 |\n';
    const a = analyseNotice(
      `${head}Termen: |\n14 mai 2030, ora 12.00 (ora Bruxelles-ului) |\n1. Mediul de lucru\n`,
    );
    expect(a.detection.isNotice).toBe(true);
    expect(a.notice).toMatchObject({
      deadline: '2030-05-14T12:00:00+02:00',
      reference: 'COR/AD 13/7 BIS/30',
      title: 'Director adjunct',
    });
    const prose = read(
      withBody('Contractul pe termen lung începe la 1 iunie 2031.').replace(
        'Closing date: 3 March 2031\n',
        '',
      ),
    );
    expect(prose.deadline).toBeNull();
  });

  it('a Hungarian notice number before "sz." is the reference', () => {
    const text =
      '7/T/31. SZ. ÁLLÁSHIRDETÉS\na következő álláshelyre: igazgató (AD 14)\nJelentkezési határidő: 2031. május 5., brüsszeli idő szerint déli 12 óra\n';
    expect(read(text).reference).toBe('7/T/31');
  });
});

describe('language requirements in the languages of blind-f39', () => {
  it.each([
    [
      'Lithuanian',
      'Labai geros vienos iš oficialiųjų Europos Sąjungos kalbų žinios (C1 lygis) ir geros kitos oficialiosios kalbos žinios (B2 lygis).',
      [
        { language: 'any', level: 'C1' },
        { language: 'any', level: 'B2' },
      ],
    ],
    [
      'Latvian',
      'Ļoti labas zināšanas vienā no Eiropas Savienības oficiālajām valodām (C1 līmenis) un labas zināšanas citā oficiālajā valodā (B2 līmenis).',
      [
        { language: 'any', level: 'C1' },
        { language: 'any', level: 'B2' },
      ],
    ],
    [
      'Estonian',
      'ühe Euroopa Liidu ametliku keele väga hea oskus (tase C1) ning teise ametliku keele hea oskus (tase B2).',
      [
        { language: 'any', level: 'C1' },
        { language: 'any', level: 'B2' },
      ],
    ],
    [
      'Danish, a named language',
      'Grundigt kendskab (niveau C1) til et af EU’s officielle sprog og godt kendskab (niveau B2) til fransk.',
      [
        { language: 'any', level: 'C1' },
        { language: 'FR', level: 'B2' },
      ],
    ],
    [
      'Croatian, names joined by "or" before their bracketed level',
      'izvrsno poznavanje jednog od službenih jezika Unije (razina C1) i dobro poznavanje engleskog ili francuskog jezika (razina B2).',
      [
        { language: 'any', level: 'C1' },
        { language: 'EN|FR', level: 'B2' },
      ],
    ],
  ])('%s', (_, sentence, languages) => {
    expect(read(eligibility(sentence)).languages).toEqual(languages);
  });

  it('keeps a level written before its language with that language (English)', () => {
    expect(
      read(
        eligibility(
          'You have a very good command (C1) of German or Dutch and a good command (B2) of another EU language.',
        ),
      ).languages,
    ).toEqual([
      { language: 'DE|NL', level: 'C1' },
      { language: 'any', level: 'B2' },
    ]);
  });

  it('leaves an asset language of the selection criteria out (Estonian and Lithuanian headings)', () => {
    const et = `${eligibility('ühe Euroopa Liidu ametliku keele väga hea oskus (tase C1).')}\nVALIKUKRITEERIUMID\n- inglise keele väga hea oskus (tase C1);\n`;
    expect(read(et).languages).toEqual([{ language: 'any', level: 'C1' }]);
    const lt = `${eligibility('Labai geros vienos iš oficialiųjų ES kalbų žinios (C1 lygis).')}\nATRANKOS KRITERIJAI\n- labai geros anglų kalbos žinios (C1 lygis);\n`;
    expect(read(lt).languages).toEqual([{ language: 'any', level: 'C1' }]);
  });
});

describe('education and experience in the languages of blind-f39', () => {
  it.each([
    [
      'Lithuanian',
      'Išsilavinimas, atitinkantis baigtas bent trejų metų universitetines studijas, patvirtintas diplomu.',
      { level: 'university_3y', alternative: null },
    ],
    [
      'Slovak',
      'Úroveň vzdelania zodpovedajúca ukončenému univerzitnému štúdiu v trvaní aspoň troch rokov, potvrdená diplomom.',
      { level: 'university_3y', alternative: null },
    ],
    [
      'Maltese',
      'Livell ta’ edukazzjoni li jikkorrispondi għal studji universitarji mitmuma ta’ mill-inqas tliet snin, iċċertifikati b’diploma.',
      { level: 'university_3y', alternative: null },
    ],
    [
      'Latvian, secondary and three years',
      'Pēcvidusskolas izglītība, ko apliecina diploms, vai vidējā izglītība, ko apliecina diploms, un vismaz trīs gadu atbilstoša profesionālā pieredze.',
      { level: 'post_secondary', alternative: { level: 'secondary', plusExperienceYears: 3 } },
    ],
    [
      'Finnish, genitive number',
      'Keskiasteen jälkeinen koulutus tai toisen asteen koulutus ja sen jälkeen vähintään kolmen vuoden työkokemus.',
      { level: 'post_secondary', alternative: { level: 'secondary', plusExperienceYears: 3 } },
    ],
    [
      'Estonian, the number glued to the year',
      'Neljaaastasele ülikooliõppele vastav haridus või kolmeaastasele ülikooliõppele vastav haridus ja vähemalt üheaastane töökogemus.',
      { level: 'university_4y', alternative: { level: 'university_3y', plusExperienceYears: 1 } },
    ],
  ])('%s', (_, sentence, education) => {
    expect(read(eligibility(sentence)).education).toEqual(education);
  });

  it('the length of studies and an alternative’s year said again are no experience (Estonian, Slovenian)', () => {
    const et = eligibility(
      'Ülikooliõpingutele vastav haridus, kui õppeaeg on vähemalt kolm aastat.\nLisaks peab kandidaadil olema vähemalt viis aastat asjakohast töökogemust.',
    );
    expect(read(et).experienceYears).toBe(5);
    const sl = eligibility(
      'Univerzitetni študij, kadar trajanje študija znaša štiri leta ali več, ali\nuniverzitetni študij in poklicne izkušnje v trajanju najmanj enega leta, kadar trajanje študija znaša najmanj tri leta. Teh izkušenj v trajanju enega leta se ne upošteva.\nNajmanj petnajst let poklicnih izkušenj.',
    );
    expect(read(sl).experienceYears).toBe(15);
  });
});

describe('Danish education and experience', () => {
  it('"mindst et års" is one year; the study length is no experience; "ni års" is nine', () => {
    const text =
      'VACANCY NOTICE\nRef.: XYZ/TA/AD/2031/007\nPolicy Officer (AD 6)\nClosing date: 3 March 2031\n\nEligibility criteria\n' +
      '- en fuldført universitetsuddannelse af mindst fire års varighed, eller\n' +
      '- en fuldført universitetsuddannelse af mindst tre års varighed efterfulgt af mindst et års relevant erhvervserfaring.\n' +
      'Ansøgerne skal desuden have mindst ni års relevant erhvervserfaring.\n';
    const n = read(text);
    expect(n.education).toEqual({
      level: 'university_4y',
      alternative: { level: 'university_3y', plusExperienceYears: 1 },
    });
    expect(n.experienceYears).toBe(9);
  });
});

describe('what a job board puts around the post is not its title', () => {
  it('skips the salary field and the place line with its region and country code', () => {
    const text =
      'Head of Risk Analysis\n\nLisbon, Lisboa (PT)\nDependent on experience\n02 Feb 2031\n20 Feb 2031\nContract Type\nTemporary agent\n\n1. The Agency\n\nThe Agency supports the Member States in their work.\nDeadline: 20 February 2031\n';
    expect(read(text).title).toBe('Head of Risk Analysis');
  });

  it('does not take a section heading under "Job profile" for the post', () => {
    const text =
      'XYZ/CA/31/02\n\nJOB PROFILE\n\nMain functions and duties\n\n  • filing and keeping records\n\nContract agent, function group II. Deadline: 4 April 2031\n';
    expect(read(text).title).not.toBe('Main functions and duties');
  });
});

describe('the applications’ address in ET, LT, SL, HR and BG', () => {
  const withApply = (apply: string) =>
    `VACANCY NOTICE\nRef.: XYZ/TA/AD/2031/007\nPolicy Officer (AD 6)\nClosing date: 3 March 2031\n\n6.\n${apply}\n`;
  it.each([
    [
      'Estonian, beside the data protection officer',
      'Küsimused saatke aadressile info@agency-x.europa.eu.\nKandideerimiseks saatke dokumendid aadressile jobs@agency-x.europa.eu.\nIsikuandmete kaitse: andmekaitseametnik dpo@agency-x.europa.eu.',
      'jobs@agency-x.europa.eu',
    ],
    [
      'Lithuanian "el. paštu" (an abbreviation, not a sentence end)',
      'Paraiškas reikia siųsti el. paštu adresu jobs@agency-x.europa.eu.',
      'jobs@agency-x.europa.eu',
    ],
    [
      'Slovenian, the address on its own line',
      'Kandidati pošljejo prijavo po elektronski pošti na naslov:\n\njobs@agency-x.europa.eu',
      'jobs@agency-x.europa.eu',
    ],
    [
      'Bulgarian',
      'Изпратете автобиографията си на адрес jobs@agency-x.europa.eu, като посочите референтния номер.',
      'jobs@agency-x.europa.eu',
    ],
  ])('%s', (_, apply, email) => {
    expect(read(withApply(apply)).contactEmail).toBe(email);
  });
});

describe('the first contract and the article in ET, LT, LV, MT and HR', () => {
  it.each([
    ['Estonian', 'Esimene tööleping sõlmitakse kolmeks aastaks ja seda võib pikendada.', 3],
    ['Lithuanian', 'Pirmoji sutartis sudaroma ketverių metų laikotarpiui ir gali būti pratęsta.', 4],
    ['Latvian', 'Pirmais līgums tiks noslēgts uz pieciem gadiem ar iespēju to pagarināt.', 5],
    ['Maltese', 'Il-kuntratt inizjali jkun għal perjodu ta’ tliet snin u jista’ jiġġedded.', 3],
    [
      'Croatian, months in tens and units',
      'Prvi ugovor sklapa se na razdoblje od trideset i šest mjeseci.',
      3,
    ],
  ])('%s', (_, sentence, years) => {
    expect(read(withBody(sentence)).firstContractYears).toBe(years);
  });

  it('not a renewal or a total in those languages', () => {
    expect(read(withBody('Lepingut võib pikendada kaheks aastaks.')).firstContractYears).toBeNull();
    expect(
      read(withBody('Ukupno trajanje ugovora ne smije biti dulje od šest godina.')).firstContractYears,
    ).toBeNull();
  });

  it('"člankom 3.b": an article with its letter after a dot', () => {
    expect(
      read(withBody('Zaposlit će se u skladu s člankom 3.b Uvjeta zaposlenja.')).contractArticles,
    ).toEqual(['3b']);
    // Not a sentence's end before a word that begins with the letter.
    expect(read(withBody('Vidjeti članak 2. A kandidati moraju imati diplomu.')).contractArticles).toEqual(
      [],
    );
  });
});

describe('languages named in Bulgarian and Greek', () => {
  it('Bulgarian "английски или френски" (й folded to и) is one choice', () => {
    expect(
      read(
        eligibility(
          'Много добро владеене (ниво C1) на един от официалните езици на ЕС и добро владеене (ниво B2) на английски или френски език.',
        ),
      ).languages,
    ).toEqual([
      { language: 'any', level: 'C1' },
      { language: 'EN|FR', level: 'B2' },
    ]);
  });
  it('Greek "της γερμανικής γλώσσας (επίπεδο C1)"', () => {
    expect(read(eligibility('- Πολύ καλή γνώση της γερμανικής γλώσσας (επίπεδο C1).')).languages).toEqual([
      { language: 'DE', level: 'C1' },
    ]);
  });
});

describe('a closing-date label that is negated', () => {
  it('gives no deadline, and says why (Finnish table, German and English prose)', () => {
    for (const line of [
      'Hakuaika päättyy | ei määräaikaa hakemuksen jättämiselle |\nTestien varausaika | 11/03/2031 - 15/03/2031 |',
      'Es gibt keine Bewerbungsfrist: die Datenbank bleibt offen; bis zum 1. März 2031 haben sich viele gemeldet.',
      'There is no deadline for applications: the list stays open. Tests are booked from 4 March 2031.',
    ]) {
      const a = analyseNotice(`CAST Permanent — contract agents, function group IV\n${line}\n`, {
        force: true,
      });
      expect(a.notice?.deadline, line).toBeNull();
      expect(a.missing.deadline, line).toMatch(/no closing date/);
    }
  });

  it('but a field whose value is "No" on the line above a deadline label does not negate it', () => {
    const a = analyseNotice(
      'Function Group: AST\nManagement: No\nDeadline: 14/06/2031 12:00\nJob Title: Assistant\n',
      {
        force: true,
      },
    );
    expect(a.notice?.deadline).toBe('2031-06-14T12:00:00+02:00');
  });
});
