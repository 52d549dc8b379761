/** The employer on notices that name it in other languages or by a former name: short texts of our own. */
import { describe, expect, it } from 'vitest';
import { analyseNotice } from '../../lib/notice';

const institution = (text: string) => analyseNotice(text, { force: true }).notice?.institution ?? null;

describe('institution', () => {
  it.each([
    [
      'OFICINA DE ARMONIZACIÓN DEL MERCADO INTERIOR (MARCAS, DIBUJOS Y MODELOS) ANUNCIO DE VACANTE. La Oficina colabora con la Comisión Europea.',
      'EUIPO',
    ],
    ['The Office for Harmonization in the Internal Market (OHIM) is recruiting a lawyer.', 'EUIPO'],
    ["L'Office de l'Union européenne pour la propriété intellectuelle recrute.", 'EUIPO'],
    [
      "Direttore esecutivo dell'Ufficio europeo di sostegno per l'asilo (EASO), con la Commissione europea.",
      'EUAA',
    ],
    ['The European Asylum Support Office is looking for an assistant.', 'EUAA'],
  ])('%s → %s', (text, body) => {
    expect(institution(text)).toBe(body);
  });
});
