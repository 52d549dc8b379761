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

describe('location in running text and flattened tables', () => {
  it('reads a post "based at our <city> headquarters"', () => {
    expect(place('This position is based at our Luxembourg headquarters and requires office presence.')).toBe(
      'Luxembourg',
    );
  });

  it('reads a label alone on its line after a long unpunctuated line, with its value on the next', () => {
    const cs = [
      'Plat:',
      'minimální základní měsíční plat a další zaměstnanecké výhody, více informací viz níže',
      'Místo výkonu práce:',
      'LUCEMBURK, možnost práce z domova',
    ].join('\n');
    expect(place(cs)).toBe('Luxembourg');
  });

  it('knows the seats with a case ending (FI, ET, HU)', () => {
    for (const [text, city] of [
      ['Toimipaikka: Brysselissä', 'Brussels'],
      ['Töökoht: Brüsselis', 'Brussels'],
      ['Munkavégzés helye: Luxembourgban', 'Luxembourg'],
    ])
      expect(place(`${text}\nXX/2031/20003`), text).toBe(city);
  });
});

describe("the body's seat when nothing else names the place", () => {
  it('reads "<body> in <town>" in the first lines, and the French "basée à"', () => {
    expect(place('The European Court of Auditors in Luxembourg is organising a selection procedure.')).toBe(
      'Luxembourg',
    );
    expect(
      place('Créée en 1977, la Cour est une institution. Basée à Luxembourg, elle emploie 900 agents.'),
    ).toBe('Luxembourg');
  });

  it('does not read a town that does not follow the body', () => {
    expect(
      place('The European Court of Auditors is organising a meeting; trains in Luxembourg are free.'),
    ).toBeNull();
  });
});

describe('a label with a footnote number', () => {
  it('reads "Contract Duration 2 : 5 years …" as the first contract', () => {
    const n = analyseNotice(
      'Type of Contract: Temporary Agent\nContract Duration 2 : 5 years with possibility of renewal\nDeadline: 3 March 2031',
      {
        force: true,
      },
    ).notice!;
    expect(n.firstContractYears).toBe(5);
  });

  it('reads "Place of employment 1 : Prague (Czech Republic)"', () => {
    expect(
      place(
        'Type of Contract: Temporary Agent\nPlace of employment 1 : Prague (Czech Republic)\nDeadline: 3 March 2031',
      ),
    ).toBe('Prague');
  });
});

describe('place in a notice heading', () => {
  const at = (text: string) => analyseNotice(text, { force: true }).notice?.location ?? null;

  it("reads a place beside the post's category and grade, and before a heading's legal basis", () => {
    expect(
      at(
        [
          'Avviso di posto vacante',
          'di direttore esecutivo di un’agenzia',
          'Amsterdam (agente temporaneo - grado AD14)',
          'COM/2031/20037',
        ].join('\n'),
      ),
    ).toBe('Amsterdam');
    expect(
      at(
        'Direction générale X — Publication du poste de directeur (grade AD 14) — Belgique/Bruxelles (article 29, paragraphe 2, du statut)',
      ),
    ).toBe('Brussels');
    expect(at('Standplaats:\n\nParijs, Frankrijk\n\nUiterste datum: 2 november 2031')).toBe('Paris');
  });
});

describe('place labels in Latvian and Slovak', () => {
  it('reads "Vieta(-as):" and "Miesto zamestnania"', () => {
    const at = (text: string) => analyseNotice(text, { force: true }).notice?.location ?? null;
    expect(at('Termiņš\n29/08/2031 - 12:00\nVieta(-as):\nAlikante (Spānija)')).toBe('Alicante');
    expect(at('Uzávierka žiadostí\n\n15. júla 2031\n\nMiesto zamestnania\n\nAlicante')).toBe('Alicante');
  });
});

describe('place: wordings of blind round 7', () => {
  it('reads "con destino en", "Místem výkonu práce je", "(em …)" after the post, and a label glued to brackets', () => {
    expect(
      place(
        'Los puestos tendrán su destino en la sede: los seleccionados trabajarán con destino en Alicante, España.',
      ),
    ).toBe('Alicante');
    expect(
      place('Hledáme vedoucího zastoupení. Místem výkonu práce je Praha. Zastoupení je součástí Komise.'),
    ).toBe('Prague');
    expect(
      place('Publicação de uma vaga de consultor principal (grau AD 14) (em Bruxelas) — COM/2031/10001'),
    ).toBe('Brussels');
    expect(
      place(
        'Salary: 4,000 Euro (including weighting) (full time (40hrs/week))\nLocation:[[Amsterdam]];[[The Netherlands]](relocation is mandatory)',
      ),
    ).toBe('Amsterdam');
  });
});

describe('place: a seat named in a locative case', () => {
  it('reads Finnish, Estonian and Hungarian forms after their "is located" words', () => {
    expect(place('Virasto sijaitsee Ljubljanassa (Slovenia), ja se on keskeinen toimija.')).toBe('Ljubljana');
    expect(place('Amet asub Tallinnas ja tegutseb kogu liidus.')).toBe('Tallinn');
    expect(place('Az ügynökség szekhelye Ljubljanában van.')).toBe('Ljubljana');
  });

  it('does not read an ordinary word that only starts like a town', () => {
    expect(place('The seat is located in Parmesan country.')).toBeNull();
  });
});

describe('place: a frequent misspelling', () => {
  it('reads "Valleta" as Valletta', () => {
    expect(place('EUAA: Legal Officer – Valleta\nDeadline: 30/09/2031')).toBe('Valletta');
  });
});

describe('place: wordings of blind round 13', () => {
  it('reads the one-word Bulgarian label "Месторабота" and a Czech "v Bruselu"', () => {
    expect(place('ОБЩА ИНФОРМАЦИЯ\n\nМесторабота\n\nБрюксел, сграда Justus Lipsius\n\nДлъжност')).toBe(
      'Brussels',
    );
    expect(place('Pracoviště: v Bruselu\nUzávěrka: 10.10.2031')).toBe('Brussels');
  });
});

describe('place: seat wordings in more languages', () => {
  it('reads Czech "Sídlí v Lucemburku" and Polish "ma siedzibę w Luksemburgu"', () => {
    expect(place('Účetní dvůr je orgánem EU. Sídlí v Lucemburku a zaměstnává 900 lidí.')).toBe('Luxembourg');
    expect(place('Trybunał ma siedzibę w Luksemburgu i zatrudnia 900 osób.')).toBe('Luxembourg');
  });
});

describe('place: wordings of blind round 14', () => {
  it('reads a seat in a heading, in French and after "has its headquarters in"', () => {
    expect(
      place('Pranešimas apie konkursą direktoriaus pareigoms Stokholme (AD 14 lygio laikinasis darbuotojas)'),
    ).toBe('Stockholm');
    expect(
      place('Objava slobodnog radnog mjesta direktora (razred AD 15) – Bruxelles (članak 29. stavak 2.)'),
    ).toBe('Brussels');
    expect(place('Le Centre sera installé à Stockholm, Suède, et devrait être opérationnel en 2031.')).toBe(
      'Stockholm',
    );
    expect(place('The Agency has its headquarters in Brussels.')).toBe('Brussels');
    // Other offices in the same sentence: not the post's place.
    expect(place('The Agency is located in Valletta with operational offices in Italy.')).toBeNull();
  });
});

describe('place: wordings of blind round 15', () => {
  it('reads Italian and Finnish seat wordings and "the post is assigned to … in"', () => {
    expect(place("La sede dell'Agenzia è al Porto Grande di La Valletta (Malta).")).toBe('Valletta');
    expect(place("L'Ufficio ha sede ad Angers, in Francia, ha un organico di circa 50 persone.")).toBe(
      'Angers',
    );
    expect(
      place("2. Location of the post\n\nThe post is assigned to the Ombudsman's offices in Strasbourg."),
    ).toBe('Strasbourg');
    expect(place('PE/999/S - HALLINNOLLINEN TOIMIHENKILÖ (AD 9)\n\nPaikka : Bryssel\nYksikkö : 01')).toBe(
      'Brussels',
    );
  });
});

describe('place: bare "Place:" and Hungarian "Hely :" labels (blind round 17)', () => {
  it('reads the value', () => {
    expect(
      place('Job-title: Accountant Assistant\nFunction group and grade: AST1/AST9\nPlace: Brussels\n'),
    ).toBe('Brussels');
    expect(
      place('KÖZLEMÉNY\n\nHely : Brüsszel\nPublication end on external website : 15/09/2031 12:00'),
    ).toBe('Brussels');
  });
});

describe('place: blind round 18', () => {
  it('reads the one place in the sentence saying who will be recruited', () => {
    expect(
      place(
        'La Agencia contratará nuevos funcionarios en las categorías de «administradores» (grupo de funciones AD) en Parma, Italia.\nPlazo de inscripción: 3 de marzo de 2031.',
      ),
    ).toBe('Parma');
  });

  it('reads none when that sentence names several places', () => {
    expect(
      place('EPSO will recruit administrators in Brussels and Luxembourg for the institutions.'),
    ).toBeNull();
  });
});
