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
    // An agency named only in a less frequent language, beside a word for the Commission.
    [
      'A Agência Europeia de Controlo das Pescas procura um chefe-adjunto de unidade; a Comissão Europeia participa no júri.',
      'EFCA',
    ],
    ['Eiropas Darba iestāde izsludina vakanci. Eiropas Komisija sniedz atbalstu.', 'ELA'],
    [
      'Centrul de Traduceri pentru Organismele Uniunii Europene publică un anunț de post vacant; Comisia Europeană este informată.',
      'CdT',
    ],
    ['Ευρωπαϊκή Αρχή για την Ασφάλεια των Τροφίμων: προκήρυξη θέσης. Ευρωπαϊκή Επιτροπή.', 'EFSA'],
    ['Den Europæiske Unions Narkotikaagentur søger en projektleder.', 'EUDA'],
    ['Stellenausschreibung für den Verwaltungsdirektor der Europäischen Umweltagentur in Kopenhagen.', 'EEA'],
    [
      'Ο κάτοχος της θέσης διαχειρίζεται τη Διεύθυνση της Ευρωπαϊκής Οικονομικής και Κοινωνικής Επιτροπής (ΕΟΚΕ).',
      'European Economic and Social Committee',
    ],
    // Bodies the reader did not know: agencies and joint undertakings, by acronym or by name.
    ['CEPOL is looking for an e-learning administrator (CEPOL/2031/CA/01).', 'CEPOL'],
    ['The EuroHPC Joint Undertaking is recruiting a programme officer.', 'EuroHPC JU'],
    ["Europe's Rail Joint Undertaking (EU-RAIL) publishes a call for contract agents.", 'EU-RAIL'],
    ['Fusion for Energy (F4E) in Barcelona is recruiting an engineer.', 'F4E'],
    [
      'Spoločný podnik pre výskum manažmentu letovej prevádzky jednotného európskeho neba (SESAR) hľadá výkonného riaditeľa. Európska komisia.',
      'SESAR JU',
    ],
  ])('%s → %s', (text, body) => {
    expect(institution(text)).toBe(body);
  });

  it("reads the Official Journal's publisher line as who publishes, not who employs", () => {
    const oj = (publisher: string, body: string) =>
      `V Notices\n\nADMINISTRATIVE PROCEDURES\n\n${publisher}\n\n2031/C 12 A/01\n\n${body}\n`;
    expect(
      institution(
        oj(
          'European Commission',
          'Vacancy notice for the post of Executive Director of the European Environment Agency (Copenhagen). The Agency is looking for a director.',
        ),
      ),
    ).toBe('EEA');
    expect(
      institution(
        oj(
          'European Commission',
          'Vacancy for the post of Director in the Directorate-General for Trade. The European Commission offers a post of Director.',
        ),
      ),
    ).toBe('European Commission');
    expect(
      institution(
        `PROCEDIMENTOS ADMINISTRATIVOS\n\nComissão Europeia\n\nVaga de Diretor Executivo (grau AD 14) da Agência Europeia do Ambiente, Copenhaga\n`,
      ),
    ).toBe('EEA');
  });

  it('takes no agency from an ordinary phrase that shares words with its name', () => {
    expect(institution('La agencia europea de viajes publica ofertas de empleo para guías.')).toBe(null);
    expect(institution('Ein europäischer Bürgerbeauftragter ist keine Agentur für Arbeit.')).not.toBe('ELA');
  });
});

describe('institution and department: blind round 7', () => {
  const read = (text: string) => analyseNotice(text, { force: true }).notice!;

  it('reads the Commission from its Joint Research Centre when no institution is named', () => {
    const n = read(
      'TA/JRC/XYZ/31 SELECTION OF TEMPORARY STAFF FOR THE JOINT RESEARCH CENTRE. A selection procedure is organised to fill one post.',
    );
    expect(n.institution).toBe('European Commission');
    expect(n.department).toBe('JRC');
  });

  it('reads the General Court in Portuguese as the Court of Justice of the European Union', () => {
    expect(
      institution('O Tribunal Geral da União Europeia publica um convite para referendários.\nGrau: AD 8-14'),
    ).toBe('Court of Justice of the European Union');
  });

  it('reads the Innovative Health Initiative by its name or its reference prefix', () => {
    expect(
      institution(
        'Title of Function: Programme Officer\nReference: IHI/2031/TA/002\nThe Innovative Health Initiative (IHI) funds research.',
      ),
    ).toBe('IHI JU');
  });

  it('reads a Directorate-General of an earlier Commission and the abbreviation in other languages', () => {
    expect(
      read(
        'Direcção-Geral das Relações Externas (DG RELEX) — vaga de chefe de unidade. Trabalha com as DG TRADE e ECHO.',
      ).department,
    ).toBe('DG RELEX');
    expect(
      read(
        'Evropská komise. Zastoupení je součástí Generálního ředitelství pro komunikaci. GŘ COMM podporuje priority Komise.',
      ).department,
    ).toBe('DG COMM');
  });
});

describe('department: DGs of earlier Commissions', () => {
  it('reads DG ELARG by its acronym in brackets after a name in another language', () => {
    expect(
      analyseNotice('Comisia Europeană\nDG EXTINDERE (ELARG) – Publicarea unui post vacant de director', {
        force: true,
      }).notice!.department,
    ).toBe('DG ELARG');
  });
});

describe('department: DG DEVCO', () => {
  it('is read by its acronym and its full name', () => {
    expect(
      analyseNotice(
        'Rahvusvahelise koostöö ja arengu peadirektoraat (DG DEVCO) vastutab arengupoliitika eest.',
        { force: true },
      ).notice!.department,
    ).toBe('DG DEVCO');
  });
});

describe('department: a Commission DG named as a partner of another institution', () => {
  it("is not the EEAS post's department", () => {
    const n = analyseNotice(
      'European External Action Service\nHead of Division (AD 12)\nThe Division works closely with the European Commission, in particular DG ENEST, on enlargement.',
      { force: true },
    ).notice!;
    expect(n.institution).toBe('European External Action Service');
    expect(n.department).toBeNull();
  });
});

describe('institution: an EPSO competition named in another language', () => {
  it('is EPSO\'s, for officials, when the text names EPSO and its "γενικό διαγωνισμό"', () => {
    const n = analyseNotice(
      'Η Ευρωπαϊκή Υπηρεσία Επιλογής Προσωπικού (EPSO) διοργανώνει γενικό διαγωνισμό για την κατάρτιση εφεδρικού πίνακα διοικητικών υπαλλήλων.',
      { force: true },
    ).notice!;
    expect(n.staffCategory).toBe('official');
    expect(n.institution).toBe('EPSO');
  });
});

describe('institution: blind round 15', () => {
  const read = (text: string) => analyseNotice(text, { force: true }).notice!;

  it('does not read the EEA agreement ("EFTA-EEA") as the Environment Agency', () => {
    const n = read(
      'Post identification: HOME-A-9\n\nDirectorate-General: HOME Migration and Home Affairs\nPlace of secondment: Brussels\n\nThis vacancy notice is also open to\nEFTA-EEA In-Kind agreement\n(Iceland, Liechtenstein, Norway)\n\nA9 in DG HOME works on security.',
    );
    expect(n.institution).toBe('European Commission');
    expect(n.department).toBe('DG HOME');
    expect(n.staffCategory).toBe('seconded_national_expert');
  });

  it("reads an EU permanent mission as the EEAS's", () => {
    expect(
      read(
        'Funded traineeship for young graduates at the EU Permanent Mission to the World Trade Organization\nWe offer: a traineeship of 5 months.',
      ).institution,
    ).toBe('European External Action Service');
  });
});

describe('institution: blind round 16', () => {
  const read = (text: string) => analyseNotice(text, { force: true }).notice!;

  it('knows the Cybersecurity Competence Centre by its English and German names', () => {
    expect(
      read('The European Cybersecurity Industrial, Technology and Research Competence Centre recruits.')
        .institution,
    ).toBe('ECCC');
    expect(
      read(
        'Europäisches Kompetenzzentrum für Industrie, Technologie und Forschung im Bereich der Cybersicherheit\n\nAusschreibung der Stelle eines Exekutivdirektors (m/w/d)',
      ).institution,
    ).toBe('ECCC');
  });

  it("gives EPSO's own selection of contract staff to EPSO", () => {
    expect(
      read(
        "L'Ufficio europeo di selezione del personale (EPSO) organizza una procedura di selezione per agenti contrattuali (gruppo di funzioni IV).",
      ).institution,
    ).toBe('EPSO');
  });
});

describe('departments and places: older and mixed-language names (blind round 19)', () => {
  const read = (text: string) => analyseNotice(text, { force: true }).notice!;

  it('reads the former names of DG RTD and DG REGIO', () => {
    expect(read('Directorate-General for Research\n\nNotice of vacancy for a Director').department).toBe(
      'DG RTD',
    );
    expect(
      read('European Commission\n\nDG Regional policy — Publication of a vacancy for a Head of Unit')
        .department,
    ).toBe('DG REGIO');
  });

  it('reads the Parliament\'s DG written in French on a Dutch page, and the Dutch "Plaats :"', () => {
    const n = read(
      'Het Europees Parlement\n\nBOEKHOUDER (AST5) M/V\n\nPlaats : Luxemburg\nDienst : 11-Direction Générale des finances\nReferentie : EP/999/S',
    );
    expect(n.department).toBe('DG FINS');
    expect(n.location).toBe('Luxembourg');
  });
});
