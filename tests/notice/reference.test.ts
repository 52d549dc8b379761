/** The reference reader on layouts of real notices: short texts of our own, read with detection bypassed. */
import { describe, expect, it } from 'vitest';
import { analyseNotice } from '../../lib/notice';

const reference = (text: string) => analyseNotice(text, { force: true }).notice?.reference ?? null;

describe('reference', () => {
  it('reads a short number-first code after an inline label ("Reference: 13/EJ/03")', () => {
    expect(
      reference(
        'Call to draw up a reserve list for: Records Clerk at the Agency Reference: 27/AG/04 Temporary Agent AST 3 Applicants are invited to apply.',
      ),
    ).toBe('27/AG/04');
    expect(reference('Vacancy notice\nReference: 4/XY/2027\nPost: Clerk')).toBe('4/XY/2027');
  });

  it('does not take a date or a bare number pair for a code', () => {
    expect(reference('Reference: 12/03/2027 is the date of the meeting.')).toBeNull();
    expect(reference('See pages 13/20 of the guide, Reference: none')).toBeNull();
  });
});

describe('labelled values', () => {
  it('does not take the next label for the value of a label alone on its line', () => {
    const n = analyseNotice(
      [
        'Name of the post:',
        'Analyst',
        'Department (AD8)',
        'Reporting to:',
        'Head of Department',
        'Deadline: 3 March 2031',
      ].join('\n\n'),
      { force: true },
    ).notice!;
    expect(n.unit).not.toBe('Reporting to:');
  });
});

describe('reference in a notice heading', () => {
  it('reads capital words before the number after N° ("CALL FOR APPLICATIONS N° CJ AP 38/25")', () => {
    expect(
      reference('CALL FOR APPLICATIONS N° XY AP 12/31\nThe Court is organising a selection procedure.'),
    ).toBe('XY AP 12/31');
    expect(reference('VACANCY NOTICE No 22/31\nThe Agency is recruiting.')).toBe('22/31');
    // Words in lower case are prose, not a code.
    expect(reference('Vacancy notice no more than 12/31 pages\nThe Agency is recruiting.')).not.toBe(
      'more than 12/31',
    );
  });
});

describe("a job site's number", () => {
  it('reads "job No 438866" or "Vacancy ID: 10412" when no code is given', () => {
    expect(
      reference('XYZ Vacancy - Policy Officer - HQ Contract Agent FGIV - XYZ Headquarters job No 912345'),
    ).toBe('912345');
    expect(reference('Senior Economist\nVacancy ID: 10412\nDeadline: 3 March 2031')).toBe('10412');
  });

  it('prefers a code, and takes no short number or a date', () => {
    expect(reference('Reference: XYZ/TA/2031/07\nJob ID: 10412')).toBe('XYZ/TA/2031/07');
    expect(reference('Job no 12 of the list')).toBeNull();
    expect(reference('Job id 2031.03.12 opened')).toBeNull();
  });
});

describe('a code with a grade inside', () => {
  it('reads "COR/AD 14/30 BIS/31" in a heading, and its prefix names the Committee of the Regions', () => {
    const text = [
      'Kennisgeving van vacature nr. COR/AD 14/30 BIS/31 — Directeur (m/v)',
      'Het Europees Comité van de Regio’s (CvdR) en het Europees Economisch en Sociaal Comité (EESC) delen een aantal diensten.',
      'De directeur werkt voor de secretarissen-generaal van het CvdR en het EESC.',
      'Vacature:',
      'AD 14',
      'Uiterste datum: 14 oktober 2031 om 12 uur (Belgische tijd)',
    ].join('\n\n');
    const n = analyseNotice(text, { force: true }).notice!;
    expect(n.reference).toBe('COR/AD 14/30 BIS/31');
    expect(n.institution).toBe('European Committee of the Regions');
    expect(n.grades).toEqual(['AD14']);
  });
});

describe('French notice heading', () => {
  it('reads the number of an "APPEL À CANDIDATURES N° …" heading', () => {
    expect(
      reference('APPEL À CANDIDATURES N° XY AP 56/31\nLa Cour organise une procédure de sélection.'),
    ).toBe('XY AP 56/31');
  });
});

describe('codes without a label', () => {
  it('reads a code whose segments carry a grade ("XYZ/TA/AD6/01/31", "ABC/SG/AD16/02/31")', () => {
    expect(
      reference(
        'Agenzia esecutiva INVITO A MANIFESTARE INTERESSE PER AGENTI TEMPORANEI (AD6) XYZ/TA/AD6/01/31 Il presente invito …',
      ),
    ).toBe('XYZ/TA/AD6/01/31');
    expect(reference('ANÚNCIO DE RECRUTAMENTO N. o ABC/SG/AD16/02/31 relativo a um lugar de diretor')).toBe(
      'ABC/SG/AD16/02/31',
    );
  });

  it('reads a code in brackets on its own line, not the Official Journal number under it', () => {
    expect(
      reference(
        [
          'Kennisgeving van vacature',
          '',
          'Uitvoerend directeur',
          '',
          '(XYZ TA 07/2031)',
          '',
          '(2031/C 12 A/01)',
        ].join('\n'),
      ),
    ).toBe('XYZ TA 07/2031');
    expect(reference(['Vacancy notice', '(2031/C 12 A/01)'].join('\n'))).toBeNull();
  });

  it('reads the number of a Greek heading on a copy that joined its lines', () => {
    expect(
      reference(
        'ΠΡΟΚΗΡΥΞΗ ΜΙΑΣ ΚΕΝΗΣ ΘΕΣΗΣ Αριθ. 14/31 ΔΙΕΥΘΥΝΤΗ/ΔΙΕΥΘΥΝΤΡΙΑΣ στη Διεύθυνση Β Προκήρυξη κενής θέσης δυνάμει του άρθρου 29 παράγραφοι 1 και 2 — ' +
          'Ο κάτοχος της θέσης διαχειρίζεται τη Διεύθυνση και επικουρείται από αναπληρωτή διευθυντή.',
      ),
    ).toBe('14/31');
  });
});

describe('compact and dotted codes', () => {
  it('reads "ref. SN031" and a line of only a dotted code with its year', () => {
    expect(
      reference('SECONDMENT NOTICE Expert in Air Traffic Operations (2 years renewable - ref. SN031)'),
    ).toBe('SN031');
    expect(
      reference(
        [
          'Your career at the Joint Undertaking',
          '',
          'XYRAIL.2031.04',
          '',
          'The Joint Undertaking is looking for',
        ].join('\n'),
      ),
    ).toBe('XYRAIL.2031.04');
  });

  it('does not take a grade after "ref." for a code', () => {
    expect(reference('Temporary agent (ref. AD5) in the unit')).toBeNull();
  });
});

describe('a code that ends with words', () => {
  it('keeps the words of its last segment up to the end of its line', () => {
    expect(reference('Stellenausschreibung\nVEXT/31/256/AD 15/Executive Director\nDie Agentur')).toBe(
      'VEXT/31/256/AD 15/Executive Director',
    );
    // Not the words of a sentence that goes on.
    expect(reference('Reference: XYZ/31/TA/Admin Officer will be based in Alicante')).not.toMatch(/will/);
  });
});

describe('reference: a page copied without its line breaks', () => {
  it('leaves out the next label glued to the code', () => {
    const n = analyseNotice(
      'DescriptionVacancy: Executive DirectorWhere: ParmaReference: COM/2031/20999Deadline: 12/03/2031',
      { force: true },
    ).notice!;
    expect(n.reference).toBe('COM/2031/20999');
  });
});

describe('reference: a code repeated as a page header', () => {
  it('keeps the first of a reference line repeated alone on every page', () => {
    const text = [
      'Zaproszenie do zgłaszania kandydatur na stanowisko pracownika zatrudnionego na czas określony 2(f)',
      'XYZ/AD/2031/001-OPE',
      'Usprawnianie funkcjonowania systemu.',
      '',
      'Opis stanowiska pracy.',
      'XYZ/AD/2031/001-OPE',
      'Zadania i obowiązki.',
    ].join('\n');
    const n = analyseNotice(text, { force: true }).notice!;
    expect(n.reference).toBe('XYZ/AD/2031/001-OPE');
    expect(n.contractArticles).toEqual(['2f']);
  });
});

describe('reference: a gender marker after the code', () => {
  it('belongs to the post, not the reference', () => {
    const n = analyseNotice(
      'Seconded National Expert in the Secretariat Reference: 08/XY/SNE/02 M/F The Agency wishes to set up a list.',
      {
        force: true,
      },
    ).notice!;
    expect(n.reference).toBe('08/XY/SNE/02');
  });
});
