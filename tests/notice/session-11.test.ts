/**
 * Session 11: older development-corpus misses and blind round 22, each rule on a text of our own with the
 * same structure and trap, read with detection bypassed.
 */
import { describe, expect, it } from 'vitest';
import { analyseNotice } from '../../lib/notice';

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
    expect(es.title).toBe('DIRECTOR (H/M)');
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
