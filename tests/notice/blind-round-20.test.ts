/**
 * Blind round 20 (session 10): the general rules its misses asked for, each on a text of our own with the
 * same structure and trap, read with detection bypassed unless the case is about detection.
 */
import { describe, expect, it } from 'vitest';
import { analyseNotice, detectNotice, normaliseNotice } from '../../lib/notice';

const read = (text: string) => analyseNotice(text, { force: true }).notice!;
const detect = (text: string) => detectNotice(normaliseNotice(text).text);

describe('blind round 20', () => {
  it('detects an Estonian competition notice by its plural deadline label and its heading', () => {
    const text =
      'TEADE AVALIKU KONKURSI KORRALDAMISE KOHTA\n\nEPSO/AST/999/31 – Assistendid (AST 3) järgmistes valdkondades:\n\n1.\n\nRaamatupidamine\n\nKandideerimisavalduste esitamise lõppkuupäev: 4. märts 2031 kell 12.00 Brüsseli aja järgi';
    expect(detect(text).isNotice).toBe(true);
    expect(read(text).deadline).toBe('2031-03-04T12:00:00+01:00');
  });

  it('reads a Dutch job site\'s "Solliciteren kan nog tot" and the Italian plural "tirocini"', () => {
    expect(
      read('In het kort\n\nDen Haag\nSolliciteren kan nog tot 30 juni 2031\nStage bij een EU-instelling')
        .deadline,
    ).toBe('2031-06-30T23:59:59+02:00');
    expect(
      read("L'Ufficio offre tirocini che permetteranno ai tirocinanti di acquisire esperienza pratica.")
        .staffCategory,
    ).toBe('trainee');
  });

  it('reads no category from a list of them, "as well as" included', () => {
    expect(
      read(
        "Main duties:\n3. Support the selection of the Office's staff (temporary agents and contract agents), as well as Seconded National Experts and trainees by screening applications.",
      ).staffCategory,
    ).toBeNull();
  });

  it("does not take the post's work on clearances for a clearance asked of the candidate", () => {
    const duties =
      'Registry Officer\n\nThe Registry Officer will be responsible for supervising the security clearance process.\nMain tasks:\n• Ensuring the compliance of the security clearance and classified document process with the rules;';
    expect(read(duties).securityClearance).toBeNull();
    // A requirement that opens with an -ing word is still one.
    expect(
      read(
        'Considering the sensitivity of the post, the jobholder shall be willing to apply for an EU security clearance.',
      ).securityClearance,
    ).toBe('unspecified');
  });

  it('reads an officials\' competition from "recruit new officials" and "AVIS DE CONCOURS GÉNÉRAUX", not from a passing mention', () => {
    expect(
      read(
        'This notice aims to establish a reserve list from which the institutions can recruit new officials (AD5).',
      ).staffCategory,
    ).toBe('official');
    expect(
      read('AVIS DE CONCOURS GÉNÉRAUX\n(2031/C 101 A/01)\nJURISTES LINGUISTES (AD7) — EPSO/AD/901/31')
        .staffCategory,
    ).toBe('official');
    expect(
      read(
        'La Cour recrute un agent temporaire (AD 7). Cette procédure ne remplace pas les concours généraux organisés par EPSO.',
      ).staffCategory,
    ).toBe('temporary_agent');
  });

  it("keeps once a heading with the Parliament's reference said three times", () => {
    const n = read(
      'Home\n\nAankondiging van aanwerving PE/999/S\n\nAankondiging van aanwerving PE/999/S\n\nPublicatieblad van de Europese Unie\n\nAANKONDIGING VAN AANWERVING PE/999/S\n\nHet Europees Parlement organiseert een selectieprocedure.',
    );
    expect(n.reference).toBe('PE/999/S');
  });

  it('reads the post under a breadcrumb, above an empty Bulgarian reference label', () => {
    expect(
      read(
        'Начало > Възможности за работа > Конкурс > Юристи-лингвисти\n\nЮристи-лингвисти\n\nРеферентен номер: \nНачало на процедурата за кандидатстване: \n16/06/2031',
      ).title,
    ).toBe('Юристи-лингвисти');
  });

  it('cuts the reference before the post in a heading', () => {
    expect(
      read(
        'TEADE AVALIKU KONKURSI KORRALDAMISE KOHTA\n\nEPSO/AST/998/31: tõlkeassistendid\n\nKonkursi korraldus',
      ).title,
    ).toBe('tõlkeassistendid');
  });
});
