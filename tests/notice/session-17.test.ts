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
