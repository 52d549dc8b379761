import type { LangTable } from './types';

export const mt: LangTable = {
  code: 'MT',
  locale: 'mt',
  deadline: [
    'tmiem il-pubblikazzjoni',
    'skadenza għall-applikazzjonijiet',
    'l-iskadenza',
    'skadenza',
    'data tal-għeluq',
    'terminu għall-applikazzjonijiet',
  ],
  deadlineWeak: ['mhux aktar tard minn', 'sa mhux aktar tard'],
  dateFillers: ['ta’', "ta'", 'ta'],
  noticeType: [
    'post battal',
    'post vakanti',
    'avviż ta’ post battal',
    "avviż ta' post battal",
    // The Official Journal's heading: "Pubblikazzjoni ta’ post battal ta’ Direttur Eżekuttiv".
    'pubblikazzjoni ta’ post battal',
    "pubblikazzjoni ta' post battal",
    'avviż ta’ kompetizzjoni',
    'sejħa għal espressjoni ta’ interess',
    "sejħa għal espressjoni ta' interess",
  ],
  staff: {
    // The Parliament's "persunal bil-kuntratt" (contract staff).
    contract_agent: ['aġent kuntrattwali', 'aġenti kuntrattwali', 'persunal bil-kuntratt'],
    temporary_agent: ['aġent temporanju', 'aġenti temporanji'],
    // Not "uffiċjal" alone: it is any officer ("Uffiċjal tal-Istampa", a press officer).
    official: ['uffiċjal permanenti', 'uffiċjali permanenti'],
    seconded_national_expert: ['espert nazzjonali sekondat', 'esperti nazzjonali sekondati'],
    trainee: ['traineeship', 'apprendistat'],
  },
  functionGroup: [
    'grupp ta’ funzjoni',
    "grupp ta' funzjoni",
    'grupp tal-funzjoni',
    'grupp ta’ funzjonijiet',
    "grupp ta' funzjonijiet",
  ],
  grade: ['grad'],
  headings: {
    weAre: ['min aħna'],
    wePropose: ['nipproponu', 'noffru', 'x’noffru'],
    weLookFor: ['lil min qed infittxu', 'qed infittxu', 'infittxu', 'kriterji tal-għażla'],
    eligibility: ['kriterji tal-eliġibbiltà', 'kundizzjonijiet tal-eliġibbiltà'],
  },
  layout: [
    'referenza',
    'l-ewwel jum biex tapplika',
    'numru ta’ referenza',
    'post tal-impjieg',
    'kategorija tal-persunal',
    'qasam',
    'tip ta’ kuntratt',
    'miftuħa għal applikazzjoni',
    'postijiet',
    "tip ta' kuntratt",
  ],
  jobTitle: ['titlu tal-post'],
  cefr: ['livell'],
  common: ['u', 'il-', 'tal-', 'li', 'fil-', 'għal', 'ta’', 'huwa'],
};
