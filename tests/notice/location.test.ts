/** The place at the end of a publication heading, before the grade in brackets (issue 9). Texts of our own. */
import { describe, expect, it } from 'vitest';
import { analyseNotice } from '../../lib/notice';

const place = (text: string) => analyseNotice(text, { force: true }).notice?.location ?? null;

describe('location in a heading', () => {
  it('reads the place after the dash when the grade in brackets follows it', () => {
    const et =
      'Teade vaba ametikoha kohta: Euroopa Toiduohutusameti (EFSA) teadusdirektor – Parma (ajutine töötaja – palgaaste AD 12)\n\nXX/2031/20001';
    const pt =
      'Aviso de vaga — Diretor(a) executivo(a) — Lisboa (agente temporário, grau AD 14)\n\nXX/2031/20002';
    expect(place(et)).toBe('Parma');
    expect(place(pt)).toBe('Lisbon');
  });
});
