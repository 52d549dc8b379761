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
